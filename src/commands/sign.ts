import { resolve } from 'node:path'
import { serializeBundle } from '../attest/bundle.ts'
import { keyHint, readPrivateKey } from '../attest/keys.ts'
import { KEY_RULES } from '../attest/rules.ts'
import { PUBLIC_GOOD, signStatement, STAGING, type SigningMethod } from '../attest/sign.ts'
import { manifestStatement } from '../attest/statement.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { parseManifest } from '../integrity/manifest.ts'
import { standardStreamAt, writeFileAtomic } from '../io/atomic-write.ts'
import { readInput } from '../io/read-input.ts'
import { createPublicKey } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { Bundle } from '@sigstore/bundle'
import { bundleBeside, type SignatureFlags } from '../attest/flags.ts'
import { chainsealVerifyCommand, cosignCommand } from '../attest/verify-commands.ts'
import { certificateSigner } from '../attest/verify-bundle.ts'

export interface SignCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  manifest: string
  /** Default: the manifest's path + ".sigstore.json". */
  output?: string
  /** A PEM private key; without one, keyless through Fulcio and Rekor. */
  key?: string
  identityToken?: string
  staging?: boolean
  fulcioURL?: string
  rekorURL?: string
  tsaURL?: string
  policy: Policy
}

export interface SignCommandResult {
  report: Report
  bundlePath: string
}

/** `chainseal sign`: the manifest's exact bytes, as an in-toto statement, into a Sigstore bundle. */
export async function signCommand(options: SignCommandOptions): Promise<SignCommandResult> {
  const manifestPath = resolve(options.cwd, options.manifest)
  const bytes = readInput(manifestPath, `manifest ${options.manifest}`)
  // Parsed from the bytes that are signed, so the statement describes exactly what its digest covers.
  const manifest = parseManifest(bytes.toString('utf8'), options.manifest)
  const statement = manifestStatement(options.manifest, bytes, manifest)

  const findings: Finding[] = []
  let method: SigningMethod
  let signer: string
  if (options.key !== undefined) {
    const { key, readableByOthers } = readPrivateKey(resolve(options.cwd, options.key), options.key)
    if (readableByOthers)
      findings.push(createFinding(KEY_RULES.privateKeyReadable, { message: `private key ${options.key} can be read by other users; chmod 600 it`, location: { path: options.key } }))
    method = { kind: 'key', key }
    signer = `key ${keyHint(createPublicKey(key)).slice(0, 16)}`
  } else {
    const services = options.staging ? STAGING : PUBLIC_GOOD
    method = {
      kind: 'keyless',
      env: options.env,
      ...(options.identityToken !== undefined && { identityToken: options.identityToken }),
      fulcioURL: options.fulcioURL ?? services.fulcio,
      rekorURL: options.rekorURL ?? services.rekor,
      ...(options.tsaURL !== undefined && { tsaURL: options.tsaURL }),
    }
    signer = 'keyless'
  }
  const bundle = await signStatement(statement, method)
  const output = options.output ?? bundleBeside(options.manifest)
  const bundlePath = resolve(options.cwd, output)
  // A bundle sent to stdout is wherever its reader puts it: the commands name it BUNDLE.
  const stream = standardStreamAt(bundlePath)
  const named = stream === undefined ? output : 'BUNDLE'
  writeFileAtomic(bundlePath, [serializeBundle(bundle)])
  const verifier = verifierFlags(options, bundle)
  const report = buildReport('sign', findings, options.policy, {
    bundle: stream === undefined ? output : stream === 1 ? 'stdout' : 'stderr',
    signer,
    subjects: statement.subject.length,
    treeDigest: manifest.treeDigest,
    verifyCommand: chainsealVerifyCommand(options.manifest, named, verifier),
    cosignCommand: cosignCommand(options.manifest, named, verifier, bundle.verificationMaterial.tlogEntries.length > 0),
  })
  return { report, bundlePath }
}

/**
 * Who a verifier must expect: the identity and issuer in the certificate just issued, or the
 * public half of the key (keygen writes it beside the private key as .pub).
 */
function verifierFlags(options: SignCommandOptions, bundle: Bundle): SignatureFlags {
  if (options.key !== undefined) {
    const pub = options.key.replace(/(\.key|\.pem)?$/, '.pub')
    return { key: existsSync(resolve(options.cwd, pub)) ? pub : 'PUBLIC_KEY.pem' }
  }
  const signer = certificateSigner(bundle)
  return {
    ...(signer?.identity !== undefined && { certificateIdentity: signer.identity }),
    ...(signer?.issuer !== undefined && { certificateOidcIssuer: signer.issuer }),
  }
}
