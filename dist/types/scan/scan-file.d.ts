import { type Finding } from '../findings/finding.ts';
import type { RuleSet } from './engine.ts';
/** What a scan counts, so that nothing it leaves out is left out silently. */
export interface ScanCounts {
    files: number;
    bytes: number;
    skippedBinary: number;
    skippedLarge: number;
}
export declare function emptyCounts(): ScanCounts;
export declare function addCounts(into: ScanCounts, from: ScanCounts): void;
/**
 * One file: read as text (or skipped, counted), scanned by the rules, and analysed if it is a
 * workflow. `file` is absolute; a name that is not UTF-8 comes as bytes (a Buffer, or the plain
 * Uint8Array a worker receives one as).
 */
export declare function scanFile(ruleSet: RuleSet, file: string | Uint8Array, path: string, maxBytes: number, counts: ScanCounts): Finding[];
