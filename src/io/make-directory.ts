import { mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/**
 * `mkdir -p`: the directory and any missing parents. Not Node's `mkdirSync(path, { recursive:
 * true })`, which spins at full CPU forever where a directory exists but refuses a child with
 * ENOENT (anything under /proc or /sys): it takes ENOENT for "the parent is missing", finds the
 * parent there, and tries the child again. Here each missing directory is made once, from the
 * deepest one that exists down, and the first refusal is thrown with the OS's own reason.
 */
export function makeDirectory(path: string, mode = 0o777): void {
  const missing: string[] = []
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    let exists: boolean
    try {
      exists = statSync(dir, { throwIfNoEntry: false }) !== undefined
    } catch {
      exists = true // cannot tell (EACCES, ENOTDIR): making the child will say what is wrong
    }
    if (exists || dirname(dir) === dir) break
    missing.push(dir)
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, mode)
    } catch (error) {
      // Made meanwhile by someone else is as good as made here.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  // Something that is not a directory was there already: mkdir says so (EEXIST) in its own words.
  if (missing.length === 0 && !statSync(path).isDirectory()) mkdirSync(path, mode)
}
