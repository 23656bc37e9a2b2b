import type { SignatureFlags } from './flags.ts'
import { PREDICATE_TYPE } from './statement.ts'

/**
 * The commands that check a signed manifest, printed after signing and verifying so a third party
 * can run them: chainseal's own, and cosign's.
 */

/** `chainseal verify` with the bundle and the signer it must come from. */
export function chainsealVerifyCommand(manifest: string, bundle: string, flags: SignatureFlags): string {
  return ['chainseal', 'verify', manifest, '--bundle', bundle, ...signerArgs(flags)].map(shellQuote).join(' ')
}

/**
 * The `cosign verify-blob-attestation` (cosign 2.4 or later) that checks the same bundle against
 * the same manifest and signer, so a third party can verify without chainseal.
 */
export function cosignCommand(manifest: string, bundle: string, flags: SignatureFlags, hasTlog: boolean): string {
  const args = ['cosign', 'verify-blob-attestation', '--new-bundle-format', '--bundle', bundle, '--type', PREDICATE_TYPE, ...signerArgs(flags)]
  // A locally signed bundle has no log entry by design; cosign insists on one unless told.
  if (flags.key !== undefined && !hasTlog) args.push('--insecure-ignore-tlog=true')
  args.push(manifest)
  return args.map(shellQuote).join(' ')
}

/** The flags both tools spell the same way. */
function signerArgs(flags: SignatureFlags): string[] {
  const args: string[] = []
  if (flags.key !== undefined) args.push('--key', flags.key)
  else {
    if (flags.certificateIdentity !== undefined) args.push('--certificate-identity', flags.certificateIdentity)
    if (flags.certificateIdentityRegexp !== undefined) args.push('--certificate-identity-regexp', flags.certificateIdentityRegexp)
    args.push('--certificate-oidc-issuer', flags.certificateOidcIssuer ?? '')
  }
  if (flags.trustedRoot !== undefined) args.push('--trusted-root', flags.trustedRoot)
  return args
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
