import { ChainsealError } from '../errors.ts'
import { TOOL } from '../version.ts'
import { SEVERITIES, compareFindings, type Category, type Finding, type Severity } from './finding.ts'
import { isFailing, type FailOn, type Policy } from './policy.ts'

/** Bumped only on a breaking change to the JSON report; schemas/report.schema.json holds it. */
export const REPORT_VERSION = 1

export type Status = 'pass' | 'fail' | 'error'

/** A command-specific fact worth a line in the summary ("files": 1234, "treeDigest": "sha256:…"). */
export type Stats = Record<string, string | number | boolean>

export interface Report {
  reportVersion: typeof REPORT_VERSION
  tool: { name: string; version: string }
  command: string
  status: Status
  summary: {
    findings: number
    /** Findings left out because the baseline accepts them. */
    suppressed: number
    failing: number
    failOn: FailOn
    bySeverity: Record<Severity, number>
    byCategory: Partial<Record<Category, number>>
  }
  stats: Stats
  findings: Finding[]
  error?: { code: string; message: string }
}

/** The one place findings meet the policy: sorts them, counts them and decides the status. */
export function buildReport(command: string, findings: Finding[], policy: Policy, stats: Stats = {}): Report {
  const kept = policy.baseline ? findings.filter((f) => !policy.baseline!.has(f.fingerprint)) : findings
  const sorted = [...kept].sort(compareFindings)
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  const byCategory: Partial<Record<Category, number>> = {}
  let failing = 0
  for (const f of sorted) {
    bySeverity[f.severity]++
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1
    if (isFailing(f, policy)) failing++
  }
  return {
    reportVersion: REPORT_VERSION,
    tool: { ...TOOL },
    command,
    status: failing > 0 ? 'fail' : 'pass',
    summary: { findings: sorted.length, suppressed: findings.length - kept.length, failing, failOn: policy.failOn, bySeverity, byCategory },
    stats,
    findings: sorted,
  }
}

/** A run that could not do its job: no findings can be trusted, so none are reported. */
/**
 * A run that could not do part of its work (one check of several), with the report of the part it
 * did: it still ends in an error, but what the other checks found is not lost with it.
 */
export class IncompleteRunError extends ChainsealError {
  readonly findings: Finding[]
  readonly stats: Stats

  constructor(error: ChainsealError, done: Report) {
    super(error.code, error.message, { cause: error })
    this.findings = done.findings
    this.stats = done.stats
  }
}

/** The report of a run that ended in an error: with what it found before, if it found anything. */
export function errorReport(command: string, error: ChainsealError, policy: Policy): Report {
  const done = error instanceof IncompleteRunError ? buildReport(command, error.findings, policy, error.stats) : buildReport(command, [], policy)
  return { ...done, status: 'error', error: { code: error.code, message: error.message } }
}

export function exitCodeFor(status: Status): 0 | 1 | 2 {
  return status === 'pass' ? 0 : status === 'fail' ? 1 : 2
}
