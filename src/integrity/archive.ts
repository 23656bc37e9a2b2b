import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { posix } from 'node:path'
import { Parser, type ReadEntry } from 'tar'
import { osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import { READ_BUFFER_SIZE, type Algorithm, type FileDigest } from './digest.ts'
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

/**
 * Hashes an archive whole and each member in one streaming pass, without extracting anything:
 * the bytes read from disk feed the whole-file hash and the tar parser (which inflates gzip itself).
 */
export async function hashArchive(path: string | Buffer, algorithm: Algorithm): Promise<ArchiveDigest> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    return { whole: { ok: false, reason: osReason(error) } }
  }
  try {
    const before = await handle.stat({ bigint: true })
    if (!before.isFile()) return { whole: { ok: false, reason: 'is no longer a regular file', notRegular: true } }
    const whole = createHash(algorithm)
    const members: ArchiveMember[] = []
    let parseError: string | undefined
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry) => readMember(entry, algorithm, members),
    })
    parser.on('error', (error: Error) => {
      parseError ??= error.message
    })
    const parsed = new Promise<void>((resolve) => {
      parser.on('end', resolve)
      parser.on('abort', resolve)
      parser.on('error', resolve)
    })
    let size = 0
    for await (const chunk of handle.createReadStream({ highWaterMark: READ_BUFFER_SIZE, autoClose: false })) {
      whole.update(chunk as Buffer)
      size += (chunk as Buffer).length
      if (parseError === undefined && !parser.write(chunk as Buffer)) {
        await new Promise((resolve) => {
          parser.once('drain', resolve)
          parser.once('error', resolve)
        })
      }
    }
    if (parseError === undefined) {
      parser.end()
      await parsed
    }
    const after = await handle.stat({ bigint: true })
    const result: FileDigest = { ok: true, digest: whole.digest('hex'), size, mode: Number(before.mode) & 0o7777 }
    if (after.size !== before.size || after.mtimeNs !== before.mtimeNs || BigInt(size) !== before.size)
      result.changed = 'it was written to while being read'
    return parseError === undefined ? { whole: result, members } : { whole: result, error: parseError }
  } catch (error) {
    return { whole: { ok: false, reason: osReason(error) } }
  } finally {
    await handle.close()
  }
}

function readMember(entry: ReadEntry, algorithm: Algorithm, members: ArchiveMember[]): void {
  const type = MEMBER_TYPES[entry.type]
  if (!type) {
    entry.resume()
    return
  }
  // Keys in RFC 8785 order (see canonicalEntry in snapshot.ts); a file's digest, first, is known at its end.
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
  const hash = createHash(algorithm)
  entry.on('data', (chunk: Buffer) => hash.update(chunk))
  entry.on('end', () => {
    members[index] = { digest: hash.digest('hex'), ...member }
  })
}

export function formatMode(mode: number): string {
  return mode.toString(8).padStart(4, '0')
}

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
