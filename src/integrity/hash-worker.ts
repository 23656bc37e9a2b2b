/**
 * A worker of the hash pool: hashes batches of files synchronously into one buffer of its own.
 * Kept free of anything but the digest code so it starts fast.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync, type Algorithm, type FileDigest } from './digest.ts'

export interface HashRequest {
  id: number
  paths: Uint8Array[]
}
export interface HashResponse {
  id: number
  results: FileDigest[]
}

const algorithm = (workerData as { algorithm: Algorithm }).algorithm
const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)

parentPort!.on('message', ({ id, paths }: HashRequest) => {
  // Buffers arrive as plain Uint8Arrays after structured cloning; view them as Buffers, no copy.
  const results = paths.map((p) => hashFileSync(Buffer.from(p.buffer, p.byteOffset, p.byteLength), algorithm, buffer))
  parentPort!.postMessage({ id, results } satisfies HashResponse)
})
