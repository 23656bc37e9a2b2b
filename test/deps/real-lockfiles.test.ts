import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Lockfile } from '../../src/deps/lockfile.ts'
import { parsePnpmLockfile } from '../../src/deps/pnpm-lockfile.ts'
import { parseYarnLockfile } from '../../src/deps/yarn-lockfile.ts'
import { startRegistry, type TestRegistry } from '../helpers/registry.ts'
import { REPO, cli, tempDir } from '../helpers/tree.ts'

/** Lockfiles written by the real package managers for one real project (express 4.21.2). */
const FIXTURES = join(REPO, 'test/fixtures/lockfiles')
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

const lockfiles: [string, string, (text: string, path: string) => Lockfile][] = [
  ['express.yarn-v1.lock', 'yarn lockfile v1', parseYarnLockfile],
  ['express.yarn-berry.lock', 'yarn lockfile (Berry, v8)', parseYarnLockfile],
  ['express.pnpm-v6.yaml', 'pnpm lockfile v6.0', parsePnpmLockfile],
  ['express.pnpm-v9.yaml', 'pnpm lockfile v9.0', parsePnpmLockfile],
]

describe('lockfiles written by yarn and pnpm for a real project', () => {
  it.each(lockfiles)('%s: every package of the same tree, from the registry', (name, format, parse) => {
    const lockfile = parse(read(name), name)
    expect(lockfile.format).toBe(format)
    const registry = lockfile.packages.filter((p) => p.kind === 'registry')
    expect(registry.length).toBeGreaterThan(50)
    expect(registry.some((p) => p.name === 'express' && p.version === '4.21.2')).toBe(true)
    expect(registry.every((p) => /^\d+\.\d+\.\d+/.test(p.version) && p.name.length > 0)).toBe(true)
  })

  it('finds the same packages and integrities in yarn v1 and both pnpm versions', () => {
    const set = (lockfile: Lockfile) => new Set(lockfile.packages.filter((p) => p.kind === 'registry').map((p) => `${p.name}@${p.version} ${p.integrity}`))
    const yarn = set(parseYarnLockfile(read('express.yarn-v1.lock'), 'yarn.lock'))
    expect(set(parsePnpmLockfile(read('express.pnpm-v9.yaml'), 'pnpm-lock.yaml'))).toEqual(yarn)
    expect(set(parsePnpmLockfile(read('express.pnpm-v6.yaml'), 'pnpm-lock.yaml'))).toEqual(yarn)
  })
})

describe('chainseal deps on them, against a registry serving the same packages', () => {
  let r: TestRegistry
  afterEach(() => r?.close())

  it.each([
    ['express.yarn-v1.lock', 'yarn.lock'],
    ['express.pnpm-v9.yaml', 'pnpm-lock.yaml'],
  ])('verifies every package of %s', async (fixture, name) => {
    const lockfile = (name === 'yarn.lock' ? parseYarnLockfile : parsePnpmLockfile)(read(fixture), name)
    r = await startRegistry(lockfile.packages.map((p) => ({ name: p.name, version: p.version, integrity: p.integrity! })))
    const dir = tempDir()
    copyFileSync(join(FIXTURES, fixture), join(dir, name))
    // yarn v1 resolves to registry.yarnpkg.com: allowed as the npm registry's other name only when that is the registry.
    const result = await cli(['deps', '--registry', r.url, '--allow-host', 'registry.yarnpkg.com', '--format', 'json'], dir, { HOME: dir })
    const report = JSON.parse(result.stdout)
    expect(report.findings).toEqual([])
    expect(report.stats.verified).toBe(lockfile.packages.length)
  })
})
