import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, makeTree } from '../helpers/tree.ts'
import { expandSample } from '../helpers/samples.ts'

const GITHUB_PAT = expandSample('ghp_{an:36}', 'user-rules')
const ACME = expandSample('acme_{hex:32}', 'user-rules')

const findings = async (root: string, ...args: string[]) => {
  const result = await cli(['scan', '--format', 'json', ...args], root)
  if (result.exitStatus === 2) throw new Error(result.stderr)
  return JSON.parse(result.stdout).findings.map((f: any) => `${f.ruleId} ${f.location.path}:${f.location.line ?? ''}`)
}

describe('rules files', () => {
  it('adds, disables and overrides rules from a chainseal rules file', async () => {
    const root = makeTree({
      'a.js': `const k = "${ACME}"\nconst t = "${GITHUB_PAT}"\nconst j = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${expandSample('{url:43}')}"\n`,
      'rules.json': JSON.stringify({
        rules: [{ id: 'acme-key', description: 'ACME API key.', regex: '\\b(acme_[0-9a-f]{32})\\b', keywords: ['acme_'], severity: 'critical' }],
        disable: ['secret/jwt'],
        override: { 'secret/github-pat': { severity: 'low' } },
      }),
    })
    expect(await findings(root)).toEqual(['secret/github-pat a.js:2', 'secret/jwt a.js:3'])
    const result = await cli(['scan', '--format', 'json', '--rules', 'rules.json'], root)
    const json = JSON.parse(result.stdout)
    expect(json.findings.map((f: any) => `${f.ruleId} ${f.severity}`)).toEqual(['custom/acme-key critical', 'secret/github-pat low'])
    expect(json.findings[0].evidence).toBe('acme…(37 chars)')
  })

  it('applies allowlists: paths, values and stopwords', async () => {
    const root = makeTree({
      'src/a.js': `const t = "${GITHUB_PAT}"\n`,
      'fixtures/b.js': `const t = "${GITHUB_PAT}"\n`,
      'rules.json': JSON.stringify({ allowlist: { paths: ['fixtures/**'] } }),
      'values.json': JSON.stringify({ allowlist: { values: [`^${GITHUB_PAT.slice(0, 10)}`] } }),
      'stop.json': JSON.stringify({ allowlist: { stopwords: [GITHUB_PAT.slice(10, 20)] } }),
    })
    expect(await findings(root, '--rules', 'rules.json')).toEqual(['secret/github-pat src/a.js:1'])
    expect(await findings(root, '--rules', 'values.json')).toEqual([])
    expect(await findings(root, '--rules', 'stop.json')).toEqual([])
  })

  it("keeps each value pattern's target when allowlists from several files merge", async () => {
    const root = makeTree({
      'src/a.js': `const t = "${GITHUB_PAT}"
`,
      'values.json': JSON.stringify({ allowlist: { values: [`^${GITHUB_PAT.slice(0, 10)}`] } }),
      // Another file whose patterns are matched against whole lines: before, its target became every file's.
      'lines.toml': '[[allowlists]]\nregexTarget = "line"\nregexes = ["^# generated"]\n',
    })
    expect(await findings(root, '--rules', 'values.json', '--rules', 'lines.toml')).toEqual([])
  })

  it('takes a gitleaks config as it is: rules, secretGroup, entropy, path rules, allowlists', async () => {
    const root = makeTree({
      'app.cfg': `acme_key = ${ACME}\nacme_key = acme_${'0'.repeat(32)}\n`,
      'deploy/id_rsa': 'anything\n',
      'vendor/app.cfg': `acme_key = ${ACME}\n`,
      '.gitleaks.toml': `
title = "team rules"

[extend]
useDefault = true

[[rules]]
id = "acme-api-key"
description = "ACME API key"
regex = '''(?i)acme_key\\s*=\\s*(acme_[0-9a-f]{32})'''
secretGroup = 1
entropy = 3.0
keywords = ["acme_key"]

[[rules]]
id = "ssh-private-key-file"
description = "A private key file"
path = '''(^|/)id_rsa$'''

[allowlist]
description = "vendored"
paths = ['''^vendor/''']
`,
    })
    expect(await findings(root, '--rules', '.gitleaks.toml')).toEqual(['custom/acme-api-key app.cfg:1', 'custom/ssh-private-key-file deploy/id_rsa:'])
  })

  it('runs user patterns in linear time: a catastrophic-backtracking pattern cannot hang the scan', async () => {
    // (a+)+$ on 30 "a"s and a "b" takes V8's backtracking engine minutes; RE2 answers at once.
    const root = makeTree({ 'input.txt': 'a'.repeat(50_000) + 'b\n', 'rules.json': JSON.stringify({ rules: [{ id: 'redos', description: 'Backtracking bomb.', regex: '(a+)+$' }] }) })
    const started = performance.now()
    expect(await findings(root, '--rules', 'rules.json')).toEqual([])
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('rejects a bad rules file with exit 2, naming the file, the rule and the fix', async () => {
    const root = makeTree({ 'a.txt': 'x\n' })
    const cases: [string, string, string][] = [
      ['bad.json', '{ not json', 'rules file bad.json is not valid JSON'],
      ['schema.json', JSON.stringify({ rules: [{ id: 'x', description: 'y', regex: 'z', severity: 'urgent' }] }), 'rules file schema.json is not valid'],
      ['unknown.json', JSON.stringify({ rule: [] }), 'rules file unknown.json is not valid'],
      ['regex.json', JSON.stringify({ rules: [{ id: 'look', description: 'y', regex: '(?<=a)b' }] }), 'rule look: the pattern "(?<=a)b" is not valid RE2 syntax'],
      ['override.json', JSON.stringify({ override: { 'secret/nope': { severity: 'low' } } }), 'override names rule secret/nope, which does not exist'],
      ['group.json', JSON.stringify({ rules: [{ id: 'g', description: 'y', regex: 'a(b)', secretGroup: 2 }] }), 'secretGroup 2 but the regex has 1 group'],
      ['bad.toml', '[[rules]\nid = 1', 'rules file bad.toml is not valid TOML'],
      ['norule.toml', '[[rules]]\nid = "x"\n', 'needs a regex or a path'],
      // Allowlists merge across files before they compile: the error still names the file.
      ['allow.json', JSON.stringify({ allowlist: { values: ['(unclosed'] } }), 'rules file allow.json, allowlist, value pattern: the pattern "(unclosed" is not valid RE2'],
      ['allow.toml', '[allowlist]\npaths = ["(bad"]\n', 'rules file allow.toml: allowlists[0], path pattern: the pattern "(bad" is not valid RE2'],
    ]
    for (const [name, content, message] of cases) {
      writeFileSync(join(root, name), content)
      const result = await cli(['scan', '--rules', name, '--report', 'report.sarif', '--format', 'sarif', '--write-baseline', 'baseline.json'], root)
      expect(result.exitStatus, name).toBe(2)
      expect(result.stderr, name).toContain(message)
      // Nothing is written when the run cannot start.
      expect(existsSync(join(root, 'report.sarif')), name).toBe(false)
      expect(existsSync(join(root, 'baseline.json')), name).toBe(false)
    }
    const listed = await cli(['scan', '--list-rules', '--rules', 'regex.json'], root)
    expect(listed.exitStatus).toBe(2)
    expect(listed.stderr).toContain('is not valid RE2 syntax')
  })
})
