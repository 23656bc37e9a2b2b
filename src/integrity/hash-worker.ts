/**
 * A worker of the hash pool: hashes batches of files synchronously into one buffer of its own.
 * Kept free of anything but the digest code so it starts fast.
 */
import { parentPort } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync } from './digest.ts'
import { packResults, type HashRequest } from './hash-protocol.ts'
import { joinBase } from './names.ts'

const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)

parentPort!.on('message', ({ id, algorithm, base, paths }: HashRequest) => {
  const packed = packResults(id, paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer)), algorithm)
  parentPort!.postMessage(packed, [packed.sizes.buffer, packed.modes.buffer])
})
