import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { READ_BUFFER_SIZE, hashFileSync } from '../../src/integrity/digest.ts'
import { HashPool, HashWorkers } from '../../src/integrity/hash-pool.ts'
import { makeTree, tempDir } from '../helpers/tree.ts'

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

describe('hashFileSync', () => {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)

  it.each([
    ['empty', Buffer.alloc(0)],
    ['small', Buffer.from('hello\n')],
    ['exactly one buffer', Buffer.alloc(READ_BUFFER_SIZE, 7)],
    ['several buffers', Buffer.alloc(READ_BUFFER_SIZE * 3 + 17, 9)],
  ])('digests a %s file like sha256 of its bytes', (_, content) => {
    const root = makeTree({ f: content })
    const result = hashFileSync(join(root, 'f'), 'sha256', buffer)
    expect(result).toEqual({ ok: true, digest: sha256(content), size: content.length, mode: expect.any(Number) })
  })

  it('supports sha512', () => {
    const root = makeTree({ f: 'x' })
    const result = hashFileSync(join(root, 'f'), 'sha512', buffer)
    expect(result.ok && result.digest).toBe(createHash('sha512').update('x').digest('hex'))
  })

  it('refuses to follow a symlink swapped in for a file', () => {
    const root = makeTree({ target: 'secret', link: { link: 'target' } })
    const result = hashFileSync(join(root, 'link'), 'sha256', buffer)
    expect(result).toMatchObject({ ok: false, notRegular: true })
  })

  it('reports a file that is written to while it is hashed', async () => {
    const root = tempDir()
    const path = join(root, 'busy')
    writeFileSync(path, Buffer.alloc(256 << 20, 1))
    // A writer that rewrites the first bytes in a loop for a bounded time.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(path)},'r+');const end=Date.now()+20000;` +
        `process.stdout.write('ready\\n');while(Date.now()<end){fs.writeSync(fd,Buffer.from(String(Date.now())),0,13,0)}`,
    ])
    await new Promise((resolve) => writer.stdout.once('data', resolve))
    try {
      const result = hashFileSync(path, 'sha256', buffer)
      expect(result).toMatchObject({ ok: true, changed: 'it was written to while being read' })
    } finally {
      writer.kill()
    }
  })
})

describe('HashPool', () => {
  it('gives the same digests in the same order on workers as inline', async () => {
    const spec: Record<string, string> = {}
    for (let i = 0; i < 300; i++) spec[`d${i % 7}/f${i}`] = `content ${i}\n`.repeat(i % 13)
    const root = makeTree(spec)
    const names = Object.keys(spec)
    const digest = async (threads: number) => {
      const pool = new HashPool('sha256', root, { threads })
      const slots = names.map((name) => pool.add(Buffer.from(name)))
      await pool.finish()
      return slots.map((slot) => pool.take(slot)!)
    }
    const [inline, pooled] = await Promise.all([digest(1), digest(2)])
    expect(pooled).toEqual(inline)
    expect(pooled.map((r) => r.ok && r.digest)).toEqual(names.map((n) => sha256(spec[n]!)))
  })

  it('reports an unreadable file as a result, not a crash', async () => {
    const root = makeTree({ a: 'x' })
    const pool = new HashPool('sha256', root, { threads: 1 })
    const slots = [pool.add(Buffer.from('a')), pool.add(Buffer.from('missing'))]
    await pool.finish()
    const [a, missing] = slots.map((slot) => pool.take(slot))
    expect(a).toMatchObject({ ok: true })
    expect(missing).toMatchObject({ ok: false, reason: expect.stringContaining('ENOENT') })
  })
})

describe('HashWorkers', () => {
  it('digests bytes on a worker, and a pool given the workers waits for that digest before ending them', async () => {
    const bytes = Buffer.alloc(3 << 20, 'manifest bytes ')
    const workers = HashWorkers.start(2)
    const digest = workers.digest(bytes, 'sha256')
    // Nothing for the pool to hash: it ends the workers at once, which must not lose the digest.
    await new HashPool('sha256', tempDir(), { workers }).finish()
    expect(await digest).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('fails the digest, rather than waiting for ever, when the worker ends first', async () => {
    const workers = HashWorkers.start(1)
    await workers.threads[0]!.terminate()
    await expect(workers.digest(Buffer.from('x'), 'sha256')).rejects.toThrow(/ended before digesting/)
  })
})
