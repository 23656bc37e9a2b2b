/** A published version: its tarball, and what the registry says of it (which a test may falsify). */
export interface Published {
    name: string;
    version: string;
    tarball?: Buffer;
    /** Served instead of the tarball's real integrity: a tampered registry or lockfile. */
    integrity?: string;
    /** Leave out `integrity` and serve only the SHA-1 `shasum`, as for very old publishes. */
    shasumOnly?: boolean;
    /** Serve these bytes as the tarball while the metadata describes the real one: a swapped file. */
    servedTarball?: Buffer;
    /** With a signing registry: publish this version without a signature. */
    unsigned?: boolean;
}
export interface RegistryOptions {
    /** Statuses to answer the first requests with, before answering properly (429, 503…). */
    failFirst?: number[];
    /** Answer everything with this instead of JSON. */
    garbage?: string;
    /** The Authorization header every request must carry. */
    requireAuth?: string;
    /** Publish a P-256 key at /-/npm/v1/keys and sign each version's `name@version:integrity`, as npm's registry does. */
    sign?: boolean;
}
export interface TestRegistry {
    url: string;
    requests: string[];
    /** The resolved URL npm would lock for a package from here. */
    tarballUrl(name: string, version: string): string;
    integrityOf(name: string, version: string): string;
    close(): Promise<void>;
}
/**
 * A registry on 127.0.0.1 that speaks the npm registry protocol for what chainseal and npm ask:
 * packuments (`GET /<name>`), per-version documents (`GET /<name>/<version>`; scoped names as
 * `@scope%2fname`), tarballs, and signing keys with signatures when asked to sign.
 */
export declare function startRegistry(packages: Published[], options?: RegistryOptions): Promise<TestRegistry>;
