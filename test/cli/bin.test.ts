import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, makeTree, readJson, tempDir } from '../helpers/tree.ts'

const BIN = join(REPO, 'dist/cli.js')

/** The committed bundle, as `npx chainseal` runs it. */
function bin(args: string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { ...options, encoding: 'utf8' })
}

describe('the bundled bin', () => {
  it('runs on this Node and prints its version', () => {
    const r = bin(['--version'])
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(readJson(join(REPO, 'package.json')).version)
  })

  it('hashes a tree on worker threads and verifies it, with no progress bar when stderr is not a terminal', () => {
    const spec: Record<string, string> = {}
    for (let i = 0; i < 200; i++) spec[`d${i % 5}/f${i}`] = `file ${i}`
    const root = makeTree(spec)
    const manifest = join(tempDir(), 'm.json')
    const made = bin(['manifest', '--root', root, '-o', manifest])
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    expect(readJson(manifest).summary.files).toBe(200)
    const checked = bin(['verify', manifest, '--root', root])
    expect([checked.status, checked.stderr]).toEqual([0, ''])
    writeFileSync(join(root, 'd3/f3'), 'tampered')
    expect(bin(['verify', manifest, '--root', root]).status).toBe(1)
  })

  it('starts the commands that walk, on their worker, from the V8 code cache after the first run', () => {
    // The cache lives under the OS temp directory; Node's own debug output says what it loaded.
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tempDir(), NODE_DEBUG_NATIVE: 'COMPILE_CACHE' }
    delete env.NODE_COMPILE_CACHE
    delete env.NODE_DISABLE_COMPILE_CACHE
    const root = makeTree({ 'a.txt': 'a' })
    const run = () => bin(['manifest', '--root', root, '-o', join(tempDir(), 'm.json')], { env })
    expect(run().status).toBe(0)
    const second = run()
    expect(second.status).toBe(0)
    expect(second.stderr).toMatch(/cli-worker\.js was accepted/)
  })

  it('reports unreadable files and directories with the OS reason, never skipping them silently', () => {
    // Root reads everything: run as an unprivileged user where the tests run as root.
    const asUser: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const root = makeTree({ 'ok.txt': 'fine', 'secret.txt': 'hidden', 'locked/inner.txt': 'x' })
    chmodSync(root, 0o755)
    chmodSync(join(root, 'secret.txt'), 0o000)
    chmodSync(join(root, 'locked'), 0o000)
    const out = tempDir()
    chmodSync(out, 0o777)
    const r = bin(['manifest', '--root', root, '-o', join(out, 'm.json'), '--format', 'json'], { ...asUser, cwd: out })
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report.findings.map((f: any) => [f.ruleId, f.location.path, f.message])).toEqual([
      ['integrity/unreadable', 'locked', expect.stringContaining('EACCES')],
      ['integrity/unreadable', 'secret.txt', expect.stringContaining('EACCES')],
    ])
    // The manifest covers what could be read, and says nothing of what could not.
    expect(readJson(join(out, 'm.json')).entries.map((e: any) => e.path)).toEqual(['ok.txt'])
  })

  it('prints a user error without a stack trace, exit 2', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sub'))
    const r = bin(['verify', 'sub'], { cwd: dir })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^chainseal verify: error: cannot read manifest sub: EISDIR/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
