import { lstatSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { MessageChannel, Worker } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync, type Algorithm, type FileDigest } from './digest.ts'
import { unpackResults, type BytesRequest, type HashRequest, type HashResponse } from './hash-protocol.ts'
import { joinBase, type FsPath } from './names.ts'

export interface HashProgress {
  files: number
  bytes: number
}

export interface HashPoolOptions {
  /** Worker threads; defaults to the cores available. With 1, or too little work, the calling thread hashes. */
  threads?: number
  /** Workers started ahead (HashWorkers.start); the pool takes them over and ends them. */
  workers?: HashWorkers
  onProgress?: (progress: HashProgress) => void
}

/**
 * Hash workers started before there is work for them: a worker takes ~100 ms to boot, which can
 * overlap something else that must come first (reading and checking a manifest).
 */
export class HashWorkers {
  readonly threads: Worker[]
  #error: unknown
  /** Digests asked of the workers and not yet answered: they are not ended before. */
  readonly #digests = new Set<Promise<unknown>>()

  private constructor(threads: Worker[]) {
    this.threads = threads
    // Until a pool takes them over, a worker that fails to boot must not crash the process.
    for (const worker of threads) worker.on('error', (error) => (this.#error ??= error))
  }

  static start(count = availableParallelism()): HashWorkers {
    return new HashWorkers(Array.from({ length: count }, () => startWorker()))
  }

  /** The boot failure of any worker, for the pool to report. */
  get error(): unknown {
    return this.#error
  }

  /**
   * The digest of bytes already in memory, computed by a worker while this thread goes on (it
   * parses what the bytes hold while the workers still wait for files). The bytes are copied once,
   * into memory both threads share.
   */
  digest(bytes: Uint8Array, algorithm: Algorithm): Promise<string> {
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length))
    shared.set(bytes)
    const worker = this.threads.at(-1)!
    const { port1, port2 } = new MessageChannel()
    const { promise: answer, resolve, reject } = Promise.withResolvers<string>()
    port1.once('message', resolve)
    // A worker that ended (it crashed) will not answer; one that ended before it was asked (a
    // threadId of -1) would never even read the question.
    const ended = () => reject(new Error('the hash worker ended before digesting'))
    worker.once('exit', ended)
    if (worker.threadId < 0) ended()
    else worker.postMessage({ algorithm, bytes: shared, port: port2 } satisfies BytesRequest, [port2])
    const settled = answer.catch(() => {}).finally(() => {
      worker.off('exit', ended)
      port1.close()
      this.#digests.delete(settled)
    })
    this.#digests.add(settled)
    return answer
  }

  async terminate(): Promise<void> {
    await Promise.allSettled(this.#digests)
    await Promise.all(this.threads.map((worker) => worker.terminate()))
  }
}

/** A worker running hash-worker.ts; member-hasher.ts starts its own. */
export function startWorker(): Worker {
  return new Worker(WORKER_URL, {
    // A worker holds one batch at a time; V8's default young generation would cost tens of MB each.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  })
}

/** Below this many files, starting workers costs more than it saves... */
const POOL_THRESHOLD = 64
/** ...unless they are this big together. */
const POOL_BYTES = 64 << 20
/** Batches amortise messaging over many small files but must not pile big files on one worker. */
const MAX_BATCH = 64
const WORKER_YOUNG_GENERATION_MB = 4
/** Batches in flight per worker: a worker never waits for its next batch while this thread walks. */
const IN_FLIGHT = 4

// In the sources this module sits beside hash-worker.ts; in the bundle, dist/ holds hash-worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './hash-worker.ts' : './hash-worker.js', import.meta.url)

/** Marks a result already handed over, so its memory can go. */
const TAKEN: FileDigest = { ok: false, reason: 'taken' }

interface PoolWorker {
  worker: Worker
  inFlight: number
}

/**
 * Hashes regular files on worker threads while the caller is still finding them: `add` files (as
 * paths relative to `base`) as the walk meets them, let the event loop turn now and then
 * (`yield`), `finish`, and `take` each digest by the index `add` gave. Workers start only once there is
 * enough work to repay them.
 */
export class HashPool {
  readonly #algorithm: Algorithm
  readonly #base: string
  readonly #buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)
  readonly #threads: number
  readonly #onProgress: ((progress: HashProgress) => void) | undefined
  readonly #paths: FsPath[] = []
  readonly #results: FileDigest[] = []
  readonly #progress: HashProgress = { files: 0, bytes: 0 }
  #workers: PoolWorker[] = []
  #next = 0
  #done = 0
  #finishing = false
  #settle: { resolve: () => void; reject: (error: unknown) => void } | undefined
  #failure: unknown
  readonly #ahead: HashWorkers | undefined

  constructor(algorithm: Algorithm, base: string, options: HashPoolOptions = {}) {
    this.#algorithm = algorithm
    this.#base = base.endsWith('/') ? base : base + '/'
    this.#threads = options.workers?.threads.length ?? options.threads ?? availableParallelism()
    this.#onProgress = options.onProgress
    this.#ahead = options.workers
  }

  /** Queues a file (relative to base); its digest will be at the returned index of `finish()`'s result. */
  add(path: FsPath): number {
    if (this.#workers.length === 0 && this.#threads > 1 && this.#paths.length + 1 === POOL_THRESHOLD) this.#start()
    this.#paths.push(path)
    this.#pump()
    return this.#paths.length - 1
  }

  /** The digest of the file added at `index` once it is in, handed over once: the pool lets go of it. */
  take(index: number): FileDigest | undefined {
    const result = this.#results[index]
    if (result) this.#results[index] = TAKEN
    return result === TAKEN ? undefined : result
  }

  /** Lets worker messages in, so finished workers get their next batch while the caller works. */
  yield(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve))
  }

  /** Waits until every file added is hashed; `take` then hands out each digest. */
  async finish(): Promise<void> {
    this.#finishing = true
    try {
      if (this.#workers.length === 0 && this.#threads > 1 && this.#paths.length > 1 && this.#totalSize() >= POOL_BYTES) this.#start()
      const settled = new Promise<void>((resolve, reject) => (this.#settle = { resolve, reject }))
      this.#pump()
      // Without workers (few small files, or one thread), everything is hashed here. With them,
      // this thread only dispatches: were it to hash a big file itself, it could not refill their
      // queues meanwhile, and sizes are not known before files are read.
      if (this.#workers.length === 0) this.#hashHere(this.#paths.length - this.#next)
      if (this.#done < this.#paths.length) await settled
      if (this.#failure) throw this.#failure
    } finally {
      // Workers started ahead, used or not, end through what started them: it waits for anything
      // else asked of them (HashWorkers.digest) first.
      if (this.#ahead) await this.#ahead.terminate()
      else await Promise.all(this.#workers.map(({ worker }) => worker.terminate()))
      this.#workers = []
    }
  }

  #start(): void {
    if (this.#ahead?.error) this.#fail(this.#ahead.error)
    const threads = this.#ahead?.threads ?? Array.from({ length: this.#threads }, () => startWorker())
    for (const worker of threads) {
      const entry: PoolWorker = { worker, inFlight: 0 }
      worker.on('message', (response: HashResponse) => this.#receive(entry, response))
      worker.on('error', (error) => this.#fail(error))
      worker.on('exit', (code) => {
        if (entry.inFlight > 0) this.#fail(new Error(`hash worker exited with code ${code} before finishing`))
      })
      this.#workers.push(entry)
    }
  }

  #pump(): void {
    for (const entry of this.#workers) {
      while (entry.inFlight < IN_FLIGHT) {
        const pending = this.#paths.length - this.#next
        const size = this.#batchSize()
        if (pending === 0 || pending < size) return
        const id = this.#next
        this.#next += size
        entry.inFlight++
        entry.worker.postMessage({ id, algorithm: this.#algorithm, base: this.#base, paths: this.#paths.slice(id, id + size) } satisfies HashRequest)
      }
    }
  }

  /**
   * While files are still being added, full batches; at the end, batches shrink so the last files
   * (and trees of a few big ones) spread over every thread.
   */
  #batchSize(): number {
    if (!this.#finishing) return MAX_BATCH
    const pending = this.#paths.length - this.#next
    return Math.max(1, Math.min(MAX_BATCH, Math.floor(pending / (this.#threads * IN_FLIGHT * 4))))
  }

  #hashHere(count: number): void {
    const id = this.#next
    this.#next += count = Math.min(count, this.#paths.length - id)
    const results: FileDigest[] = []
    for (let i = id; i < id + count; i++) results.push(hashFileSync(joinBase(this.#base, this.#paths[i]!), this.#algorithm, this.#buffer))
    this.#store(id, results)
  }

  #receive(entry: PoolWorker, response: HashResponse): void {
    entry.inFlight--
    this.#store(response.id, unpackResults(response))
    this.#pump()
  }

  #store(id: number, results: FileDigest[]): void {
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!
      this.#results[id + i] = result
      if (result.ok) this.#progress.bytes += result.size
    }
    this.#done += results.length
    this.#progress.files = this.#done
    this.#onProgress?.(this.#progress)
    if (this.#finishing && this.#done === this.#paths.length) this.#settle?.resolve()
  }

  #fail(error: unknown): void {
    this.#failure ??= error
    this.#settle?.reject(error)
  }

  #totalSize(): number {
    let total = 0
    for (const path of this.#paths) {
      try {
        total += lstatSync(joinBase(this.#base, path)).size
      } catch {
        // Unreadable files are reported when hashed.
      }
    }
    return total
  }
}
