import type { Algorithm } from '../integrity/digest.ts';
/**
 * A content-addressed backup store: one copy of each file by digest, at
 * `<store>/<algorithm>/<first two hex digits>/<digest>`. `manifest --store` fills it; `watch
 * --restore` puts the manifest's bytes back from it, checking the digest of what it reads.
 */
export declare function storedPath(store: string, algorithm: Algorithm, digest: string): string;
/**
 * Copies a file into the store if its digest is not there yet, and checks the copy: a file that
 * changed after it was hashed is not stored under a digest it no longer has. Returns whether the
 * store holds the digest afterwards.
 */
export declare function storeFile(store: string, algorithm: Algorithm, digest: string, source: string | Buffer, buffer: Buffer): boolean;
/** The stored bytes' path, if the store has them and they still hash to their name. */
export declare function verifiedStored(store: string, algorithm: Algorithm, digest: string, buffer?: Buffer): string | undefined;
