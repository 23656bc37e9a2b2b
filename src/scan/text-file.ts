import { isAscii } from 'node:buffer'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { OPEN_FLAGS } from '../integrity/digest.ts'
import type { FsPath } from '../integrity/names.ts'
import { extensionOf } from './rule.ts'

export type TextFile =
  | { kind: 'text'; text: string; bytes: number; ascii?: Uint8Array }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-regular' }

/** Formats that are never source text, skipped by name without being read. */
const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif bmp ico icns webp tif tiff psd avif heic pdf zip gz tgz bz2 xz zst 7z rar jar war ear class so dylib dll exe bin o a lib obj woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm wasm pyc pyo node sqlite db'.split(' '),
)

/** Git's test: a NUL byte in the first 8,000 bytes makes a file binary. */
const SNIFF_BYTES = 8000

export function hasBinaryExtension(path: string): boolean {
  return BINARY_EXTENSIONS.has(extensionOf(path).slice(1))
}

/**
 * Reads a file the scanner may read as text. Opened without following symlinks and without
 * blocking, as the hasher does, so a file swapped for a FIFO or a link cannot hang or redirect the
 * scan. UTF-8 is decoded leniently (invalid bytes become U+FFFD, never an exception); UTF-16 with a
 * byte-order mark is decoded as such, since its NUL bytes would otherwise make it look binary.
 */
export function readTextFile(path: FsPath, maxBytes: number): TextFile {
  const fd = openSync(path, OPEN_FLAGS)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { kind: 'not-regular' }
    if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size }
    const buffer = Buffer.allocUnsafe(stat.size)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    const data = buffer.subarray(0, length)
    if (data[0] === 0xff && data[1] === 0xfe) return { kind: 'text', text: data.subarray(2).toString('utf16le'), bytes: length }
    if (data[0] === 0xfe && data[1] === 0xff) return { kind: 'text', text: Buffer.from(data.subarray(2, length - (length % 2))).swap16().toString('utf16le'), bytes: length }
    if (data.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary', bytes: length }
    return { kind: 'text', text: data.toString('utf8'), bytes: length, ...(isAscii(data) && { ascii: data }) }
  } finally {
    closeSync(fd)
  }
}
