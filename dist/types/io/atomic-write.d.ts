/**
 * Writes a file so that readers see the old content or the new, never a half-written one: a
 * temporary file beside the target, flushed to disk, then renamed over it. A symlink is followed
 * (the link stays a link); a target that is not a regular file (/dev/stdout, a FIFO), or is this
 * process's own stdout or stderr, is written in place, since renaming over it would replace the
 * device itself.
 */
export declare function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>, mode?: number): void;
/** 1 or 2 when `path` is this process's stdout or stderr, else undefined (also when it does not exist). */
export declare function standardStreamAt(path: string): number | undefined;
