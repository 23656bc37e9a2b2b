import { createHash, hash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { osReason } from '../errors.ts'

export type Algorithm = 'sha256' | 'sha512'
export const ALGORITHMS: readonly Algorithm[] = ['sha256', 'sha512']

/** What hashing one regular file tells: its digest and metadata, or why there is none. */
export type FileDigest =
  | { ok: true; digest: string; size: number; mode: number; changed?: string }
  | { ok: false; reason: string; notRegular?: boolean }

/** 256 KiB: few syscalls for big files, most source files in one read, and it stays in cache. */
export const READ_BUFFER_SIZE = 1 << 18

// O_NOFOLLOW: a file swapped for a symlink after the walk must not be followed out of the tree.
// O_NONBLOCK: a file swapped for a FIFO must not hang the run; it has no effect on regular files.
export const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

/** What a file that could not be opened with OPEN_FLAGS gives. */
export function openFailure(error: unknown): FileDigest {
  // ELOOP under O_NOFOLLOW: the path became a symlink after the walk saw a file.
  if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { ok: false, reason: 'became a symlink while being read', notRegular: true }
  return { ok: false, reason: osReason(error) }
}

/** What a path that was a file when walked, and is something else when opened, gives. */
export const NOT_REGULAR: FileDigest = { ok: false, reason: 'is no longer a regular file', notRegular: true }

/**
 * Hashes one regular file synchronously into a caller-owned buffer. Synchronous reads into one
 * reused buffer are several times faster than streams for the many small files of a source tree;
 * parallelism comes from running this in worker threads (hash-pool.ts).
 *
 * The file is stat'ed before and after: a file that grows, shrinks or is rewritten while it is read
 * gets a digest of no real state, and says so in `changed`.
 */
export function hashFileSync(path: string | Buffer, algorithm: Algorithm, buffer: Buffer): FileDigest {
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    return openFailure(error)
  }
  try {
    const before = fstatSync(fd)
    if (!before.isFile()) return NOT_REGULAR
    const expected = before.size
    // Read up to the size fstat gave, and once more only for an empty file (some filesystems
    // report 0 for files that have content). A file that grows or shrinks meanwhile shows in the
    // after-stat or in the byte count; the file that keeps growing cannot keep this loop going.
    let digest: string
    let total = 0
    const first = expected === 0 || expected < buffer.length ? readSync(fd, buffer, 0, buffer.length, null) : 0
    if (first === expected && expected < buffer.length) {
      // The common case, a file that fits the buffer: one read and one one-shot hash.
      total = first
      digest = hash(algorithm, buffer.subarray(0, first), 'hex')
    } else {
      const incremental = createHash(algorithm)
      let n = first
      if (n > 0) incremental.update(buffer.subarray(0, n))
      total = n
      while (total < expected && (n = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
        incremental.update(n === buffer.length ? buffer : buffer.subarray(0, n))
        total += n
      }
      digest = incremental.digest('hex')
    }
    const after = fstatSync(fd)
    const changed = changeDuringRead(before, after, total)
    const result: FileDigest = { ok: true, digest, size: total, mode: before.mode & 0o7777 }
    if (changed) result.changed = changed
    return result
  } catch (error) {
    return { ok: false, reason: osReason(error) }
  } finally {
    closeSync(fd)
  }
}

// Number stats, not bigint: they cost less per file, and filesystems stamp mtime from a coarse
// clock, so nanoseconds would not catch more.
export function changeDuringRead(before: Stats, after: Stats, bytesRead: number): string | undefined {
  if (after.size !== before.size || bytesRead !== before.size)
    return `size went from ${before.size} to ${after.size} bytes while ${bytesRead} were read`
  if (after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs) return 'it was written to while being read'
  return undefined
}
