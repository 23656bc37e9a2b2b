import { Worker } from 'node:worker_threads';
import { type Algorithm, type FileDigest } from './digest.ts';
import { type FsPath } from './names.ts';
export interface HashProgress {
    files: number;
    bytes: number;
}
export interface HashPoolOptions {
    /** Worker threads; defaults to the cores available. With 1, or too little work, the calling thread hashes. */
    threads?: number;
    /** Workers started ahead (HashWorkers.start); the pool takes them over and ends them. */
    workers?: HashWorkers;
    onProgress?: (progress: HashProgress) => void;
}
/**
 * Hash workers started before there is work for them: a worker takes ~100 ms to boot, which can
 * overlap something else that must come first (reading and checking a manifest).
 */
export declare class HashWorkers {
    #private;
    readonly threads: Worker[];
    private constructor();
    static start(count?: number): HashWorkers;
    /** The boot failure of any worker, for the pool to report. */
    get error(): unknown;
    /**
     * The digest of bytes already in memory, computed by a worker while this thread goes on (it
     * parses what the bytes hold while the workers still wait for files). The bytes are copied once,
     * into memory both threads share.
     */
    digest(bytes: Uint8Array, algorithm: Algorithm): Promise<string>;
    terminate(): Promise<void>;
}
/** A worker running hash-worker.ts; member-hasher.ts starts its own. */
export declare function startWorker(): Worker;
/**
 * Hashes regular files on worker threads while the caller is still finding them: `add` files (as
 * paths relative to `base`) as the walk meets them, let the event loop turn now and then
 * (`yield`), `finish`, and `take` each digest by the index `add` gave. Workers start only once there is
 * enough work to repay them.
 */
export declare class HashPool {
    #private;
    constructor(algorithm: Algorithm, base: string, options?: HashPoolOptions);
    /** Queues a file (relative to base); its digest will be at the returned index of `finish()`'s result. */
    add(path: FsPath): number;
    /** The digest of the file added at `index` once it is in, handed over once: the pool lets go of it. */
    take(index: number): FileDigest | undefined;
    /** Lets worker messages in, so finished workers get their next batch while the caller works. */
    yield(): Promise<void>;
    /** Waits until every file added is hashed; `take` then hands out each digest. */
    finish(): Promise<void>;
}
