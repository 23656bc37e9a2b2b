import { lstatSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync, type Algorithm, type FileDigest } from './digest.ts'
import type { HashRequest, HashResponse } from './hash-worker.ts'

export interface HashProgress {
  files: number
  bytes: number
}

export interface HashPoolOptions {
  /** Worker threads; defaults to the cores available, at least 2 so I/O overlaps hashing. */
  threads?: number
  onProgress?: (progress: HashProgress) => void
}

/** Below this many files, starting workers costs more than it saves... */
const POOL_THRESHOLD = 64
/** ...unless they are this big together. */
const POOL_BYTES = 64 << 20
/** Batches amortise messaging over many small files but must not pile big files on one worker. */
const MAX_BATCH = 32
/** Batches in flight per worker: a worker never waits for its next batch. */
const IN_FLIGHT = 2

// In the sources this module sits beside hash-worker.ts; in the bundle, dist/ holds hash-worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './hash-worker.ts' : './hash-worker.js', import.meta.url)

interface PoolWorker {
  worker: Worker
  inFlight: number
}

/**
 * Hashes regular files on worker threads while the caller is still finding them: `add` files as
 * the walk meets them, let the event loop turn now and then (`yield`), and `finish` for the
 * digests in the order added. Workers start only once there is enough work to repay them.
 */
export class HashPool {
  readonly #algorithm: Algorithm
  readonly #threads: number
  readonly #onProgress: ((progress: HashProgress) => void) | undefined
  readonly #paths: Buffer[] = []
  readonly #results: FileDigest[] = []
  readonly #progress: HashProgress = { files: 0, bytes: 0 }
  #workers: PoolWorker[] = []
  #next = 0
  #done = 0
  #finishing = false
  #settle: { resolve: () => void; reject: (error: unknown) => void } | undefined
  #failure: unknown

  constructor(algorithm: Algorithm, options: HashPoolOptions = {}) {
    this.#algorithm = algorithm
    this.#threads = options.threads ?? Math.max(2, availableParallelism())
    this.#onProgress = options.onProgress
  }

  /** Queues a file; its digest will be at the returned index of `finish()`'s result. */
  add(path: Buffer): number {
    if (this.#workers.length === 0 && this.#threads > 1 && this.#paths.length + 1 >= POOL_THRESHOLD) this.#start()
    this.#paths.push(path)
    this.#pump()
    return this.#paths.length - 1
  }

  /** Lets worker messages in, so finished workers get their next batch while the caller works. */
  yield(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve))
  }

  async finish(): Promise<FileDigest[]> {
    this.#finishing = true
    try {
      if (this.#workers.length === 0) {
        if (this.#threads > 1 && this.#paths.length > 1 && totalSize(this.#paths) >= POOL_BYTES) this.#start()
        else return this.#hashInline()
      }
      if (this.#done < this.#paths.length) {
        const settled = new Promise<void>((resolve, reject) => (this.#settle = { resolve, reject }))
        this.#pump()
        await settled
      }
      if (this.#failure) throw this.#failure
      return this.#results
    } finally {
      await Promise.all(this.#workers.map(({ worker }) => worker.terminate()))
      this.#workers = []
    }
  }

  #start(): void {
    for (let i = 0; i < this.#threads; i++) {
      const worker = new Worker(WORKER_URL, { workerData: { algorithm: this.#algorithm } })
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
        // While files are still being added, wait for a full batch; at the end, shrink batches so the
        // last files (and a few big ones) spread over all workers.
        const size = this.#finishing
          ? Math.max(1, Math.min(MAX_BATCH, Math.floor(pending / (this.#workers.length * IN_FLIGHT * 4))))
          : MAX_BATCH
        if (pending === 0 || pending < size) return
        const id = this.#next
        this.#next += size
        entry.inFlight++
        entry.worker.postMessage({ id, paths: this.#paths.slice(id, id + size) } satisfies HashRequest)
      }
    }
  }

  #receive(entry: PoolWorker, { id, results }: HashResponse): void {
    entry.inFlight--
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!
      this.#results[id + i] = result
      if (result.ok) this.#progress.bytes += result.size
    }
    this.#done += results.length
    this.#progress.files = this.#done
    this.#onProgress?.(this.#progress)
    this.#pump()
    if (this.#finishing && this.#done === this.#paths.length) this.#settle?.resolve()
  }

  #fail(error: unknown): void {
    this.#failure ??= error
    this.#settle?.reject(error)
  }

  #hashInline(): FileDigest[] {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)
    for (const path of this.#paths) {
      const result = hashFileSync(path, this.#algorithm, buffer)
      this.#results.push(result)
      this.#progress.files++
      if (result.ok) this.#progress.bytes += result.size
      this.#onProgress?.(this.#progress)
    }
    return this.#results
  }
}

function totalSize(paths: readonly Buffer[]): number {
  let total = 0
  for (const path of paths) {
    try {
      total += lstatSync(path).size
    } catch {
      // Unreadable files are reported when hashed.
    }
  }
  return total
}
