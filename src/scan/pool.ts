import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Finding } from '../findings/finding.ts'
import { addCounts, emptyCounts, type ScanCounts } from './scan-file.ts'
import type { ScanRequest, ScanResponse, ScanWorkerData } from './scan-protocol.ts'

// In the sources this module sits beside scan-worker.ts; in the bundle, dist/ holds scan-worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url)
/** Files per message: enough to amortise messaging, few enough to balance the workers. */
export const BATCH_FILES = 32
/** Batches queued per worker, so none idles while this thread is busy elsewhere. */
const IN_FLIGHT = 3

export type Batch = ScanRequest['files']

/**
 * Scans batches of files on worker threads, one per core: reading and matching are CPU-bound and
 * independent per file, so they scale with the cores. Findings come back as plain objects.
 */
export class ScanPool {
  readonly findings: Finding[] = []
  readonly counts: ScanCounts = emptyCounts()
  readonly #workers: { worker: Worker; inFlight: number }[]
  readonly #queue: Batch[] = []
  #nextId = 0
  #failure: unknown
  #wake: (() => void) | undefined

  constructor(data: ScanWorkerData, threads = availableParallelism()) {
    this.#workers = Array.from({ length: Math.max(1, threads) }, () => {
      const slot = { worker: new Worker(WORKER_URL, { workerData: data }), inFlight: 0 }
      slot.worker.on('message', (response: ScanResponse) => {
        slot.inFlight--
        this.findings.push(...response.findings)
        addCounts(this.counts, response.counts)
        this.#pump()
        this.#wake?.()
      })
      slot.worker.on('error', (error) => {
        this.#failure ??= error
        this.#wake?.()
      })
      return slot
    })
  }

  add(batch: Batch): void {
    this.#queue.push(batch)
    this.#pump()
  }

  /** Waits for every batch; a worker that failed fails the scan. */
  async finish(): Promise<void> {
    try {
      while ((this.#queue.length > 0 || this.#workers.some((slot) => slot.inFlight > 0)) && !this.#failure) await new Promise<void>((resolve) => (this.#wake = resolve))
      if (this.#failure) throw this.#failure
    } finally {
      await Promise.all(this.#workers.map(({ worker }) => worker.terminate()))
    }
  }

  #pump(): void {
    for (const slot of this.#workers) {
      while (slot.inFlight < IN_FLIGHT && this.#queue.length > 0) {
        const files = this.#queue.shift()!
        slot.inFlight++
        slot.worker.postMessage({ id: this.#nextId++, files } satisfies ScanRequest)
      }
    }
  }
}
