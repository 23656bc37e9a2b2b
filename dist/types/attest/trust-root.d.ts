import { TrustedRoot } from '@sigstore/protobuf-specs';
/** Where a trust root came from, for messages: "the public-good Sigstore trust root", "trust root r.json". */
export interface LoadedTrustRoot {
    readonly root: TrustedRoot;
    label: string;
}
/**
 * The public-good Sigstore trust root as the installed @sigstore/tuf ships it (its TUF seed), so
 * verification needs no network. It is as fresh as that package; --tuf-refresh updates it. It is
 * decoded when first read: a bundle signed by a local key, without log entries or timestamps,
 * never needs it.
 */
export declare function shippedTrustRoot(): LoadedTrustRoot;
/** A trust root that trusts no authority: what a bundle's own evidence is checked against when none is needed. */
export declare const NO_AUTHORITIES: TrustedRoot;
/** A trusted_root.json (Sigstore's TrustedRoot format) given with --trusted-root. */
export declare function readTrustRoot(path: string, name: string): LoadedTrustRoot;
/** Fetches the current public-good trust root through TUF (network), caching it in cacheDir. */
export declare function refreshTrustRoot(cacheDir: string): Promise<LoadedTrustRoot>;
