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
/**
 * A run that could not do part of its work (one check of several), with the report of the part it
 * did: it still ends in an error, but what the other checks found is not lost with it.
 */
export declare class IncompleteRunError extends ChainsealError {
    readonly findings: Finding[];
    readonly stats: Stats;
    constructor(error: ChainsealError, done: Report);
}
/** The report of a run that ended in an error: with what it found before, if it found anything. */
export declare function errorReport(command: string, error: ChainsealError, policy: Policy): Report;
export declare function exitCodeFor(status: Status): 0 | 1 | 2;
