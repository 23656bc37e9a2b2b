import { type RulesConfig, type Target } from './compile-rules.ts';
import type { Allowlist } from './engine.ts';
import type { ScanRule } from './rule.ts';
/** An allowlist as a rules file (or `.chainseal.json`'s scan section) writes it. */
export interface JsonAllowlist {
    paths?: string[];
    values?: string[];
    target?: Target;
    stopwords?: string[];
}
/**
 * The rules files named (from `cwd`) as one config, and the rules it makes with the built-in ones:
 * what a scan and `--list-rules` both start from. Compiling checks every pattern, so a bad one
 * fails before any file is read.
 */
export declare function loadScanRules(cwd: string, names: readonly string[], builtin: readonly ScanRule[], 
/** An allowlist of the configuration's own (already checked against the schema with it). */
allowlist?: JsonAllowlist): {
    config: RulesConfig;
    rules: ScanRule[];
    allowlist: Allowlist;
};
