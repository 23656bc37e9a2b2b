import { basename } from 'node:path'
import { createFinding, type Finding } from '../findings/finding.ts'
import type { ArchiveMember } from './archive.ts'
import { comparePaths } from './names.ts'
import { INTEGRITY_RULES } from './rules.ts'
import type { ManifestEntry } from './snapshot.ts'

/**
 * Every difference between what a manifest recorded and what is there now, one finding each.
 * Both lists are in byte order, so one merge pass pairs them.
 */
export function compareEntries(expected: readonly ManifestEntry[], actual: readonly ManifestEntry[]): Finding[] {
  const findings: Finding[] = []
  let i = 0
  let j = 0
  while (i < expected.length || j < actual.length) {
    const e = expected[i]
    const a = actual[j]
    const order = !e ? 1 : !a ? -1 : comparePaths(e, a)
    if (order < 0) {
      findings.push(
        createFinding(INTEGRITY_RULES.deleted, { message: `${describeType(e!.type)} listed in the manifest is missing`, location: { path: e!.path } }),
      )
      i++
    } else if (order > 0) {
      findings.push(
        createFinding(INTEGRITY_RULES.added, {
          message: `${describeType(a!.type)} is not in the manifest${a!.digest ? ` (${short(a!.digest)})` : ''}`,
          location: { path: a!.path },
          identity: [a!.digest ?? a!.target ?? a!.type],
        }),
      )
      j++
    } else {
      findings.push(...compareEntry(e!, a!))
      i++
      j++
    }
  }
  return findings
}

function compareEntry(e: ManifestEntry, a: ManifestEntry): Finding[] {
  const location = { path: e.path }
  if (e.type !== a.type)
    return [
      createFinding(INTEGRITY_RULES.typeChanged, {
        message: `was a ${describeType(e.type)}, is now a ${describeType(a.type)}`,
        location,
        identity: [e.type, a.type],
      }),
    ]
  const findings: Finding[] = []
  // Equal digests with unequal sizes: the manifest's size was edited, and it no longer says what was hashed.
  if (e.type === 'file' && (e.digest !== a.digest || e.size !== a.size)) {
    findings.push(modified(location.path, e, a))
    if (e.members && a.members) findings.push(...compareMembers(location.path, e.members, a.members))
  }
  if (e.type === 'symlink' && (e.target !== a.target || e.targetBytes !== a.targetBytes))
    findings.push(
      createFinding(INTEGRITY_RULES.symlinkRetargeted, {
        message: `pointed to ${JSON.stringify(e.target)}, now points to ${JSON.stringify(a.target)}`,
        location,
        identity: [a.target ?? ''],
      }),
    )
  // A symlink's own permission bits mean nothing on Linux and differ between filesystems.
  if (e.type !== 'symlink' && e.mode !== a.mode)
    findings.push(
      createFinding(INTEGRITY_RULES.modeChanged, { message: `mode was ${e.mode}, is now ${a.mode}`, location, identity: [e.mode, a.mode] }),
    )
  return findings
}

interface Sized {
  digest?: string
  size?: number
}

/** `what` names the thing when it is not the entry's own content: an archive member, an artifact. */
function modified(path: string, expected: Sized, actual: Sized, what = 'content', identity = ''): Finding {
  return createFinding(INTEGRITY_RULES.modified, {
    message:
      expected.digest === actual.digest
        ? `the manifest records ${expected.size} bytes for digest ${short(expected.digest)}, the file has ${actual.size}: the manifest was edited`
        : `${what} changed: expected ${short(expected.digest)} (${expected.size} bytes), found ${short(actual.digest)} (${actual.size} bytes)`,
    location: { path },
    identity: [identity, actual.digest ?? ''],
  })
}

/** What changed inside an archive whose whole digest changed; tar lets a later member replace an earlier one. */
function compareMembers(archive: string, expected: readonly ArchiveMember[], actual: readonly ArchiveMember[]): Finding[] {
  const before = new Map(expected.map((m) => [m.path, m]))
  const after = new Map(actual.map((m) => [m.path, m]))
  const findings: Finding[] = []
  const location = { path: archive }
  for (const [name, e] of before) {
    const a = after.get(name)
    if (!a) {
      findings.push(createFinding(INTEGRITY_RULES.deleted, { message: `member ${JSON.stringify(name)} is missing from the archive`, location, identity: [name] }))
    } else if (e.type !== a.type) {
      findings.push(createFinding(INTEGRITY_RULES.typeChanged, { message: `member ${JSON.stringify(name)} was a ${e.type}, is now a ${a.type}`, location, identity: [name, e.type, a.type] }))
    } else {
      if (e.digest !== a.digest) findings.push(modified(archive, e, a, `member ${JSON.stringify(name)}`, name))
      if (e.target !== a.target)
        findings.push(createFinding(INTEGRITY_RULES.symlinkRetargeted, { message: `member ${JSON.stringify(name)} pointed to ${JSON.stringify(e.target)}, now points to ${JSON.stringify(a.target)}`, location, identity: [name, a.target ?? ''] }))
      if (e.type !== 'symlink' && e.mode !== a.mode)
        findings.push(createFinding(INTEGRITY_RULES.modeChanged, { message: `member ${JSON.stringify(name)} mode was ${e.mode}, is now ${a.mode}`, location, identity: [name, e.mode, a.mode] }))
    }
  }
  for (const [name, a] of after)
    if (!before.has(name))
      findings.push(createFinding(INTEGRITY_RULES.added, { message: `member ${JSON.stringify(name)} is not in the manifest`, location, identity: [name, a.digest ?? a.type] }))
  return findings
}

/**
 * Matches a downloaded file to the manifest entries with its base name: a match by name and digest
 * passes; a name with another digest is modified; a name the manifest does not know is a finding.
 */
export function compareArtifact(given: string, actual: ManifestEntry, manifestEntries: readonly ManifestEntry[]): Finding[] {
  const name = basename(given)
  const candidates = manifestEntries.filter((e) => e.type === 'file' && basename(e.path) === name)
  if (candidates.length === 0)
    return [
      createFinding(INTEGRITY_RULES.unknownArtifact, {
        message: `artifact ${JSON.stringify(given)} has no entry named ${JSON.stringify(name)} in the manifest`,
        location: { path: name },
        identity: [actual.digest ?? ''],
      }),
    ]
  if (candidates.some((c) => c.digest === actual.digest)) return []
  const expected = candidates[0]!
  const others = candidates.length > 1 ? ` (nor any of the ${candidates.length - 1} other entries of that name)` : ''
  const findings = [modified(expected.path, expected, actual, `artifact ${JSON.stringify(given)}${others}`, given)]
  if (candidates.length === 1 && expected.members && actual.members) findings.push(...compareMembers(expected.path, expected.members, actual.members))
  return findings
}

function describeType(type: ManifestEntry['type']): string {
  return type === 'file' ? 'file' : type === 'symlink' ? 'symlink' : `special file (${type})`
}

function short(digest: string | undefined): string {
  return (digest ?? 'none').slice(0, 12)
}
