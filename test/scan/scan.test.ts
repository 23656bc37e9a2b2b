import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { validateWithSchema } from '../../src/config/validate.ts'
import { cli, makeTree, readJson, tempDir } from '../helpers/tree.ts'
import { expandSample } from '../helpers/samples.ts'

const GITHUB_PAT = expandSample('ghp_{an:36}', 'scan-test')
const STRIPE = expandSample('sk_live_{an:32}', 'scan-test')
const PASSWORD = expandSample('{an:6}9{an:14}', 'scan-test')

describe('chainseal scan', () => {
  it('reports a leaked token with its place, redacted in every format, and fails at the default threshold', async () => {
    const root = makeTree({ 'src/config.js': `// settings\nconst token = "${GITHUB_PAT}"\n`, 'README.md': 'nothing here\n' })
    const text = await cli(['scan'], root)
    expect(text.exitStatus).toBe(1)
    expect(text.stdout).toContain('secret/github-pat src/config.js:2:16')
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const result = await cli(['scan', '--format', format], root)
      expect(result.stdout + result.stderr, format).not.toContain(GITHUB_PAT)
      expect(result.stdout + result.stderr, format).not.toContain(GITHUB_PAT.slice(8))
    }
    const json = JSON.parse((await cli(['scan', '--format', 'json'], root)).stdout)
    expect(json.findings).toHaveLength(1)
    expect(json.findings[0]).toMatchObject({ ruleId: 'secret/github-pat', category: 'secret', severity: 'critical', evidence: 'ghp_…(40 chars)', location: { path: 'src/config.js', line: 2, column: 16, endLine: 2, endColumn: 56 } })
    expect(json.stats).toMatchObject({ files: 2 })
  })

  it('passes a clean tree, and --fail-on decides which severities fail', async () => {
    expect((await cli(['scan'], makeTree({ 'a.js': 'const x = 1\n' }))).exitStatus).toBe(0)
    const root = makeTree({ 'app.js': 'el.innerHTML = userBio\n' }) // chainseal-ignore: injection/inner-html the test's own input
    expect((await cli(['scan'], root)).exitStatus).toBe(0)
    expect((await cli(['scan', '--fail-on', 'medium'], root)).exitStatus).toBe(1)
  })

  it('reports a specific token once, not again as a generic assignment', async () => {
    const root = makeTree({ 'app.py': `GITHUB_TOKEN = "${GITHUB_PAT}"\napi_key = "${PASSWORD}"\n` })
    const json = JSON.parse((await cli(['scan', '--format', 'json'], root)).stdout)
    expect(json.findings.map((f: any) => `${f.ruleId}:${f.location.line}`).sort()).toEqual(['secret/generic-assignment:2', 'secret/github-pat:1'])
  })

  it('honours chainseal-ignore on the line or the comment above, and gitleaks:allow', async () => {
    const root = makeTree({
      'a.js': [
        `const a = "${GITHUB_PAT}" // chainseal-ignore: secret/github-pat test fixture`,
        `// chainseal-ignore: secret/* rotated in 2024`,
        `const b = "${STRIPE}"`,
        `const c = "${STRIPE}" // gitleaks:allow`,
        `const d = "${GITHUB_PAT}" // chainseal-ignore: secret/stripe-live-key wrong rule`,
        '',
      ].join('\n'),
    })
    const json = JSON.parse((await cli(['scan', '--format', 'json'], root)).stdout)
    expect(json.findings.map((f: any) => `${f.ruleId}:${f.location.line}`)).toEqual(['secret/github-pat:5'])
  })

  it('skips and counts binary and oversized files, and reads UTF-16, invalid UTF-8 and huge lines without failing', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token = "${GITHUB_PAT}"\n`, 'utf16le')])
    const latin1 = Buffer.concat([Buffer.from('caf\xe9 \xff\xfe '), Buffer.from(`"${STRIPE}"\n`)])
    const root = makeTree({
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'blob.dat': Buffer.concat([Buffer.from([1, 0, 2]), Buffer.from(GITHUB_PAT)]),
      'big.txt': 'x'.repeat(2048) + '\n' + GITHUB_PAT,
      'utf16.txt': utf16,
      'latin1.txt': latin1,
      'minified.js': 'var a=1;'.repeat(400_000) + `var t="${STRIPE}";`,
    })
    const json = JSON.parse((await cli(['scan', '--format', 'json', '--max-file-size', '1k'], root)).stdout)
    expect(json.stats).toMatchObject({ files: 2, skippedBinary: 2, skippedLarge: 2 })
    const all = JSON.parse((await cli(['scan', '--format', 'json', '--max-file-size', '8m'], root)).stdout)
    expect(all.stats).toMatchObject({ files: 4, skippedBinary: 2, skippedLarge: 0 })
    expect(all.findings.map((f: any) => `${f.ruleId} ${f.location.path}`).sort()).toEqual([
      'secret/github-pat big.txt',
      'secret/github-pat utf16.txt',
      'secret/stripe-live-key latin1.txt',
      'secret/stripe-live-key minified.js',
    ])
  })

  it('fails closed on a file it cannot read', async () => {
    if (process.getuid?.() === 0) return // root reads everything
    const root = makeTree({ 'secret.env': 'x=1\n' })
    chmodSync(join(root, 'secret.env'), 0o000)
    const json = JSON.parse((await cli(['scan', '--format', 'json'], root)).stdout)
    expect(json.findings.map((f: any) => f.ruleId)).toEqual(['scan/unreadable'])
  })

  it('walks like manifest: default excludes, --exclude, --include, --gitignore', async () => {
    const leak = `t = "${GITHUB_PAT}"\n`
    const root = makeTree({ 'node_modules/x/a.js': leak, '.git/config': leak, 'gen/a.js': leak, 'src/a.js': leak, 'src/b.txt': leak, '.gitignore': 'gen/\n' })
    const paths = async (...args: string[]) => JSON.parse((await cli(['scan', '--format', 'json', ...args], root)).stdout).findings.map((f: any) => f.location.path).sort()
    expect(await paths()).toEqual(['gen/a.js', 'src/a.js', 'src/b.txt'])
    expect(await paths('--gitignore')).toEqual(['src/a.js', 'src/b.txt'])
    expect(await paths('--gitignore', '--include', '**/*.js')).toEqual(['src/a.js'])
    expect(await paths('--exclude', 'src/**')).toEqual(['gen/a.js'])
    expect(await paths('src')).toEqual(['src/a.js', 'src/b.txt'])
  })

  it('scans on worker threads with the same findings as on one thread', async () => {
    const spec: Record<string, string> = {}
    for (let i = 0; i < 400; i++) spec[`f${String(i).padStart(3, '0')}.js`] = i % 50 === 0 ? `const t = "${GITHUB_PAT}"\n` : `const x = ${i}\n`
    const root = makeTree(spec)
    const pooled = JSON.parse((await cli(['scan', '--format', 'json', '--threads', '2'], root)).stdout)
    const single = JSON.parse((await cli(['scan', '--format', 'json', '--threads', '1'], root)).stdout)
    expect(pooled.findings).toHaveLength(8)
    expect(pooled.findings).toEqual(single.findings)
    expect(pooled.stats).toEqual(single.stats)
  })

  it('writes SARIF that is valid SARIF 2.1.0, with rules and no secret', async () => {
    const root = makeTree({ 'a.js': `const t = "${GITHUB_PAT}"\nexec("ls " + dir)\n` })
    const sarif = JSON.parse((await cli(['scan', '--format', 'sarif'], root)).stdout)
    const schema = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
    // The published schema is draft-04 and uses no keyword whose meaning changed since
    // (no exclusiveMinimum/Maximum), so it validates the same as draft-07, which ajv 8 speaks.
    delete schema.$schema
    schema.$id = schema.id
    delete schema.id
    // Its language pattern is not a valid unicode-mode RegExp; ajv's default 'u' flag refuses it.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const run = sarif.runs[0]
    const ids = run.results.map((r: any) => r.ruleId).sort()
    expect(ids).toEqual(['injection/command-exec', 'secret/github-pat'])
    for (const result of run.results) {
      const rule = run.tool.driver.rules[result.ruleIndex]
      expect(rule.id).toBe(result.ruleId)
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0)
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
      expect(result.partialFingerprints['chainseal/v1']).toMatch(/^[0-9a-f]{32}$/)
    }
    expect(JSON.stringify(sarif)).not.toContain(GITHUB_PAT)
  })

  it('keeps fingerprints when lines move, so a baseline only lets new findings fail', async () => {
    const root = makeTree({ 'a.js': `const t = "${GITHUB_PAT}"\n` })
    expect((await cli(['scan', '--write-baseline', 'baseline.json'], root)).exitStatus).toBe(0)
    writeFileSync(join(root, 'a.js'), `// moved down\n\nconst t = "${GITHUB_PAT}"\n`)
    expect((await cli(['scan', '--baseline', 'baseline.json'], root)).exitStatus).toBe(0)
    writeFileSync(join(root, 'b.js'), `const s = "${STRIPE}"\n`)
    const result = await cli(['scan', '--baseline', 'baseline.json', '--format', 'json'], root)
    expect(result.exitStatus).toBe(1)
    expect(JSON.parse(result.stdout).findings.map((f: any) => f.ruleId)).toEqual(['secret/stripe-live-key'])
    expect(readFileSync(join(root, 'baseline.json'), 'utf8')).not.toContain(GITHUB_PAT)
  })

  it('rejects bad flags with exit 2 and names the fix', async () => {
    const root = tempDir()
    for (const [args, message] of [
      [['--max-file-size', '0'], '--max-file-size must be a size in bytes'],
      [['--threads', 'many'], '--threads must be a whole number'],
      [['missing-dir'], 'path missing-dir cannot be scanned'],
      [['--rules', 'nope.json'], 'cannot read rules file nope.json'],
    ] as const) {
      const result = await cli(['scan', ...args], root)
      expect(result.exitStatus, args.join(' ')).toBe(2)
      expect(result.stderr).toContain(message)
    }
  })

  it('lists its rules', async () => {
    const result = await cli(['scan', '--list-rules'], tempDir())
    expect(result.exitStatus).toBe(0)
    expect(result.stdout).toMatch(/^secret\/aws-access-key-id\s+critical\s+AWS access key ID\.$/m)
    expect(result.stdout).toMatch(/^workflow\/untrusted-context\s+high/m)
  })
})

describe('readme example: a labelled secret in a JSON report', () => {
  it('the report validates against the report schema', async () => {
    const schema = readJson(join(import.meta.dirname, '../../schemas/report.schema.json'))
    const root = makeTree({ 'a.js': `const t = "${GITHUB_PAT}"\n` })
    const json = JSON.parse((await cli(['scan', '--format', 'json'], root)).stdout)
    expect(() => validateWithSchema(schema, json, 'report', 'report-invalid')).not.toThrow()
  })
})
