import { createServer } from 'node:net'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startRegistry, type TestRegistry } from '../helpers/registry.ts'
import { expandSample } from '../helpers/samples.ts'
import { cli, makeTree } from '../helpers/tree.ts'

const TOKEN = expandSample('ghp_{an:36}', 'check-test')
const registries: TestRegistry[] = []
afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.close()))
})

/** A project with a build output, a leaked token, a lockfile locked from `r` (left-pad tampered) and a config. */
async function project(config: object, files: Record<string, string> = {}) {
  const r = await startRegistry([
    { name: 'left-pad', version: '1.3.0', integrity: 'sha512-' + Buffer.alloc(64, 7).toString('base64') },
    { name: 'is-odd', version: '3.0.1' },
  ])
  registries.push(r)
  const lock = {
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0' },
      'node_modules/left-pad': { version: '1.3.0', resolved: r.tarballUrl('left-pad', '1.3.0'), integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64') },
      'node_modules/is-odd': { version: '3.0.1', resolved: r.tarballUrl('is-odd', '3.0.1'), integrity: r.integrityOf('is-odd', '3.0.1') },
    },
  }
  const dir = makeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'dist/app.js': 'console.log(1)\n',
    'src/config.js': `export const token = '${TOKEN}'\n`,
    'package-lock.json': JSON.stringify(lock),
    '.chainseal.json': JSON.stringify(config).replaceAll('REGISTRY', r.url),
    ...files,
  })
  return { dir, r }
}

async function check(dir: string, args: string[] = []) {
  const r = await cli(['check', '--format', 'json', ...args], dir, { HOME: dir })
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined }
}

describe('chainseal check', () => {
  it('runs the manifest, the lockfile check and the scan as one report under one policy', async () => {
    const { dir } = await project({ manifest: { mode: 'create', paths: ['dist'] }, deps: { registry: 'REGISTRY' }, scan: { exclude: ['dist/**'] } })
    const { exitStatus, report, stdout } = await check(dir)
    expect(exitStatus).toBe(1)
    expect(report.command).toBe('check')
    expect(report.findings.map((f: any) => f.ruleId).sort()).toEqual(['deps/integrity-mismatch', 'secret/github-pat'])
    expect(report.summary).toMatchObject({ findings: 2, failing: 2, failOn: 'high', byCategory: { dependency: 1, secret: 1 } })
    expect(report.stats).toMatchObject({ checks: 'deps,manifest,scan', 'manifest.files': 1, 'deps.checked': 2, 'scan.files': expect.any(Number) })
    expect(JSON.parse(readFileSync(join(dir, 'chainseal.manifest.json'), 'utf8')).entries.map((e: any) => e.path)).toEqual(['dist/app.js'])
    expect(stdout).not.toContain(TOKEN)
  })

  it('takes failOn and the baseline from the config, and flags over both', async () => {
    const { dir } = await project({ failOn: 'none', scan: true, baseline: 'accepted.json' })
    // The leaked token is reported, but the config's threshold fails nothing.
    writeFileSync(join(dir, 'accepted.json'), JSON.stringify({ baselineVersion: 1, findings: [] }))
    const lenient = await check(dir)
    expect([lenient.exitStatus, lenient.report.summary.failing, lenient.report.summary.findings]).toEqual([0, 0, 1])
    expect((await check(dir, ['--fail-on', 'high'])).exitStatus).toBe(1)
    // Accepting this run's findings into the config's baseline leaves nothing new, and says so.
    expect((await check(dir, ['--fail-on', 'high', '--write-baseline', 'accepted.json'])).exitStatus).toBe(0)
    const accepted = await check(dir, ['--fail-on', 'high'])
    expect([accepted.exitStatus, accepted.report.summary.suppressed]).toEqual([0, 1])
  })

  it("honours the scan section's own allowlist: paths not scanned, values not reported", async () => {
    const other = expandSample('ghp_{an:36}', 'check-test-other')
    const files = { 'vendor/lib.js': `const t = '${other}'\n`, 'src/docs.js': `const example = '${other}'\n` }
    const { dir } = await project({ scan: { allowlist: { paths: ['vendor/**'], values: [TOKEN.slice(0, 12)] } } }, files)
    const { exitStatus, report } = await check(dir)
    // The config's token is allowed by value, vendor/ by path; the same other token in src/ is not.
    expect(exitStatus).toBe(1)
    expect(report.findings.map((f: any) => [f.ruleId, f.location.path])).toEqual([['secret/github-pat', 'src/docs.js']])
  })

  it('refuses an allowlist in the config that a rules file could not hold, naming the field, exit 2', async () => {
    const { dir } = await project({ scan: { allowlist: { paths: 'vendor/**', colour: 'red' } } })
    const { exitStatus, stderr } = await check(dir)
    expect(exitStatus).toBe(2)
    expect(stderr).toMatch(/config .*\.chainseal\.json is not valid: .*scan\.allowlist/)
    // A value pattern that is not RE2 fails before any file is scanned, and writes no report.
    writeFileSync(join(dir, '.chainseal.json'), JSON.stringify({ scan: { allowlist: { values: ['(unclosed'] } } }))
    const badPattern = await check(dir, ['--report', 'out.json'])
    expect([badPattern.exitStatus, badPattern.stderr]).toEqual([2, expect.stringMatching(/scan: the configuration's scan\.allowlist, value pattern: the pattern "\(unclosed" is not valid RE2/)])
    expect(existsSync(join(dir, 'out.json'))).toBe(false)
  })

  it('signs the manifest it creates, and a later check verifies both against the public key', async () => {
    const { dir } = await project({ manifest: { paths: ['dist'] } })
    expect((await cli(['keygen', '--output', 'keys'], dir)).exitStatus).toBe(0)
    const signed = await cli(['check', '--mode', 'create', '--sign', '--key', 'keys/chainseal.key'], dir)
    expect(signed.exitStatus).toBe(0)
    expect(signed.stdout).toContain('verify with chainseal: chainseal verify chainseal.manifest.json --bundle chainseal.manifest.json.sigstore.json --key keys/chainseal.pub\n')
    expect(signed.stdout).toContain('verify with cosign: cosign verify-blob-attestation --new-bundle-format --bundle chainseal.manifest.json.sigstore.json')

    const verified = await check(dir, ['--key', 'keys/chainseal.pub'])
    expect([verified.exitStatus, verified.report.stats['manifest.signature']]).toEqual([0, 'verified'])
    writeFileSync(join(dir, 'dist/app.js'), 'steal()\n')
    expect((await check(dir, ['--key', 'keys/chainseal.pub'])).report.findings.map((f: any) => f.ruleId)).toEqual(['integrity/modified'])
    // A manifest edited to match the tampered tree no longer matches its signature.
    const manifest = JSON.parse(readFileSync(join(dir, 'chainseal.manifest.json'), 'utf8'))
    manifest.entries[0].size = 8
    writeFileSync(join(dir, 'chainseal.manifest.json'), JSON.stringify(manifest))
    const forged = await check(dir, ['--key', 'keys/chainseal.pub'])
    expect([forged.exitStatus, forged.report.findings.map((f: any) => f.ruleId)]).toEqual([1, ['signature/subject-mismatch']])
  })

  it('is an error, exit 2, when there is nothing to check, a manifest is missing or the registry is unreachable', async () => {
    const empty = makeTree({ '.git/HEAD': '' })
    const nothing = await check(empty)
    expect([nothing.exitStatus, nothing.stderr]).toEqual([2, expect.stringContaining('nothing to check: configure manifest, deps or scan in .chainseal.json')])
    expect(nothing.report).toMatchObject({ status: 'error', command: 'check' })

    const stray = await check(empty, ['--scan', 'src'])
    expect([stray.exitStatus, stray.stderr]).toEqual([2, expect.stringContaining('check takes no arguments (got src); name paths with --path or --scan-path')])

    const missing = await check(empty, ['--manifest', 'release.json'])
    expect([missing.exitStatus, missing.stderr]).toEqual([2, expect.stringMatching(/manifest: .*release\.json.*ENOENT/)])

  })

  it('still reports what the other checks found when one cannot run, and ends in the error, exit 2', async () => {
    const port = await closedPort()
    const { dir } = await project({ scan: true, deps: { registry: `http://127.0.0.1:${port}/` } })
    // An unreachable registry must not hide a leaked key: in JSON, text and SARIF alike.
    const json = await check(dir)
    expect(json.exitStatus).toBe(2)
    expect(json.stderr).toMatch(/^chainseal check: error: deps: /)
    expect(json.report).toMatchObject({ status: 'error', error: { message: expect.stringMatching(/^deps: /) }, summary: { findings: 1, failing: 1 } })
    expect(json.report.findings.map((f: any) => [f.ruleId, f.location.path])).toEqual([['secret/github-pat', 'src/config.js']])
    expect(json.stdout).not.toContain(TOKEN)

    const text = await cli(['check', '--format', 'text', '--color', 'never'], dir, { HOME: dir })
    expect(text.exitStatus).toBe(2)
    expect(text.stdout).toMatch(/^chainseal check: ERROR: deps: .*; the checks that ran: 1 finding \(1 \w+\), 1 at or above high\n/)
    expect(text.stdout).toMatch(/^\w+ +secret\/github-pat src\/config\.js:1:/m)

    // To a --report file as well: the whole partial report, the error on stderr, exit 2.
    const sarif = await cli(['check', '--format', 'sarif', '--report', 'partial.sarif'], dir, { HOME: dir })
    expect([sarif.exitStatus, sarif.stdout, sarif.stderr]).toEqual([2, '', expect.stringMatching(/^chainseal check: error: deps: /)])
    const run = JSON.parse(readFileSync(join(dir, 'partial.sarif'), 'utf8')).runs[0]
    expect([run.results.length, run.invocations[0].executionSuccessful]).toEqual([1, false])
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^deps: /)
  })

  it('refuses a signer without a manifest, and a signature check without a signer', async () => {
    const { dir } = await project({ scan: true, signature: { key: 'k.pub' } })
    expect((await check(dir)).stderr).toContain('signature: signing or verifying needs the manifest section')
    const unsigned = await check(dir, ['--manifest', 'm.json', '--no-config', '--sign'])
    expect(unsigned.stderr).toContain("signature: to verify the manifest's signature, name the signer")
  })
})

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}
