import { spawn } from 'node:child_process'
import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, makeTree } from '../helpers/tree.ts'

/** Runs the built CLI with its stdout a pipe, read to the end or closed before the first write. */
function run(args: string[], cwd: string, readStdout: boolean): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  if (readStdout) child.stdout.on('data', (chunk) => (stdout += chunk))
  else child.stdout.destroy()
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })))
}

const WORKFLOW = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n'

describe('output into a pipe', () => {
  it('writes a manifest to /dev/stdout through the pipe, leaving /dev/stdout as it was', async () => {
    const dir = makeTree({ 'a.txt': 'a\n' })
    const before = lstatSync('/dev/stdout')
    const r = await run(['manifest', '.', '--output', '/dev/stdout'], dir, true)
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(JSON.parse(r.stdout.slice(0, r.stdout.lastIndexOf('}') + 1)).entries.map((e: { path: string }) => e.path)).toEqual(['a.txt'])
    // /dev/stdout links to /proc/self/fd/1, which realpath cannot resolve on a pipe: taken for a
    // missing file, it was replaced by a regular file wherever /dev was writable (as root).
    const after = lstatSync('/dev/stdout')
    expect([after.isSymbolicLink(), after.ino]).toEqual([before.isSymbolicLink(), before.ino])
  })

  it('ends with the status of the result and no stack trace when the reader closes it early (`| head`)', async () => {
    // SARIF lists every rule: far more than a pipe buffers, so the writes meet the closed pipe.
    const dir = makeTree({ '.github/workflows/ci.yml': WORKFLOW, 'a.txt': 'a\n' })
    const scan = await run(['scan', '.', '--format', 'sarif'], dir, false)
    expect(scan.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /)
    expect(scan.status).toBe(1)
    // From the walking commands' worker too; the manifest itself cannot be written there.
    const manifest = await run(['manifest', '.', '--output', '/dev/stdout'], dir, false)
    expect([manifest.status, manifest.stderr]).toEqual([2, expect.stringContaining('could not write /dev/stdout: EPIPE')])
    expect(manifest.stderr).not.toMatch(/Unhandled|\n\s+at /)
  })
})
