import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFinding } from '../../src/findings/finding.ts'
import { buildReport } from '../../src/findings/report.ts'
import { renderGithub } from '../../src/findings/reporters/github.ts'
import { INTEGRITY_RULES } from '../../src/integrity/rules.ts'
import { RULE_CATALOG } from '../../src/rule-catalog.ts'
import { cli, makeTree, tempDir } from '../helpers/tree.ts'

async function tamperedVerify(format: string) {
  const root = makeTree({ 'dir with space/app.js': 'one', 'b.txt': 'two' })
  const manifest = join(tempDir(), 'm.json')
  await cli(['manifest', '--root', root, '-o', manifest], root)
  writeFileSync(join(root, 'dir with space/app.js'), 'changed')
  writeFileSync(join(root, 'new,file:1'), 'added')
  return cli(['verify', manifest, '--root', root, '--format', format], root)
}

describe('--format sarif', () => {
  it('gives SARIF 2.1.0 with every rule described and scored, and results that point at them', async () => {
    const r = await tamperedVerify('sarif')
    expect(r.exitStatus).toBe(1)
    const sarif = JSON.parse(r.stdout)
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run.tool.driver).toMatchObject({ name: 'chainseal', version: expect.any(String) })
    const rules = run.tool.driver.rules
    expect(rules.map((rule: any) => rule.id)).toEqual(RULE_CATALOG.map((rule) => rule.id))
    for (const rule of rules) {
      expect(rule.shortDescription.text).toMatch(/\S/)
      expect(rule.fullDescription.text).toMatch(/\S/)
      expect(rule.help.text).toMatch(/\S/)
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0)
      expect(rule.properties.tags).toContain('security')
    }
    expect(run.results).toHaveLength(2)
    for (const result of run.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(result.partialFingerprints['chainseal/v1']).toMatch(/^[0-9a-f]{32}$/)
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
    }
    const modified = run.results.find((result: any) => result.ruleId === 'integrity/modified')
    expect(modified.level).toBe('error')
    expect(modified.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/app.js')
    expect(rules[modified.ruleIndex].properties['security-severity']).toBe('9.5')
  })

  it('keeps the same fingerprints from run to run', async () => {
    const fingerprints = async () => JSON.parse((await tamperedVerify('sarif')).stdout).runs[0].results.map((result: any) => result.partialFingerprints['chainseal/v1']).sort()
    expect(await fingerprints()).toEqual(await fingerprints())
  })
})

describe('--format github', () => {
  it('writes workflow commands with escaped properties and data, then the summary', async () => {
    const r = await tamperedVerify('github')
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=dir with space\/app\.js,title=integrity\/modified \(critical\)::content changed/))
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=new%2Cfile%3A1,title=integrity\/added \(high\)::file is not in the manifest/))
    expect(lines.at(-1)).toMatch(/^chainseal verify: FAIL/)
  })

  it('annotates at most 10 findings of a level and says how many more there are', () => {
    const findings = Array.from({ length: 13 }, (_, i) =>
      createFinding(INTEGRITY_RULES.modified, { message: `line one\nline two %${i}`, location: { path: `f${i}` }, identity: [String(i)] }),
    )
    const out = renderGithub(buildReport('verify', findings, { failOn: 'high' })).trimEnd().split('\n')
    expect(out.filter((line) => line.startsWith('::error '))).toHaveLength(10)
    expect(out).toContain('::notice title=chainseal::3 more findings are not annotated (GitHub shows 10 of each level); see the job summary and the SARIF report')
    expect(out[0]).toBe('::error file=f0,title=integrity/modified (critical)::line one%0Aline two %250')
  })
})
