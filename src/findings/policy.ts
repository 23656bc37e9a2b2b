import { ChainsealError } from '../errors.ts'
import { SEVERITIES, severityRank, type Finding, type Severity } from './finding.ts'

/** `--fail-on`: the least severe finding that fails the run, or 'none' to never fail on findings. */
export type FailOn = Severity | 'none'

export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none']

export const DEFAULT_FAIL_ON: FailOn = 'high'

export interface Policy {
  failOn: FailOn
  /** Fingerprints of accepted findings (--baseline): reported as suppressed, never failing. */
  baseline?: ReadonlySet<string>
}

export function parseFailOn(value: string, inputName = '--fail-on'): FailOn {
  if ((FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn
  throw new ChainsealError(
    'usage',
    `${inputName} must be one of ${FAIL_ON_VALUES.join(', ')} (got "${value}")`,
  )
}

export function isFailing(finding: Finding, policy: Policy): boolean {
  return policy.failOn !== 'none' && severityRank(finding.severity) <= severityRank(policy.failOn)
}
