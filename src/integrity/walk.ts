import { lstatSync, readFileSync, readdirSync, type Dirent, type Stats } from 'node:fs'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { collisionKey, compareBytes, encodePath, joinBytes, type EncodedPath } from './names.ts'
import { INTEGRITY_RULES } from './rules.ts'

export type EntryKind = 'file' | 'symlink' | 'fifo' | 'socket' | 'char-device' | 'block-device'

/** What is walked and what is left out; recorded in the manifest so verify walks the same set. */
export interface SelectionOptions {
  include: string[]
  exclude: string[]
  /** Exact root-relative paths left out: the manifest itself and its exports, when written inside the root. */
  excludeFiles: string[]
  // Leave out .git and node_modules at any depth, as the globs "**/.git" and "**/node_modules" would.
  defaultExcludes: boolean
  /** Honour .gitignore files found in the walked directories. */
  gitignore: boolean
}

export interface WalkedEntry {
  /** Root-relative path, as the filesystem spells it. */
  rel: Buffer
  /** The same path as a manifest records it. */
  path: EncodedPath
  kind: EntryKind
}

export interface Walk {
  /** In byte order for each given path; sortEntries merges several given paths. */
  entries: Iterable<WalkedEntry>
  /** Complete once `entries` has been consumed. */
  findings: Finding[]
}

interface IgnoreScope {
  base: string
  rules: Ignore
}

/**
 * Lists the entries under `paths` (root-relative; empty for the root itself). Directories are read
 * with buffer names so names that are not valid UTF-8 survive; symlinks are listed, never followed,
 * so link loops cannot trap the walk; special files are listed, never opened. A directory that
 * cannot be read is a finding, not a silent gap.
 */
export function walkTree(root: string, paths: readonly Buffer[], selection: SelectionOptions): Walk {
  const rootBytes = Buffer.from(root)
  const abs = (rel: Buffer) => (rel.length === 0 ? rootBytes : joinBytes(rootBytes, rel))
  const glob = { dot: true }
  const isExcluded = selection.exclude.length ? picomatch(selection.exclude, glob) : () => false
  // DEFAULT_EXCLUDES by name: the same as matching the globs, without a regex per name.
  const defaultExcluded = selection.defaultExcludes ? (name: Buffer) => name.equals(DOT_GIT) || name.equals(NODE_MODULES) : () => false
  const excludedFiles = new Set(selection.excludeFiles)
  const isIncluded = selection.include.length ? picomatch(selection.include, glob) : () => true
  const findings: Finding[] = []

  const unreadable = (rel: Buffer, error: unknown) =>
    findings.push(
      createFinding(INTEGRITY_RULES.unreadable, {
        message: `could not be read (${osReason(error)}); it is not covered`,
        location: { path: encodePath(rel).path },
      }),
    )

  const ignoredByGit = (scopes: IgnoreScope[], rel: string, isDir: boolean): boolean => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const { base, rules } = scopes[i]!
      const sub = base === '' ? rel : rel.slice(base.length + 1)
      const verdict = rules.test(isDir ? sub + '/' : sub)
      if (verdict.ignored) return true
      if (verdict.unignored) return false
    }
    return false
  }

  /** `relUtf8`: every name from the root down to `rel` is valid UTF-8, so `relText` is exact. */
  // A generator, so the caller can start hashing the first files while the walk goes on.
  function* visitDir(rel: Buffer, relText: string, relUtf8: boolean, scopes: IgnoreScope[]): Generator<WalkedEntry> {
    let children: Dirent<Buffer>[]
    try {
      children = readdirSync(abs(rel), { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      unreadable(rel, error)
      return
    }
    if (selection.gitignore) {
      const gitignore = children.find((d) => d.name.equals(GITIGNORE) && d.isFile())
      if (gitignore) {
        try {
          const rules = ignore().add(readFileSync(abs(joinBytes(rel, GITIGNORE)), 'utf8'))
          scopes = [...scopes, { base: relText, rules }]
        } catch (error) {
          unreadable(joinBytes(rel, GITIGNORE), error)
        }
      }
    }
    sortChildren(children)
    // Names by collision key; a second name under a key is a collision (rare: keep it cheap otherwise).
    const seen = new Map<string, Buffer>()
    let collisions: Map<string, Buffer[]> | undefined
    // This loop runs once per name in the tree: it builds text paths by concatenation and a
    // Buffer path only for what is kept.
    for (const child of children) {
      const name = child.name
      if (defaultExcluded(name)) continue
      const encodedName = encodePath(name)
      const nameText = encodedName.path
      const childUtf8 = relUtf8 && encodedName.pathBytes === undefined
      const childText = relText === '' ? nameText : relText + '/' + nameText
      const isDir = child.isDirectory()
      if (isExcluded(childText) || excludedFiles.has(childText)) continue
      if (selection.gitignore && ignoredByGit(scopes, childText, isDir)) continue
      const key = collisionKey(nameText)
      const first = seen.get(key)
      if (first === undefined) seen.set(key, name)
      else {
        collisions ??= new Map()
        collisions.set(key, [...(collisions.get(key) ?? [first]), name])
      }
      if (isDir) yield* visitDir(joinBytes(rel, name), childText, childUtf8, scopes)
      else if (isIncluded(childText)) {
        const childRel = joinBytes(rel, name)
        yield { rel: childRel, path: childUtf8 ? { path: childText } : encodePath(childRel), kind: kindOf(child) }
      }
    }
    for (const group of collisions?.values() ?? []) findings.push(collision(rel, group))
  }

  function* walkPaths(): Generator<WalkedEntry> {
    for (const rel of paths) {
      let stats: Stats
      try {
        stats = lstatSync(abs(rel))
      } catch (error) {
        unreadable(rel, error)
        continue
      }
      const path = encodePath(rel)
      if (stats.isDirectory()) yield* visitDir(rel, path.path, path.pathBytes === undefined, [])
      else yield { rel, path, kind: kindOf(stats) }
    }
  }
  return { entries: walkPaths(), findings }
}

/**
 * Byte order, without the duplicates that overlapping paths (`src` and `src/a.ts`) produce. The
 * walk of one path is already in order, so this is one pass unless several were given.
 */
export function sortEntries<T extends { rel: Buffer }>(entries: T[]): T[] {
  let sorted = true
  for (let i = 1; i < entries.length && sorted; i++) sorted = compareBytes(entries[i - 1]!.rel, entries[i]!.rel) < 0
  if (sorted) return entries
  entries.sort((a, b) => compareBytes(a.rel, b.rel))
  return entries.filter((e, i) => i === 0 || !e.rel.equals(entries[i - 1]!.rel))
}

/**
 * Orders a directory's children so that a depth-first walk yields full paths in byte order: a
 * directory sorts as its name followed by "/" (so "a-b" < "a.txt" < "a/x"), as git orders its index.
 */
function sortChildren(children: Dirent<Buffer>[]): void {
  const key = (d: Dirent<Buffer>) => (d.isDirectory() ? Buffer.concat([d.name, SLASH]) : d.name)
  const keyed = children.map((d) => ({ d, k: key(d) }))
  keyed.sort((a, b) => compareBytes(a.k, b.k))
  for (let i = 0; i < keyed.length; i++) children[i] = keyed[i]!.d
}

const GITIGNORE = Buffer.from('.gitignore')
const SLASH = Buffer.from('/')
const DOT_GIT = Buffer.from('.git')
const NODE_MODULES = Buffer.from('node_modules')

function collision(dir: Buffer, group: Buffer[]): Finding {
  const names = group.map((name) => encodePath(joinBytes(dir, name)).path).sort()
  return createFinding(INTEGRITY_RULES.nameCollision, {
    message: `${names.map((n) => JSON.stringify(n)).join(' and ')} differ only by case or Unicode normalisation and become one file on macOS and Windows`,
    location: { path: names[0]! },
    identity: names,
  })
}

/** Dirent and Stats answer the same questions; a walked name and a given path classify alike. */
function kindOf(d: Dirent<Buffer> | Stats): EntryKind {
  if (d.isFile()) return 'file'
  if (d.isSymbolicLink()) return 'symlink'
  if (d.isFIFO()) return 'fifo'
  if (d.isSocket()) return 'socket'
  if (d.isCharacterDevice()) return 'char-device'
  return 'block-device'
}
