import { SigningConfig } from '@sigstore/protobuf-specs'
import { resolve } from 'node:path'
import { readBundle, serializeBundle } from '../attest/bundle.ts'
import { PUBLIC_GOOD, signPayload, STAGING } from '../attest/sign.ts'
import type { SignatureFlags } from '../attest/flags.ts'
import { loadSignaturePolicy } from '../attest/signer-policy.ts'
import { sha256Hex } from '../attest/statement.ts'
import { verifyBundle } from '../attest/verify-bundle.ts'
import { ChainsealError } from '../errors.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { readInput, readInputText } from '../io/read-input.ts'

/**
 * `chainseal sigstore sign-bundle|verify-bundle`: the CLI protocol of the sigstore-conformance
 * suite, so chainseal's signing and verification are judged by the same cases as every Sigstore
 * client. Plain Sigstore semantics: any artifact, any statement, no chainseal predicate required.
 */
export interface SignBundleOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  file: string
  bundle: string
  identityToken: string
  staging: boolean
  inToto: boolean
  signingConfig?: string
  policy: Policy
}

export async function signBundleCommand(o: SignBundleOptions): Promise<Report> {
  const data = readInput(resolve(o.cwd, o.file), `artifact ${o.file}`)
  const services = o.signingConfig !== undefined ? readSigningConfig(o.cwd, o.signingConfig) : o.staging ? STAGING : PUBLIC_GOOD
  const bundle = await signPayload(data, o.inToto ? 'dsseEnvelope' : 'messageSignature', {
    kind: 'keyless',
    env: o.env,
    identityToken: o.identityToken,
    fulcioURL: services.fulcio,
    rekorURL: services.rekor,
    ...(services.tsa !== undefined && { tsaURL: services.tsa }),
  })
  writeFileAtomic(resolve(o.cwd, o.bundle), [serializeBundle(bundle)])
  return buildReport('sigstore sign-bundle', [], o.policy, { bundle: o.bundle })
}

export interface VerifyBundleOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** A file, or "sha256:<hex>" for an artifact known only by digest. */
  artifact: string
  bundle: string
  flags: SignatureFlags
  staging: boolean
  policy: Policy
}

export async function verifyBundleCommand(o: VerifyBundleOptions): Promise<Report> {
  if (o.staging && o.flags.trustedRoot === undefined)
    throw new ChainsealError('usage', '--staging needs --trusted-root: chainseal ships the public-good trust root only')
  const policy = await loadSignaturePolicy(o.cwd, o.env, o.flags)
  const bundle = readBundle(resolve(o.cwd, o.bundle), o.bundle)
  const digest = /^sha256:([0-9a-f]{64})$/i.exec(o.artifact)
  const bytes = digest ? undefined : readInput(resolve(o.cwd, o.artifact), `artifact ${o.artifact}`, 'give the artifact file, or its digest as sha256: and 64 hex digits')
  const verdict = await verifyBundle({
    bundle,
    bundleName: o.bundle,
    artifact: { name: o.artifact, sha256: digest ? digest[1]!.toLowerCase() : sha256Hex(bytes!), ...(bytes && { bytes }) },
    signer: policy.signer,
    trustRoot: policy.trustRoot,
  })
  return buildReport('sigstore verify-bundle', verdict.failure ? [verdict.failure] : [], o.policy, {
    ...(verdict.signer?.identity !== undefined && { signer: verdict.signer.identity }),
  })
}

/** The services a Sigstore SigningConfig names: its first CA, Rekor v1 log and TSA. */
function readSigningConfig(cwd: string, name: string): { fulcio: string; rekor: string; tsa?: string } {
  let config: SigningConfig
  try {
    config = SigningConfig.fromJSON(JSON.parse(readInputText(resolve(cwd, name), `signing config ${name}`)))
  } catch (error) {
    if (error instanceof ChainsealError) throw error
    throw new ChainsealError('input', `signing config ${name} is not a Sigstore SigningConfig: ${(error as Error).message}`)
  }
  const fulcio = config.caUrls[0]?.url
  // Rekor v2 logs take a different entry format, which chainseal does not write yet.
  const rekor = config.rekorTlogUrls.find((s) => s.majorApiVersion === 1)?.url
  if (!fulcio || !rekor) throw new ChainsealError('input', `signing config ${name} names no ${fulcio ? 'Rekor v1 log' : 'certificate authority'}; chainseal signs with Fulcio and a Rekor v1 log`)
  const tsa = config.tsaUrls[0]?.url
  return { fulcio, rekor, ...(tsa !== undefined && { tsa }) }
}
