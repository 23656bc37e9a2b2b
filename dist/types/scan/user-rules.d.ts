import { type RulesConfig } from './compile-rules.ts';
import type { Allowlist } from './engine.ts';
import type { ScanRule } from './rule.ts';
/**
 * The rules files named (from `cwd`) as one config, and the rules it makes with the built-in ones:
 * what a scan and `--list-rules` both start from. Compiling checks every pattern, so a bad one
 * fails before any file is read.
 */
export declare function loadScanRules(cwd: string, names: readonly string[], builtin: readonly ScanRule[]): {
    config: RulesConfig;
    rules: ScanRule[];
    allowlist: Allowlist;
};
