import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RuleSet } from '../../src/scan/engine.ts'
import { BUILTIN_SCAN_RULES } from '../../src/scan/rules.ts'
import { expandSample } from '../helpers/samples.ts'

interface Examples {
  match: string[]
  ignore: string[]
  file?: string
}
const EXAMPLES: Record<string, Examples> = JSON.parse(readFileSync(new URL('../fixtures/scan/rule-examples.json', import.meta.url), 'utf8'))

describe('built-in rule packs', () => {
  it('has 100+ secret rules, each with an id, a one-line description and a severity', () => {
    expect(BUILTIN_SCAN_RULES.filter((r) => r.category === 'secret').length).toBeGreaterThanOrEqual(100)
    const ids = BUILTIN_SCAN_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of BUILTIN_SCAN_RULES) {
      expect(rule.id).toMatch(/^(secret|injection)\/[a-z0-9][a-z0-9-]*$/)
      expect(rule.description).toMatch(/^\S.*\.$/)
      expect(rule.description).not.toContain('\n')
    }
  })

  it('has a true-positive and a false-positive case for every rule, and no case for a rule that does not exist', () => {
    for (const rule of BUILTIN_SCAN_RULES) {
      expect(EXAMPLES[rule.id]?.match.length, rule.id).toBeGreaterThan(0)
      expect(EXAMPLES[rule.id]?.ignore.length, rule.id).toBeGreaterThan(0)
    }
    expect(Object.keys(EXAMPLES).filter((id) => !BUILTIN_SCAN_RULES.some((r) => r.id === id))).toEqual([])
  })

  for (const rule of BUILTIN_SCAN_RULES) {
    const examples = EXAMPLES[rule.id]
    if (!examples) continue
    const ruleSet = new RuleSet([rule])
    const file = examples.file ?? 'example.txt'
    it(`${rule.id} reports what it should and nothing else`, () => {
      for (const shape of examples.match) {
        const text = `first line\n${expandSample(shape, rule.id)}\n`
        const findings = ruleSet.scan(file, text)
        expect(findings.map((f) => f.ruleId), `${rule.id} must report: ${shape}`).toEqual([rule.id])
        expect(findings[0]!.location!.line).toBe(2)
      }
      for (const shape of examples.ignore) {
        const findings = ruleSet.scan(file, `first line\n${expandSample(shape, rule.id)}\n`)
        expect(findings, `${rule.id} must not report: ${shape}`).toEqual([])
      }
    })
  }
})
