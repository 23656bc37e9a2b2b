import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { READ_BUFFER_SIZE, hashFileSync, type Algorithm, type FileDigest } from './digest.ts'
import type { HashRequest, HashResponse } from './hash-worker.ts'

export interface HashProgress {
  files: number
  bytes: number
}

export interface HashFilesOptions {
  /** Worker threads; defaults to the cores available, at least 2 so I/O overlaps hashing. */
  threads?: number
  onProgress?: (progress: HashProgress) => void
}

/** Below this many files, starting workers costs more than it saves. */
const POOL_THRESHOLD = 64
const BATCH_SIZE = 32
/** Batches in flight per worker: a worker never waits for its next batch. */
const IN_FLIGHT = 2

// In the sources this module sits beside hash-worker.ts; in the bundle, dist/ holds hash-worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './hash-worker.ts' : './hash-worker.js', import.meta.url)

/** Hashes regular files, in parallel where it pays; results are in the order of `paths`. */
export async function hashFiles(
  paths: readonly Buffer[],
  algorithm: Algorithm,
  options: HashFilesOptions = {},
): Promise<FileDigest[]> {
  const threads = options.threads ?? Math.max(2, availableParallelism())
  if (threads <= 1 || paths.length < POOL_THRESHOLD) return hashInline(paths, algorithm, options.onProgress)
  return hashInPool(paths, algorithm, threads, options.onProgress)
}

function hashInline(
  paths: readonly Buffer[],
  algorithm: Algorithm,
  onProgress?: (progress: HashProgress) => void,
): FileDigest[] {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)
  const progress = { files: 0, bytes: 0 }
  return paths.map((path) => {
    const result = hashFileSync(path, algorithm, buffer)
    progress.files++
    if (result.ok) progress.bytes += result.size
    onProgress?.(progress)
    return result
  })
}

async function hashInPool(
  paths: readonly Buffer[],
  algorithm: Algorithm,
  threads: number,
  onProgress?: (progress: HashProgress) => void,
): Promise<FileDigest[]> {
  const results = new Array<FileDigest>(paths.length)
  const workers = Array.from({ length: Math.min(threads, Math.ceil(paths.length / BATCH_SIZE)) }, () => new Worker(WORKER_URL, { workerData: { algorithm } }))
  const progress = { files: 0, bytes: 0 }
  let next = 0
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = 0
      const send = (worker: Worker) => {
        if (next >= paths.length) return
        const id = next
        const batch = paths.slice(next, next + BATCH_SIZE)
        next += batch.length
        pending++
        worker.postMessage({ id, paths: batch } satisfies HashRequest)
      }
      for (const worker of workers) {
        worker.on('message', ({ id, results: batch }: HashResponse) => {
          for (let i = 0; i < batch.length; i++) {
            const result = batch[i]!
            results[id + i] = result
            if (result.ok) progress.bytes += result.size
          }
          progress.files += batch.length
          onProgress?.(progress)
          pending--
          send(worker)
          if (pending === 0) resolve()
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`hash worker exited with code ${code} before finishing`))
        })
        for (let i = 0; i < IN_FLIGHT; i++) send(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
