import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'

/**
 * Writes a file so that readers see the old content or the new, never a half-written one: a
 * temporary file beside the target, flushed to disk, then renamed over it.
 */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>, mode = 0o644): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx', mode)
    for (const chunk of chunks) writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temporary, path)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(temporary, { force: true })
    throw new ChainsealError('io', `could not write ${path}: ${osReason(error)}; check that its directory exists and is writable`, { cause: error })
  }
}
