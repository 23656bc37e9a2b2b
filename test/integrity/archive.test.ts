import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { archiveMemberFindings, hashArchive, isArchiveName } from '../../src/integrity/archive.ts'
import { rawTar, tempDir } from '../helpers/tree.ts'

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex')

function archive(name: string, data: Buffer): string {
  const path = join(tempDir(), name)
  writeFileSync(path, data)
  return path
}

describe('hashArchive', () => {
  const tar = rawTar([
    { path: 'package/', type: 'Directory', mode: 0o755 },
    { path: 'package/index.js', content: 'module.exports = 1\n' },
    { path: 'package/bin.js', content: '#!/usr/bin/env node\n', mode: 0o755 },
    { path: 'package/link', type: 'SymbolicLink', linkpath: 'index.js' },
  ])

  it.each([
    ['plain tar', 'a.tar', tar],
    ['gzip', 'a.tgz', gzipSync(tar)],
    ['.tar.gz', 'a.tar.gz', gzipSync(tar)],
  ])('hashes the %s whole and each member, without extracting', async (_, name, data) => {
    const result = await hashArchive(archive(name, data), 'sha256')
    expect(result.whole).toMatchObject({ ok: true, digest: createHash('sha256').update(data).digest('hex'), size: data.length })
    expect(result.members).toEqual([
      { digest: sha256('module.exports = 1\n'), mode: '0644', path: 'package/index.js', size: 19, type: 'file' },
      { digest: sha256('#!/usr/bin/env node\n'), mode: '0755', path: 'package/bin.js', size: 20, type: 'file' },
      { mode: '0644', path: 'package/link', size: 0, target: 'index.js', type: 'symlink' },
    ])
  })

  it('keeps the whole digest of a file named like an archive that is not one, and says why', async () => {
    const result = await hashArchive(archive('fake.tgz', Buffer.from('not a tarball at all, just text')), 'sha256')
    expect(result.whole).toMatchObject({ ok: true })
    expect(result.members).toBeUndefined()
    expect(result.error).toMatch(/\S/)
  })

  it('reports a truncated gzip stream', async () => {
    const whole = gzipSync(tar)
    const result = await hashArchive(archive('cut.tgz', whole.subarray(0, whole.length - 40)), 'sha256')
    expect(result.members).toBeUndefined()
    expect(result.error).toBeDefined()
  })
})

describe('archiveMemberFindings', () => {
  it('flags absolute names, ".." segments and hard links out of the tree as critical', async () => {
    const path = archive(
      'evil.tar',
      rawTar([
        { path: 'ok.txt', content: 'fine' },
        { path: '../../etc/cron.d/x', content: 'evil' },
        { path: '/etc/passwd', content: 'evil' },
        { path: 'hard', type: 'Link', linkpath: '../../../etc/shadow' },
        { path: 'soft', type: 'SymbolicLink', linkpath: '../../outside' },
        { path: 'inside', type: 'SymbolicLink', linkpath: 'ok.txt' },
      ]),
    )
    const { members } = await hashArchive(path, 'sha256')
    const findings = archiveMemberFindings('dist/evil.tar', members!)
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['integrity/archive-path-traversal', 'critical'],
      ['integrity/archive-path-traversal', 'critical'],
      ['integrity/archive-path-traversal', 'critical'],
      ['integrity/symlink-escape', 'medium'],
    ])
    expect(findings.every((f) => f.location?.path === 'dist/evil.tar')).toBe(true)
    expect(findings[0]!.message).toContain('"../../etc/cron.d/x"')
  })
})

describe('isArchiveName', () => {
  it.each([['a.tar', true], ['a.tgz', true], ['a.tar.gz', true], ['a.gz', false], ['a.zip', false], ['tar', false]])('%s → %s', (name, expected) => {
    expect(isArchiveName(name)).toBe(expected)
  })
})

describe('a large archive, whose members are hashed on a worker thread', () => {
  const big = (seed: number) => {
    const data = Buffer.alloc(9 << 20)
    for (let i = 0; i < data.length; i += 4) data.writeUInt32LE((i * 2654435761 + seed) >>> 0, i)
    return data
  }
  const tar = () =>
    rawTar([
      { path: 'package/big.bin', content: big(1) },
      { path: 'package/small.txt', content: 'small' },
      { path: 'package/link', type: 'SymbolicLink', linkpath: 'big.bin' },
    ])

  it('gives the same members as the in-thread parser', async () => {
    const data = gzipSync(tar())
    expect(data.length).toBeGreaterThan(8 << 20)
    const result = await hashArchive(archive('big.tgz', data), 'sha256')
    expect(result.whole).toMatchObject({ ok: true, digest: createHash('sha256').update(data).digest('hex') })
    expect(result.members).toEqual([
      { digest: createHash('sha256').update(big(1)).digest('hex'), mode: '0644', path: 'package/big.bin', size: 9 << 20, type: 'file' },
      { digest: sha256('small'), mode: '0644', path: 'package/small.txt', size: 5, type: 'file' },
      { mode: '0644', path: 'package/link', size: 0, target: 'big.bin', type: 'symlink' },
    ])
  })

  it('digests every member of many, in order, whichever batch their bytes and ends fall in', async () => {
    // Sizes from empty to well past a batch, each member's bytes its own: a mix-up between members
    // or a byte lost at a batch boundary changes a digest.
    const sizes = [0, 1, 511, 512, 513, 3 << 20, ...Array.from({ length: 1500 }, (_, i) => (i * 7919) % 6000), (1 << 20) + 17, 0]
    const pool = big(2)
    const contents = sizes.map((size, i) => pool.subarray(i * 4099, i * 4099 + size))
    const data = rawTar(contents.map((content, i) => ({ path: `m/${i}.bin`, content })))
    expect(data.length).toBeGreaterThan(4 << 20)
    for (const [name, bytes] of [['many.tar', data], ['many.tgz', gzipSync(data)]] as const) {
      const result = await hashArchive(archive(name, bytes), 'sha512')
      expect(result.members?.map((m) => [m.path, m.size, m.digest])).toEqual(
        contents.map((content, i) => [`m/${i}.bin`, content.length, createHash('sha512').update(content).digest('hex')]),
      )
    }
  })

  it('reports a corrupt stream and still digests the whole file', async () => {
    const data = gzipSync(tar())
    data.fill(0x55, data.length >> 1, (data.length >> 1) + 4096)
    const result = await hashArchive(archive('broken.tgz', data), 'sha256')
    expect(result.whole).toMatchObject({ ok: true, digest: createHash('sha256').update(data).digest('hex'), size: data.length })
    expect(result.members).toBeUndefined()
    expect(result.error).toMatch(/\S/)
  })
})
