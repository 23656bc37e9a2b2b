import { spawn } from 'node:child_process'
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, makeTree } from '../helpers/tree.ts'

/**
 * Runs the built CLI with its stdout a pipe, read to the end or closed before the first write;
 * `stdin` is written into its stdin (a socket, as Node makes it), or is an open file's descriptor.
 */
function run(args: string[], cwd: string, readStdout: boolean, stdin?: string | number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd, stdio: [stdin === undefined ? 'ignore' : typeof stdin === 'number' ? stdin : 'pipe', 'pipe', 'pipe'] })
  if (typeof stdin === 'string') child.stdin!.end(stdin)
  let stdout = ''
  let stderr = ''
  if (readStdout) child.stdout!.on('data', (chunk) => (stdout += chunk))
  else child.stdout!.destroy()
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })))
}

const WORKFLOW = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n'

describe('output into a pipe', () => {
  it('writes a manifest to /dev/stdout through the pipe, leaving /dev/stdout as it was', async () => {
    const dir = makeTree({ 'a.txt': 'a\n' })
    const before = lstatSync('/dev/stdout')
    const r = await run(['manifest', '.', '--output', '/dev/stdout'], dir, true)
    expect([r.status, r.stderr]).toEqual([0, expect.stringMatching(/^chainseal manifest: PASS/)])
    expect(JSON.parse(r.stdout).entries.map((e: { path: string }) => e.path)).toEqual(['a.txt'])
    // /dev/stdout links to /proc/self/fd/1, which realpath cannot resolve on a pipe: taken for a
    // missing file, it was replaced by a regular file wherever /dev was writable (as root).
    const after = lstatSync('/dev/stdout')
    expect([after.isSymbolicLink(), after.ino]).toEqual([before.isSymbolicLink(), before.ino])
  })

  it('takes - for stdout: the manifest alone on stdout (| jq works), the report on stderr, no file named -', async () => {
    const dir = makeTree({ 'a.txt': 'a\n' })
    const text = await run(['manifest', '.', '-o', '-'], dir, true)
    expect([text.status, JSON.parse(text.stdout).summary.files]).toEqual([0, 1])
    expect(text.stderr).toMatch(/^chainseal manifest: PASS: .* manifest \/dev\/stdout\n$/)
    // A JSON report goes to stderr as well: stdout holds one document.
    const json = await run(['manifest', '.', '-o', '-', '--format', 'json'], dir, true)
    expect([JSON.parse(json.stdout).entries.length, JSON.parse(json.stderr).status]).toEqual([1, 'pass'])
    expect(existsSync(join(dir, '-'))).toBe(false)
  })

  it('writes - through stdout when it is a file (> m.json): in place, not renamed over, with nothing else in it', async () => {
    const dir = makeTree({ 'tree/a.txt': 'a\n' })
    const file = join(dir, 'm.json')
    const fd = openSync(file, 'w')
    const before = fstatSync(fd).ino
    const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), 'manifest', 'tree', '-o', '-'], { cwd: dir, stdio: ['ignore', fd, 'pipe'] })
    closeSync(fd)
    expect(await new Promise((done) => child.on('close', done))).toBe(0)
    expect([statSync(file).ino, JSON.parse(readFileSync(file, 'utf8')).summary.files]).toEqual([before, 1])
  })

  it('sends one export to stdout beside a manifest file, and refuses two outputs on stdout or an export named after it', async () => {
    const dir = makeTree({ 'a.txt': 'a\n' })
    const exported = await run(['manifest', '.', '-o', 'm.json', '--export', 'sha256sum=-'], dir, true)
    expect([exported.status, exported.stdout]).toEqual([0, '87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7  a.txt\n'])
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toMatch(/^\{/)
    const both = await run(['manifest', '.', '-o', '-', '--export', 'sha256sum=-'], dir, true)
    expect([both.status, both.stdout, both.stderr]).toEqual([2, '', 'chainseal manifest: error: --output - and --export sha256sum=- each write to stdout; send all but one to files\n'])
    const report = await run(['manifest', '.', '-o', '-', '--report', '/dev/stdout'], dir, true)
    expect([report.status, report.stderr]).toEqual([2, expect.stringContaining('--output - and --report /dev/stdout each write to stdout')])
    const dashReport = await run(['manifest', '.', '-o', 'm.json', '--report', '-', '--format', 'json'], dir, true)
    expect([dashReport.status, JSON.parse(dashReport.stdout).status, existsSync(join(dir, '-'))]).toEqual([0, 'pass', false])
    const unnamed = await run(['manifest', '.', '-o', '-', '--export', 'mtree'], dir, true)
    expect([unnamed.status, unnamed.stderr]).toEqual([2, expect.stringContaining('--export mtree needs a file name when the manifest goes to stdout: --export mtree=FILE')])
  })

  it('signs to stdout: the bundle alone on stdout, verifiable once saved, and the commands printed name it BUNDLE', async () => {
    const dir = makeTree({ 'tree/a.txt': 'a\n' })
    expect((await run(['keygen', '--output', 'keys'], dir, true)).status).toBe(0)
    expect((await run(['manifest', 'tree', '-o', 'm.json'], dir, true)).status).toBe(0)
    const signed = await run(['sign', 'm.json', '--key', 'keys/chainseal.key', '-o', '-'], dir, true)
    expect(signed.status).toBe(0)
    expect(JSON.parse(signed.stdout).mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(signed.stderr).toContain('verify with chainseal: chainseal verify m.json --bundle BUNDLE --key keys/chainseal.pub')
    expect(signed.stderr).toMatch(/; bundle stdout;/)
    writeFileSync(join(dir, 'saved.json'), signed.stdout)
    const verified = await run(['verify', 'm.json', '--bundle', 'saved.json', '--key', 'keys/chainseal.pub'], dir, true)
    expect([verified.status, verified.stdout]).toEqual([0, expect.stringContaining('signature verified')])
  })

  it('verifies a manifest read from stdin (`verify -`), piped or redirected, with its signature when --bundle names it', async () => {
    const dir = makeTree({ 'tree/a.txt': 'a\n' })
    expect((await run(['keygen', '--output', 'keys'], dir, true)).status).toBe(0)
    expect((await run(['manifest', 'tree', '-o', 'm.json'], dir, true)).status).toBe(0)
    expect((await run(['sign', 'm.json', '--key', 'keys/chainseal.key'], dir, true)).status).toBe(0)
    const manifest = readFileSync(join(dir, 'm.json'), 'utf8')
    const piped = await run(['verify', '-', '--bundle', 'm.json.sigstore.json', '--key', 'keys/chainseal.pub'], dir, true, manifest)
    expect([piped.status, piped.stdout]).toEqual([0, expect.stringMatching(/^chainseal verify: PASS: .*signature verified/)])
    expect(piped.stdout).toContain('chainseal verify - --bundle m.json.sigstore.json --key keys/chainseal.pub')
    const fd = openSync(join(dir, 'm.json'), 'r')
    try {
      const redirected = await run(['verify', '-'], dir, true, fd)
      expect([redirected.status, redirected.stdout]).toEqual([0, expect.stringMatching(/^chainseal verify: PASS/)])
    } finally {
      closeSync(fd)
    }
    // The signature covers the bytes read from stdin, as it does a file's.
    const altered = await run(['verify', '-', '--bundle', 'm.json.sigstore.json', '--key', 'keys/chainseal.pub'], dir, true, `${manifest}\n`)
    expect([altered.status, altered.stdout]).toEqual([1, expect.stringContaining('signature/subject-mismatch')])
    writeFileSync(join(dir, 'tree/a.txt'), 'changed\n')
    expect((await run(['verify', '-'], dir, true, manifest)).status).toBe(1)

    const unnamed = await run(['verify', '-', '--key', 'keys/chainseal.pub'], dir, true, manifest)
    expect([unnamed.status, unnamed.stderr]).toEqual([2, expect.stringContaining('verify - reads the manifest from stdin, which has no bundle beside it: name it with --bundle')])
    const garbage = await run(['verify', '-'], dir, true, 'not a manifest')
    expect([garbage.status, garbage.stderr]).toEqual([2, expect.stringContaining('manifest - is not valid JSON')])
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
