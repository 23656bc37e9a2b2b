import type { MessagePort } from 'node:worker_threads'
import type { Algorithm, FileDigest } from './digest.ts'

/** What the hash pool and its workers say to each other. */

/** A batch of files to hash. Algorithm and base travel with each batch, so workers can start before either is known. */
export interface HashRequest {
  id: number
  algorithm: Algorithm
  /** Paths are relative to this directory (with its trailing slash): joining them there keeps the main thread free. */
  base: string
  /** Text paths, or bytes (arriving as plain Uint8Arrays) for names that are not UTF-8. */
  paths: (string | Uint8Array)[]
}

/**
 * A batch's results packed for the trip between threads: structured-cloning dozens of small
 * objects per batch cost more than hashing the small files did. Failures and changes are rare
 * and travel as they are.
 */
export interface HashResponse {
  id: number
  /** The hex digests one after another; a failed file's place holds spaces. */
  digests: string
  sizes: Float64Array<ArrayBuffer>
  modes: Uint16Array<ArrayBuffer>
  exceptions: Record<number, FileDigest>
}

export const HEX_LENGTH: Record<Algorithm, number> = { sha256: 64, sha512: 128 }

export function packResults(id: number, results: readonly FileDigest[], algorithm: Algorithm): HashResponse {
  const sizes = new Float64Array(results.length)
  const modes = new Uint16Array(results.length)
  const exceptions: Record<number, FileDigest> = {}
  let digests = ''
  results.forEach((result, i) => {
    if (result.ok && !result.changed) {
      digests += result.digest
      sizes[i] = result.size
      modes[i] = result.mode
    } else {
      digests += ' '.repeat(HEX_LENGTH[algorithm])
      exceptions[i] = result
    }
  })
  return { id, digests, sizes, modes, exceptions }
}

export function unpackResults({ digests, sizes, modes, exceptions }: HashResponse): FileDigest[] {
  const hexLength = sizes.length ? digests.length / sizes.length : 0
  return Array.from(
    sizes,
    (size, i): FileDigest => exceptions[i] ?? { ok: true, digest: digests.slice(i * hexLength, (i + 1) * hexLength), size, mode: modes[i]! },
  )
}

/**
 * Bytes of archive members to hash (member-hasher.ts): copied one after another into `bytes`, with
 * `ops` saying whose they are as triples of member id, offset and length. A length of -1 ends that
 * member; its digest comes back in the reply to this batch.
 */
export interface MemberBatch {
  algorithm: Algorithm
  bytes: ArrayBuffer
  ops: Int32Array<ArrayBuffer>
}

/** The members a batch ended, their hex digests one after another in the same order, and the batch's buffer for reuse. */
export interface MemberDigests {
  ended: Int32Array<ArrayBuffer>
  digests: string
  bytes: ArrayBuffer
}

export const MEMBER_END = -1

/**
 * Bytes already in memory to digest whole (a manifest whose signature is checked), answered with
 * the hex digest on `port`: the worker's own channel carries the pool's batches.
 */
export interface BytesRequest {
  algorithm: Algorithm
  bytes: Uint8Array<SharedArrayBuffer>
  port: MessagePort
}
