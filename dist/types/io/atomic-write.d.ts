/**
 * Writes a file so that readers see the old content or the new, never a half-written one: a
 * temporary file beside the target, flushed to disk, then renamed over it. A symlink is followed
 * (the link stays a link); a target that is not a regular file (/dev/stdout, a FIFO) is written
 * in place, since renaming over it would replace the device itself.
 */
export declare function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>, mode?: number): void;
