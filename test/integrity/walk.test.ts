import { execFileSync } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareBytes } from '../../src/integrity/names.ts'
import { selectionFilter, sortEntries, walkTree, type SelectionOptions } from '../../src/integrity/walk.ts'
import { makeTree, tempDir } from '../helpers/tree.ts'

const ALL: SelectionOptions = { include: [], exclude: [], excludeFiles: [], defaultExcludes: true, gitignore: false }

function walk(root: string, selection: Partial<SelectionOptions> = {}, paths = ['']) {
  const result = walkTree(root, paths.map((p) => Buffer.from(p)), { ...ALL, ...selection })
  const entries = sortEntries([...result.entries])
  return { entries, names: entries.map((e) => e.path.path), findings: result.findings }
}

describe('walkTree', () => {
  it('yields one path in byte order as it walks, without a sort', () => {
    const root = makeTree({ 'a/x': '', 'a-b': '', 'a.txt': '', 'B': '', 'a/y/z': '', 'é': '', 'ab': '' })
    const result = walkTree(root, [Buffer.from('')], ALL)
    const walked = [...result.entries].map((e) => Buffer.from(e.rel))
    const sorted = [...walked].sort(compareBytes)
    expect(walked).toEqual(sorted)
    expect(walked.map(String)).toEqual(['B', 'a-b', 'a.txt', 'a/x', 'a/y/z', 'ab', 'é'])
  })

  it('keeps byte order where UTF-16 order differs (a surrogate pair against U+FF21)', () => {
    const root = makeTree({ 'z': '', '\uFF21': '', '\u{1F600}': '', 'dir\u{1F600}/x': '', 'dir\uFF21/y': '' })
    const walked = [...walkTree(root, [''], ALL).entries].map((e) => Buffer.from(e.rel))
    expect(walked).toEqual([...walked].sort(compareBytes))
    expect(walked.map(String)).toEqual(['dir\uFF21/y', 'dir\u{1F600}/x', 'z', '\uFF21', '\u{1F600}'])
  })

  it('leaves out .git and node_modules at any depth unless asked not to', () => {
    const root = makeTree({ '.git/HEAD': '', 'node_modules/x/index.js': '', 'pkg/node_modules/y': '', 'src/a.ts': '' })
    expect(walk(root).names).toEqual(['src/a.ts'])
    expect(walk(root, { defaultExcludes: false }).names).toEqual(['.git/HEAD', 'node_modules/x/index.js', 'pkg/node_modules/y', 'src/a.ts'])
  })

  it('applies --include and --exclude globs, dotfiles included', () => {
    const root = makeTree({ 'src/a.ts': '', 'src/a.test.ts': '', 'dist/a.js': '', '.env': '' })
    expect(walk(root, { include: ['**/*.ts'] }).names).toEqual(['src/a.test.ts', 'src/a.ts'])
    expect(walk(root, { exclude: ['dist', '**/*.test.ts'] }).names).toEqual(['.env', 'src/a.ts'])
  })

  it('applies the .gitignore files above a given path inside it, as git does', () => {
    const root = makeTree({ '.gitignore': '*.log\n', 'src/a.ts': '', 'src/debug.log': '', 'src/sub/.gitignore': '!keep.log\n', 'src/sub/keep.log': '', 'src/sub/x.log': '' })
    expect(walk(root, { gitignore: true }, ['src']).names).toEqual(['src/a.ts', 'src/sub/.gitignore', 'src/sub/keep.log'])
  })

  it('decides one path as a walk would: for the paths a watcher names', () => {
    const root = makeTree({ '.gitignore': 'build/\n*.log\n', 'src/.gitignore': '!keep.log\n', 'src/a.ts': '', 'src/keep.log': '', 'other/b.ts': '' })
    const selection = { ...ALL, gitignore: true, exclude: ['**/*.tmp'], include: ['**/*.ts', '**/*.log'] }
    const selected = selectionFilter(root, ['src'], selection)
    const walked = new Set(walk(root, selection, ['src']).names)
    for (const [path, isDir] of [
      ['src/a.ts', false],
      ['src/keep.log', false],
      ['src/new.ts', false],
      ['src/x.tmp', false],
      ['src/debug.log', false],
      ['src/build', true],
      ['src/build/out.ts', false],
      ['src/node_modules/m/index.ts', false],
      ['src/.git/config', false],
      ['src/readme.md', false],
      ['other/b.ts', false],
      ['src/sub', true],
    ] as const)
      expect([path, selected(path, isDir)]).toEqual([path, ['src/a.ts', 'src/keep.log', 'src/new.ts', 'src/sub'].includes(path)])
    // The files that exist agree with the walk itself.
    for (const name of walked) expect(selected(name, false)).toBe(true)
  })

  it('decides a path several directories down from the root by every .gitignore above it, as the walk does', () => {
    const root = makeTree({ '.gitignore': '*.log\n', 'a/.gitignore': '!keep.log\n', 'a/b/.gitignore': 'skip/\n', 'a/b/keep.log': '', 'a/b/x.ts': '', 'a/b/skip/y.ts': '', 'a/z.log': '' })
    // In a/b: *.log from the root, !keep.log from a/, skip/ from a/b/ (keep.log is not a/'s own child).
    const selection = { ...ALL, gitignore: true }
    const selected = selectionFilter(root, [''], selection)
    const walked = walk(root, selection).names
    expect(walked).toEqual(['.gitignore', 'a/.gitignore', 'a/b/.gitignore', 'a/b/keep.log', 'a/b/x.ts'])
    for (const path of ['a/b/keep.log', 'a/b/x.ts', 'a/b/skip/y.ts', 'a/b/skip/new.ts', 'a/z.log', 'a/b/other.log'])
      expect([path, selected(path, false)]).toEqual([path, walked.includes(path)])
  })

  it('honours nested .gitignore files, including negation, with --gitignore', () => {
    const root = makeTree({
      '.gitignore': 'build/\n*.log\n',
      'build/out.js': '',
      'app.log': '',
      'src/.gitignore': '!keep.log\n',
      'src/keep.log': '',
      'src/a.ts': '',
    })
    expect(walk(root, { gitignore: true }).names).toEqual(['.gitignore', 'src/.gitignore', 'src/a.ts', 'src/keep.log'])
    expect(walk(root).names).toContain('build/out.js')
  })

  it('keeps names that are not UTF-8, each with its own bytes', () => {
    const root = tempDir()
    const a = Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x66, 0xff])])
    const b = Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x66, 0xfe])])
    writeFileSync(a, 'one')
    writeFileSync(b, 'two')
    const { entries } = walk(root)
    expect(entries).toHaveLength(2)
    expect(entries.map((e) => e.rel)).toEqual([Buffer.from([0x66, 0xfe]), Buffer.from([0x66, 0xff])])
    expect(entries.every((e) => e.path.pathBytes !== undefined)).toBe(true)
  })

  it('keeps NFC and NFD spellings as two files and flags the collision, and case collisions too', () => {
    const root = makeTree({ 'caf\u00e9': '1', 'cafe\u0301': '2', 'README': '3', 'readme': '4', 'other': '5' })
    const { names, findings } = walk(root)
    expect(names).toHaveLength(5)
    const collisions = findings.filter((f) => f.ruleId === 'integrity/name-collision')
    expect(collisions).toHaveLength(2)
    expect(collisions.map((f) => f.message).join('\n')).toContain('"README" and "readme"')
  })

  it('lists symlinks without following them, so a link loop cannot trap the walk', () => {
    const root = makeTree({ 'dir/file': 'x' })
    symlinkSync('b', join(root, 'a'))
    symlinkSync('a', join(root, 'b'))
    symlinkSync('..', join(root, 'dir', 'up'))
    const { entries } = walk(root)
    expect(entries.map((e) => [e.path.path, e.kind])).toEqual([
      ['a', 'symlink'],
      ['b', 'symlink'],
      ['dir/file', 'file'],
      ['dir/up', 'symlink'],
    ])
  })

  it('lists a FIFO as a special file and never opens it (the walk would hang)', () => {
    const root = makeTree({ 'f': 'x' })
    execFileSync('mkfifo', [join(root, 'pipe')])
    expect(walk(root).entries.map((e) => [e.path.path, e.kind])).toEqual([
      ['f', 'file'],
      ['pipe', 'fifo'],
    ])
  })

  it('merges overlapping paths into one sorted list without duplicates', () => {
    const root = makeTree({ 'src/a.ts': '', 'src/b.ts': '', 'lib/c.ts': '' })
    expect(walk(root, {}, ['src', 'src/a.ts', 'lib']).names).toEqual(['lib/c.ts', 'src/a.ts', 'src/b.ts'])
  })
})
