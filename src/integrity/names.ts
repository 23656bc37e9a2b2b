import { isUtf8 } from 'node:buffer'

/**
 * File names are bytes on Linux. A manifest path is a JSON string, so a name that is valid UTF-8 is
 * stored as itself (never Unicode-normalised: NFC and NFD spellings are two files) and a name that
 * is not keeps its exact bytes in `pathBytes` (base64) beside a readable `path` in which the bad
 * bytes show as U+FFFD. The bytes are the identity; `path` is for people.
 */
export interface EncodedPath {
  path: string
  pathBytes?: string
}

const decoder = new TextDecoder('utf-8')

export function encodePath(bytes: Buffer): EncodedPath {
  if (isUtf8(bytes)) return { path: bytes.toString('utf8') }
  return { path: decoder.decode(bytes), pathBytes: bytes.toString('base64') }
}

export function pathBytes(entry: EncodedPath): Buffer {
  return entry.pathBytes !== undefined ? Buffer.from(entry.pathBytes, 'base64') : Buffer.from(entry.path, 'utf8')
}

/** Byte order, as `LC_ALL=C sort` and git sort names; JavaScript's default compares UTF-16 units. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b)
}

/** Byte order of two encoded paths, without building their bytes when both are UTF-8. */
export function comparePaths(a: EncodedPath, b: EncodedPath): number {
  if (a.pathBytes === undefined && b.pathBytes === undefined) return compareAsUtf8(a.path, b.path)
  return Buffer.compare(pathBytes(a), pathBytes(b))
}

/**
 * UTF-8 byte order is code point order. UTF-16 code units agree with it except that surrogates
 * (D800–DFFF, code points above FFFF) must sort after E000–FFFF; shifting the two ranges fixes that.
 */
export function compareAsUtf8(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return utf8Rank(x) - utf8Rank(y)
  }
  return a.length - b.length
}

function utf8Rank(unit: number): number {
  return unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit
}

/**
 * Why a manifest path must not be trusted, or undefined when it is a plain relative path.
 * A manifest comes from elsewhere; one that says `../../etc/passwd` or `/etc/passwd` must be
 * rejected before any file is touched.
 */
export function unsafePathReason(path: Uint8Array | string): string | undefined {
  // Latin-1 maps each byte to one character, so the checks below see bytes.
  const text = typeof path === 'string' ? path : Buffer.from(path).toString('latin1')
  // One test for the common, safe case; the reasons only when it fails.
  if (!SUSPICIOUS.test(text)) return undefined
  if (text.length === 0) return 'is empty'
  if (text.includes('\0')) return 'holds a NUL byte'
  if (text.startsWith('/')) return 'is absolute'
  const segments = text.split('/')
  if (segments.includes('..')) return 'holds a ".." segment'
  return 'is not in canonical form (empty or "." segment)'
}

/** Empty, a NUL, a leading or doubled or trailing slash, or a "." or ".." segment. */
const SUSPICIOUS = /^$|\0|^\/|\/\/|\/$|(^|\/)\.\.?(\/|$)/

/** Whether a root-relative path is `base` or lies under it ('' is the root, above everything). */
export function isWithin(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(base + '/')
}

/** `a/b` + `c` without normalising anything: names are data. */
export function joinBytes(dir: Buffer, name: Buffer): Buffer {
  return dir.length === 0 ? name : Buffer.concat([dir, SLASH, name])
}

/**
 * A path as the filesystem spells it: text when every name in it is valid UTF-8 (nearly always,
 * and far cheaper to carry around than a Buffer each), its exact bytes when not.
 */
export type FsPath = string | Buffer

/** `dir/name`; '' is the root. Text stays text; a name that is bytes makes the whole path bytes. */
export function joinPath(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return dir === '' ? name : dir + '/' + name
  const dirBytes = typeof dir === 'string' ? Buffer.from(dir) : dir
  const nameBytes = typeof name === 'string' ? Buffer.from(name) : name
  return joinBytes(dirBytes, nameBytes)
}

/** `base` (ending in "/") + a relative path, as text or, for a name that is not UTF-8, as bytes. */
export function joinBase(base: string, path: string | Uint8Array): FsPath {
  return typeof path === 'string' ? base + path : Buffer.concat([Buffer.from(base), path])
}

/** The manifest's spelling of a path. */
export function encodeFsPath(path: FsPath): EncodedPath {
  return typeof path === 'string' ? { path } : encodePath(path)
}

const SLASH = Buffer.from('/')
const ASCII = /^[\x00-\x7f]*$/

/** The key under which two names collide on a case-insensitive, normalisation-insensitive filesystem (macOS, Windows). */
export function collisionKey(name: string): string {
  // Most names are ASCII, which has nothing to normalise.
  return (ASCII.test(name) ? name : name.normalize('NFC')).toLowerCase()
}
