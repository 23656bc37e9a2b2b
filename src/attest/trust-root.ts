import { PublicKeyDetails, TrustedRoot, type TimeRange, type TransparencyLogInstance } from '@sigstore/protobuf-specs'
import { createHash } from 'node:crypto'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { ChainsealError } from '../errors.ts'
import { readInputText } from '../io/read-input.ts'

const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev'
const MEDIA_TYPES = ['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']

/** Where a trust root came from, for messages: "the public-good Sigstore trust root", "trust root r.json". */
export interface LoadedTrustRoot {
  readonly root: TrustedRoot
  label: string
}

/**
 * The public-good Sigstore trust root as the installed @sigstore/tuf ships it (its TUF seed), so
 * verification needs no network. It is as fresh as that package; --tuf-refresh updates it. It is
 * decoded when first read: a bundle signed by a local key, without log entries or timestamps,
 * never needs it.
 */
export function shippedTrustRoot(): LoadedTrustRoot {
  const label = 'the public-good Sigstore trust root'
  let root: TrustedRoot | undefined
  return {
    label,
    get root() {
      return (root ??= decodeShipped(label))
    },
  }
}

function decodeShipped(label: string): TrustedRoot {
  const encoded = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF]?.targets['trusted_root.json']
  if (!encoded) throw new Error('the installed @sigstore/tuf ships no trusted_root.json')
  return checkTrustRoot(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')), label)
}

/** A trust root that trusts no authority: what a bundle's own evidence is checked against when none is needed. */
export const NO_AUTHORITIES: TrustedRoot = { mediaType: MEDIA_TYPES[1]!, tlogs: [], ctlogs: [], certificateAuthorities: [], timestampAuthorities: [] }

/** A trusted_root.json (Sigstore's TrustedRoot format) given with --trusted-root. */
export function readTrustRoot(path: string, name: string): LoadedTrustRoot {
  const label = `trust root ${name}`
  const text = readInputText(path, label, 'give a Sigstore trusted_root.json')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ChainsealError('trust-root-invalid', `${label} is not JSON (${(error as Error).message}); give a Sigstore trusted_root.json`, { cause: error })
  }
  return { root: checkTrustRoot(data, label), label }
}

/** Fetches the current public-good trust root through TUF (network), caching it in cacheDir. */
export async function refreshTrustRoot(cacheDir: string): Promise<LoadedTrustRoot> {
  let root: TrustedRoot
  try {
    // TUF and its HTTP stack load only when asked to go online.
    const { getTrustedRoot } = await import('@sigstore/tuf')
    root = await getTrustedRoot({ cachePath: cacheDir, mirrorURL: PUBLIC_GOOD_TUF, forceCache: false })
  } catch (error) {
    throw new ChainsealError('network', `--tuf-refresh could not update the trust root from ${PUBLIC_GOOD_TUF}: ${(error as Error).message}; drop --tuf-refresh to use the shipped one`, { cause: error })
  }
  const label = 'the public-good Sigstore trust root (refreshed through TUF)'
  return { root: checkTrustRoot(TrustedRoot.toJSON(root), label), label }
}

/**
 * Parses a trust root and rejects what the sigstore verifier would quietly accept: an unknown
 * media type, and a validity period without its required start, which it would read as "since
 * forever".
 */
function checkTrustRoot(data: unknown, label: string): TrustedRoot {
  const invalid = (why: string) => new ChainsealError('trust-root-invalid', `${label} is not valid: ${why}; give a Sigstore trusted_root.json`)
  const raw = data as { mediaType?: unknown } | null
  if (!raw || typeof raw !== 'object') throw invalid('it is not a JSON object')
  if (typeof raw.mediaType !== 'string' || !MEDIA_TYPES.includes(raw.mediaType)) throw invalid(`unknown mediaType ${JSON.stringify(raw.mediaType)}`)
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(raw)
  } catch (error) {
    throw invalid((error as Error).message)
  }
  const ranges: [string, TimeRange | undefined][] = [
    ...root.tlogs.map((t, i): [string, TimeRange | undefined] => [`tlogs[${i}].publicKey.validFor`, t.publicKey?.validFor]),
    ...root.ctlogs.map((t, i): [string, TimeRange | undefined] => [`ctlogs[${i}].publicKey.validFor`, t.publicKey?.validFor]),
    ...root.certificateAuthorities.map((c, i): [string, TimeRange | undefined] => [`certificateAuthorities[${i}].validFor`, c.validFor]),
    ...root.timestampAuthorities.map((c, i): [string, TimeRange | undefined] => [`timestampAuthorities[${i}].validFor`, c.validFor]),
  ]
  for (const [where, range] of ranges) {
    // No validFor at all means no bound (the format allows it); one without its start is malformed.
    if (!range) continue
    if (!range.start || Number.isNaN(range.start.getTime())) throw invalid(`${where} has no start`)
    if (range.end && range.end < range.start) throw invalid(`${where} ends before it starts`)
  }
  for (const [i, t] of [...root.tlogs, ...root.ctlogs].entries()) {
    if (!t.publicKey?.rawBytes?.length) throw invalid(`log ${i} (${t.baseUrl || 'no baseUrl'}) has no public key`)
  }
  return withSignedNoteKeyIds(root)
}

/**
 * Rekor v2 logs sign their checkpoints as C2SP signed notes, whose key ID for an Ed25519 key is
 * SHA-256(origin ‖ 0x0A ‖ 0x01 ‖ key), the origin being the log's URL without its scheme; bundles
 * name the log by that ID too. A trust root may give only the log's RFC 6962 ID (the hash of its
 * SPKI), and @sigstore/verify then finds no log for the checkpoint ("invalid checkpoint signature"),
 * where the trust root format says clients may compute the key ID from the key. Each such log is
 * listed once more with it as checkpointKeyId, which the verifier matches in place of the log ID;
 * the log as given stays for Rekor v1 entries. (For ECDSA keys the two IDs agree.)
 */
function withSignedNoteKeyIds(root: TrustedRoot): TrustedRoot {
  const rekorV2: TransparencyLogInstance[] = []
  for (const log of root.tlogs) {
    const key = log.publicKey
    if (log.checkpointKeyId || key?.keyDetails !== PublicKeyDetails.PKIX_ED25519 || key.rawBytes?.length !== ED25519_SPKI_LENGTH) continue
    const origin = log.baseUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '')
    const keyId = createHash('sha256').update(`${origin}\n`).update(Buffer.from([SIGNED_NOTE_ED25519])).update(key.rawBytes.subarray(-32)).digest()
    rekorV2.push({ ...log, checkpointKeyId: { keyId } })
  }
  return rekorV2.length ? { ...root, tlogs: [...root.tlogs, ...rekorV2] } : root
}

/** An Ed25519 SubjectPublicKeyInfo: a 12-byte header and the 32-byte key. */
const ED25519_SPKI_LENGTH = 44
/** The signature type byte of Ed25519 in C2SP signed notes. */
const SIGNED_NOTE_ED25519 = 0x01
