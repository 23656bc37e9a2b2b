import { ChainsealError } from '../errors.ts'
import type { Manifest } from './manifest.ts'
import { pathBytes } from './names.ts'
import type { ManifestEntry } from './snapshot.ts'

export type ExportFormat = 'sha256sum' | 'sha512sum' | 'mtree'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['sha256sum', 'sha512sum', 'mtree']

/** The lines of an export, as bytes: names that are not valid UTF-8 must reach the file unchanged. */
export function exportManifest(manifest: Manifest, format: ExportFormat): Buffer[] {
  if (format === 'mtree') return mtree(manifest)
  const wanted = format === 'sha256sum' ? 'sha256' : 'sha512'
  if (manifest.algorithm !== wanted)
    throw new ChainsealError('usage', `--export ${format} needs a ${wanted} manifest, this one is ${manifest.algorithm}; use --algorithm ${wanted} or --export ${manifest.algorithm}sum`)
  return checksums(manifest.entries)
}

/**
 * `sha256sum -c` input. Only regular files: the tool would follow a symlink and hash its target.
 * A name holding a backslash, newline or carriage return is escaped and its line starts with a
 * backslash, exactly as coreutils writes and reads it.
 */
function checksums(entries: readonly ManifestEntry[]): Buffer[] {
  const lines: Buffer[] = []
  for (const entry of entries) {
    if (entry.type !== 'file') continue
    const name = pathBytes(entry)
    const needsEscape = name.some((b) => b === 0x5c || b === 0x0a || b === 0x0d)
    const escaped = needsEscape ? escapeBytes(name, COREUTILS_ESCAPES) : name
    lines.push(Buffer.concat([Buffer.from(needsEscape ? '\\' : ''), Buffer.from(`${entry.digest}  `), escaped, NEWLINE]))
  }
  return lines
}

const NEWLINE = Buffer.from('\n')
const COREUTILS_ESCAPES: Record<number, string> = { 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' }

function escapeBytes(name: Buffer, escapes: Record<number, string>): Buffer {
  const parts: Buffer[] = []
  let start = 0
  for (let i = 0; i < name.length; i++) {
    const replacement = escapes[name[i]!]
    if (replacement === undefined) continue
    parts.push(name.subarray(start, i), Buffer.from(replacement))
    start = i + 1
  }
  parts.push(name.subarray(start))
  return Buffer.concat(parts)
}

/**
 * A BSD mtree specification in full-path form (`mtree -C` style), which NetBSD's and libarchive's
 * mtree read. Directories are listed because mtree will not descend into a directory its spec
 * does not name; their modes were not recorded, so they carry none and are not checked.
 */
function mtree(manifest: Manifest): Buffer[] {
  const keyword = `${manifest.algorithm}digest`
  const lines: Buffer[] = [Buffer.from('#mtree\n. type=dir\n')]
  const listed = new Set<string>()
  for (const entry of manifest.entries) {
    const name = pathBytes(entry)
    // Parent directories, each once, before the entry: the entries are in byte order.
    for (let i = name.indexOf(0x2f); i !== -1; i = name.indexOf(0x2f, i + 1)) {
      const dir = name.subarray(0, i)
      const key = dir.toString('latin1')
      if (listed.has(key)) continue
      listed.add(key)
      lines.push(Buffer.from(`./${mtreeName(dir)} type=dir\n`))
    }
    const keywords = [`type=${MTREE_TYPES[entry.type]}`, `mode=${entry.mode}`]
    if (entry.type === 'file') keywords.push(`size=${entry.size}`, `${keyword}=${entry.digest}`)
    if (entry.type === 'symlink') keywords.push(`link=${mtreeName(entry.targetBytes !== undefined ? Buffer.from(entry.targetBytes, 'base64') : Buffer.from(entry.target!))}`)
    lines.push(Buffer.from(`./${mtreeName(name)} ${keywords.join(' ')}\n`))
  }
  return lines
}

const MTREE_TYPES: Record<ManifestEntry['type'], string> = {
  file: 'file',
  symlink: 'link',
  fifo: 'fifo',
  socket: 'socket',
  'char-device': 'char',
  'block-device': 'block',
}

/** vis(3)-style octal escapes for every byte that is not plainly safe in an mtree word. */
function mtreeName(name: Buffer): string {
  let out = ''
  for (const byte of name) {
    const safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || SAFE_PUNCTUATION.has(byte)
    out += safe ? String.fromCharCode(byte) : '\\' + byte.toString(8).padStart(3, '0')
  }
  return out
}

const SAFE_PUNCTUATION = new Set(Buffer.from('._-+,@%:/~^'))
