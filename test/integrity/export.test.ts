import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, hasCommand, makeTree } from '../helpers/tree.ts'

/** Names that break naive exports: spaces, a newline, a carriage return, a backslash, glob and mtree syntax characters, non-UTF-8. */
function awkwardTree(): string {
  const root = makeTree({
    'plain.txt': 'a',
    'with space.txt': 'b',
    'new\nline.txt': 'c',
    'carriage\rreturn': 'd',
    'back\\slash': 'e',
    'hash#equals=star*': 'f',
    'dir with space/ünïcödé.txt': 'g',
    'exec.sh': { mode: 0o750, content: '#!/bin/sh\n' },
    'link': { link: 'plain.txt' },
  })
  writeFileSync(Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x6e, 0xff, 0x75, 0x66])]), 'h')
  return root
}

describe('--export sha256sum', () => {
  it('writes a file `sha256sum -c` accepts, and that catches a change', async () => {
    const root = awkwardTree()
    const out = join(root, '..', `${root.split('/').pop()}.manifest.json`)
    const r = await cli(['manifest', '--root', root, '-o', out, '--export', 'sha256sum'], root)
    expect(r.exitStatus).toBe(0)
    const check = () => spawnSync('sha256sum', ['-c', '--strict', out + '.sha256sum'], { cwd: root, encoding: 'utf8' })
    const ok = check()
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    expect(ok.stdout.match(/: OK$/gm)).toHaveLength(9) // files only: the symlink is not exported
    appendFileSync(join(root, 'new\nline.txt'), 'changed')
    expect(check().status).toBe(1)
  })

  it('refuses sha256sum for a sha512 manifest, before writing anything', async () => {
    const root = makeTree({ a: 'x' })
    const r = await cli(['manifest', '--root', root, '-o', 'm.json', '--algorithm', 'sha512', '--export', 'sha256sum'], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain('--export sha256sum needs a sha256 manifest')
    expect(spawnSync('ls', [join(root, 'm.json')]).status).not.toBe(0)
  })
})

describe.skipIf(!hasCommand('mtree'))('--export mtree', () => {
  it('writes a spec BSD mtree verifies, and that catches content and mode changes', async () => {
    const root = awkwardTree()
    const out = join(root, '..', `${root.split('/').pop()}.json`)
    const r = await cli(['manifest', '--root', root, '-o', out, '--export', `mtree=${out}.mtree`], root)
    expect(r.exitStatus).toBe(0)
    const verify = () => spawnSync('mtree', ['-e', '-f', `${out}.mtree`, '-p', root], { encoding: 'utf8' })
    const clean = verify()
    expect(clean.stdout + clean.stderr).toBe('')
    expect(clean.status).toBe(0)
    appendFileSync(join(root, 'with space.txt'), '!')
    execFileSync('chmod', ['600', join(root, 'exec.sh')])
    const dirty = verify()
    expect(dirty.status).not.toBe(0)
    expect(dirty.stdout).toContain('with space.txt')
    expect(dirty.stdout).toContain('exec.sh')
  })
})
