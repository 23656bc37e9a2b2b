import type { SignatureFlags } from './flags.ts'
import { PREDICATE_TYPE } from './statement.ts'

/**
 * The `cosign verify-blob-attestation` (cosign 2.4 or later) that checks the same bundle against
 * the same manifest and signer, so a third party can verify without chainseal.
 */
export function cosignCommand(manifest: string, bundle: string, flags: SignatureFlags, hasTlog: boolean): string {
  const args = ['cosign', 'verify-blob-attestation', '--new-bundle-format', '--bundle', bundle, '--type', PREDICATE_TYPE]
  if (flags.key !== undefined) {
    args.push('--key', flags.key)
    // A locally signed bundle has no log entry by design; cosign insists on one unless told.
    if (!hasTlog) args.push('--insecure-ignore-tlog=true')
  } else {
    if (flags.certificateIdentity !== undefined) args.push('--certificate-identity', flags.certificateIdentity)
    if (flags.certificateIdentityRegexp !== undefined) args.push('--certificate-identity-regexp', flags.certificateIdentityRegexp)
    args.push('--certificate-oidc-issuer', flags.certificateOidcIssuer ?? '')
  }
  if (flags.trustedRoot !== undefined) args.push('--trusted-root', flags.trustedRoot)
  args.push(manifest)
  return args.map(shellQuote).join(' ')
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
