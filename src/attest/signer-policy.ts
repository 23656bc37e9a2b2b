import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { ChainsealError } from '../errors.ts'
import type { SignatureFlags } from './flags.ts'
import { readPublicKey } from './keys.ts'
import { readTrustRoot, refreshTrustRoot, shippedTrustRoot, type LoadedTrustRoot } from './trust-root.ts'
import { exactIdentity, identityPattern, type SignerExpectation } from './verify-bundle.ts'

export interface SignaturePolicy {
  signer: SignerExpectation
  trustRoot: LoadedTrustRoot
}

/**
 * Who must have signed, and the trust root their evidence must chain to. Exactly one of a key or
 * an identity with its issuer: a verification that names no signer would accept anyone's.
 */
export async function loadSignaturePolicy(cwd: string, env: NodeJS.ProcessEnv, flags: SignatureFlags): Promise<SignaturePolicy> {
  const identity = flags.certificateIdentity ?? flags.certificateIdentityRegexp
  if (flags.certificateIdentity !== undefined && flags.certificateIdentityRegexp !== undefined)
    throw usage('give --certificate-identity or --certificate-identity-regexp, not both')
  if (flags.key !== undefined && (identity !== undefined || flags.certificateOidcIssuer !== undefined))
    throw usage('give either --key or --certificate-identity with --certificate-oidc-issuer, not both: a bundle is signed by a key or by a certificate')
  if (flags.key === undefined && identity === undefined)
    throw usage('say who must have signed: --key PUB.pem, or --certificate-identity (or --certificate-identity-regexp) with --certificate-oidc-issuer')
  if (identity !== undefined && flags.certificateOidcIssuer === undefined)
    throw usage('--certificate-identity needs --certificate-oidc-issuer (for GitHub Actions: https://token.actions.githubusercontent.com)')
  if (flags.trustedRoot !== undefined && flags.tufRefresh) throw usage('give --trusted-root or --tuf-refresh, not both')

  const trustRoot = flags.trustedRoot !== undefined
    ? readTrustRoot(resolve(cwd, flags.trustedRoot), flags.trustedRoot)
    : flags.tufRefresh
      ? await refreshTrustRoot(tufCache(env))
      : shippedTrustRoot()
  const signer: SignerExpectation =
    flags.key !== undefined
      ? { kind: 'key', key: readPublicKey(resolve(cwd, flags.key), flags.key), name: flags.key }
      : {
          kind: 'identity',
          identity: flags.certificateIdentity !== undefined ? exactIdentity(flags.certificateIdentity) : await identityPattern(flags.certificateIdentityRegexp!),
          issuer: flags.certificateOidcIssuer!,
        }
  return { signer, trustRoot }
}

function tufCache(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'chainseal', 'tuf')
}

function usage(message: string): ChainsealError {
  return new ChainsealError('usage', message)
}
