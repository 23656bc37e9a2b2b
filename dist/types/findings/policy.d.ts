import { type Finding, type Severity } from './finding.ts';
/** `--fail-on`: the least severe finding that fails the run, or 'none' to never fail on findings. */
export type FailOn = Severity | 'none';
export declare const FAIL_ON_VALUES: readonly FailOn[];
export declare const DEFAULT_FAIL_ON: FailOn;
export interface Policy {
    failOn: FailOn;
    /** Fingerprints of accepted findings (--baseline): reported as suppressed, never failing. */
    baseline?: ReadonlySet<string>;
}
export declare function parseFailOn(value: string, inputName?: string): FailOn;
export declare function isFailing(finding: Finding, policy: Policy): boolean;
