import { readFileSync } from 'node:fs'
import schema from '../../schemas/baseline.schema.json' with { type: 'json' }
import { validateWithSchema } from '../config/validate.ts'
import { ChainsealError, osReason } from '../errors.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import type { Finding } from './finding.ts'

/** Findings accepted as they are, by fingerprint: a run against a baseline fails only on new ones. */
export interface Baseline {
  baselineVersion: 1
  findings: { fingerprint: string; ruleId?: string; path?: string }[]
}

export function readBaseline(path: string, name = path): Set<string> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ChainsealError('input', `cannot read baseline ${name}: ${osReason(error)}; write one with --write-baseline`, { cause: error })
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ChainsealError('baseline-invalid', `baseline ${name} is not valid JSON (${(error as Error).message}); write it again with --write-baseline`)
  }
  const baseline = validateWithSchema<Baseline>(schema, data, `baseline ${name}`, 'baseline-invalid')
  return new Set(baseline.findings.map((f) => f.fingerprint))
}

/** Sorted, so that a baseline rewritten for the same findings does not change. */
export function writeBaseline(path: string, findings: readonly Finding[]): void {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.location && { path: f.location.path }) }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1))
  writeFileAtomic(path, [JSON.stringify({ baselineVersion: 1, findings: entries } satisfies Baseline, null, 2) + '\n'])
}
