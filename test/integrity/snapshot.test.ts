import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import canonicalize from 'canonicalize'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson, takeSnapshot, treeDigest } from '../../src/integrity/snapshot.ts'
import { makeTree, rawTar, tempDir } from '../helpers/tree.ts'
import { writeFileSync } from 'node:fs'

const ALL = { include: [], exclude: [], excludeFiles: [], defaultExcludes: true, gitignore: false }

function variedTree(): string {
  const root = makeTree({
    'plain.txt': 'hello\n',
    'ünïcödé/ファイル.txt': 'x',
    'quote"and\\backslash': 'y',
    'exec.sh': { mode: 0o755, content: '#!/bin/sh\n' },
    'pkg.tgz': gzipSync(rawTar([{ path: 'package/a.js', content: 'a' }, { path: 'package/l', type: 'SymbolicLink', linkpath: 'a.js' }])),
    'link': { link: 'plain.txt' },
  })
  writeFileSync(Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x62, 0x61, 0x64, 0xff])]), 'not utf-8 name')
  symlinkSync(Buffer.from([0x74, 0xfe]), Buffer.concat([Buffer.from(root + '/'), Buffer.from('badlink')]))
  return root
}

describe('canonical JSON', () => {
  it('is what RFC 8785 (the canonicalize library) makes of every kind of entry', async () => {
    const { entries } = await takeSnapshot({ root: variedTree(), paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256' })
    expect(entries.map((e) => e.type).sort()).toEqual(['file', 'file', 'file', 'file', 'file', 'file', 'symlink', 'symlink'])
    expect(entries.some((e) => e.members)).toBe(true)
    expect(entries.some((e) => e.pathBytes)).toBe(true)
    expect(entries.some((e) => e.targetBytes)).toBe(true)
    for (const entry of entries) expect(canonicalJson(entry)).toBe(canonicalize(entry))
  })

  it('makes the tree digest the hash of the canonical entries array', async () => {
    const snapshot = await takeSnapshot({ root: variedTree(), paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256' })
    const expected = 'sha256:' + createHash('sha256').update(canonicalize(snapshot.entries)!).digest('hex')
    expect(snapshot.treeDigest).toBe(expected)
    expect(treeDigest(snapshot.entries, 'sha256')).toBe(expected)
  })
})

describe('takeSnapshot', () => {
  it('gives the same entries and digest on worker threads as on one thread', async () => {
    const spec: Record<string, string> = {}
    for (let i = 0; i < 500; i++) spec[`d${i % 11}/f${i}.txt`] = `line ${i}\n`.repeat(i % 17)
    const root = makeTree(spec)
    const one = await takeSnapshot({ root, paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256', threads: 1 })
    const many = await takeSnapshot({ root, paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256', threads: 2 })
    expect(many.entries).toEqual(one.entries)
    expect(many.treeDigest).toBe(one.treeDigest)
    expect(one.entries).toHaveLength(500)
  })

  it('flags a symlink that leaves the root, and one through an absolute path', async () => {
    const root = makeTree({ 'a/b': 'x', 'a/in': { link: 'b' }, 'a/up': { link: '../../x' }, 'abs': { link: '/etc/passwd' } })
    const { findings } = await takeSnapshot({ root, paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256' })
    expect(findings.map((f) => [f.ruleId, f.location?.path])).toEqual([
      ['integrity/symlink-escape', 'a/up'],
      ['integrity/symlink-escape', 'abs'],
    ])
  })

  it('records special files by type and mode, never reading them', async () => {
    const root = tempDir()
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [join(root, 'pipe')])
    const { entries } = await takeSnapshot({ root, paths: [Buffer.from('')], selection: ALL, algorithm: 'sha256' })
    expect(entries).toEqual([{ mode: expect.stringMatching(/^0[0-7]{3}$/), path: 'pipe', type: 'fifo' }])
  })
})
