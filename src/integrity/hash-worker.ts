/**
 * A worker of the hash pool: hashes batches of files synchronously into one buffer of its own; or,
 * for member-hasher.ts, the bytes of archive members sent to it; or, for HashWorkers.digest, bytes
 * already read. Kept free of anything but the digest code so it starts fast.
 */
import { createHash, hash, type Hash } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync } from './digest.ts'
import { MEMBER_END, packResults, type BytesRequest, type HashRequest, type MemberBatch, type MemberDigests } from './hash-protocol.ts'
import { joinBase } from './names.ts'

const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)
/** Members whose bytes have begun to arrive and whose end has not. */
const members = new Map<number, Hash>()

parentPort!.on('message', (message: HashRequest | MemberBatch | BytesRequest) => {
  if ('ops' in message) return hashMembers(message)
  if ('port' in message) {
    message.port.postMessage(hash(message.algorithm, message.bytes, 'hex'))
    return message.port.close()
  }
  const { id, algorithm, base, paths } = message
  const packed = packResults(id, paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer)), algorithm)
  parentPort!.postMessage(packed, [packed.sizes.buffer, packed.modes.buffer])
})

function hashMembers({ algorithm, bytes, ops }: MemberBatch): void {
  const data = new Uint8Array(bytes)
  const ended: number[] = []
  let digests = ''
  for (let i = 0; i < ops.length; i += 3) {
    const id = ops[i]!
    const length = ops[i + 2]!
    let hash = members.get(id)
    if (!hash) members.set(id, (hash = createHash(algorithm)))
    if (length === MEMBER_END) {
      ended.push(id)
      digests += hash.digest('hex')
      members.delete(id)
    } else {
      hash.update(data.subarray(ops[i + 1]!, ops[i + 1]! + length))
    }
  }
  const reply: MemberDigests = { ended: Int32Array.from(ended), digests, bytes }
  parentPort!.postMessage(reply, [reply.ended.buffer, bytes])
}
