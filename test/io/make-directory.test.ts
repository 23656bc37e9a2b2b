import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeDirectory } from '../../src/io/make-directory.ts'
import { tempDir } from '../helpers/tree.ts'

describe('makeDirectory', () => {
  it('makes the directory and its missing parents with the mode asked, and leaves existing ones as they are', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'kept'), 0o755)
    makeDirectory(join(dir, 'kept/a/b/c'), 0o700)
    for (const made of ['kept/a', 'kept/a/b', 'kept/a/b/c']) expect([made, statSync(join(dir, made)).mode & 0o777]).toEqual([made, 0o700])
    expect(statSync(join(dir, 'kept')).mode & 0o777).toBe(0o755)
    makeDirectory(join(dir, 'kept/a/b/c'), 0o700) // already there: nothing to do
  })

  it('throws the OS reason for a file in the way, making nothing', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), 'x')
    expect(() => makeDirectory(join(dir, 'file/a/b'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }))
    expect(existsSync(join(dir, 'file/a'))).toBe(false)
    expect(() => makeDirectory(join(dir, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }))
  })

  // Node's mkdirSync(path, { recursive: true }) never returns here: procfs answers ENOENT for a
  // child of a directory that exists, which it reads as a missing parent, again and again.
  it.skipIf(!existsSync('/proc/self'))('fails at once where a directory exists but refuses children', () => {
    const started = performance.now()
    expect(() => makeDirectory('/proc/chainseal-test/a/b')).toThrow(expect.objectContaining({ code: 'ENOENT', path: '/proc/chainseal-test' }))
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
