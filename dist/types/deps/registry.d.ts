import { type RegistryConfig } from './npmrc.ts';
/** What a registry says of one published version: `dist` of its version document. */
export interface VersionDist {
    integrity?: string;
    shasum?: string;
    tarball?: string;
    signatures?: {
        keyid: string;
        sig: string;
    }[];
}
/** A registry's signing key, from `/-/npm/v1/keys`: an ECDSA P-256 public key, base64 SPKI DER. */
export interface RegistryKey {
    keyid: string;
    key: string;
    keytype?: string;
    scheme?: string;
    expires?: string | null;
}
export interface RegistryClientOptions {
    /** Requests at once. */
    concurrency?: number;
    /** Per attempt, in milliseconds. */
    timeoutMs?: number;
    /** Further attempts after a 429, a 5xx, a reset or a timeout. */
    retries?: number;
}
/**
 * Asks registries for per-version metadata: small documents, so memory stays flat however long the
 * lockfile (a whole packument can be megabytes). Failures that a retry cannot mend (unreachable,
 * refused, not JSON) throw: a check that could not ask must not pass.
 */
export declare class RegistryClient {
    #private;
    requests: number;
    constructor(config: RegistryConfig, options?: RegistryClientOptions);
    /** The dist of name@version, or undefined when the registry has no such version. */
    dist(name: string, version: string): Promise<VersionDist | undefined>;
    /**
     * The signing keys of the registry `name` comes from, or undefined when it publishes none (a 404:
     * then signatures are counted as skipped, as npm does). Asked once per registry.
     */
    keysFor(name: string): Promise<RegistryKey[] | undefined>;
    /**
     * Downloads a tarball, hashing it as it streams (nothing is kept), and returns its base64 digest,
     * or undefined when the registry has no such file.
     */
    tarballDigest(url: string, algorithm: string, what: string): Promise<string | undefined>;
    /** Lets the keep-alive connections go, so the process can end. */
    close(): void;
}
