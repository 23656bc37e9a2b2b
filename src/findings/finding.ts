import { createHash } from 'node:crypto'

/** Most severe first; the order policy thresholds and reports sort by. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** In the order reports list them. */
export const CATEGORIES = ['integrity', 'signature', 'dependency', 'secret', 'injection', 'workflow', 'posture'] as const
export type Category = (typeof CATEGORIES)[number]

export interface Location {
  /** Repo-relative POSIX path, exactly as the manifest or the filesystem spells it. */
  path: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** What every check produces; see the design notes. */
export interface Finding {
  ruleId: string
  severity: Severity
  category: Category
  message: string
  location?: Location
  /** Never a raw secret: producers redact before they get here. */
  evidence?: string
  /** Stable across runs; baselines and ignore files key on it. */
  fingerprint: string
}

/** A rule is the static half of a finding: reporters (SARIF) list rules, findings point at them. */
export interface Rule {
  id: string
  category: Category
  severity: Severity
  /** One line, what the rule detects. */
  description: string
}

/** A maker of one check's rules: ids namespaced ("deps/version-missing"), one category. */
export function ruleMaker(namespace: string, category: Category) {
  return (id: string, severity: Severity, description: string): Rule => ({ id: `${namespace}/${id}`, category, severity, description })
}

export interface FindingInit {
  message: string
  location?: Location
  evidence?: string
  /**
   * What makes this occurrence this one (beyond the rule and path): a digest, an archive member.
   * Feeds the fingerprint, so the same problem keeps its fingerprint and a new one gets a new one.
   */
  identity?: readonly string[]
}

export function createFinding(rule: Rule, init: FindingInit): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    category: rule.category,
    message: init.message,
    fingerprint: fingerprint(rule.id, init.location?.path ?? '', ...(init.identity ?? [])),
  }
  if (init.location) finding.location = init.location
  if (init.evidence !== undefined) finding.evidence = init.evidence
  return finding
}

function fingerprint(...parts: string[]): string {
  const hash = createHash('sha256')
  // NUL separates parts so ('ab','c') and ('a','bc') differ.
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 32)
}

/** 0 for critical, growing as severity falls. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** Most severe first, then by path and rule, so reports read the same on every run. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareStrings(a.location?.path ?? '', b.location?.path ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  )
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
