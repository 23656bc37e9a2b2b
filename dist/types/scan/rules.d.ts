import { type Rule } from '../findings/finding.ts';
import type { ScanRule } from './rule.ts';
/** What the scan itself reports: a file it could not read was not scanned, which is not a pass. */
export declare const SCAN_RULES: {
    readonly unreadable: Rule;
};
/** The rule packs every scan starts from. */
export declare const BUILTIN_SCAN_RULES: readonly ScanRule[];
/** Every rule a scan can report, as the catalog lists them (patterns left out). */
export declare const SCAN_RULE_CATALOG: readonly Rule[];
