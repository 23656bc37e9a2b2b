import type { Finding } from '../findings/finding.ts';
import { type ScanCounts } from './scan-file.ts';
import type { ScanRequest, ScanWorkerData } from './scan-protocol.ts';
/** Files per message: enough to amortise messaging, few enough to balance the workers. */
export declare const BATCH_FILES = 32;
export type Batch = ScanRequest['files'];
/**
 * Scans batches of files on worker threads, one per core: reading and matching are CPU-bound and
 * independent per file, so they scale with the cores. Findings come back as plain objects.
 */
export declare class ScanPool {
    #private;
    readonly findings: Finding[];
    readonly counts: ScanCounts;
    constructor(data: ScanWorkerData, threads?: number);
    add(batch: Batch): void;
    /** Waits for every batch; a worker that failed fails the scan. */
    finish(): Promise<void>;
}
