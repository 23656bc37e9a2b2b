import { randomBytes } from 'node:crypto'
import { closeSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'

/**
 * Many small chunks (one export line each) become few large writes. Text is written as text, so
 * a large manifest is not copied into Buffers on its way out.
 */
function writeCoalesced(fd: number, chunks: Iterable<string | Uint8Array>): void {
  const limit = 1 << 20
  let text = ''
  let bytes: Uint8Array[] = []
  let size = 0
  const flush = () => {
    if (text) writeAll(fd, Buffer.from(text))
    if (bytes.length) writeAll(fd, Buffer.concat(bytes, size))
    text = ''
    bytes = []
    size = 0
  }
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (bytes.length) flush()
      text += chunk
      if (text.length >= limit) flush()
    } else {
      if (text) flush()
      bytes.push(chunk)
      size += chunk.length
      if (size >= limit) flush()
    }
  }
  flush()
}

/** writeSync may write less than asked (a pipe, a full disk): loop until all of it is out. */
function writeAll(fd: number, data: Uint8Array): void {
  for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset)
}

/**
 * Writes a file so that readers see the old content or the new, never a half-written one: a
 * temporary file beside the target, flushed to disk, then renamed over it. A symlink is followed
 * (the link stays a link); a target that is not a regular file (/dev/stdout, a FIFO), or is this
 * process's own stdout or stderr, is written in place, since renaming over it would replace the
 * device itself.
 */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>, mode = 0o644): void {
  const target = resolveTarget(path)
  if (target.inPlace) return writeInPlace(path, target.own, chunks)
  const temporary = join(dirname(target.path), `.${basename(target.path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx', mode)
    writeCoalesced(fd, chunks)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temporary, target.path)
  } catch (error) {
    // The cleanup must not hide the failure: where the temporary file could not even be made (its
    // directory is a file), removing it fails too, with a less useful reason.
    try {
      if (fd !== undefined) closeSync(fd)
      rmSync(temporary, { force: true })
    } catch {}
    throw writeError(path, error)
  }
}

/**
 * Where to write: the real path of a regular file (or the path of one to create); or in place, for
 * anything else, through `own` when it is this process's stdout or stderr.
 */
function resolveTarget(path: string): { path: string; inPlace?: true; own?: number } {
  // stat, not realpath, decides: /dev/stdout on a pipe is a link to /proc/self/fd/1, which stat
  // follows to the pipe but realpath cannot resolve ("pipe:[…]" is no path). Taken for a file that
  // does not exist, it was renamed over: /dev/stdout itself became a regular file.
  let stats
  try {
    stats = statSync(path)
  } catch {
    return { path } // does not exist yet (or a dangling link): create it
  }
  // This process's own stdout, even a regular file (`> m.json`), is written through its descriptor:
  // renaming over it would leave the descriptor writing to a file no longer there.
  const own = ownDescriptor(stats)
  if (stats.isFile() && own === undefined) return { path: realpathSync(path) }
  return own === undefined ? { path, inPlace: true } : { path, inPlace: true, own }
}

/** 1 or 2 when `path` is this process's stdout or stderr, else undefined (also when it does not exist). */
export function standardStreamAt(path: string): number | undefined {
  try {
    return ownDescriptor(statSync(path))
  } catch {
    return undefined
  }
}

function writeInPlace(path: string, own: number | undefined, chunks: Iterable<string | Uint8Array>): void {
  let fd: number | undefined
  try {
    // This process's own stdout or stderr is written through its descriptor: when a parent made it
    // a socket (as Node's child_process does), /dev/stdout cannot be opened by name (ENXIO).
    if (own !== undefined) return writeCoalesced(own, chunks)
    fd = openSync(path, 'w')
    writeCoalesced(fd, chunks)
  } catch (error) {
    throw writeError(path, error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** 1 or 2 when `target` is what this process's stdout or stderr is (the same inode), else undefined. */
function ownDescriptor(target: Stats): number | undefined {
  for (const fd of [1, 2]) {
    try {
      const standard = fstatSync(fd)
      if (standard.dev === target.dev && standard.ino === target.ino) return fd
    } catch {
      // closed: not this one
    }
  }
  return undefined
}

function writeError(path: string, error: unknown): ChainsealError {
  return new ChainsealError('io', `could not write ${path}: ${osReason(error)}; check that its directory exists and is writable`, { cause: error })
}
