import { type Stats } from 'node:fs';
export type Algorithm = 'sha256' | 'sha512';
export declare const ALGORITHMS: readonly Algorithm[];
/** What hashing one regular file tells: its digest and metadata, or why there is none. */
export type FileDigest = {
    ok: true;
    digest: string;
    size: number;
    mode: number;
    changed?: string;
} | {
    ok: false;
    reason: string;
    notRegular?: boolean;
};
/** 256 KiB: few syscalls for big files, most source files in one read, and it stays in cache. */
export declare const READ_BUFFER_SIZE: number;
export declare const OPEN_FLAGS: number;
/** What a file that could not be opened with OPEN_FLAGS gives. */
export declare function openFailure(error: unknown): FileDigest;
/** What a path that was a file when walked, and is something else when opened, gives. */
export declare const NOT_REGULAR: FileDigest;
/**
 * Hashes one regular file synchronously into a caller-owned buffer. Synchronous reads into one
 * reused buffer are several times faster than streams for the many small files of a source tree;
 * parallelism comes from running this in worker threads (hash-pool.ts).
 *
 * The file is stat'ed before and after: a file that grows, shrinks or is rewritten while it is read
 * gets a digest of no real state, and says so in `changed`.
 */
export declare function hashFileSync(path: string | Buffer, algorithm: Algorithm, buffer: Buffer): FileDigest;
export declare function changeDuringRead(before: Stats, after: Stats, bytesRead: number): string | undefined;
