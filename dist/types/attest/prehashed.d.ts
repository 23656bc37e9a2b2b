import type { KeyObject } from 'node:crypto';
/** Checks a DER ECDSA signature over a digest the caller already holds. */
export type PrehashedVerifier = (key: KeyObject, digest: Uint8Array, signature: Uint8Array) => boolean;
/**
 * A message signature is ECDSA over the artifact's hash, so an artifact known only by its sha256
 * (`verify-bundle sha256:HEX`) can still be checked, but not with Node's crypto, which always
 * hashes what it verifies. @noble/curves verifies over the digest itself; it is loaded only here.
 * High-S signatures are accepted, as Go's and OpenSSL's verifiers accept them.
 */
export declare function loadPrehashedVerifier(): Promise<PrehashedVerifier>;
/** Throws, saying why and what to give instead, when `loadPrehashedVerifier` cannot check a signature by this key. */
export declare function assertPrehashable(key: KeyObject, bundleName: string): void;
