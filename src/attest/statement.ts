import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { Manifest } from '../integrity/manifest.ts'

/** in-toto Statement v1: the only statement type chainseal signs or accepts. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** The DSSE payloadType of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
/** chainseal's own predicate: a manifest, identified by its tree digest and source. */
export const PREDICATE_TYPE = 'https://chainseal.dev/attestation/manifest/v1'
/** Subjects beyond the manifest itself; the manifest's own digest covers every entry anyway. */
export const MAX_ARTIFACT_SUBJECTS = 1024

export interface Subject {
  name: string
  digest: Record<string, string>
}

export interface Statement {
  _type: string
  subject: Subject[]
  predicateType: string
  predicate?: Record<string, unknown>
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The statement a manifest is signed as. Its first subject is the manifest file's exact bytes,
 * which is what verification and `cosign verify-blob-attestation` check; the files it lists follow,
 * so a consumer of one artifact can match it against the signature directly.
 */
export function manifestStatement(manifestName: string, manifestBytes: Uint8Array, manifest: Manifest): Statement {
  const files = manifest.entries.filter((e) => e.type === 'file' && e.digest !== undefined)
  const listed = files.slice(0, MAX_ARTIFACT_SUBJECTS)
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: basename(manifestName), digest: { sha256: sha256Hex(manifestBytes) } },
      ...listed.map((e) => ({ name: e.path, digest: { [manifest.algorithm]: e.digest! } })),
    ],
    predicateType: PREDICATE_TYPE,
    predicate: {
      manifest: {
        treeDigest: manifest.treeDigest,
        algorithm: manifest.algorithm,
        entries: manifest.summary.entries,
        createdAt: manifest.createdAt,
        // Said plainly, so no one reads a missing file subject as a missing file.
        artifactSubjects: { listed: listed.length, files: files.length },
      },
      source: manifest.source,
      tool: manifest.tool,
    },
  }
}

/** The statement in a DSSE payload, or why there is none chainseal can read. */
export function readStatement(payloadType: string, payload: Buffer): { problem: string } | { statement: Statement } {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return { problem: `the DSSE payloadType is ${JSON.stringify(payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}` }
  let data: unknown
  try {
    data = JSON.parse(payload.toString('utf8'))
  } catch {
    return { problem: 'the DSSE payload is not JSON' }
  }
  const s = data as Partial<Statement> | null
  if (!s || typeof s !== 'object') return { problem: 'the DSSE payload is not a JSON object' }
  // An unknown or missing _type must not be read as v1: its fields could mean something else.
  if (s._type !== STATEMENT_TYPE) return { problem: `the statement _type is ${JSON.stringify(s._type)}, expected ${STATEMENT_TYPE}` }
  if (!Array.isArray(s.subject) || s.subject.length === 0 || !s.subject.every(isSubject))
    return { problem: 'the statement has no subject list of {name, digest} objects' }
  if (typeof s.predicateType !== 'string') return { problem: 'the statement has no predicateType' }
  return { statement: s as Statement }
}

function isSubject(value: unknown): value is Subject {
  const s = value as Subject | null
  return (
    !!s &&
    typeof s === 'object' &&
    !!s.digest &&
    typeof s.digest === 'object' &&
    Object.values(s.digest).every((d) => typeof d === 'string')
  )
}

/** Whether a subject names these bytes by sha256 (hex case folded, as digests are compared). */
export function hasSubjectDigest(statement: Statement, sha256: string): boolean {
  return statement.subject.some((s) => s.digest.sha256?.toLowerCase() === sha256)
}
