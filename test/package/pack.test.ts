import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, makeTree, tempDir } from '../helpers/tree.ts'

/**
 * The package as a user gets it: packed, installed from the tarball into an empty project (its
 * dependencies from the registry), and run from there with npx.
 */
describe('npm pack', () => {
  it('gives a package that installs into an empty project and runs there', () => {
    const packed = tempDir()
    const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packed], { cwd: REPO, encoding: 'utf8' }))
    const names = (files as { path: string }[]).map((f) => f.path)
    expect(names).toEqual(expect.arrayContaining(['package.json', 'action.yml', 'dist/cli.js', 'dist/lib.js', 'dist/types/index.d.ts', 'schemas/config.schema.json', 'schemas/manifest.schema.json']))
    // Sources, tests and benchmarks stay out.
    expect(names.filter((n) => /^(src|test|bench)\//.test(n))).toEqual([])

    const project = tempDir()
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(packed, filename)], { cwd: project, stdio: 'pipe' })

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'chainseal', ...args], { cwd: project, encoding: 'utf8' })
    const version = npx(['--version'])
    expect([version.status, version.stdout.trim()]).toEqual([0, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version])

    const tree = makeTree({ 'dist/app.js': 'console.log(1)\n', 'README.md': '# app\n' })
    const created = npx(['manifest', tree, '--output', join(tree, 'm.json'), '--root', tree])
    expect(created.status).toBe(0)
    expect(created.stdout).toMatch(/manifest: PASS: .*treeDigest sha256:[0-9a-f]{64}/)
    expect(npx(['verify', join(tree, 'm.json'), '--root', tree]).status).toBe(0)
    writeFileSync(join(tree, 'dist/app.js'), 'steal()\n')
    expect(npx(['verify', join(tree, 'm.json'), '--root', tree]).status).toBe(1)

    // The library and its published schemas resolve by the package's exports.
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('chainseal'); console.log(typeof m.checkCommand, typeof m.verifyCommand)"], { cwd: project, encoding: 'utf8' })
    expect(imported.stdout.trim()).toBe('function function')
    expect(existsSync(join(project, 'node_modules/chainseal/schemas/config.schema.json'))).toBe(true)
  }, 240_000)
})
