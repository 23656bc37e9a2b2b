/** The verification flags, as cosign names them: who must have signed, and what to trust. */
export interface SignatureFlags {
  key?: string
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  trustedRoot?: string
  tufRefresh?: boolean
}

/** Where sign writes a manifest's bundle unless told otherwise, and so where verify looks for it. */
export function bundleBeside(manifest: string): string {
  return `${manifest}.sigstore.json`
}

export function hasSignatureFlags(flags: SignatureFlags): boolean {
  return [flags.key, flags.certificateIdentity, flags.certificateIdentityRegexp, flags.certificateOidcIssuer, flags.trustedRoot].some((f) => f !== undefined) || !!flags.tufRefresh
}
