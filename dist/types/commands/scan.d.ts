import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
import { type JsonAllowlist } from '../scan/user-rules.ts';
export interface ScanCommandOptions {
    cwd: string;
    paths: string[];
    root?: string;
    include: string[];
    exclude: string[];
    defaultExcludes: boolean;
    gitignore: boolean;
    /** Rules files: chainseal JSON or gitleaks TOML. */
    rules: string[];
    /** Paths not scanned and values not reported, from the configuration (as a rules file's). */
    allowlist?: JsonAllowlist;
    /** Files larger than this are skipped and counted (default DEFAULT_MAX_FILE_SIZE). */
    maxFileSize?: number;
    policy: Policy;
    threads?: number;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** `chainseal scan --list-rules`: every rule the scan would run, with the rules files named applied. */
export declare function listScanRules(cwd: string, rulesFiles: readonly string[]): string;
/** `chainseal scan`: secrets, injection and workflow findings in the files under the given paths. */
export declare function scanCommand(options: ScanCommandOptions): Promise<Report>;
