import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { posix } from 'node:path'
import { Parser, type ReadEntry } from 'tar'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { NOT_REGULAR, OPEN_FLAGS, READ_BUFFER_SIZE, changeDuringRead, openFailure, type Algorithm, type FileDigest } from './digest.ts'
import { memberHasher, type MemberHasher } from './member-hasher.ts'
import { INTEGRITY_RULES } from './rules.ts'

export type MemberType = 'file' | 'symlink' | 'hardlink' | 'fifo' | 'char-device' | 'block-device'

/** One entry inside a tar archive, as its header names it; directories are left out as in trees. */
export interface ArchiveMember {
  path: string
  type: MemberType
  size: number
  mode: string
  digest?: string
  target?: string
}

export interface ArchiveDigest {
  whole: FileDigest
  /** Absent when the archive could not be parsed; `error` says why. */
  members?: ArchiveMember[]
  error?: string
}

const ARCHIVE_NAME = /\.(tar|tgz|tar\.gz)$/

export function isArchiveName(name: string): boolean {
  return ARCHIVE_NAME.test(name)
}

const MEMBER_TYPES: Partial<Record<ReadEntry['type'], MemberType>> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
  FIFO: 'fifo',
  CharacterDevice: 'char-device',
  BlockDevice: 'block-device',
}

/** As the tar package guards its own inflate: past 1000:1, a "compressed archive" is a bomb. */
const MAX_DECOMPRESSION_RATIO = 1000
/** zlib's default 16 KiB output makes a thread-pool round trip per 16 KiB; larger chunks amortise it. */
const INFLATE_CHUNK = 1 << 18

/**
 * Hashes an archive whole and each member in one streaming pass, without extracting anything.
 * The bytes read from disk feed the whole-file hash; a gzip stream (known by its magic bytes, not
 * its name) is inflated on libuv's thread pool while this thread parses what came out before, and
 * a big archive's members are hashed on a worker (member-hasher.ts), so the three overlap.
 */
export async function hashArchive(path: string | Buffer, algorithm: Algorithm): Promise<ArchiveDigest> {
  let handle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    return { whole: openFailure(error) }
  }
  try {
    const before = await handle.stat()
    if (!before.isFile()) return { whole: NOT_REGULAR }
    const magic = Buffer.alloc(2)
    await handle.read(magic, 0, 2, 0)
    const gzip = magic[0] === 0x1f && magic[1] === 0x8b

    const whole = createHash(algorithm)
    let size = 0
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        whole.update(chunk)
        size += chunk.length
        done(null, chunk)
      },
    })
    const members: ArchiveMember[] = []
    const hasher = memberHasher(algorithm, before.size)
    const parser = new Parser({ strict: true, onReadEntry: (entry) => readMember(entry, hasher, members) })
    let parseError: string | undefined
    parser.on('error', (error: Error) => {
      parseError ??= error.message
    })
    const parsed = new Promise<void>((resolve) => {
      parser.on('end', resolve)
      parser.on('abort', resolve)
      parser.on('error', resolve)
    })

    let inflated = 0
    const intoParser = async (tarBytes: AsyncIterable<Buffer>) => {
      for await (const chunk of tarBytes) {
        if (parseError !== undefined) continue // keep reading: the whole-file hash needs every byte
        if (gzip && (inflated += chunk.length) > MAX_DECOMPRESSION_RATIO * Math.max(size, 1)) {
          parseError = `it inflates more than ${MAX_DECOMPRESSION_RATIO} times its size (a decompression bomb?)`
          continue
        }
        if (!parser.write(chunk))
          await new Promise((resolve) => {
            parser.once('drain', resolve)
            parser.once('error', resolve)
          })
        const ready = hasher.ready()
        if (ready) await ready
      }
    }
    try {
      const source = handle.createReadStream({ highWaterMark: READ_BUFFER_SIZE, autoClose: false, start: 0 })
      try {
        if (gzip) await pipeline(source, tap, createGunzip({ chunkSize: INFLATE_CHUNK }), intoParser)
        else await pipeline(source, tap, intoParser)
      } catch (error) {
        // A corrupt gzip stream: hash the rest of the file whole, report the archive unparsable. (A
        // hash worker that failed lands here too; its close() below turns the whole into an error.)
        parseError ??= (error as Error).message
        for await (const chunk of handle.createReadStream({ highWaterMark: READ_BUFFER_SIZE, autoClose: false, start: size })) {
          whole.update(chunk as Buffer)
          size += (chunk as Buffer).length
        }
      }
      if (parseError === undefined) {
        parser.end()
        await parsed
      }
    } finally {
      // Every member's digest is in once this returns; a hash worker that failed throws here.
      await hasher.close()
    }
    const result: FileDigest = { ok: true, digest: whole.digest('hex'), size, mode: before.mode & 0o7777 }
    const changed = changeDuringRead(before, await handle.stat(), size)
    if (changed) result.changed = changed
    return parseError === undefined ? { whole: result, members } : { whole: result, error: parseError }
  } catch (error) {
    return { whole: { ok: false, reason: osReason(error) } }
  } finally {
    await handle.close()
  }
}

function readMember(entry: ReadEntry, hasher: MemberHasher, members: ArchiveMember[]): void {
  const type = MEMBER_TYPES[entry.type]
  if (!type) {
    entry.resume()
    return
  }
  // Keys in RFC 8785 order (see canonicalJson in snapshot.ts); a file's digest, first, is known at its end.
  const mode = formatMode((entry.mode ?? 0) & 0o7777)
  const linked = (type === 'symlink' || type === 'hardlink') && entry.linkpath !== undefined
  const member: ArchiveMember = linked
    ? { mode, path: entry.path, size: entry.size, target: entry.linkpath!, type }
    : { mode, path: entry.path, size: entry.size, type }
  const index = members.push(member) - 1
  if (type !== 'file') {
    entry.resume()
    return
  }
  const id = hasher.begin()
  entry.on('data', (chunk: Buffer) => hasher.update(id, chunk))
  entry.on('end', () => hasher.end(id, (digest) => (members[index] = { digest, ...member })))
}

/** "0644": one string per distinct mode, shared, rather than one per entry of a large tree. */
export function formatMode(mode: number): string {
  let text = MODES[mode]
  if (text === undefined) MODES[mode] = text = mode.toString(8).padStart(4, '0')
  return text
}

const MODES: string[] = []

/**
 * Members that would land outside the extraction directory: an absolute path or a `..` segment in
 * the name or a hard link's target (zip-slip), or a symlink that points out of the archive's tree.
 */
export function archiveMemberFindings(archivePath: string, members: readonly ArchiveMember[]): Finding[] {
  const findings: Finding[] = []
  for (const member of members) {
    const name = member.path
    const escapes = (p: string) => p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split(/[\\/]/).includes('..')
    if (escapes(name) || (member.type === 'hardlink' && member.target !== undefined && escapes(member.target))) {
      findings.push(
        createFinding(INTEGRITY_RULES.archivePathTraversal, {
          message: `member ${JSON.stringify(name)}${member.type === 'hardlink' ? ` (hard link to ${JSON.stringify(member.target)})` : ''} would be written outside the extraction directory`,
          location: { path: archivePath },
          identity: [name, member.target ?? ''],
        }),
      )
    } else if (member.type === 'symlink' && member.target !== undefined && linkEscapes(name, member.target)) {
      findings.push(
        createFinding(INTEGRITY_RULES.symlinkEscape, {
          message: `member ${JSON.stringify(name)} is a symlink to ${JSON.stringify(member.target)}, outside the archive's tree`,
          location: { path: archivePath },
          identity: [name, member.target],
        }),
      )
    }
  }
  return findings
}

/** Whether a link at `linkPath` (relative to a root) pointing at `target` resolves outside that root. */
export function linkEscapes(linkPath: string, target: string): boolean {
  if (target.startsWith('/')) return true
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target))
  return resolved === '..' || resolved.startsWith('../')
}
