import { lstatSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { READ_BUFFER_SIZE } from '../integrity/digest.ts'
import { comparePaths, isWithin } from '../integrity/names.ts'
import { INTEGRITY_RULES } from '../integrity/rules.ts'
import { treeDigest, type ManifestEntry } from '../integrity/snapshot.ts'
import { entryFsPath, underRoot } from '../integrity/walk.ts'
import { storeFile } from '../watch/store.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import type { Algorithm } from '../integrity/digest.ts'
import { exportManifest, type ExportFormat } from '../integrity/export.ts'
import { createManifest, readManifest, walkedPaths, writeManifest, type Manifest } from '../integrity/manifest.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { givenPath, givenPaths, relativeToRoot, resolveRoot } from '../integrity/root.ts'
import { takeSnapshot, type SnapshotProgress } from '../integrity/snapshot.ts'
import { collectSource } from '../integrity/source.ts'

export interface ExportRequest {
  format: ExportFormat
  /** Where to write it; defaults to the manifest's path with the format as extension. */
  file?: string
}

export interface ManifestCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  paths: string[]
  output: string
  root?: string
  include: string[]
  exclude: string[]
  defaultExcludes: boolean
  gitignore: boolean
  algorithm: Algorithm
  exports: ExportRequest[]
  policy: Policy
  /** Keep a copy of each file, by digest, in this content-addressed store (for `watch --restore`). */
  store?: string
  threads?: number
  onProgress?: (progress: SnapshotProgress) => void
}

export interface ManifestCommandResult {
  report: Report
  manifest: Manifest
  manifestPath: string
}

/** `chainseal manifest`: hash the paths under root into a manifest, written atomically. */
export async function manifestCommand(options: ManifestCommandOptions): Promise<ManifestCommandResult> {
  const root = resolveRoot(options.cwd, options.root)
  const rels = givenPaths(root, options.cwd, options.paths, options.root, 'hashed')
  const manifestPath = resolve(options.cwd, options.output)
  const exports = options.exports.map((e) => ({ format: e.format, path: resolve(options.cwd, e.file ?? `${options.output}.${e.format}`) }))
  // What this command writes must not end up in what it hashes, now or when verified later.
  const excludeFiles = [manifestPath, ...exports.map((e) => e.path), ...(options.store !== undefined ? [resolve(options.cwd, options.store)] : [])]
    .map((p) => relativeToRoot(root, options.cwd, p))
    .filter((p): p is string => p !== undefined && p !== '')
  const selection = {
    include: options.include,
    exclude: options.exclude,
    excludeFiles,
    defaultExcludes: options.defaultExcludes,
    gitignore: options.gitignore,
  }
  const source = collectSource(root, options.env)
  const snapshot = await takeSnapshot({
    root,
    paths: rels,
    selection,
    algorithm: options.algorithm,
    ...(options.threads !== undefined && { threads: options.threads }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  })
  const manifest = createManifest({
    algorithm: options.algorithm,
    paths: [...new Set(rels.map((r) => r || '.'))].sort(),
    selection,
    source: await source,
    entries: snapshot.entries,
    treeDigest: snapshot.treeDigest,
    env: options.env,
  })
  // Exports are rendered first so a bad request (sha256sum of a sha512 manifest) writes nothing.
  const rendered = exports.map((e) => ({ path: e.path, lines: exportManifest(manifest, e.format) }))
  // The store is filled first: a store that cannot be written fails the run before a manifest exists
  // that promises restorable files.
  const stored = options.store !== undefined ? storeEntries(resolve(options.cwd, options.store), root, manifest.algorithm, snapshot.entries) : undefined
  writeManifest(manifestPath, manifest)
  for (const e of rendered) writeFileAtomic(e.path, e.lines)
  const report = buildReport('manifest', [...snapshot.findings, ...(stored?.findings ?? [])], options.policy, {
    files: manifest.summary.files,
    bytes: manifest.summary.bytes,
    treeDigest: manifest.treeDigest,
    manifest: options.output,
    ...(stored && { stored: stored.count }),
  })
  return { report, manifest, manifestPath }
}

export interface UpdateManifestOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** The manifest to re-baseline, rewritten in place (atomically). */
  manifest: string
  paths: string[]
  root?: string
  store?: string
  policy: Policy
}

/**
 * `chainseal manifest --update MANIFEST PATH...`: an authorized change. The entries under the given
 * paths are hashed again and replace what the manifest had there (new files join it, deleted ones
 * leave it); the rest, the selection and the source stay as they were.
 */
export async function updateManifestCommand(options: UpdateManifestOptions): Promise<ManifestCommandResult> {
  const manifestPath = resolve(options.cwd, options.manifest)
  const existing = readManifest(manifestPath, options.manifest)
  const root = resolveRoot(options.cwd, options.root)
  if (!options.paths.length) throw new ChainsealError('usage', `manifest --update ${options.manifest} needs the paths to re-baseline`)
  // Not givenPaths: a path deleted on purpose is one to re-baseline, and no longer exists.
  const rels = options.paths.map((p) => givenPath(root, options.cwd, p, options.root, 're-baselined'))
  const listed = walkedPaths(existing)
  const within = (rel: string, bases: readonly string[]) => bases.some((base) => isWithin(rel, base))
  for (const rel of rels)
    if (!within(rel, listed)) throw new ChainsealError('usage', `${rel || '.'} is outside the paths ${options.manifest} covers (${existing.paths.join(', ')}); create a new manifest to cover it`)
  const present = rels.filter((rel) => exists(underRoot(root, rel)))
  const snapshot = await takeSnapshot({ root, paths: present, selection: existing.selection, algorithm: existing.algorithm })
  const entries = [...existing.entries.filter((e) => !within(e.path, rels)), ...snapshot.entries].sort(comparePaths)
  const manifest = createManifest({ algorithm: existing.algorithm, paths: existing.paths, selection: existing.selection, source: existing.source, entries, treeDigest: treeDigest(entries, existing.algorithm), env: options.env })
  const stored = options.store !== undefined ? storeEntries(resolve(options.cwd, options.store), root, manifest.algorithm, snapshot.entries) : undefined
  writeManifest(manifestPath, manifest)
  // Entries added, removed or different, by what identifies each one's content.
  const content = (e: ManifestEntry) => e.digest ?? e.target ?? e.type
  const before = new Map(existing.entries.filter((e) => within(e.path, rels)).map((e) => [e.path, content(e)]))
  const after = new Map(snapshot.entries.map((e) => [e.path, content(e)]))
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).length
  const report = buildReport('manifest', [...snapshot.findings, ...(stored?.findings ?? [])], options.policy, {
    updated: changed,
    entries: manifest.summary.entries,
    treeDigest: manifest.treeDigest,
    manifest: options.manifest,
    ...(stored && { stored: stored.count }),
  })
  return { report, manifest, manifestPath }
}

/** Whether anything is at the path, a dangling symlink included. */
function exists(path: string | Buffer): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Copies every file entry into the store; a file that changed since it was hashed is a finding, not a copy. */
function storeEntries(store: string, root: string, algorithm: Algorithm, entries: readonly ManifestEntry[]): { count: number; findings: Finding[] } {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)
  const findings: Finding[] = []
  let count = 0
  for (const entry of entries) {
    if (entry.type !== 'file' || !entry.digest) continue
    const source = entryFsPath(root, entry)
    let kept = false
    try {
      kept = storeFile(store, algorithm, entry.digest, source, buffer)
    } catch (error) {
      throw new ChainsealError('io', `cannot write to the store ${store}: ${osReason(error)}`, { cause: error })
    }
    if (kept) count++
    else findings.push(createFinding(INTEGRITY_RULES.changedWhileHashing, { message: 'changed after it was hashed: not copied into the store, so it cannot be restored', location: { path: entry.path } }))
  }
  return { count, findings }
}
