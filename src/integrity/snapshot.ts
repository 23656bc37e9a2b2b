import { createHash, type Hash } from 'node:crypto'
import { lstatSync, readlinkSync } from 'node:fs'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { archiveMemberFindings, formatMode, hashArchive, isArchiveName, linkEscapes, type ArchiveDigest, type ArchiveMember } from './archive.ts'
import type { Algorithm, FileDigest } from './digest.ts'
import { HashPool, type HashWorkers } from './hash-pool.ts'
import { encodePath, type EncodedPath, type FsPath } from './names.ts'
import { INTEGRITY_RULES } from './rules.ts'
import { sortEntries, underRoot, walkTree, type EntryKind, type SelectionOptions, type WalkedEntry } from './walk.ts'

/** One entry of a manifest: what a file, symlink or special file is, without any time. */
export interface ManifestEntry extends EncodedPath {
  type: EntryKind
  size?: number
  mode: string
  digest?: string
  target?: string
  targetBytes?: string
  members?: ArchiveMember[]
}

export interface SnapshotProgress {
  phase: 'walk' | 'hash'
  files: number
  totalFiles: number
  bytes: number
}

export interface SnapshotOptions {
  root: string
  paths: readonly FsPath[]
  selection: SelectionOptions
  algorithm: Algorithm
  threads?: number
  /** Hash workers already started (see HashWorkers); the snapshot ends them. */
  workers?: HashWorkers
  onProgress?: (progress: SnapshotProgress) => void
}

export interface Snapshot {
  entries: ManifestEntry[]
  findings: Finding[]
  treeDigest: string
}

/** Archives are streamed on the main thread while the pool hashes plain files; two at once keep the disk busy. */
const ARCHIVE_CONCURRENCY = 2
/** How long the walk may run before worker messages get a turn (milliseconds). */
const YIELD_EVERY_MS = 5

/**
 * A walked entry waiting for its digest: its `slot` in the pool for a plain file, an archive's
 * result once streamed. The walked object itself carries them: one object per file, not two.
 */
interface Pending extends WalkedEntry {
  slot: number
  archive?: ArchiveDigest
}

/**
 * Describes the tree under `root` as manifest entries in byte order, with the findings met on the
 * way (unreadable files, files that changed while read, escaping symlinks, name collisions, unsafe
 * archive members). `manifest` records it; `verify` compares it with a recorded one.
 *
 * The work overlaps: plain files go to the worker pool as the walk meets them, archives are
 * streamed here, and while the workers hash, this thread turns finished digests into entries (in
 * order) and feeds the tree digest, so little is left to do when the last file is hashed.
 */
export async function takeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const { root, algorithm } = options
  const abs = (rel: FsPath) => underRoot(root, rel)
  const progress: SnapshotProgress = { phase: 'walk', files: 0, totalFiles: 0, bytes: 0 }
  let plainDone = { files: 0, bytes: 0 }
  let archiveDone = { files: 0, bytes: 0 }
  const report = () => {
    progress.files = plainDone.files + archiveDone.files
    progress.bytes = plainDone.bytes + archiveDone.bytes
    options.onProgress?.({ ...progress })
  }
  let assembler: Assembler | undefined
  const pool = new HashPool(algorithm, root, {
    ...(options.threads !== undefined && { threads: options.threads }),
    ...(options.workers && { workers: options.workers }),
    onProgress: (p) => {
      plainDone = { ...p }
      report()
      assembler?.advance()
    },
  })

  const walk = walkTree(root, options.paths, options.selection)
  const pending: Pending[] = []
  const archives: Pending[] = []
  let lastYield = performance.now()
  for (const walked of walk.entries) {
    const item = walked as Pending
    item.slot = -1
    if (item.kind === 'file') {
      progress.totalFiles++
      if (isArchiveName(item.path.path)) archives.push(item)
      else item.slot = pool.add(item.rel)
    }
    pending.push(item)
    if ((pending.length & 255) === 0 && performance.now() - lastYield > YIELD_EVERY_MS) {
      await pool.yield()
      report()
      lastYield = performance.now()
    }
  }
  progress.phase = 'hash'
  report()

  assembler = new Assembler(sortEntries(pending), walk.findings, algorithm, abs, (slot) => pool.take(slot))
  await Promise.all([
    pool.finish(),
    mapConcurrent(archives, ARCHIVE_CONCURRENCY, async (item) => {
      item.archive = await hashArchive(abs(item.rel), algorithm)
      archiveDone = { files: archiveDone.files + 1, bytes: archiveDone.bytes + (item.archive.whole.ok ? item.archive.whole.size : 0) }
      report()
      assembler!.advance()
    }),
  ])
  return assembler.finish()
}

/** Turns pending entries into manifest entries, in order, as far as their digests are in. */
class Assembler {
  readonly #order: (Pending | undefined)[]
  readonly #findings: Finding[]
  readonly #abs: (rel: FsPath) => FsPath
  readonly #take: (slot: number) => FileDigest | undefined
  readonly #digest: TreeDigest
  readonly #entries: ManifestEntry[] = []
  #cursor = 0

  constructor(order: Pending[], findings: Finding[], algorithm: Algorithm, abs: (rel: FsPath) => FsPath, take: (slot: number) => FileDigest | undefined) {
    this.#order = order
    this.#findings = findings
    this.#abs = abs
    this.#take = take
    this.#digest = new TreeDigest(algorithm)
  }

  advance(): void {
    while (this.#cursor < this.#order.length) {
      const item = this.#order[this.#cursor]!
      if (item.kind === 'file') {
        const whole = item.slot >= 0 ? this.#take(item.slot) : item.archive?.whole
        if (!whole) return
        this.#file(item, whole)
      } else {
        this.#other(item)
      }
      // What is assembled is let go: a 200,000-file tree must not hold two copies of itself.
      this.#order[this.#cursor++] = undefined
    }
  }

  finish(): Snapshot {
    this.advance()
    return { entries: this.#entries, findings: this.#findings, treeDigest: this.#digest.value() }
  }

  #push(entry: ManifestEntry): void {
    this.#entries.push(entry)
    // Not kept for writing the manifest: on 200,000 files that would cost ~40 MB to save ~50 ms.
    this.#digest.add(canonicalJson(entry))
  }

  #unreadable(location: { path: string }, reason: string): void {
    this.#findings.push(createFinding(INTEGRITY_RULES.unreadable, { message: `could not be read (${reason}); it is not covered`, location }))
  }

  #file(item: Pending, whole: FileDigest): void {
    const named = item.path
    const location = { path: named.path }
    if (!whole.ok) return this.#unreadable(location, whole.reason)
    if (whole.changed)
      this.#findings.push(
        createFinding(INTEGRITY_RULES.changedWhileHashing, {
          message: `changed while it was hashed (${whole.changed}); hash it again once it is stable`,
          location,
        }),
      )
    // Fields in RFC 8785 key order: see canonicalJson.
    const mode = formatMode(whole.mode)
    const members = item.archive?.members
    this.#push(
      members
        ? { digest: whole.digest, members, mode, ...named, size: whole.size, type: 'file' }
        : { digest: whole.digest, mode, ...named, size: whole.size, type: 'file' },
    )
    if (members) this.#findings.push(...archiveMemberFindings(named.path, members))
    else if (item.archive?.error)
      this.#findings.push(
        createFinding(INTEGRITY_RULES.archiveUnreadable, {
          message: `is named like a tar archive but could not be parsed (${item.archive.error}); only its whole digest is recorded`,
          location,
        }),
      )
  }

  /** Symlinks and special files: their metadata, never their content. */
  #other(walked: WalkedEntry): void {
    const named = walked.path
    const location = { path: named.path }
    let mode: string
    let target: Buffer | undefined
    try {
      mode = formatMode(lstatSync(this.#abs(walked.rel)).mode & 0o7777)
      if (walked.kind === 'symlink') target = readlinkSync(this.#abs(walked.rel), { encoding: 'buffer' })
    } catch (error) {
      return this.#unreadable(location, osReason(error))
    }
    if (!target) return this.#push({ mode, ...named, type: walked.kind })
    const encoded = encodePath(target)
    this.#push(
      encoded.pathBytes === undefined
        ? { mode, ...named, target: encoded.path, type: 'symlink' }
        : { mode, ...named, target: encoded.path, targetBytes: encoded.pathBytes, type: 'symlink' },
    )
    if (linkEscapes(named.path, encoded.path))
      this.#findings.push(
        createFinding(INTEGRITY_RULES.symlinkEscape, {
          message: `points to ${JSON.stringify(encoded.path)}, outside the root; it is recorded, never followed`,
          location,
          identity: [encoded.path],
        }),
      )
  }
}

/**
 * One digest for a whole tree: the hash of the RFC 8785 canonical JSON of the entries array. The
 * array is canonicalised entry by entry (`[` e1 `,` e2 … `]`, as RFC 8785 serialises arrays) so no
 * single string of the whole tree is built. Times are not in entries, so they never move it.
 */
export class TreeDigest {
  readonly #algorithm: Algorithm
  readonly #hash: Hash
  #chunk = '['
  #count = 0

  constructor(algorithm: Algorithm) {
    this.#algorithm = algorithm
    this.#hash = createHash(algorithm)
  }

  /** Adds the next entry, as canonicalJson wrote it. */
  add(json: string): void {
    this.#chunk += (this.#count++ > 0 ? ',' : '') + json
    if (this.#chunk.length > 1 << 16) {
      this.#hash.update(this.#chunk)
      this.#chunk = ''
    }
  }

  value(): string {
    return `${this.#algorithm}:${this.#hash.update(this.#chunk + ']').digest('hex')}`
  }
}

export function treeDigest(entries: readonly ManifestEntry[], algorithm: Algorithm): string {
  const digest = new TreeDigest(algorithm)
  for (const entry of entries) digest.add(canonicalJson(entry))
  return digest.value()
}

/**
 * RFC 8785 text of an entry. Entries (and archive members) are built with their keys in RFC 8785
 * order (digest, members, mode, path, pathBytes, size, target, targetBytes, type), and for objects
 * of strings and integers in that order JSON.stringify writes exactly the canonical text, at a
 * fraction of a general canonicaliser's cost; the tests hold it to the `canonicalize` library.
 */
export function canonicalJson(entry: ManifestEntry): string {
  return JSON.stringify(entry)
}

async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  })
  await Promise.all(lanes)
  return results
}
