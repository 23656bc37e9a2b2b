import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { osReason } from '../errors.ts'

export type Algorithm = 'sha256' | 'sha512'
export const ALGORITHMS: readonly Algorithm[] = ['sha256', 'sha512']

/** What hashing one regular file tells: its digest and metadata, or why there is none. */
export type FileDigest =
  | { ok: true; digest: string; size: number; mode: number; changed?: string }
  | { ok: false; reason: string; notRegular?: boolean }

/** 1 MiB: large enough that big files cost few syscalls, small enough to stay in cache. */
export const READ_BUFFER_SIZE = 1 << 20

// O_NOFOLLOW: a file swapped for a symlink after the walk must not be followed out of the tree.
// O_NONBLOCK: a file swapped for a FIFO must not hang the run; it has no effect on regular files.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

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
    const code = (error as NodeJS.ErrnoException).code
    // ELOOP under O_NOFOLLOW: the path became a symlink after the walk saw a file.
    if (code === 'ELOOP') return { ok: false, reason: 'became a symlink while being read', notRegular: true }
    return { ok: false, reason: osReason(error) }
  }
  try {
    const before = fstatSync(fd)
    if (!before.isFile()) return { ok: false, reason: 'is no longer a regular file', notRegular: true }
    const hash = createHash(algorithm)
    const expected = before.size
    let total = 0
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null)
      if (n === 0) break
      hash.update(n === buffer.length ? buffer : buffer.subarray(0, n))
      total += n
      // A file that keeps growing would keep this loop reading forever; past its size it changed.
      if (total > expected) break
    }
    const after = fstatSync(fd)
    const digest = hash.digest('hex')
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
function changeDuringRead(before: Stats, after: Stats, bytesRead: number): string | undefined {
  if (after.size !== before.size || bytesRead !== before.size)
    return `size went from ${before.size} to ${after.size} bytes while ${bytesRead} were read`
  if (after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs) return 'it was written to while being read'
  return undefined
}
