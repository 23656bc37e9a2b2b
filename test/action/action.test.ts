import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { run } from '../../src/action/main.ts'
import { startRegistry, type TestRegistry } from '../helpers/registry.ts'
import { expandSample } from '../helpers/samples.ts'
import { startSigstoreServices, type SigstoreServices } from '../helpers/sigstore-services.ts'
import { REPO, cli, makeTree, tempDir } from '../helpers/tree.ts'

const TOKEN = expandSample('ghp_{an:36}', 'action-test')
const SHA = 'a'.repeat(40)

/** action.yml's inputs with their defaults, as the runner applies them. */
const ACTION = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'))
const DEFAULTS: Record<string, string> = Object.fromEntries(Object.entries(ACTION.inputs as Record<string, { default?: string }>).map(([name, spec]) => [name, spec.default ?? '']))

interface Job {
  /** The step's environment: INPUT_* (hyphens kept), the files the runner reads back, GITHUB_* context. */
  env: NodeJS.ProcessEnv
  outputFile: string
  summaryFile: string
  runnerTemp: string
}

function job(workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}): Job {
  const state = tempDir()
  const outputFile = join(state, 'output')
  const summaryFile = join(state, 'summary')
  const runnerTemp = join(state, 'tmp')
  mkdirSync(runnerTemp)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: SHA,
    RUNNER_TEMP: runnerTemp,
    HOME: workspace,
    ...extra,
  }
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, outputFile, summaryFile, runnerTemp }
}

/** What a step leaves behind: its outputs, its summary, its log and its exit code. */
function results(j: Job, stdout: string, exitCode: number) {
  return { exitCode, stdout, outputs: parseOutputs(readFileSync(j.outputFile, 'utf8')), summary: readFileSync(j.summaryFile, 'utf8') }
}

/** Runs the Action's entry in this process, with the step's environment in process.env. */
async function runInProcess(workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const j = job(workspace, inputs, extra)
  const saved = process.env
  process.env = { PATH: saved.PATH, ...j.env }
  let stdout = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  try {
    await run()
  } finally {
    write.mockRestore()
    process.env = saved
  }
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = undefined
  return results(j, stdout, exitCode)
}

/** Runs dist/index.js as the runner does: a node24 process, action.yml's defaults applied. */
function runAsRunner(workspace: string, inputs: Record<string, string>) {
  const j = job(workspace, inputs)
  const r = spawnSync(process.execPath, [join(REPO, ACTION.runs.main)], { cwd: workspace, env: { PATH: process.env.PATH, ...j.env }, encoding: 'utf8' })
  return results(j, r.stdout, r.status ?? -1)
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const [, name, , value] of text.matchAll(re)) outputs[name!] = value!
  return outputs
}

const registries: TestRegistry[] = []
afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.close()))
})

describe('the Action, in process', () => {
  it('creates a manifest and passes: every output set, a summary written, exit 0', async () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n' })
    const r = await runInProcess(workspace, { mode: 'create', paths: 'dist' })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toEqual({
      status: 'pass',
      'manifest-path': 'chainseal.manifest.json',
      'bundle-path': '',
      'tree-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      'findings-count': '0',
      'sarif-path': expect.stringMatching(/tmp\/chainseal\.sarif$/),
    })
    expect(r.summary).toContain('chainseal check: PASS')
    expect(JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8')).version).toBe('2.1.0')
  })

  it('fails on a modified file, linking the finding to the commit in the summary', async () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n' })
    await runInProcess(workspace, { mode: 'create', paths: 'dist' })
    writeFileSync(join(workspace, 'dist/app.js'), 'steal()\n')
    const r = await runInProcess(workspace, { mode: 'verify' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'fail', 'findings-count': '1', 'tree-digest': expect.stringMatching(/^sha256:/) })
    expect(r.stdout).toContain('::error::chainseal check: 1 finding(s) at or above high')
    expect(r.stdout).toContain('::error file=dist/app.js,title=integrity/modified (critical)::')
    expect(r.summary).toMatch(/<tr><td>integrity<\/td><td>1<\/td>/)
    expect(r.summary).toContain(`<a href="https://github.com/acme/app/blob/${SHA}/dist/app.js"><code>dist/app.js</code></a>`)
  })

  it('fails on a leaked secret and an injectable workflow from .chainseal.json, escaping every name, never printing the secret', async () => {
    const evil = '<img src=x onerror=alert(1)>.js'
    const workspace = makeTree({
      '.chainseal.json': JSON.stringify({ scan: true }),
      [evil]: `const token = "${TOKEN}"\n`,
      '.github/workflows/triage.yml': 'on: issues\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    })
    const r = await runInProcess(workspace, {})
    expect(r.exitCode).toBe(1)
    expect(r.outputs.status).toBe('fail')
    expect(r.summary).toMatch(/<td>secret<\/td><td>1<\/td>/)
    expect(r.summary).toMatch(/<td>workflow<\/td>/)
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;.js:1')
    expect(r.summary).toContain(`/blob/${SHA}/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.js#L1`)
    expect(r.summary).not.toContain('<img')
    expect(r.summary).toContain('.github/workflows/triage.yml:6')
    const sarif = readFileSync(r.outputs['sarif-path']!, 'utf8')
    for (const text of [r.stdout, r.summary, sarif, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN)
  })

  it('fails on a lockfile the registry disagrees with', async () => {
    const registry = await startRegistry([{ name: 'left-pad', version: '1.3.0' }])
    registries.push(registry)
    const workspace = makeTree({
      'package-lock.json': JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: { '': {}, 'node_modules/left-pad': { version: '1.3.0', resolved: registry.tarballUrl('left-pad', '1.3.0'), integrity: 'sha512-' + Buffer.alloc(64, 3).toString('base64') } },
      }),
    })
    const r = await runInProcess(workspace, { lockfiles: 'auto', registry: registry.url })
    expect([r.exitCode, r.outputs.status, r.outputs['findings-count']]).toEqual([1, 'fail', '1'])
    expect(r.summary).toMatch(/<td>dependency<\/td><td>1<\/td>/)
    expect(r.summary).toContain('deps/integrity-mismatch')
  })

  it('fails with the error when a check cannot run, and still reports what the others found', async () => {
    // A registry that has gone: its port refuses.
    const gone = await startRegistry([])
    await gone.close()
    const workspace = makeTree({
      '.chainseal.json': JSON.stringify({ scan: true }),
      'src/config.js': `const token = "${TOKEN}"\n`,
      'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': {}, 'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-' + Buffer.alloc(64, 3).toString('base64') } } }),
    })
    const r = await runInProcess(workspace, { lockfiles: 'auto', registry: gone.url })
    expect([r.exitCode, r.outputs.status, r.outputs['findings-count']]).toEqual([1, 'error', '1'])
    expect(r.stdout).toMatch(/::error::deps: .*ECONNREFUSED.*set by the inputs "lockfiles", "registry"/)
    expect(r.stdout).toContain('::error file=src/config.js,')
    expect(r.summary).toMatch(/chainseal check: ERROR/)
    expect(r.summary).toMatch(/<td>secret<\/td><td>1<\/td>/)
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path']!, 'utf8'))
    expect([sarif.runs[0].results.length, sarif.runs[0].invocations[0].executionSuccessful]).toEqual([1, false])
    for (const text of [r.stdout, r.summary, JSON.stringify(sarif)]) expect(text).not.toContain(TOKEN)
  })

  it('annotates at most 10 findings of a level and leaves the rest to the summary and SARIF', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`src/f${i}.js`, `t = "${expandSample('ghp_{an:36}', `many-${i}`)}"\n`]))
    const r = await runInProcess(makeTree(files), { scan: 'true' })
    expect(r.stdout.match(/^::error file=/gm)).toHaveLength(10)
    expect(r.stdout).toContain('::notice title=chainseal::2 more findings are not annotated')
    expect(r.summary.match(/<tr><td>critical<\/td>/g)).toHaveLength(12)
    expect(r.outputs['findings-count']).toBe('12')
  })

  it('names the input and the fix when an input is wrong, and reports status error', async () => {
    for (const [inputs, message] of [
      [{ mode: 'sign-everything' }, 'input "mode" must be create, verify or check (got "sign-everything")'],
      [{ scan: 'yes' }, 'input "scan" must be true or false (got "yes")'],
      [{ scan: 'true', 'fail-on': 'severe' }, 'input "fail-on" must be one of critical, high, medium, low, info, none'],
      [{ scan: 'true', registry: 'not a url' }, 'input "registry" must be a URL'],
      [{}, 'nothing to check: configure manifest, deps or scan'],
      [{ config: 'missing.json' }, 'cannot read config missing.json: ENOENT'],
      [{ scan: 'true', 'show-summary': 'sometimes' }, 'input "show-summary" must be true or false (got "sometimes")'],
      [{ mode: 'verify' }, 'manifest: cannot read manifest chainseal.manifest.json: ENOENT: no such file or directory (set by the inputs "mode", "manifest", "paths", "artifacts", or the "manifest" section of the config)'],
      [{ lockfiles: 'auto' }, '(set by the inputs "lockfiles", "registry", or the "deps" section of the config)'],
    ] as const) {
      const r = await runInProcess(tempDir(), inputs)
      expect(r.exitCode).toBe(1)
      expect(r.outputs.status).toBe('error')
      expect(r.stdout).toMatch(/^::error::/m)
      expect(r.stdout).toContain(message)
      expect(r.summary).toContain(message.replaceAll('"', '&quot;'))
    }
  })

  it('says to grant id-token: write when keyless signing has no token', async () => {
    const workspace = makeTree({ 'dist/app.js': 'x' })
    const r = await runInProcess(workspace, { mode: 'create', paths: 'dist', sign: 'true' })
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toContain('permissions: id-token: write')
  })

  describe('keyless, as a release job and its consumer', () => {
    let services: SigstoreServices
    beforeAll(async () => {
      services = await startSigstoreServices()
    })
    afterAll(() => services.close())

    it("signs in the release job, and the consumer verifies the download against the publisher's workflow identity", async () => {
      const release = makeTree({
        'dist/app.bin': 'release bytes',
        '.chainseal.json': JSON.stringify({ signature: { fulcioUrl: services.url, rekorUrl: services.url } }),
      })
      const signed = await runInProcess(release, { mode: 'create', paths: 'dist', sign: 'true', manifest: 'dist.manifest.json' }, services.actionsEnv)
      expect(signed.outputs).toMatchObject({ status: 'pass', 'manifest-path': 'dist.manifest.json', 'bundle-path': 'dist.manifest.json.sigstore.json' })
      expect(signed.summary).toContain('Verify this manifest')
      expect(signed.summary).toContain(`chainseal verify dist.manifest.json --bundle dist.manifest.json.sigstore.json --certificate-identity ${services.identity} --certificate-oidc-issuer ${services.issuer}`)
      expect(signed.summary).toContain('cosign verify-blob-attestation --new-bundle-format --bundle dist.manifest.json.sigstore.json')

      // The consumer has the artifact, the manifest and the bundle, downloaded; and trusts these services' root.
      const consumer = makeTree({
        'downloads/app.bin': 'release bytes',
        'downloads/dist.manifest.json': readFileSync(join(release, 'dist.manifest.json')),
        'downloads/dist.manifest.json.sigstore.json': readFileSync(join(release, 'dist.manifest.json.sigstore.json')),
        'root.json': JSON.stringify(services.trustedRoot),
        '.chainseal.json': JSON.stringify({ signature: { trustedRoot: 'root.json' } }),
      })
      const inputs = { mode: 'verify', manifest: 'downloads/dist.manifest.json', artifacts: 'downloads/app.bin', 'certificate-identity': services.identity, 'certificate-oidc-issuer': services.issuer }
      const verified = await runInProcess(consumer, inputs)
      expect(verified.outputs).toMatchObject({ status: 'pass', 'bundle-path': 'downloads/dist.manifest.json.sigstore.json' })

      const impostor = await runInProcess(consumer, { ...inputs, 'certificate-identity': 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main' })
      expect([impostor.exitCode, impostor.outputs.status]).toEqual([1, 'fail'])
      expect(impostor.summary).toContain('signature/identity-mismatch')
      writeFileSync(join(consumer, 'downloads/app.bin'), 'trojan bytes')
      expect((await runInProcess(consumer, inputs)).summary).toContain('integrity/modified')
    })
  })
})

describe('the Action bundle, as the runner runs it', () => {
  it('creates a manifest, then verifies the workspace against it', () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n', 'dist/app.js.map': '{}' })
    const created = runAsRunner(workspace, { mode: 'create', paths: 'dist' })
    expect(created.exitCode).toBe(0)
    expect(created.outputs).toMatchObject({ status: 'pass', 'manifest-path': 'chainseal.manifest.json', 'findings-count': '0' })
    const verified = runAsRunner(workspace, { mode: 'verify' })
    expect([verified.exitCode, verified.outputs.status]).toEqual([0, 'pass'])
    expect(verified.summary).toContain('chainseal check: PASS')
  })

  it('fails the step on a modified file and says why', () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n' })
    runAsRunner(workspace, { mode: 'create', paths: 'dist' })
    writeFileSync(join(workspace, 'dist/app.js'), 'steal()\n')
    const r = runAsRunner(workspace, { mode: 'verify' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'fail', 'findings-count': '1' })
    expect(r.stdout).toContain('::error::chainseal check: 1 finding(s) at or above high')
  })
})

describe('the Action sources, under @github/local-action', () => {
  it('runs main.ts and sets the outputs (asserted on them: the tool exits 0 even on failure)', async () => {
    const workspace = makeTree({ '.chainseal.json': JSON.stringify({ scan: true }), 'src/config.js': `export const token = '${TOKEN}'\n` })
    const envFile = join(tempDir(), '.env')
    writeFileSync(envFile, [`GITHUB_WORKSPACE=${workspace}`, 'INPUT_FAIL-ON=high', 'INPUT_SHOW-SUMMARY=false'].join('\n') + '\n')
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/@github/local-action/bin/local-action.js'), 'run', REPO, 'src/action/main.ts', envFile], {
      // It starts the sources with `npm exec tsx`, which must find tsx in this repository's node_modules.
      cwd: REPO,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(r.stdout).toContain('::set-output name=status::fail')
    expect(r.stdout).toContain('::set-output name=findings-count::1')
    expect(r.stdout).toContain('secret/github-pat')
    expect(r.stdout).not.toContain(TOKEN)
    // The same sources the bundle is built from: the CLI agrees.
    expect((await cli(['check', '--no-config', '--scan'], workspace)).exitStatus).toBe(1)
  }, 120_000)
})

describe("the README's example workflows", () => {
  it('are valid workflows that pass chainseal scan, every action pinned by commit', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
    const workflows = [...readme.matchAll(/```yaml\n(name: [\s\S]*?)```/g)].map((m) => m[1]!.replaceAll('RELEASE_COMMIT_SHA', 'f'.repeat(40)))
    expect(workflows.map((w) => parse(w).name)).toEqual(['release', 'pull-request', 'consume'])
    for (const workflow of workflows) for (const [, ref] of workflow.matchAll(/uses: [\w./-]+@(\S+)/g)) expect(ref).toMatch(/^[0-9a-f]{40}$/)
    // Every input they give is one action.yml declares.
    for (const workflow of workflows)
      for (const job of Object.values(parse(workflow).jobs) as { steps: { uses?: string; with?: object }[] }[])
        for (const step of job.steps) if (step.uses?.startsWith('chainseal/')) expect(Object.keys(step.with ?? {}).filter((k) => !(k in DEFAULTS))).toEqual([])
    const tree = makeTree(Object.fromEntries(workflows.map((w, i) => [`.github/workflows/w${i}.yml`, w])))
    const r = await cli(['scan', '--fail-on', 'info'], tree)
    expect([r.exitStatus, r.stdout]).toEqual([0, expect.stringContaining('no findings')])
  })
})
