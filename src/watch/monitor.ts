import { chmodSync, constants, copyFileSync, lstatSync, readlinkSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { osReason } from '../errors.ts'
import { makeDirectory } from '../io/make-directory.ts'
import { formatMode } from '../integrity/archive.ts'
import { walkedPaths, type Manifest } from '../integrity/manifest.ts'
import { isWithin, type FsPath } from '../integrity/names.ts'
import { takeSnapshot, type ManifestEntry } from '../integrity/snapshot.ts'
import { entryFsPath, selectionFilter, underRoot } from '../integrity/walk.ts'
import type { Alerter } from './alerts.ts'
import type { EventLog, LogEvent } from './event-log.ts'
import { verifiedStored } from './store.ts'
import type { ChangeWatcher, WatchHandlers } from './watcher.ts'

/** Changes against the manifest: each alerts. */
/** `finding`: what a walk reports beyond a difference (a symlink leaving the root, a name collision). */
export const CHANGE_KINDS = ['created', 'modified', 'deleted', 'renamed', 'mode-changed', 'type-changed', 'retargeted', 'unreadable', 'finding'] as const
/** What the monitor did or saw return to the manifest's state: logged, never alerted. */
export type NoticeKind = 'reverted' | 'removed' | 'restored' | 'restore-failed' | 'quarantined' | 'quarantine-failed'

export interface MonitorOptions {
  root: string
  manifest: Manifest
  log: EventLog
  alerter: Alerter
  /** Put back the manifest's bytes from this content-addressed store; what was there goes to evidence. */
  restore?: { store: string; evidence: string }
  /** Move files the manifest does not list here, with their metadata beside them. */
  quarantine?: string
  /** What to do for a changed path: the first rule that matches decides; otherwise `defaults` (--restore, --quarantine). */
  rules: PathRule[]
  defaults: { restore: boolean; quarantine: boolean }
  /** Root-relative directories and files the monitor itself writes (store, quarantine, log): never watched. */
  own: string[]
  /** Quiet time after the last event before a batch is checked, and the longest a batch waits. */
  debounceMs: number
  maxWaitMs: number
  /** A full rescan this often: the net for events the watcher missed. */
  intervalMs: number
  startWatcher(handlers: WatchHandlers): ChangeWatcher
}

/** A watch rule of the config, compiled: alert only, put the tree back, or quarantine new files. */
export interface PathRule {
  matches(path: string): boolean
  action: 'alert' | 'restore' | 'quarantine'
}

/** What the monitor counts, for the report at the end. */
export interface MonitorStats {
  batches: number
  rescans: number
  changes: number
}

/**
 * Watches a tree against its manifest. Filesystem events are only hints: every path they name is
 * stat'ed and hashed again and compared with the manifest, and anything that makes the events
 * untrustworthy (no file name, a watcher error) turns into a full rescan, as does a timer. A
 * change is reported once, when the observed state of a path changes, not at every rescan.
 */
export class Monitor {
  readonly #o: MonitorOptions
  readonly #expected: Map<string, ManifestEntry>
  /** The last state seen of each present path (absent paths are not in the map). */
  readonly #seen: Map<string, ManifestEntry>
  /** The manifest's paths, as walks take them. */
  readonly #paths: string[]
  readonly #selected: (rel: string, isDir: boolean) => boolean
  readonly #hints = new Set<string>()
  #rescanAll = false
  #timer: NodeJS.Timeout | undefined
  #firstHintAt = 0
  #interval: NodeJS.Timeout | undefined
  #running: Promise<void> = Promise.resolve()
  #watcher: ChangeWatcher | undefined
  #closed = false
  #quarantined = 0
  readonly stats: MonitorStats = { changes: 0, rescans: 0, batches: 0 }

  constructor(options: MonitorOptions) {
    this.#o = options
    this.#expected = new Map(options.manifest.entries.map((e) => [e.path, e]))
    // Until the startup scan, the tree is taken to be as the manifest says: the scan reports where it is not.
    this.#seen = new Map(this.#expected)
    this.#paths = walkedPaths(options.manifest)
    this.#selected = selectionFilter(options.root, this.#paths, options.manifest.selection)
  }

  /** The watcher starts before the startup scan, so no change between the two is lost. */
  async start(): Promise<void> {
    this.#watcher = this.#o.startWatcher({
      onHint: (rel) => this.#hint(rel),
      onTrouble: (reason) => {
        this.#o.log.append({ kind: 'watch-error', reason })
        this.#hint(undefined)
      },
      // Only directories a walk of the manifest's paths would enter, and their ancestors.
      skipDir: (rel) => this.#isOwn(rel) || (!this.#selected(rel, true) && !this.#leadsToSelection(rel)),
    })
    await this.#enqueue(() => this.#check(undefined))
    this.#o.log.append({ kind: 'ready', root: this.#o.root, entries: this.#expected.size, directories: this.#watcher.directories, treeDigest: this.#o.manifest.treeDigest })
    if (this.#o.intervalMs > 0) this.#interval = setInterval(() => this.#hint(undefined), this.#o.intervalMs)
  }

  /** Stops watching, finishes the batch under way, and checks what is still pending once more. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#watcher?.close()
    clearInterval(this.#interval)
    clearTimeout(this.#timer)
    await this.#running
    if (this.#hints.size || this.#rescanAll) await this.#flush()
  }

  #hint(rel: string | undefined): void {
    if (this.#closed) return
    if (rel === undefined) this.#rescanAll = true
    else if (!this.#isOwn(rel)) this.#hints.add(rel)
    else return
    const now = Date.now()
    if (!this.#timer) this.#firstHintAt = now
    clearTimeout(this.#timer)
    // Debounced, but a steady stream of events cannot postpone the check for ever.
    const wait = Math.max(0, Math.min(this.#o.debounceMs, this.#firstHintAt + this.#o.maxWaitMs - now))
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.#enqueue(() => this.#flush())
    }, wait)
  }

  /** An ancestor of one of the manifest's paths (watched so that path's own creation is seen). */
  #leadsToSelection(rel: string): boolean {
    return this.#paths.some((p) => p !== rel && isWithin(p, rel))
  }

  #isOwn(rel: string): boolean {
    return this.#o.own.some((own) => isWithin(rel, own))
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    this.#running = this.#running.then(work).catch((error: unknown) => {
      this.#o.log.append({ kind: 'monitor-error', reason: (error as Error).message })
    })
    return this.#running
  }

  async #flush(): Promise<void> {
    const all = this.#rescanAll
    const hints = [...this.#hints]
    this.#rescanAll = false
    this.#hints.clear()
    if (!all && !hints.length) return
    await this.#check(all ? undefined : hints)
  }

  /** Checks the given paths (and what lies under them), or the whole tree: re-stat, re-hash, compare. */
  async #check(hints: string[] | undefined): Promise<void> {
    const paths = hints ? collapse(hints) : this.#paths
    if (hints) this.stats.batches++
    else this.stats.rescans++
    const present: string[] = []
    for (const rel of paths) {
      let isDir: boolean
      try {
        isDir = lstatSync(underRoot(this.#o.root, rel)).isDirectory()
      } catch {
        continue // Gone: what was seen under it is compared as absent below.
      }
      if (rel === '' || this.#selected(rel, isDir)) present.push(rel)
    }
    const snapshot = await takeSnapshot({
      root: this.#o.root,
      paths: present,
      selection: this.#o.manifest.selection,
      algorithm: this.#o.manifest.algorithm,
      // A few hinted files hash faster here than a pool starts; a rescan uses the pool.
      ...(hints && { threads: 1 }),
    })
    const now = new Map(snapshot.entries.filter((e) => !this.#isOwn(e.path)).map((e) => [e.path, e]))
    const inScope = (path: string) => paths.some((p) => isWithin(path, p))
    const affected = new Set<string>(now.keys())
    for (const path of this.#seen.keys()) if (inScope(path)) affected.add(path)
    if (!hints) for (const path of this.#expected.keys()) affected.add(path)

    const changes: LogEvent[] = []
    const deleted = new Map<string, ManifestEntry>()
    const created = new Map<string, ManifestEntry>()
    for (const path of affected) {
      const before = this.#seen.get(path)
      const after = now.get(path)
      if (sameState(before, after)) continue
      if (after) this.#seen.set(path, after)
      else this.#seen.delete(path)
      const event = classify(path, this.#expected.get(path), after)
      if (!event) continue
      if (event.kind === 'deleted' && this.#expected.get(path)?.digest) deleted.set(path, this.#expected.get(path)!)
      else if (event.kind === 'created' && after?.digest) created.set(path, after)
      else changes.push(event)
    }
    // A deletion and a creation of the same content in one batch are a rename. Indexed by digest:
    // a directory of 50,000 files moved is 50,000 of each.
    const createdByDigest = new Map<string, string[]>()
    for (const [path, entry] of created) {
      const sameContent = createdByDigest.get(entry.digest!)
      if (sameContent) sameContent.push(path)
      else createdByDigest.set(entry.digest!, [path])
    }
    for (const [from, entry] of deleted) {
      const to = createdByDigest.get(entry.digest!)?.shift()
      if (to !== undefined) {
        created.delete(to)
        changes.push({ kind: 'renamed', path: to, from, digest: entry.digest })
      } else changes.push(classify(from, entry, undefined)!)
    }
    for (const [path, entry] of created) changes.push(classify(path, undefined, entry)!)
    for (const finding of snapshot.findings)
      changes.push({ kind: finding.ruleId === 'integrity/unreadable' ? 'unreadable' : 'finding', path: finding.location?.path, ruleId: finding.ruleId, message: finding.message })

    const alerting = changes.filter((c) => (CHANGE_KINDS as readonly string[]).includes(c.kind))
    this.stats.changes += alerting.length
    for (const change of changes) this.#o.log.append(change)
    this.#o.alerter.add(alerting.map((c) => ({ kind: c.kind, ...(c.path !== undefined && { path: c.path }) })))
    for (const change of alerting) this.#act(change)
  }

  /** Restore or quarantine, as configured; every outcome is logged. */
  #act(change: LogEvent): void {
    const path = change.path
    if (path === undefined) return
    if (change.kind === 'renamed') {
      this.#act({ kind: 'deleted', path: change.from as string })
      this.#act({ kind: 'created', path })
      return
    }
    const expected = this.#expected.get(path)
    const rule = this.#o.rules.find((r) => r.matches(path))
    // Without a rule, --restore and --quarantine apply as given; "restore" puts the whole tree back.
    const restore = rule ? rule.action === 'restore' : this.#o.defaults.restore
    const quarantine = rule ? rule.action !== 'alert' : this.#o.defaults.quarantine
    if (restore && this.#o.restore && expected && change.kind !== 'created' && change.kind !== 'unreadable' && change.kind !== 'finding') this.#restore(path, expected, this.#o.restore)
    else if (quarantine && this.#o.quarantine && change.kind === 'created') this.#quarantine(path, this.#o.quarantine)
  }

  #restore(path: string, expected: ManifestEntry, restore: NonNullable<MonitorOptions['restore']>): void {
    const target = entryFsPath(this.#o.root, expected)
    if (!parentsAreDirectories(this.#o.root, path)) return void this.#o.log.append({ kind: 'restore-failed', path, reason: OUTSIDE })
    try {
      if (expected.type === 'file' && expected.digest) {
        const stored = verifiedStored(restore.store, this.#o.manifest.algorithm, expected.digest)
        if (!stored) return void this.#o.log.append({ kind: 'restore-failed', path, reason: `the store has no intact copy of ${expected.digest}` })
        const evidence = this.#setAside(target, path, restore.evidence)
        // Copied beside the target, then renamed over it: never written through whatever is there now.
        makeDirectory(dirname(target.toString()))
        const temporary = join(dirname(target.toString()), `.chainseal-restore-${process.pid}-${Date.now()}`)
        copyFileSync(stored, temporary, constants.COPYFILE_EXCL)
        chmodSync(temporary, Number.parseInt(expected.mode, 8))
        renameSync(temporary, target)
        this.#o.log.append({ kind: 'restored', path, digest: expected.digest, ...(evidence && { evidence }) })
      } else if (expected.type === 'symlink' && expected.target !== undefined) {
        const evidence = this.#setAside(target, path, restore.evidence)
        symlinkSync(expected.targetBytes !== undefined ? Buffer.from(expected.targetBytes, 'base64') : expected.target, target)
        this.#o.log.append({ kind: 'restored', path, target: expected.target, ...(evidence && { evidence }) })
      } else this.#o.log.append({ kind: 'restore-failed', path, reason: `a ${expected.type} cannot be restored` })
    } catch (error) {
      this.#o.log.append({ kind: 'restore-failed', path, reason: osReason(error) })
    }
  }

  /** Moves what is at the path now into the evidence directory, if anything is; returns where. */
  #setAside(target: FsPath, path: string, evidenceDir: string): string | undefined {
    try {
      lstatSync(target)
    } catch {
      return undefined
    }
    makeDirectory(evidenceDir, 0o700)
    const evidence = join(evidenceDir, `${fileStamp()}-${basename(path)}`)
    moveAside(target, evidence)
    return evidence
  }

  #quarantine(path: string, dir: string): void {
    const source = underRoot(this.#o.root, path)
    if (!parentsAreDirectories(this.#o.root, path)) return void this.#o.log.append({ kind: 'quarantine-failed', path, reason: OUTSIDE })
    try {
      const stats = lstatSync(source)
      if (stats.isDirectory()) return
      makeDirectory(dir, 0o700)
      const to = join(dir, `${fileStamp()}-${++this.#quarantined}-${basename(path)}`)
      const seen = this.#seen.get(path)
      writeFileSync(
        `${to}.json`,
        JSON.stringify({ path, size: stats.size, mode: formatMode(stats.mode & 0o7777), uid: stats.uid, gid: stats.gid, mtime: stats.mtime.toISOString(), digest: seen?.digest, target: stats.isSymbolicLink() ? readlinkSync(source, 'utf8') : undefined, quarantinedAt: new Date().toISOString() }, null, 2),
        { mode: 0o600 },
      )
      moveAside(source, to)
      this.#o.log.append({ kind: 'quarantined', path, to })
    } catch (error) {
      this.#o.log.append({ kind: 'quarantine-failed', path, reason: osReason(error) })
    }
  }
}

const OUTSIDE = 'a directory above it is a symlink or not a directory: acting there could reach outside the root'

/**
 * Whether every directory between the root and the path is a real directory (or absent, to be
 * created as one): a directory swapped for a symlink would carry a restore's write, or a
 * quarantine's move, outside the root.
 */
function parentsAreDirectories(root: string, path: string): boolean {
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) {
    try {
      if (!lstatSync(underRoot(root, parts.slice(0, i).join('/'))).isDirectory()) return false
    } catch {
      return true
    }
  }
  return true
}

/** The time now, as evidence and quarantine file names start: sortable, and no ':' or '.'. */
function fileStamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

/** rename(2), or copy and unlink across filesystems. */
function moveAside(from: FsPath, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to)
    else copyFileSync(from, to, constants.COPYFILE_EXCL)
    unlinkSync(from)
  }
}

/** Hinted paths without those under another hinted path. */
function collapse(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort()
  const kept: string[] = []
  for (const path of sorted) if (!kept.some((k) => isWithin(path, k))) kept.push(path)
  return kept
}

function sameState(a: ManifestEntry | undefined, b: ManifestEntry | undefined): boolean {
  if (!a || !b) return a === b
  return a.type === b.type && a.digest === b.digest && a.mode === b.mode && a.target === b.target && a.targetBytes === b.targetBytes
}

function describe(entry: ManifestEntry) {
  return { type: entry.type, ...(entry.digest && { digest: entry.digest }), ...(entry.size !== undefined && { size: entry.size }), mode: entry.mode, ...(entry.target !== undefined && { target: entry.target }) }
}

/** The event a path's new state is, against what the manifest lists there. */
function classify(path: string, expected: ManifestEntry | undefined, after: ManifestEntry | undefined): LogEvent | undefined {
  if (!after) return expected ? { kind: 'deleted', path, expected: describe(expected) } : { kind: 'removed', path }
  if (!expected) return { kind: 'created', path, found: describe(after) }
  if (sameState(expected, after)) return { kind: 'reverted', path }
  const kind = expected.type !== after.type ? 'type-changed' : expected.digest !== after.digest ? 'modified' : expected.target !== after.target || expected.targetBytes !== after.targetBytes ? 'retargeted' : 'mode-changed'
  return { kind, path, expected: describe(expected), found: describe(after) }
}
