import { resolve } from 'node:path'
import { readBundle } from '../attest/bundle.ts'
import { chainsealVerifyCommand, cosignCommand } from '../attest/verify-commands.ts'
import { loadSignaturePolicy } from '../attest/signer-policy.ts'
import { PREDICATE_TYPE } from '../attest/statement.ts'
import { verifyBundle } from '../attest/verify-bundle.ts'
import type { Finding } from '../findings/finding.ts'
import type { Stats } from '../findings/report.ts'
import type { VerifyCommandOptions } from './verify.ts'

/** Checks the bundle against the SHA-256 of the manifest file's exact bytes, as read once by verify. */
export async function verifySignature(options: VerifyCommandOptions, signature: NonNullable<VerifyCommandOptions['signature']>, sha256: Promise<string>): Promise<{ failure: Finding } | { stats: Stats }> {
  const policy = await loadSignaturePolicy(options.cwd, options.env ?? {}, signature.flags)
  const bundle = readBundle(resolve(options.cwd, signature.bundle), signature.bundle)
  const verdict = await verifyBundle({
    bundle,
    bundleName: signature.bundle,
    artifact: { name: `manifest ${options.manifest}`, sha256: await sha256 },
    signer: policy.signer,
    trustRoot: policy.trustRoot,
    predicateType: PREDICATE_TYPE,
  })
  if (verdict.failure) return { failure: verdict.failure }
  const signer = policy.signer.kind === 'key' ? `key ${policy.signer.name}` : `${verdict.signer?.identity} (${verdict.signer?.issuer})`
  const hasTlog = bundle.verificationMaterial.tlogEntries.length > 0
  return {
    stats: {
      signature: 'verified',
      signer,
      verifyCommand: chainsealVerifyCommand(options.manifest, signature.bundle, signature.flags),
      cosignCommand: cosignCommand(options.manifest, signature.bundle, signature.flags, hasTlog),
    },
  }
}
