import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Algorithm } from '../integrity/digest.ts'
import { hashFileSync, READ_BUFFER_SIZE } from '../integrity/digest.ts'
import { makeDirectory } from '../io/make-directory.ts'

/**
 * A content-addressed backup store: one copy of each file by digest, at
 * `<store>/<algorithm>/<first two hex digits>/<digest>`. `manifest --store` fills it; `watch
 * --restore` puts the manifest's bytes back from it, checking the digest of what it reads.
 */
export function storedPath(store: string, algorithm: Algorithm, digest: string): string {
  return join(store, algorithm, digest.slice(0, 2), digest)
}

/**
 * Copies a file into the store if its digest is not there yet, and checks the copy: a file that
 * changed after it was hashed is not stored under a digest it no longer has. Returns whether the
 * store holds the digest afterwards.
 */
export function storeFile(store: string, algorithm: Algorithm, digest: string, source: string | Buffer, buffer: Buffer): boolean {
  const target = storedPath(store, algorithm, digest)
  if (existsSync(target)) return true
  makeDirectory(dirname(target), 0o700)
  const temporary = `${target}.${process.pid}.tmp`
  try {
    copyFileSync(source, temporary)
    const copied = hashFileSync(temporary, algorithm, buffer)
    if (!copied.ok || copied.digest !== digest) return false
    renameSync(temporary, target)
    return true
  } finally {
    rmSync(temporary, { force: true })
  }
}

/** The stored bytes' path, if the store has them and they still hash to their name. */
export function verifiedStored(store: string, algorithm: Algorithm, digest: string, buffer: Buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)): string | undefined {
  const path = storedPath(store, algorithm, digest)
  const found = hashFileSync(path, algorithm, buffer)
  return found.ok && found.digest === digest ? path : undefined
}
