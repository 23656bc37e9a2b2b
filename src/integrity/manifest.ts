import schema from '../../schemas/manifest.schema.json' with { type: 'json' }
import { parseJsonDocument, readJsonDocument, type JsonDocument } from '../config/validate.ts'
import { ChainsealError } from '../errors.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { TOOL } from '../version.ts'
import type { Algorithm } from './digest.ts'
import { comparePaths, pathBytes, unsafePathReason } from './names.ts'
import { canonicalJson, type ManifestEntry } from './snapshot.ts'
import type { Source } from './source.ts'
import type { SelectionOptions } from './walk.ts'

export const MANIFEST_VERSION = 1

/** The document `chainseal manifest` writes; schemas/manifest.schema.json describes it. */
export interface Manifest {
  manifestVersion: typeof MANIFEST_VERSION
  tool: { name: string; version: string }
  createdAt: string
  algorithm: Algorithm
  paths: string[]
  selection: SelectionOptions
  source: Source
  treeDigest: string
  summary: { entries: number; files: number; bytes: number }
  entries: ManifestEntry[]
}

export interface ManifestInit {
  algorithm: Algorithm
  paths: string[]
  selection: SelectionOptions
  source: Source
  entries: ManifestEntry[]
  /** The entries' digest, as takeSnapshot computed it. */
  treeDigest: string
  env: NodeJS.ProcessEnv
}

/** The manifest's paths as walks take them: root-relative, '' for the root (which a manifest writes '.'). */
export function walkedPaths(manifest: Pick<Manifest, 'paths'>): string[] {
  return manifest.paths.map((p) => (p === '.' ? '' : p))
}

export function createManifest(init: ManifestInit): Manifest {
  let files = 0
  let bytes = 0
  for (const e of init.entries) {
    if (e.type === 'file') {
      files++
      bytes += e.size ?? 0
    }
  }
  return {
    manifestVersion: MANIFEST_VERSION,
    tool: { ...TOOL },
    createdAt: creationTime(init.env),
    algorithm: init.algorithm,
    paths: init.paths,
    selection: init.selection,
    source: init.source,
    treeDigest: init.treeDigest,
    summary: { entries: init.entries.length, files, bytes },
    entries: init.entries,
  }
}

/** SOURCE_DATE_EPOCH makes rebuilt manifests byte-identical (reproducible-builds.org). */
function creationTime(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return new Date().toISOString()
  if (!/^\d+$/.test(epoch))
    throw new ChainsealError('usage', `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got "${epoch}")`)
  return new Date(Number(epoch) * 1000).toISOString()
}

/**
 * Deterministic text: fields in a fixed order, one entry per line so manifests diff well and a
 * 200,000-entry one stays a few tens of megabytes.
 */
export function* serializeManifest(manifest: Manifest): Generator<string> {
  const { entries, ...head } = manifest
  const headText = JSON.stringify(head, null, 2)
  let chunk = headText.slice(0, -2) + ',\n  "entries": ['
  for (let i = 0; i < entries.length; i++) {
    chunk += (i === 0 ? '\n    ' : ',\n    ') + canonicalJson(entries[i]!)
    if (chunk.length > 1 << 16) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk + (entries.length ? '\n  ]\n}\n' : ']\n}\n')
}

export function writeManifest(path: string, manifest: Manifest): void {
  writeFileAtomic(path, serializeManifest(manifest))
}

/**
 * Reads and checks a manifest (`name` is how the user gave it, for messages) before anything else touches the filesystem: JSON, schema, and every
 * path relative, free of `..` and NUL, unique and in byte order.
 */
export function readManifest(path: string, name = path): Manifest {
  return checkManifest(readJsonDocument<Manifest>(path, manifestDocument(name)), name)
}

/** The same checks on a manifest's text already read: what a signature covers is what was checked. */
export function parseManifest(text: string, name: string): Manifest {
  return checkManifest(parseJsonDocument<Manifest>(text, manifestDocument(name)), name)
}

function manifestDocument(name: string): JsonDocument {
  return { label: `manifest ${name}`, schema, code: 'manifest-invalid', fixUnreadable: '', fixNotJson: 'it must be a file written by "chainseal manifest"' }
}

function checkManifest(manifest: Manifest, name: string): Manifest {
  let previous: ManifestEntry | undefined
  for (const [i, entry] of manifest.entries.entries()) {
    const unsafe = unsafePathReason(entry.pathBytes === undefined ? entry.path : pathBytes(entry))
    if (unsafe) throw new ChainsealError('manifest-invalid', `manifest ${name} is not valid: entries[${i}].path ${JSON.stringify(entry.path)} ${unsafe}; manifest paths must be relative and inside the root`)
    if (previous && comparePaths(previous, entry) >= 0)
      throw new ChainsealError('manifest-invalid', `manifest ${name} is not valid: entries[${i}].path ${JSON.stringify(entry.path)} is duplicated or out of byte order`)
    previous = entry
  }
  for (const [i, p] of manifest.paths.entries()) {
    if (p !== '.' && unsafePathReason(p)) throw new ChainsealError('manifest-invalid', `manifest ${name} is not valid: paths[${i}] ${JSON.stringify(p)} must be "." or a relative path inside the root`)
  }
  return manifest
}
