/**
 * File names are bytes on Linux. A manifest path is a JSON string, so a name that is valid UTF-8 is
 * stored as itself (never Unicode-normalised: NFC and NFD spellings are two files) and a name that
 * is not keeps its exact bytes in `pathBytes` (base64) beside a readable `path` in which the bad
 * bytes show as U+FFFD. The bytes are the identity; `path` is for people.
 */
export interface EncodedPath {
    path: string;
    pathBytes?: string;
}
export declare function encodePath(bytes: Buffer): EncodedPath;
export declare function pathBytes(entry: EncodedPath): Buffer;
/** Byte order, as `LC_ALL=C sort` and git sort names; JavaScript's default compares UTF-16 units. */
export declare function compareBytes(a: Uint8Array, b: Uint8Array): number;
/** Byte order of two encoded paths, without building their bytes when both are UTF-8. */
export declare function comparePaths(a: EncodedPath, b: EncodedPath): number;
/**
 * UTF-8 byte order is code point order. UTF-16 code units agree with it except that surrogates
 * (D800–DFFF, code points above FFFF) must sort after E000–FFFF; shifting the two ranges fixes that.
 */
export declare function compareAsUtf8(a: string, b: string): number;
/**
 * Why a manifest path must not be trusted, or undefined when it is a plain relative path.
 * A manifest comes from elsewhere; one that says `../../etc/passwd` or `/etc/passwd` must be
 * rejected before any file is touched.
 */
export declare function unsafePathReason(path: Uint8Array | string): string | undefined;
/** Whether a root-relative path is `base` or lies under it ('' is the root, above everything). */
export declare function isWithin(path: string, base: string): boolean;
/** `a/b` + `c` without normalising anything: names are data. */
export declare function joinBytes(dir: Buffer, name: Buffer): Buffer;
/**
 * A path as the filesystem spells it: text when every name in it is valid UTF-8 (nearly always,
 * and far cheaper to carry around than a Buffer each), its exact bytes when not.
 */
export type FsPath = string | Buffer;
/** `dir/name`; '' is the root. Text stays text; a name that is bytes makes the whole path bytes. */
export declare function joinPath(dir: FsPath, name: FsPath): FsPath;
/** `base` (ending in "/") + a relative path, as text or, for a name that is not UTF-8, as bytes. */
export declare function joinBase(base: string, path: string | Uint8Array): FsPath;
/** The manifest's spelling of a path. */
export declare function encodeFsPath(path: FsPath): EncodedPath;
/** The key under which two names collide on a case-insensitive, normalisation-insensitive filesystem (macOS, Windows). */
export declare function collisionKey(name: string): string;
