import schema from '../../schemas/baseline.schema.json' with { type: 'json' }
import { readJsonDocument } from '../config/validate.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import type { Finding } from './finding.ts'

/** Findings accepted as they are, by fingerprint: a run against a baseline fails only on new ones. */
export interface Baseline {
  baselineVersion: 1
  findings: { fingerprint: string; ruleId?: string; path?: string }[]
}

export function readBaseline(path: string, name = path): Set<string> {
  const baseline = readJsonDocument<Baseline>(path, {
    label: `baseline ${name}`,
    schema,
    code: 'baseline-invalid',
    fixUnreadable: 'write one with --write-baseline',
    fixNotJson: 'write it again with --write-baseline',
  })
  return new Set(baseline.findings.map((f) => f.fingerprint))
}

/** Sorted, so that a baseline rewritten for the same findings does not change. */
export function writeBaseline(path: string, findings: readonly Finding[]): void {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.location && { path: f.location.path }) }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1))
  writeFileAtomic(path, [JSON.stringify({ baselineVersion: 1, findings: entries } satisfies Baseline, null, 2) + '\n'])
}
