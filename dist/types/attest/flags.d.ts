/** The verification flags, as cosign names them: who must have signed, and what to trust. */
export interface SignatureFlags {
    key?: string;
    certificateIdentity?: string;
    certificateIdentityRegexp?: string;
    certificateOidcIssuer?: string;
    trustedRoot?: string;
    tufRefresh?: boolean;
}
export declare function hasSignatureFlags(flags: SignatureFlags): boolean;
