import { ChainsealError } from '../errors.ts';
import { type Category, type Finding, type Severity } from './finding.ts';
import { type FailOn, type Policy } from './policy.ts';
/** Bumped only on a breaking change to the JSON report; schemas/report.schema.json holds it. */
export declare const REPORT_VERSION = 1;
export type Status = 'pass' | 'fail' | 'error';
/** A command-specific fact worth a line in the summary ("files": 1234, "treeDigest": "sha256:…"). */
export type Stats = Record<string, string | number | boolean>;
export interface Report {
    reportVersion: typeof REPORT_VERSION;
    tool: {
        name: string;
        version: string;
    };
    command: string;
    status: Status;
    summary: {
        findings: number;
        /** Findings left out because the baseline accepts them. */
        suppressed: number;
        failing: number;
        failOn: FailOn;
        bySeverity: Record<Severity, number>;
        byCategory: Partial<Record<Category, number>>;
    };
    stats: Stats;
    findings: Finding[];
    error?: {
        code: string;
        message: string;
    };
}
/** The one place findings meet the policy: sorts them, counts them and decides the status. */
export declare function buildReport(command: string, findings: Finding[], policy: Policy, stats?: Stats): Report;
/** A run that could not do its job: no findings can be trusted, so none are reported. */
export declare function errorReport(command: string, error: ChainsealError, policy: Policy): Report;
export declare function exitCodeFor(status: Status): 0 | 1 | 2;
