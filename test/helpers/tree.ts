import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Header } from 'tar'
import { afterEach } from 'vitest'
import { run, type CliResult } from '../../src/cli/main.ts'

export const REPO = resolve(import.meta.dirname, '../..')

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) {
    // A test may leave a directory unreadable to prove a point; give it back before removing.
    spawnSync('chmod', ['-R', 'u+rwx', dir])
    rmSync(dir, { recursive: true, force: true })
  }
})

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chainseal-test-'))
  made.push(dir)
  return dir
}

/** A tree from a description: a string or Buffer is a file; `{ link }` a symlink; names are paths. */
export type TreeSpec = Record<string, string | Buffer | { link: string } | { mode: number; content: string }>

export function makeTree(spec: TreeSpec, root = tempDir()): string {
  for (const [name, value] of Object.entries(spec)) {
    const path = join(root, name)
    mkdirSync(dirname(path), { recursive: true })
    if (typeof value === 'string' || Buffer.isBuffer(value)) writeFileSync(path, value)
    else if ('link' in value) symlinkSync(value.link, path)
    else {
      writeFileSync(path, value.content)
      chmodSync(path, value.mode)
    }
  }
  return root
}

/** Runs the CLI in-process, as the bin would, from `cwd`. */
export function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return run(argv, { cwd, env, stdoutIsTTY: false })
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * A tar archive written header by header, so tests can make the archives a careful packer never
 * would: absolute names, `..` segments, links that leave the tree.
 */
export function rawTar(members: { path: string; content?: string | Buffer; type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory'; linkpath?: string; mode?: number }[]): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const content = Buffer.isBuffer(m.content) ? m.content : Buffer.from(m.content ?? '')
    const header = new Header({
      path: m.path,
      mode: m.mode ?? 0o644,
      size: m.type === undefined || m.type === 'File' ? content.length : 0,
      type: m.type ?? 'File',
      ...(m.linkpath !== undefined && { linkpath: m.linkpath }),
      mtime: new Date(0),
      uid: 0,
      gid: 0,
    })
    const block = Buffer.alloc(512)
    header.encode(block, 0)
    blocks.push(block)
    if (header.size) blocks.push(content, Buffer.alloc((512 - (content.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}
