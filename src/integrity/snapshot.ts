import { createHash } from 'node:crypto'
import { lstatSync, readlinkSync } from 'node:fs'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { archiveMemberFindings, formatMode, hashArchive, isArchiveName, linkEscapes, type ArchiveMember } from './archive.ts'
import type { Algorithm, FileDigest } from './digest.ts'
import { HashPool } from './hash-pool.ts'
import { encodePath, joinBytes, type EncodedPath } from './names.ts'
import { INTEGRITY_RULES } from './rules.ts'
import { sortEntries, walkTree, type EntryKind, type SelectionOptions, type WalkedEntry } from './walk.ts'

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
  paths: readonly Buffer[]
  selection: SelectionOptions
  algorithm: Algorithm
  threads?: number
  onProgress?: (progress: SnapshotProgress) => void
}

export interface Snapshot {
  entries: ManifestEntry[]
  findings: Finding[]
}

/** Archives are streamed on the main thread while the pool hashes plain files; two at once keep the disk busy. */
const ARCHIVE_CONCURRENCY = 2
/** How long the walk may run before worker messages get a turn (milliseconds). */
const YIELD_EVERY_MS = 5

/**
 * Describes the tree under `root` as manifest entries in byte order, with the findings met on the
 * way (unreadable files, files that changed while read, escaping symlinks, name collisions, unsafe
 * archive members). `manifest` records it; `verify` compares it with a recorded one.
 *
 * Hashing starts while the walk is still going: plain files go to the worker pool as they are met,
 * archives are streamed here, and entries are sorted and assembled once all digests are in.
 */
export async function takeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const { root, algorithm } = options
  const rootBytes = Buffer.from(root)
  const abs = (rel: Buffer) => joinBytes(rootBytes, rel)
  const progress: SnapshotProgress = { phase: 'walk', files: 0, totalFiles: 0, bytes: 0 }
  let plainDone = { files: 0, bytes: 0 }
  let archiveDone = { files: 0, bytes: 0 }
  const report = () => {
    progress.files = plainDone.files + archiveDone.files
    progress.bytes = plainDone.bytes + archiveDone.bytes
    options.onProgress?.({ ...progress })
  }
  const pool = new HashPool(algorithm, {
    ...(options.threads !== undefined && { threads: options.threads }),
    onProgress: (p) => {
      plainDone = { ...p }
      report()
    },
  })

  const walk = walkTree(root, options.paths, options.selection)
  const walked: WalkedEntry[] = []
  const slots = new Map<WalkedEntry, number>()
  const archives: WalkedEntry[] = []
  let lastYield = performance.now()
  for (const entry of walk.entries) {
    walked.push(entry)
    if (entry.kind === 'file') {
      progress.totalFiles++
      if (isArchiveName(entry.path.path)) archives.push(entry)
      else slots.set(entry, pool.add(abs(entry.rel)))
    }
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await pool.yield()
      report()
      lastYield = performance.now()
    }
  }
  progress.phase = 'hash'
  report()

  const [plainDigests, archiveDigests] = await Promise.all([
    pool.finish(),
    mapConcurrent(archives, ARCHIVE_CONCURRENCY, async (e) => {
      const result = await hashArchive(abs(e.rel), algorithm)
      archiveDone = { files: archiveDone.files + 1, bytes: archiveDone.bytes + (result.whole.ok ? result.whole.size : 0) }
      report()
      return result
    }),
  ])
  const archiveResults = new Map(archives.map((e, i) => [e, archiveDigests[i]!]))

  const findings = walk.findings
  const entries: ManifestEntry[] = []
  for (const walkedEntry of sortEntries(walked)) {
    const named = walkedEntry.path
    const location = { path: named.path }
    const unreadable = (reason: string) =>
      findings.push(createFinding(INTEGRITY_RULES.unreadable, { message: `could not be read (${reason}); it is not covered`, location }))

    if (walkedEntry.kind === 'file') {
      const slot = slots.get(walkedEntry)
      const { whole, members, error } = slot !== undefined ? { whole: plainDigests[slot]!, members: undefined, error: undefined } : archiveResults.get(walkedEntry)!
      if (!whole.ok) {
        unreadable(whole.reason)
        continue
      }
      if (whole.changed)
        findings.push(
          createFinding(INTEGRITY_RULES.changedWhileHashing, {
            message: `changed while it was hashed (${whole.changed}); hash it again once it is stable`,
            location,
          }),
        )
      // Fields in RFC 8785 key order: see canonicalJson.
      const mode = formatMode(whole.mode)
      entries.push(
        members
          ? { digest: whole.digest, members, mode, ...named, size: whole.size, type: 'file' }
          : { digest: whole.digest, mode, ...named, size: whole.size, type: 'file' },
      )
      if (members) findings.push(...archiveMemberFindings(named.path, members))
      else if (error)
        findings.push(
          createFinding(INTEGRITY_RULES.archiveUnreadable, {
            message: `is named like a tar archive but could not be parsed (${error}); only its whole digest is recorded`,
            location,
          }),
        )
      continue
    }

    let mode: string
    let target: Buffer | undefined
    try {
      mode = formatMode(lstatSync(abs(walkedEntry.rel)).mode & 0o7777)
      if (walkedEntry.kind === 'symlink') target = readlinkSync(abs(walkedEntry.rel), { encoding: 'buffer' })
    } catch (error) {
      unreadable(osReason(error))
      continue
    }
    if (!target) {
      entries.push({ mode, ...named, type: walkedEntry.kind })
      continue
    }
    const encoded = encodePath(target)
    entries.push(
      encoded.pathBytes === undefined
        ? { mode, ...named, target: encoded.path, type: 'symlink' }
        : { mode, ...named, target: encoded.path, targetBytes: encoded.pathBytes, type: 'symlink' },
    )
    if (linkEscapes(named.path, encoded.path))
      findings.push(
        createFinding(INTEGRITY_RULES.symlinkEscape, {
          message: `points to ${JSON.stringify(encoded.path)}, outside the root; it is recorded, never followed`,
          location,
          identity: [encoded.path],
        }),
      )
  }
  return { entries, findings }
}

/**
 * One digest for a whole tree: the hash of the RFC 8785 canonical JSON of the entries array. The
 * array is canonicalised entry by entry (`[` e1 `,` e2 … `]`, as RFC 8785 serialises arrays) so no
 * single string of the whole tree is built. Times are not in entries, so they never move it.
 */
export function treeDigest(entries: readonly ManifestEntry[], algorithm: Algorithm): string {
  const hash = createHash(algorithm)
  let chunk = '['
  for (let i = 0; i < entries.length; i++) {
    chunk += (i > 0 ? ',' : '') + canonicalJson(entries[i]!)
    if (chunk.length > 1 << 16) {
      hash.update(chunk)
      chunk = ''
    }
  }
  hash.update(chunk + ']')
  return `${algorithm}:${hash.digest('hex')}`
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
