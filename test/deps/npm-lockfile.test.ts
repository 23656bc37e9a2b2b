import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseNpmLockfile } from '../../src/deps/npm-lockfile.ts'
import { REPO } from '../helpers/tree.ts'

describe('npm lockfiles', () => {
  it('reads v3 packages by path: aliases, links, workspaces, bundled, git and file deps', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', workspaces: ['packages/*'] },
        'node_modules/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: 'sha512-AAAA' },
        'node_modules/@s/b': { version: '2.0.0', resolved: 'https://registry.npmjs.org/@s/b/-/b-2.0.0.tgz', integrity: 'sha512-BBBB', dev: true },
        'node_modules/old-name': { name: 'real-name', version: '3.0.0', resolved: 'https://registry.npmjs.org/real-name/-/real-name-3.0.0.tgz', integrity: 'sha512-CCCC' },
        'node_modules/a/node_modules/c': { version: '0.1.0', resolved: 'https://registry.npmjs.org/c/-/c-0.1.0.tgz', integrity: 'sha512-DDDD', optional: true },
        'node_modules/ws-pkg': { resolved: 'packages/ws-pkg', link: true },
        'packages/ws-pkg': { name: 'ws-pkg', version: '0.0.1' },
        'node_modules/a/node_modules/inner': { version: '1.0.0', inBundle: true },
        'node_modules/from-git': { version: '1.0.0', resolved: 'git+ssh://git@github.com/x/y.git#abc' },
        'node_modules/local': { version: '1.0.0', resolved: 'file:../local' },
      },
    }
    const { packages, format } = parseNpmLockfile(JSON.stringify(lock), 'package-lock.json')
    expect(format).toBe('npm lockfile v3')
    expect(packages.map((p) => [p.location, p.name, p.kind, p.alias ?? null])).toEqual([
      ['node_modules/a', 'a', 'registry', null],
      ['node_modules/@s/b', '@s/b', 'registry', null],
      ['node_modules/old-name', 'real-name', 'registry', 'old-name'],
      ['node_modules/a/node_modules/c', 'c', 'registry', null],
      ['node_modules/ws-pkg', 'ws-pkg', 'link', null],
      ['packages/ws-pkg', 'ws-pkg', 'workspace', null],
      ['node_modules/a/node_modules/inner', 'inner', 'bundled', null],
      ['node_modules/from-git', 'from-git', 'git', null],
      ['node_modules/local', 'local', 'file', null],
    ])
    expect(packages[1]).toMatchObject({ dev: true })
    expect(packages[3]).toMatchObject({ optional: true })
  })

  it('reads v1 nested dependencies, with npm: aliases, git, file and bundled', () => {
    const lock = {
      lockfileVersion: 1,
      dependencies: {
        a: {
          version: '1.0.0',
          resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
          integrity: 'sha1-AAAA',
          dependencies: { c: { version: '0.1.0', resolved: 'https://registry.npmjs.org/c/-/c-0.1.0.tgz', integrity: 'sha512-DDDD' } },
        },
        alias: { version: 'npm:@s/real@2.0.0', resolved: 'https://registry.npmjs.org/@s/real/-/real-2.0.0.tgz', integrity: 'sha512-EEEE' },
        g: { version: 'github:x/y#abc' },
        f: { version: 'file:../f' },
        b: { version: '1.0.0', bundled: true },
      },
    }
    const { packages } = parseNpmLockfile(JSON.stringify(lock), 'npm-shrinkwrap.json')
    expect(packages.map((p) => [p.location, p.name, p.version, p.kind])).toEqual([
      ['node_modules/a', 'a', '1.0.0', 'registry'],
      ['node_modules/a/node_modules/c', 'c', '0.1.0', 'registry'],
      ['node_modules/alias', '@s/real', '2.0.0', 'registry'],
      ['node_modules/g', 'g', 'github:x/y#abc', 'git'],
      ['node_modules/f', 'f', 'file:../f', 'file'],
      ['node_modules/b', 'b', '1.0.0', 'bundled'],
    ])
  })

  it("reads this project's own lockfile", () => {
    const { packages, format } = parseNpmLockfile(readFileSync(join(REPO, 'package-lock.json'), 'utf8'), 'package-lock.json')
    expect(format).toBe('npm lockfile v3')
    expect(packages.length).toBeGreaterThan(30)
    // npm here records no resolved URLs (it installs from the configured registry): integrity only.
    expect(packages.every((p) => p.kind === 'registry' && p.integrity?.startsWith('sha512-'))).toBe(true)
  })

  it.each([
    ['{"lockfileVersion": 1,', 'is not valid JSON'],
    ['[]', 'is not an npm lockfile'],
    ['{"lockfileVersion": 9}', 'has lockfileVersion 9; chainseal reads npm lockfile versions 1, 2 and 3'],
    // Entries not where or what they should be: never a lockfile that locks nothing, nor a crash.
    ['{"lockfileVersion": 3}', 'is lockfileVersion 3 without "packages"; regenerate it with npm install'],
    ['{"lockfileVersion": 3, "packages": null}', 'package-lock.json: packages is null, not a map of packages; regenerate the lockfile'],
    ['{"lockfileVersion": 2, "packages": {"node_modules/x": "1.0.0"}}', 'packages["node_modules/x"] is "1.0.0", where an object belongs'],
    ['{"lockfileVersion": 2, "packages": {"node_modules/x": {"version": 5}}}', 'packages["node_modules/x"].version is 5, not a string'],
    ['{"lockfileVersion": 3, "packages": {"node_modules/x": {"version": "1.0.0", "integrity": ["sha512-a"]}}}', 'packages["node_modules/x"].integrity is a list, not a string'],
    ['{"lockfileVersion": 1, "dependencies": {"x": {"version": "1.0.0", "dependencies": 5}}}', 'node_modules/x.dependencies is 5, not a map of packages'],
    ['{"lockfileVersion": 1, "dependencies": {"x": {"version": "1.0.0", "resolved": true}}}', 'dependencies of node_modules/x.resolved is true, not a string'],
  ])('rejects %s', (text, message) => {
    expect(() => parseNpmLockfile(text, 'package-lock.json')).toThrow(message)
  })
})
