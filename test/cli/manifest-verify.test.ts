import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' }
import { treeDigest } from '../../src/integrity/snapshot.ts'
import { cli, makeTree, rawTar, readJson, tempDir } from '../helpers/tree.ts'

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
addFormats.default(ajv)
const validReport = ajv.compile(reportSchema)

function expectValidReport(stdout: string) {
  const report = JSON.parse(stdout)
  expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true)
  return report
}

/** A release-like tree beside a directory for the manifest, so the manifest is not inside it. */
function release() {
  const root = makeTree({
    'bin/tool': { mode: 0o755, content: '#!/bin/sh\necho hi\n' },
    'lib/index.js': 'export const x = 1\n',
    'lib/util.js': 'export const y = 2\n',
    'README.md': '# tool\n',
    'current': { link: 'lib/index.js' },
    'dist/pkg.tgz': gzipSync(rawTar([{ path: 'package/index.js', content: 'one' }, { path: 'package/other.js', content: 'two' }])),
  })
  const out = tempDir()
  return { root, manifest: join(out, 'manifest.json'), out }
}

async function manifestOf(root: string, manifest: string, ...extra: string[]) {
  const r = await cli(['manifest', '--root', root, '-o', manifest, ...extra], root)
  expect(r.stderr).toBe('')
  expect(r.exitStatus).toBe(0)
  return r
}

async function verifyJson(manifest: string, root: string, ...extra: string[]) {
  const r = await cli(['verify', manifest, '--root', root, '--format', 'json', ...extra], root)
  return { ...r, report: expectValidReport(r.stdout) }
}

describe('manifest then verify', () => {
  it('passes an unchanged tree with exit 0 and the same tree digest', async () => {
    const { root, manifest } = release()
    const made = await manifestOf(root, manifest)
    const digest = readJson(manifest).treeDigest
    expect(made.stdout).toContain(digest)
    const { exitStatus, report } = await verifyJson(manifest, root)
    expect(exitStatus).toBe(0)
    expect(report).toMatchObject({ status: 'pass', command: 'verify', stats: { treeDigest: digest, match: true }, findings: [] })
  })

  it('reports each kind of change as its own finding, with exit 1', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    writeFileSync(join(root, 'lib/index.js'), 'export const x = 2\n') // modified
    unlinkSync(join(root, 'README.md')) // deleted
    writeFileSync(join(root, 'NEW.txt'), 'surprise') // added
    chmodSync(join(root, 'bin/tool'), 0o777) // mode-changed
    unlinkSync(join(root, 'current'))
    symlinkSync('lib/util.js', join(root, 'current')) // symlink-retargeted
    rmSync(join(root, 'lib/util.js'))
    symlinkSync('index.js', join(root, 'lib/util.js')) // type-changed
    writeFileSync(join(root, 'dist/pkg.tgz'), gzipSync(rawTar([{ path: 'package/index.js', content: 'ONE' }, { path: 'package/added.js', content: '' }])))
    const { exitStatus, report } = await verifyJson(manifest, root)
    expect(exitStatus).toBe(1)
    expect(report.status).toBe('fail')
    const seen = report.findings.map((f: any) => `${f.ruleId} ${f.location.path}`).sort()
    expect(seen).toEqual([
      'integrity/added NEW.txt',
      'integrity/added dist/pkg.tgz', // member package/added.js
      'integrity/deleted README.md',
      'integrity/deleted dist/pkg.tgz', // member package/other.js
      'integrity/mode-changed bin/tool',
      'integrity/modified dist/pkg.tgz', // the archive
      'integrity/modified dist/pkg.tgz', // member package/index.js
      'integrity/modified lib/index.js',
      'integrity/symlink-retargeted current',
      'integrity/type-changed lib/util.js',
    ])
    const messages = report.findings.map((f: any) => f.message).join('\n')
    expect(messages).toContain('member "package/index.js" changed')
    expect(messages).toContain('member "package/other.js" is missing')
    expect(messages).toContain('mode was 0755, is now 0777')
    expect(new Set(report.findings.map((f: any) => f.fingerprint)).size).toBe(report.findings.length)
  })

  it('gives a finding the same fingerprint on every run', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    writeFileSync(join(root, 'lib/index.js'), 'tampered')
    const first = (await verifyJson(manifest, root)).report.findings
    const second = (await verifyJson(manifest, root)).report.findings
    expect(second.map((f: any) => f.fingerprint)).toEqual(first.map((f: any) => f.fingerprint))
  })

  it('lets --fail-on decide the exit code', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    chmodSync(join(root, 'bin/tool'), 0o700) // high
    expect((await cli(['verify', manifest, '--root', root], root)).exitStatus).toBe(1)
    expect((await cli(['verify', manifest, '--root', root, '--fail-on', 'critical'], root)).exitStatus).toBe(0)
    expect((await cli(['verify', manifest, '--root', root, '--fail-on', 'none'], root)).exitStatus).toBe(0)
  })

  it('writes byte-identical manifests of the same tree under SOURCE_DATE_EPOCH', async () => {
    const { root, out } = release()
    const env = { SOURCE_DATE_EPOCH: '1700000000' }
    await cli(['manifest', '--root', root, '-o', join(out, 'a.json')], root, env)
    await cli(['manifest', '--root', root, '-o', join(out, 'b.json')], root, env)
    const a = readFileSync(join(out, 'a.json'))
    expect(a.equals(readFileSync(join(out, 'b.json')))).toBe(true)
    expect(readJson(join(out, 'a.json')).createdAt).toBe('2023-11-14T22:13:20.000Z')
  })

  it('leaves its own manifest and exports out when it writes them inside the root', async () => {
    const root = makeTree({ 'a.txt': 'a' })
    await manifestOf(root, join(root, 'chainseal.json'), '--export', 'sha256sum', '--export', 'mtree')
    expect(readJson(join(root, 'chainseal.json')).entries.map((e: any) => e.path)).toEqual(['a.txt'])
    const { exitStatus, report } = await verifyJson('chainseal.json', root)
    expect(report.findings).toEqual([])
    expect(exitStatus).toBe(0)
  })

  it('fails a manifest edited after it was written, where its entries still match the tree', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const written = readJson(manifest)
    const edit = (change: (m: any) => void) => {
      const m = structuredClone(written)
      change(m)
      writeFileSync(manifest, JSON.stringify(m))
    }
    edit((m) => (m.treeDigest = `sha256:${'0'.repeat(64)}`))
    const digest = await verifyJson(manifest, root)
    expect(digest.exitStatus).toBe(1)
    expect(digest.report.findings).toMatchObject([
      { ruleId: 'integrity/manifest-inconsistent', severity: 'critical', message: expect.stringContaining(`but its entries digest to ${written.treeDigest}`) },
    ])
    edit((m) => (m.entries.find((e: any) => e.path === 'lib/util.js').size = 1000))
    const size = await verifyJson(manifest, root)
    expect(size.exitStatus).toBe(1)
    expect(size.report.findings).toMatchObject([{ ruleId: 'integrity/modified', location: { path: 'lib/util.js' }, message: expect.stringContaining('records 1000 bytes for digest') }])
    // A symlink's own permission bits differ between filesystems, and verify looks past them: a
    // manifest written where they were 0755 is consistent, and passes here where they are 0777.
    edit((m) => {
      m.entries.find((e: any) => e.type === 'symlink').mode = '0755'
      m.treeDigest = treeDigest(m.entries, m.algorithm)
    })
    const elsewhere = await verifyJson(manifest, root)
    expect([elsewhere.exitStatus, elsewhere.report.findings, elsewhere.report.stats.match]).toEqual([0, [], false])
  })

  it('handles names with spaces, newlines and non-ASCII, and keeps each report line one line', async () => {
    const root = makeTree({ 'with space': '1', 'new\nline': '2', 'ünï/cödé': '3', 'empty': '' })
    const manifest = join(tempDir(), 'm.json')
    await manifestOf(root, manifest)
    expect(readJson(manifest).entries.map((e: any) => [e.path, e.size])).toEqual([
      ['empty', 0],
      ['new\nline', 1],
      ['with space', 1],
      ['ünï/cödé', 1],
    ])
    writeFileSync(join(root, 'new\nline'), 'changed')
    const text = await cli(['verify', manifest, '--root', root], root)
    expect(text.exitStatus).toBe(1)
    const lines = text.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('new\\nline')
  })
})

describe('a manifest of part of a tree', () => {
  it('is verified over that part only, whatever else the root holds', async () => {
    const root = makeTree({ 'dist/app.js': '1', 'dist/app.css': '2', 'src/app.ts': '3' })
    const manifest = join(tempDir(), 'm.json')
    const r = await cli(['manifest', 'dist', '-o', manifest], root)
    expect(r.exitStatus).toBe(0)
    expect(readJson(manifest)).toMatchObject({ paths: ['dist'], summary: { files: 2 } })
    writeFileSync(join(root, 'src/app.ts'), 'changed outside dist')
    writeFileSync(join(root, 'dist/extra.js'), 'added inside dist')
    const { report } = await verifyJson(manifest, root)
    expect(report.findings.map((f: any) => `${f.ruleId} ${f.location.path}`)).toEqual(['integrity/added dist/extra.js'])
  })
})

describe('verify --artifact', () => {
  it('checks downloaded files by name and digest, wherever they are', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const downloads = tempDir()
    writeFileSync(join(downloads, 'pkg.tgz'), readFileSync(join(root, 'dist/pkg.tgz')))
    writeFileSync(join(downloads, 'index.js'), readFileSync(join(root, 'lib/index.js')))
    const ok = await cli(['verify', manifest, '--artifact', join(downloads, 'pkg.tgz'), '--artifact', join(downloads, 'index.js'), '--format', 'json'], downloads)
    expect(expectValidReport(ok.stdout).findings).toEqual([])
    expect(ok.exitStatus).toBe(0)

    writeFileSync(join(downloads, 'pkg.tgz'), gzipSync(rawTar([{ path: 'package/index.js', content: 'trojan' }, { path: 'package/other.js', content: 'two' }])))
    writeFileSync(join(downloads, 'unknown.bin'), 'who am I')
    const bad = await cli(['verify', manifest, '--artifact', 'pkg.tgz', '--artifact', 'unknown.bin', '--format', 'json'], downloads)
    expect(bad.exitStatus).toBe(1)
    const findings = expectValidReport(bad.stdout).findings.map((f: any) => [f.ruleId, f.location.path, f.message])
    expect(findings).toEqual([
      ['integrity/modified', 'dist/pkg.tgz', expect.stringContaining('artifact "pkg.tgz" changed')],
      ['integrity/modified', 'dist/pkg.tgz', expect.stringContaining('member "package/index.js" changed')],
      ['integrity/unknown-artifact', 'unknown.bin', expect.stringContaining('no entry named "unknown.bin"')],
    ])
  })

  it('refuses a directory given as an artifact instead of standing its first file for it', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const r = await cli(['verify', manifest, '--artifact', join(root, 'lib')], root)
    expect([r.exitStatus, r.stdout, r.stderr]).toEqual([2, '', expect.stringContaining('is a directory; give the downloaded files themselves')])
  })
})

describe('bad input: a clear message, exit 2, no stack trace, nothing written', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /)

  it('names a missing path', async () => {
    const root = makeTree({ a: '' })
    const r = await cli(['manifest', 'nope', '-o', 'm.json'], root)
    expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining('path nope cannot be hashed: ENOENT')])
    expect(existsSync(join(root, 'm.json'))).toBe(false)
    noStack(r.stderr)
    // `chainseal manifest "$DIR"` with DIR unset: not the whole working directory.
    const empty = await cli(['manifest', '', '-o', 'm.json'], root)
    expect([empty.exitStatus, empty.stderr]).toEqual([2, expect.stringContaining('a path given is empty (an unset variable?)')])
    expect(existsSync(join(root, 'm.json'))).toBe(false)
  })

  it('refuses a path outside the root', async () => {
    const root = makeTree({ 'in/a': '', 'out/b': '' })
    const r = await cli(['manifest', 'out', '--root', 'in', '-o', 'm.json'], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain('path out is outside the root in')
  })

  it('asks for --output', async () => {
    const r = await cli(['manifest', '.'], tempDir())
    expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining('manifest needs --output FILE')])
  })

  it.each([
    [['manifest', '--bogus'], "Unknown option '--bogus'"],
    [['manifest', '-o', 'm.json', '--format', 'xml'], '--format must be one of text, json, sarif, github (got "xml")'],
    [['manifest', '-o', 'm.json', '--fail-on', 'severe'], '--fail-on must be one of critical, high, medium, low, info, none (got "severe")'],
    [['manifest', '-o', 'm.json', '--algorithm', 'md5'], '--algorithm must be one of sha256, sha512 (got "md5")'],
    [['manifest', '-o', 'm.json', '--export', 'csv'], '--export must be one of sha256sum, sha512sum, mtree (got "csv")'],
    [['manifest', '-o', 'm.json', '--color', 'rainbow'], '--color must be one of auto, always, never (got "rainbow")'],
    [['verify'], 'verify takes exactly one manifest (got 0)'],
    [['verify', 'm.json', '--report', 'a', '--output', 'b'], '--report and --output both name the report file; give one'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('rejects %j', async (argv, message) => {
    const root = makeTree({ a: '' })
    const r = await cli(argv, root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain(message)
    expect(existsSync(join(root, 'm.json'))).toBe(false)
    noStack(r.stderr)
  })

  it('leaves an existing manifest whole when the new one cannot be written', async () => {
    const root = makeTree({ a: 'x' })
    await manifestOf(root, join(root, 'm.json'))
    const before = readFileSync(join(root, 'm.json'))
    const r = await cli(['manifest', '--root', root, '-o', join(root, 'missing-dir', 'm.json')], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/could not write .*missing-dir\/m\.json: ENOENT/)
    // A file where its directory should be: the temporary file cannot be made, nor removed.
    const underFile = await cli(['manifest', '--root', root, '-o', join(root, 'a', 'm.json')], root)
    expect([underFile.exitStatus, underFile.stderr]).toEqual([2, expect.stringMatching(/could not write .*a\/m\.json: ENOTDIR/)])
    noStack(underFile.stderr)
    expect(readFileSync(join(root, 'm.json')).equals(before)).toBe(true)
    expect(readdirSync(root).filter((n) => n.includes('.tmp-'))).toEqual([])
  })

  it('says a manifest is not JSON', async () => {
    const root = makeTree({ 'm.json': '{"manifestVersion": 1, ' })
    const r = await cli(['verify', 'm.json', '--format', 'json'], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain('manifest m.json is not valid JSON')
    expect(expectValidReport(r.stdout)).toMatchObject({ status: 'error', error: { code: 'manifest-invalid' } })
  })

  it('names the field of a schema-invalid manifest and what was expected', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const data = readJson(manifest)
    data.entries[1].mode = 420
    data.algorithm = 'md5'
    writeFileSync(manifest, JSON.stringify(data))
    const r = await cli(['verify', manifest, '--root', root], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain('algorithm must be the digest algorithm, "sha256" or "sha512" (found "md5")')
    expect(r.stderr).toContain('entries[1].mode must be permission bits as four octal digits such as "0644" (found 420)')
  })

  it.each([
    ['/etc/passwd', 'is absolute'],
    ['../../etc/passwd', 'holds a ".." segment'],
    ['a\u0000b', 'holds a NUL byte'],
  ])('rejects a manifest path %j before touching any file', async (path, reason) => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const data = readJson(manifest)
    data.entries[0].path = path
    writeFileSync(manifest, JSON.stringify(data))
    // The root does not even exist: the manifest is refused before the tree is looked at.
    const r = await cli(['verify', manifest, '--root', join(root, 'gone')], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain(`entries[0].path ${JSON.stringify(path)} ${reason}`)
  })

  it('names a manifest that is missing', async () => {
    const r = await cli(['verify', 'nowhere.json'], tempDir())
    expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining('cannot read manifest nowhere.json: ENOENT')])
  })

  it('names an artifact that is missing', async () => {
    const { root, manifest } = release()
    await manifestOf(root, manifest)
    const r = await cli(['verify', manifest, '--artifact', 'gone.tgz'], root)
    expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining('artifact gone.tgz cannot be read')])
  })

  it('refuses a bad SOURCE_DATE_EPOCH', async () => {
    const root = makeTree({ a: '' })
    const r = await cli(['manifest', '--root', root, '-o', join(tempDir(), 'm.json')], root, { SOURCE_DATE_EPOCH: 'yesterday' })
    expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining('SOURCE_DATE_EPOCH must be a whole number')])
  })
})

describe('help and version', () => {
  it('prints help with exit 0', async () => {
    for (const argv of [[], ['--help'], ['help', 'manifest'], ['manifest', '--help'], ['verify', '-h']]) {
      const r = await cli(argv, tempDir())
      expect(r.exitStatus).toBe(0)
      expect(r.stdout).toMatch(/^(Usage|chainseal)/)
    }
  })

  it('prints the version from package.json', async () => {
    const version = readJson(join(import.meta.dirname, '../../package.json')).version
    expect((await cli(['--version'], tempDir())).stdout).toBe(`${version}\n`)
  })
})

describe('--report', () => {
  it('writes the report to a file and a summary line to stderr', async () => {
    const { root, manifest, out } = release()
    const r = await cli(['manifest', '--root', root, '-o', manifest, '--format', 'json', '--report', join(out, 'report.json')], root)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^chainseal manifest: PASS/)
    expectValidReport(readFileSync(join(out, 'report.json'), 'utf8'))
  })

  it('is what verify --output names too', async () => {
    const { root, manifest, out } = release()
    await manifestOf(root, manifest)
    const r = await cli(['verify', manifest, '--root', root, '-o', join(out, 'verify.txt')], root)
    expect([r.exitStatus, r.stdout]).toEqual([0, ''])
    expect(readFileSync(join(out, 'verify.txt'), 'utf8')).toMatch(/^chainseal verify: PASS/)
  })

  it('writes through a symlink instead of replacing it', async () => {
    const { root, manifest, out } = release()
    writeFileSync(join(out, 'real.txt'), '')
    symlinkSync('real.txt', join(out, 'link.txt'))
    await cli(['manifest', '--root', root, '-o', manifest, '--report', join(out, 'link.txt')], root)
    expect(readFileSync(join(out, 'real.txt'), 'utf8')).toMatch(/^chainseal manifest: PASS/)
    renameSync(join(out, 'real.txt'), join(out, 'moved.txt')) // the link is still a link
    expect(existsSync(join(out, 'link.txt'))).toBe(false)
  })
})
