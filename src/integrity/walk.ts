import { isUtf8 } from 'node:buffer'
import { lstatSync, readFileSync, readdirSync, type Dirent, type Stats } from 'node:fs'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { collisionKey, compareAsUtf8, compareBytes, comparePaths, encodeFsPath, encodePath, isWithin, joinPath, pathBytes, type EncodedPath, type FsPath } from './names.ts'
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
  rel: FsPath
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

/** A directory's child, named as text when it can be and as bytes when not. */
interface Child {
  name: FsPath
  text: string
  dirent: Dirent<string> | Dirent<Buffer>
  isDir: boolean
}

/** `root` + `/` + a root-relative path ('' is the root itself). */
export function underRoot(root: string, rel: FsPath): FsPath {
  if (typeof rel === 'string') return rel === '' ? root : root + '/' + rel
  return rel.length === 0 ? root : Buffer.concat([Buffer.from(root + '/'), rel])
}

/** Where a manifest entry is on disk: by its exact bytes when its name is not UTF-8. */
export function entryFsPath(root: string, entry: EncodedPath): FsPath {
  return underRoot(root, entry.pathBytes !== undefined ? pathBytes(entry) : entry.path)
}

/**
 * Lists the entries under `paths` (root-relative; '' for the root itself). Names are read as text
 * and, in a directory where one is not valid UTF-8, again as bytes, so every name survives exactly;
 * symlinks are listed, never followed, so link loops cannot trap the walk; special files are
 * listed, never opened. A directory that cannot be read is a finding, not a silent gap.
 */
export function walkTree(root: string, paths: readonly FsPath[], selection: SelectionOptions): Walk {
  const rules = selectionRules(selection)
  const findings: Finding[] = []

  const unreadable = (rel: FsPath, error: unknown) =>
    findings.push(
      createFinding(INTEGRITY_RULES.unreadable, {
        message: `could not be read (${osReason(error)}); it is not covered`,
        location: { path: encodeFsPath(rel).path },
      }),
    )

  // A generator, so the caller can start hashing the first files while the walk goes on.
  function* visitDir(rel: FsPath, relText: string, scopes: IgnoreScope[]): Generator<WalkedEntry> {
    let children: Child[]
    try {
      children = readChildren(underRoot(root, rel), typeof rel === 'string')
    } catch (error) {
      unreadable(rel, error)
      return
    }
    if (selection.gitignore) {
      const gitignore = children.find((c) => c.text === '.gitignore' && c.dirent.isFile())
      if (gitignore) {
        const path = joinPath(rel, gitignore.name)
        try {
          scopes = [...scopes, { base: relText, rules: ignore().add(readFileSync(underRoot(root, path), 'utf8')) }]
        } catch (error) {
          unreadable(path, error)
        }
      }
    }
    // Names by collision key; a second name under a key is a collision (rare: keep it cheap otherwise).
    const seen = new Map<string, string>()
    let collisions: Map<string, string[]> | undefined
    for (const child of children) {
      if (rules.defaultExcluded(child.text)) continue
      const childText = relText === '' ? child.text : relText + '/' + child.text
      if (rules.excluded(childText)) continue
      if (selection.gitignore && ignoredByGit(scopes, childText, child.isDir)) continue
      const key = collisionKey(child.text)
      const first = seen.get(key)
      if (first === undefined) seen.set(key, childText)
      else {
        collisions ??= new Map()
        collisions.set(key, [...(collisions.get(key) ?? [first]), childText])
      }
      const childRel = joinPath(rel, child.name)
      if (child.isDir) yield* visitDir(childRel, childText, scopes)
      else if (rules.included(childText)) yield { rel: childRel, path: typeof childRel === 'string' ? { path: childRel } : encodePath(childRel), kind: kindOf(child.dirent) }
    }
    for (const group of collisions?.values() ?? []) findings.push(collision(group))
  }

  function* walkPaths(): Generator<WalkedEntry> {
    for (const rel of paths) {
      let stats: Stats
      try {
        stats = lstatSync(underRoot(root, rel))
      } catch (error) {
        unreadable(rel, error)
        continue
      }
      const path = encodeFsPath(rel)
      // The rules of .gitignore files above a given path apply inside it too, as git applies them.
      if (stats.isDirectory()) yield* visitDir(rel, path.path, selection.gitignore ? ancestorScopes(root, path.path) : [])
      else yield { rel, path, kind: kindOf(stats) }
    }
  }
  return { entries: walkPaths(), findings }
}

/** The selection's globs, compiled once. */
function selectionRules(selection: SelectionOptions) {
  const glob = { dot: true }
  const isExcluded = selection.exclude.length ? picomatch(selection.exclude, glob) : () => false
  const excludedFiles = new Set(selection.excludeFiles)
  const isIncluded = selection.include.length ? picomatch(selection.include, glob) : () => true
  return {
    defaultExcluded: (name: string) => selection.defaultExcludes && (name === '.git' || name === 'node_modules'),
    excluded: (text: string) => isExcluded(text) || excludedFiles.has(text),
    included: (text: string) => isIncluded(text),
  }
}

function ignoredByGit(scopes: readonly IgnoreScope[], rel: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const { base, rules } = scopes[i]!
    const sub = base === '' ? rel : rel.slice(base.length + 1)
    const verdict = rules.test(isDir ? sub + '/' : sub)
    if (verdict.ignored) return true
    if (verdict.unignored) return false
  }
  return false
}

/** The .gitignore files of the root and of every directory above `rel` (not of `rel` itself). */
function ancestorScopes(root: string, rel: string): IgnoreScope[] {
  const parts = rel === '' ? [] : rel.split('/')
  const scopes: IgnoreScope[] = []
  for (let i = 0; i < parts.length; i++) addScope(scopes, root, parts.slice(0, i).join('/'))
  return scopes
}

/** The .gitignore file of the directory `base` ('' for the root), if it has one, as the innermost scope. */
function addScope(scopes: IgnoreScope[], root: string, base: string): void {
  try {
    scopes.push({ base, rules: ignore().add(readFileSync(underRoot(root, base === '' ? '.gitignore' : `${base}/.gitignore`), 'utf8')) })
  } catch {
    // No .gitignore there (or none readable: the walk reports unreadable ones where it reads them).
  }
}

/**
 * Whether one root-relative path is in the selection a walk from `paths` ('' for the root) would
 * make: for a change seen by a watcher, which names one path and not a walk. Each ancestor is
 * tested as the walk tests the directories it enters.
 */
export function selectionFilter(root: string, paths: readonly string[], selection: SelectionOptions): (rel: string, isDir: boolean) => boolean {
  const rules = selectionRules(selection)
  return (rel, isDir) => {
    const base = paths.find((p) => isWithin(rel, p))
    if (base === undefined) return false
    const parts = rel.split('/')
    const first = base === '' ? 0 : base.split('/').length
    // The .gitignore files above each level: those above the first read once, then one more a level down.
    const scopes: IgnoreScope[] = []
    for (let i = first; i < parts.length; i++) {
      const text = parts.slice(0, i + 1).join('/')
      const dir = i < parts.length - 1 || isDir
      if (rules.defaultExcluded(parts[i]!) || rules.excluded(text)) return false
      if (!selection.gitignore) continue
      if (i === first) scopes.push(...ancestorScopes(root, text))
      else addScope(scopes, root, parts.slice(0, i).join('/'))
      if (ignoredByGit(scopes, text, dir)) return false
    }
    return isDir || rules.included(rel)
  }
}

/**
 * A directory's children in the order that makes a depth-first walk yield full paths in byte
 * order: a directory sorts as its name followed by "/" (so "a-b" < "a.txt" < "a/x"), as git orders
 * its index. Names are read as text; only a directory holding a name that is not UTF-8 (seen as
 * U+FFFD) is read again as bytes, where only those names stay bytes.
 */
function readChildren(dir: FsPath, asText: boolean): Child[] {
  if (asText) {
    const dirents = readdirSync(dir, { withFileTypes: true })
    if (!dirents.some((d) => d.name.includes('\uFFFD'))) {
      const keyed = dirents.map((dirent) => {
        const isDir = dirent.isDirectory()
        return { child: { name: dirent.name, text: dirent.name, dirent, isDir }, key: isDir ? dirent.name + '/' : dirent.name }
      })
      // Below U+D800, UTF-16 order is byte order, and the engine's own comparison is the fast one.
      const plain = !keyed.some((k) => ABOVE_D800.test(k.key))
      keyed.sort(plain ? (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : (a, b) => compareAsUtf8(a.key, b.key))
      return keyed.map((k) => k.child)
    }
  }
  const keyed = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
    const utf8 = asText && isUtf8(dirent.name)
    const text = utf8 ? dirent.name.toString('utf8') : encodePath(dirent.name).path
    const isDir = dirent.isDirectory()
    const child: Child = { name: utf8 ? text : dirent.name, text, dirent, isDir }
    return { child, key: isDir ? Buffer.concat([dirent.name, SLASH]) : dirent.name }
  })
  return keyed.sort((a, b) => compareBytes(a.key, b.key)).map((k) => k.child)
}

/**
 * Byte order, without the duplicates that overlapping paths (`src` and `src/a.ts`) produce. The
 * walk of one path is already in order, so this is one pass unless several were given.
 */
export function sortEntries<T extends { path: EncodedPath }>(entries: T[]): T[] {
  let sorted = true
  for (let i = 1; i < entries.length && sorted; i++) sorted = comparePaths(entries[i - 1]!.path, entries[i]!.path) < 0
  if (sorted) return entries
  entries.sort((a, b) => comparePaths(a.path, b.path))
  return entries.filter((e, i) => i === 0 || comparePaths(e.path, entries[i - 1]!.path) !== 0)
}

const SLASH = Buffer.from('/')
const ABOVE_D800 = /[\uD800-\uFFFF]/

function collision(group: string[]): Finding {
  const names = [...group].sort()
  return createFinding(INTEGRITY_RULES.nameCollision, {
    message: `${names.map((n) => JSON.stringify(n)).join(' and ')} differ only by case or Unicode normalisation and become one file on macOS and Windows`,
    location: { path: names[0]! },
    identity: names,
  })
}

/** Dirent and Stats answer the same questions; a walked name and a given path classify alike. */
function kindOf(d: Dirent<string> | Dirent<Buffer> | Stats): EntryKind {
  if (d.isFile()) return 'file'
  if (d.isSymbolicLink()) return 'symlink'
  if (d.isFIFO()) return 'fifo'
  if (d.isSocket()) return 'socket'
  if (d.isCharacterDevice()) return 'char-device'
  return 'block-device'
}
