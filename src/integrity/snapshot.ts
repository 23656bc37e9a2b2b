import { createHash } from 'node:crypto'
import { lstatSync, readlinkSync } from 'node:fs'
import canonicalize from 'canonicalize'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { archiveMemberFindings, formatMode, hashArchive, isArchiveName, linkEscapes, type ArchiveMember } from './archive.ts'
import type { Algorithm, FileDigest } from './digest.ts'
import { hashFiles } from './hash-pool.ts'
import { encodePath, joinBytes, type EncodedPath } from './names.ts'
import { INTEGRITY_RULES } from './rules.ts'
import { walkTree, type EntryKind, type SelectionOptions } from './walk.ts'

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

/**
 * Describes the tree under `root` as manifest entries in byte order, with the findings met on the
 * way (unreadable files, files that changed while read, escaping symlinks, name collisions, unsafe
 * archive members). `manifest` records it; `verify` compares it with a recorded one.
 */
export async function takeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const { root, algorithm } = options
  const rootBytes = Buffer.from(root)
  const walked = walkTree(root, options.paths, options.selection)
  const findings = walked.findings
  const files = walked.entries.filter((e) => e.kind === 'file')
  const progress: SnapshotProgress = { phase: 'hash', files: 0, totalFiles: files.length, bytes: 0 }
  options.onProgress?.({ ...progress, phase: 'walk' })

  const isArchive = files.map((e) => isArchiveName(e.rel.toString('latin1')))
  const plain = files.filter((_, i) => !isArchive[i])
  const archives = files.filter((_, i) => isArchive[i])
  let plainDone = { files: 0, bytes: 0 }
  let archiveDone = { files: 0, bytes: 0 }
  const report = () =>
    options.onProgress?.({
      ...progress,
      files: plainDone.files + archiveDone.files,
      bytes: plainDone.bytes + archiveDone.bytes,
    })

  const abs = (rel: Buffer) => joinBytes(rootBytes, rel)
  const [plainDigests, archiveDigests] = await Promise.all([
    hashFiles(plain.map((e) => abs(e.rel)), algorithm, {
      ...(options.threads !== undefined && { threads: options.threads }),
      onProgress: (p) => {
        plainDone = { ...p }
        report()
      },
    }),
    mapConcurrent(archives, ARCHIVE_CONCURRENCY, async (e) => {
      const result = await hashArchive(abs(e.rel), algorithm)
      archiveDone = { files: archiveDone.files + 1, bytes: archiveDone.bytes + (result.whole.ok ? result.whole.size : 0) }
      report()
      return result
    }),
  ])
  const digests = new Map<Buffer, { whole: FileDigest; members?: ArchiveMember[]; error?: string }>()
  plain.forEach((e, i) => digests.set(e.rel, { whole: plainDigests[i]! }))
  archives.forEach((e, i) => digests.set(e.rel, archiveDigests[i]!))

  const entries: ManifestEntry[] = []
  for (const walkedEntry of walked.entries) {
    const named = encodePath(walkedEntry.rel)
    const location = { path: named.path }
    const unreadable = (reason: string) =>
      findings.push(createFinding(INTEGRITY_RULES.unreadable, { message: `could not be read (${reason}); it is not covered`, location }))

    if (walkedEntry.kind === 'file') {
      const { whole, members, error } = digests.get(walkedEntry.rel)!
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
      const entry: ManifestEntry = { ...named, type: 'file', size: whole.size, mode: formatMode(whole.mode), digest: whole.digest }
      if (members) {
        entry.members = members
        findings.push(...archiveMemberFindings(named.path, members))
      } else if (error) {
        findings.push(
          createFinding(INTEGRITY_RULES.archiveUnreadable, {
            message: `is named like a tar archive but could not be parsed (${error}); only its whole digest is recorded`,
            location,
          }),
        )
      }
      entries.push(entry)
      continue
    }

    let mode: number
    let target: Buffer | undefined
    try {
      mode = lstatSync(abs(walkedEntry.rel)).mode & 0o7777
      if (walkedEntry.kind === 'symlink') target = readlinkSync(abs(walkedEntry.rel), { encoding: 'buffer' })
    } catch (error) {
      unreadable(osReason(error))
      continue
    }
    const entry: ManifestEntry = { ...named, type: walkedEntry.kind, mode: formatMode(mode) }
    if (target) {
      const encoded = encodePath(target)
      entry.target = encoded.path
      if (encoded.pathBytes !== undefined) entry.targetBytes = encoded.pathBytes
      if (linkEscapes(named.path, encoded.path))
        findings.push(
          createFinding(INTEGRITY_RULES.symlinkEscape, {
            message: `points to ${JSON.stringify(encoded.path)}, outside the root; it is recorded, never followed`,
            location,
            identity: [encoded.path],
          }),
        )
    }
    entries.push(entry)
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
  hash.update('[')
  entries.forEach((entry, i) => {
    if (i > 0) hash.update(',')
    hash.update(canonicalize(entry)!)
  })
  hash.update(']')
  return `${algorithm}:${hash.digest('hex')}`
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
