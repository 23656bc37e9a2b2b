/**
 * Fulcio, Rekor, a timestamp authority and the GitHub Actions OIDC token endpoint, served on
 * 127.0.0.1 by @sigstore/mock's own handlers: a real HTTP server the CLI can be pointed at, and
 * the trusted root that verifies what it issues.
 */
export interface SigstoreServices {
    url: string;
    /** The OIDC token the token endpoint hands out: subject and issuer as Fulcio will certify them. */
    token: string;
    identity: string;
    issuer: string;
    /** A Sigstore trusted_root.json for these services. */
    trustedRoot: object;
    /** The env a GitHub Actions job with `id-token: write` has. */
    actionsEnv: Record<string, string>;
    requests: string[];
    close(): Promise<void>;
}
export interface ServicesOptions {
    /** The CA's clock: a time in the past makes certificates that expired before the log saw them. */
    caClock?: Date;
    identity?: string;
    issuer?: string;
}
export declare const TEST_IDENTITY = "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main";
export declare const TEST_ISSUER = "https://token.actions.githubusercontent.com";
export declare function startSigstoreServices(options?: ServicesOptions): Promise<SigstoreServices>;
