import { createHash, type Hash } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import type { Algorithm } from './digest.ts'
import { startWorker } from './hash-pool.ts'
import { MEMBER_END, type MemberBatch, type MemberDigests } from './hash-protocol.ts'

/**
 * Digests of an archive's members as its parser hands out their bytes: `begin` a member, `update`
 * it, `end` it with a callback for its digest; before writing more into the parser, wait for
 * `ready()`; `close()` once the parser is done, when every digest has been handed out.
 */
export interface MemberHasher {
  begin(): number
  update(id: number, chunk: Uint8Array): void
  end(id: number, done: (digest: string) => void): void
  /** Undefined when more bytes may come at once, else a promise of that. */
  ready(): Promise<void> | undefined
  close(): Promise<void>
}

/**
 * From this archive size up, members are hashed on a worker of their own. SHA-256 of what a gzip
 * stream inflates to is the slowest step (inflate runs on libuv's pool); on this thread it also
 * waits for tar's parser, on a worker it overlaps both. Below it, the worker's start costs more.
 */
export const MEMBER_WORKER_BYTES = 4 << 20

export function memberHasher(algorithm: Algorithm, archiveSize: number): MemberHasher {
  return archiveSize >= MEMBER_WORKER_BYTES ? new WorkerMemberHasher(algorithm) : new InlineMemberHasher(algorithm)
}

class InlineMemberHasher implements MemberHasher {
  readonly #algorithm: Algorithm
  readonly #hashes = new Map<number, Hash>()
  #next = 0

  constructor(algorithm: Algorithm) {
    this.#algorithm = algorithm
  }

  begin(): number {
    this.#hashes.set(this.#next, createHash(this.#algorithm))
    return this.#next++
  }

  update(id: number, chunk: Uint8Array): void {
    this.#hashes.get(id)!.update(chunk)
  }

  end(id: number, done: (digest: string) => void): void {
    done(this.#hashes.get(id)!.digest('hex'))
    this.#hashes.delete(id)
  }

  ready(): undefined {
    return undefined
  }

  async close(): Promise<void> {}
}

/** Bytes per batch: a few messages per MB, and a copy that stays in cache. */
const BATCH_BYTES = 1 << 20
/** Batches on their way before the parser waits: the worker never idles, memory stays bounded. */
const BATCHES_IN_FLIGHT = 8

/**
 * Copies members' bytes into batches for a hash worker: tar's chunks are views into inflate's
 * output, and posting a view would clone the whole buffer behind it. One worker: a second, tried,
 * was slower on two cores, where inflating and parsing already need most of one.
 */
class WorkerMemberHasher implements MemberHasher {
  readonly #algorithm: Algorithm
  readonly #worker: Worker
  readonly #callbacks = new Map<number, (digest: string) => void>()
  /** Batch buffers the worker sent back: allocating (and zeroing) a fresh one per batch costs. */
  readonly #spare: ArrayBuffer[] = []
  #bytes = new Uint8Array(BATCH_BYTES)
  #used = 0
  #ops: number[] = []
  #next = 0
  #inFlight = 0
  #failure: Error | undefined
  #waiting: { resolve: () => void; reject: (error: Error) => void } | undefined

  constructor(algorithm: Algorithm) {
    this.#algorithm = algorithm
    this.#worker = startWorker()
    this.#worker.on('message', (reply: MemberDigests) => this.#receive(reply))
    this.#worker.on('error', (error) => this.#fail(error))
    this.#worker.on('exit', (code) => {
      if (this.#inFlight > 0) this.#fail(new Error(`hash worker exited with code ${code} before finishing`))
    })
  }

  begin(): number {
    return this.#next++
  }

  update(id: number, chunk: Uint8Array): void {
    for (let offset = 0; offset < chunk.length; ) {
      if (this.#used === BATCH_BYTES) this.#flush()
      const length = Math.min(BATCH_BYTES - this.#used, chunk.length - offset)
      this.#bytes.set(chunk.subarray(offset, offset + length), this.#used)
      this.#ops.push(id, this.#used, length)
      this.#used += length
      offset += length
    }
  }

  end(id: number, done: (digest: string) => void): void {
    this.#callbacks.set(id, done)
    this.#ops.push(id, 0, MEMBER_END)
  }

  ready(): Promise<void> | undefined {
    if (this.#failure) return Promise.reject(this.#failure)
    if (this.#inFlight < BATCHES_IN_FLIGHT) return undefined
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }))
  }

  async close(): Promise<void> {
    try {
      this.#flush()
      while (this.#inFlight > 0 && !this.#failure) await new Promise<void>((resolve, reject) => (this.#waiting = { resolve, reject }))
      if (this.#failure) throw this.#failure
    } finally {
      await this.#worker.terminate()
    }
  }

  #flush(): void {
    if (this.#ops.length === 0) return
    const batch: MemberBatch = { algorithm: this.#algorithm, bytes: this.#bytes.buffer, ops: Int32Array.from(this.#ops) }
    this.#worker.postMessage(batch, [batch.bytes, batch.ops.buffer])
    this.#inFlight++
    this.#bytes = new Uint8Array(this.#spare.pop() ?? new ArrayBuffer(BATCH_BYTES))
    this.#used = 0
    this.#ops = []
  }

  #receive({ ended, digests, bytes }: MemberDigests): void {
    this.#inFlight--
    this.#spare.push(bytes)
    const hexLength = ended.length ? digests.length / ended.length : 0
    ended.forEach((id, i) => {
      this.#callbacks.get(id)!(digests.slice(i * hexLength, (i + 1) * hexLength))
      this.#callbacks.delete(id)
    })
    const waiting = this.#waiting
    this.#waiting = undefined
    waiting?.resolve()
  }

  #fail(error: Error): void {
    this.#failure ??= error
    const waiting = this.#waiting
    this.#waiting = undefined
    waiting?.reject(this.#failure)
  }
}
