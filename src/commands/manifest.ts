import { resolve } from 'node:path'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import type { Algorithm } from '../integrity/digest.ts'
import { exportManifest, type ExportFormat } from '../integrity/export.ts'
import { createManifest, writeManifest, type Manifest } from '../integrity/manifest.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { givenPaths, relativeToRoot, resolveRoot } from '../integrity/root.ts'
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
  const excludeFiles = [manifestPath, ...exports.map((e) => e.path)]
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
  writeManifest(manifestPath, manifest)
  for (const e of rendered) writeFileAtomic(e.path, e.lines)
  const report = buildReport('manifest', snapshot.findings, options.policy, {
    files: manifest.summary.files,
    bytes: manifest.summary.bytes,
    treeDigest: manifest.treeDigest,
    manifest: options.output,
  })
  return { report, manifest, manifestPath }
}
