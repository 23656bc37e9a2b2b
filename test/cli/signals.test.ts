import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, tempDir } from '../helpers/tree.ts'

describe('signals', () => {
  it('ends a command other than watch on the first SIGTERM, even while it waits on a registry that never answers', async () => {
    const server = createServer(() => {}) // accepts, never answers
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const dir = tempDir()
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/x': { version: '1.0.0', integrity: 'sha512-AAAA' } } }))
    try {
      const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), 'deps', '--registry', url], { cwd: dir, stdio: 'ignore' })
      const ended = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)))
      await new Promise((wait) => setTimeout(wait, 500))
      const sent = performance.now()
      child.kill('SIGTERM')
      // Caught and ignored, it would wait out the registry's 30 s timeout and its retries.
      expect(await ended).toBe('SIGTERM')
      expect(performance.now() - sent).toBeLessThan(2000)
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  })
})
