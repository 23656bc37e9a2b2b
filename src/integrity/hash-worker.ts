/**
 * A worker of the hash pool: hashes batches of files synchronously into one buffer of its own.
 * Kept free of anything but the digest code so it starts fast.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync, type Algorithm, type FileDigest } from './digest.ts'
import { joinBase } from './names.ts'

export interface HashRequest {
  id: number
  /** Text paths, or bytes (arriving as plain Uint8Arrays) for names that are not UTF-8. */
  paths: (string | Uint8Array)[]
}
export interface HashResponse {
  id: number
  results: FileDigest[]
}

export interface HashWorkerData {
  algorithm: Algorithm
  /** Paths arrive relative to this directory (with its trailing slash): joining them here keeps the main thread free. */
  base: string
}

const { algorithm, base } = workerData as HashWorkerData
const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)

parentPort!.on('message', ({ id, paths }: HashRequest) => {
  const results = paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer))
  parentPort!.postMessage({ id, results } satisfies HashResponse)
})
