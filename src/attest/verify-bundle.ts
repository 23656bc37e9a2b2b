import type { Bundle } from '@sigstore/bundle'
import { RFC3161Timestamp, crypto as sigstoreCrypto, type X509Certificate } from '@sigstore/core'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, VerificationError, Verifier, type SignedEntity } from '@sigstore/verify'
// Not exported from the package's index; the version is pinned.
import type { LogCheckpoint } from '@sigstore/verify/dist/tlog/checkpoint.js'
import { verifyMerkleInclusion } from '@sigstore/verify/dist/tlog/merkle.js'
import type { KeyObject } from 'node:crypto'
import type { RE2JS } from 're2js'
import { ChainsealError } from '../errors.ts'
import { createFinding, type Finding, type Rule } from '../findings/finding.ts'
import { assertPrehashable, loadPrehashedVerifier } from './prehashed.ts'
import { SIGNATURE_RULES } from './rules.ts'
import { hasSubjectDigest, readStatement, type Statement } from './statement.ts'
import { NO_AUTHORITIES, type LoadedTrustRoot } from './trust-root.ts'

const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'

/** Who must have signed: the holder of a key, or a certificate identity from an OIDC issuer. */
export type SignerExpectation =
  | { kind: 'key'; key: KeyObject; name: string }
  | { kind: 'identity'; identity: IdentityMatcher; issuer: string }

/** An exact identity, or an RE2 pattern matched anywhere in it, as cosign matches. */
export interface IdentityMatcher {
  text: string
  matches(identity: string): boolean
}

export function exactIdentity(identity: string): IdentityMatcher {
  return { text: identity, matches: (found) => found === identity }
}

/**
 * The pattern runs on RE2 (linear time, cosign's syntax): a pattern from a flag cannot hang verify.
 * The engine is loaded only for a pattern: a verification by key or exact identity spares it.
 */
export async function identityPattern(pattern: string): Promise<IdentityMatcher> {
  const { RE2JS } = await import('re2js')
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(pattern)
  } catch (error) {
    throw new ChainsealError('usage', `--certificate-identity-regexp ${JSON.stringify(pattern)} is not valid RE2 syntax (${(error as Error).message})`)
  }
  return { text: `/${pattern}/`, matches: (found) => compiled.test(found) }
}

export interface BundleVerification {
  bundle: Bundle
  /** As the user gave it, for messages and finding locations. */
  bundleName: string
  /** The signed artifact: its sha256 (hex) always, its bytes when the caller has them. */
  artifact: { name: string; sha256: string; bytes?: Buffer }
  signer: SignerExpectation
  trustRoot: LoadedTrustRoot
  /** Required of the statement when set (chainseal's own, when verifying a manifest). */
  predicateType?: string
}

export interface BundleVerdict {
  /** The first check that failed, in the order they run; absent when every one held. */
  failure?: Finding
  statement?: Statement
  /** What the certificate says, when there is one. */
  signer?: { identity?: string; issuer?: string }
}

/**
 * Verifies a bundle offline, one check after another, stopping at the first that fails: key
 * material of the expected kind, the signature, the identity and issuer, then (through
 * @sigstore/verify) the certificate chain, SCTs, transparency log and timestamps against the trust
 * root, and last the signed statement: in-toto v1, a subject with the artifact's digest (which
 * @sigstore/verify leaves to its caller) and the predicate type.
 */
export async function verifyBundle(v: BundleVerification): Promise<BundleVerdict> {
  const fail = (rule: Rule, message: string): BundleVerdict => ({
    failure: createFinding(rule, { message, location: { path: v.bundleName }, identity: [v.artifact.sha256] }),
  })
  const content = v.bundle.content
  // A message signature over an artifact known only by its sha256 is checked over that digest.
  const byDigest = content.$case === 'messageSignature' && !v.artifact.bytes
  if (byDigest) {
    const algorithm = content.messageSignature.messageDigest?.algorithm ?? HashAlgorithm.SHA2_256
    if (algorithm !== HashAlgorithm.SHA2_256 && algorithm !== HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED)
      throw new ChainsealError('usage', `bundle ${v.bundleName} signs the artifact's ${HashAlgorithm[algorithm]} digest, not its sha256: give the artifact file, not only its digest`)
  }

  let entity: SignedEntity
  try {
    entity = toSignedEntity(v.bundle, v.artifact.bytes)
  } catch (error) {
    throw new ChainsealError('bundle-invalid', `bundle ${v.bundleName} is not a valid Sigstore bundle: ${(error as Error).message}`, { cause: error })
  }

  let signingKey: KeyObject
  let signer: BundleVerdict['signer']
  if (v.signer.kind === 'key') {
    if (entity.key.$case !== 'public-key') {
      const identity = certificateIdentity(entity.key.certificate).identity ?? 'an unknown identity'
      return fail(SIGNATURE_RULES.wrongKey, `bundle ${v.bundleName} is signed with a certificate for ${identity}, not with the key ${v.signer.name}: verify it with --certificate-identity and --certificate-oidc-issuer`)
    }
    signingKey = v.signer.key
  } else {
    if (entity.key.$case !== 'certificate')
      return fail(SIGNATURE_RULES.wrongKey, `bundle ${v.bundleName} is signed with a key (hint ${JSON.stringify(entity.key.hint)}), not a certificate: verify it with --key and the signer's public key`)
    signingKey = sigstoreCrypto.createPublicKey(entity.key.certificate.publicKey)
    signer = certificateIdentity(entity.key.certificate)
  }
  if (byDigest) {
    assertPrehashable(signingKey, v.bundleName)
    const verifyPrehashed = await loadPrehashedVerifier()
    const digest = Buffer.from(v.artifact.sha256, 'hex')
    const { signature } = content.messageSignature
    entity.signature.verifySignature = (key) => verifyPrehashed(key, digest, signature)
  }

  if (!entity.signature.verifySignature(signingKey)) {
    const by = v.signer.kind === 'key' ? `the key ${v.signer.name}` : `the certificate of ${signer?.identity ?? 'an unknown identity'}`
    return fail(SIGNATURE_RULES.invalid, `the signature in bundle ${v.bundleName} does not verify with ${by}: the signed content or the signature was altered, or another key signed it`)
  }

  if (v.signer.kind === 'identity') {
    if (signer?.identity === undefined || !v.signer.identity.matches(signer.identity))
      return fail(SIGNATURE_RULES.identityMismatch, `bundle ${v.bundleName} was signed by ${describe(signer?.identity)}, expected ${v.signer.identity.text}`)
    if (signer.issuer !== v.signer.issuer)
      return fail(SIGNATURE_RULES.issuerMismatch, `bundle ${v.bundleName} was signed with a token from issuer ${describe(signer.issuer)}, expected ${v.signer.issuer}`)
  }

  const keyed = v.signer.kind === 'key' ? v.signer.key : undefined
  // A local key is trusted as given; a bundle it signed has no log entry or timestamp unless
  // someone added them, and those that are present must still verify against the trust root.
  // Without them, nothing is checked against the root, and reading its certificates and keys is
  // skipped: it cost more than the rest of the check.
  const material = v.bundle.verificationMaterial
  const evidence = material.tlogEntries.length > 0 || (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0
  const trust = toTrustMaterial(keyed && !evidence ? NO_AUTHORITIES : v.trustRoot.root, keyed && (() => ({ publicKey: keyed, validFor: () => true })))
  const leaf = entity.key.$case === 'certificate' ? entity.key.certificate : undefined
  // @sigstore/verify checks timestamps before the chain; a foreign CA is the clearer diagnosis.
  if (leaf && !trust.certificateAuthorities.some((ca) => issuedBy(leaf, ca.certChain[0])))
    return fail(SIGNATURE_RULES.untrustedCertificate, `bundle ${v.bundleName}: the signing certificate (issuer ${leaf.issuer.toString('hex').slice(0, 16)}…) was not issued by any certificate authority of ${v.trustRoot.label}`)
  const thresholds = keyed ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 } : { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }
  try {
    new Verifier(trust, thresholds).verify(withCheckpointlessProofsChecked(entity))
  } catch (error) {
    // No policy is passed (identity and issuer were checked above), so no PolicyError can come.
    if (!(error instanceof VerificationError))
      throw new ChainsealError('bundle-invalid', `bundle ${v.bundleName} could not be verified: ${(error as Error).message}; it is malformed`, { cause: error })
    const [rule, what] = verifierFailure(error, leaf, v.bundle)
    return fail(rule, `bundle ${v.bundleName}: ${what} against ${v.trustRoot.label} (${error.message})`)
  }

  if (content.$case === 'messageSignature') {
    if (v.predicateType) return fail(SIGNATURE_RULES.statementInvalid, `bundle ${v.bundleName} holds a plain message signature, not a signed in-toto statement`)
    const recorded = content.messageSignature.messageDigest?.digest
    if (recorded && Buffer.from(recorded).toString('hex') !== v.artifact.sha256)
      return fail(SIGNATURE_RULES.subjectMismatch, `bundle ${v.bundleName} records digest ${Buffer.from(recorded).toString('hex')}, but ${v.artifact.name} has sha256 ${v.artifact.sha256}`)
    return { ...(signer && { signer }) }
  }

  const read = readStatement(content.dsseEnvelope.payloadType, content.dsseEnvelope.payload)
  if ('problem' in read) return fail(SIGNATURE_RULES.statementInvalid, `bundle ${v.bundleName}: ${read.problem}`)
  const statement = read.statement
  if (!hasSubjectDigest(statement, v.artifact.sha256)) {
    const subjects = statement.subject.slice(0, 3).map((s) => `${s.name ?? '(unnamed)'} sha256:${s.digest.sha256 ?? '(none)'}`)
    const more = statement.subject.length > 3 ? ` and ${statement.subject.length - 3} more` : ''
    return fail(SIGNATURE_RULES.subjectMismatch, `bundle ${v.bundleName} was not made for ${v.artifact.name}: expected a subject with sha256:${v.artifact.sha256}, found ${subjects.join(', ')}${more}`)
  }
  if (v.predicateType && statement.predicateType !== v.predicateType)
    return fail(SIGNATURE_RULES.predicateType, `bundle ${v.bundleName} signs a statement of type ${statement.predicateType}, expected ${v.predicateType}`)
  return { statement, ...(signer && { signer }) }
}

/**
 * Bundles v0.1 may carry inclusion proofs without a checkpoint (signed tree heads came with v0.2);
 * @sigstore/verify reads a checkpoint from every proof and throws a TypeError on these. Such a proof
 * is checked against its own root hash, and the entry's inclusion rests on its signed entry
 * timestamp, which the Verifier checks against the log's key (v0.1 requires one; were it missing, the
 * entry would have no inclusion evidence left and fail).
 */
function withCheckpointlessProofsChecked(entity: SignedEntity): SignedEntity {
  if (entity.tlogEntries.every((entry) => !entry.inclusionProof || entry.inclusionProof.checkpoint)) return entity
  const tlogEntries = entity.tlogEntries.map((entry) => {
    const proof = entry.inclusionProof
    if (!proof || proof.checkpoint) return entry
    let logSize: bigint
    try {
      logSize = BigInt(proof.treeSize)
    } catch {
      throw new VerificationError({ code: 'TLOG_INCLUSION_PROOF_ERROR', message: `invalid inclusion proof tree size ${JSON.stringify(proof.treeSize)}` })
    }
    // Only the proof's index and hashes and the entry's body are read, never its checkpoint.
    verifyMerkleInclusion(entry as Parameters<typeof verifyMerkleInclusion>[0], { logSize, logHash: proof.rootHash } as LogCheckpoint)
    return { ...entry, inclusionProof: undefined }
  })
  return { ...entity, tlogEntries }
}

/** Who a DSSE bundle's certificate names, read without verifying it: to print the commands that will. */
export function certificateSigner(bundle: Bundle): { identity?: string; issuer?: string } | undefined {
  const { key } = toSignedEntity(bundle)
  return key.$case === 'certificate' ? certificateIdentity(key.certificate) : undefined
}

function certificateIdentity(cert: X509Certificate): { identity?: string; issuer?: string } {
  const v2 = cert.extension(OID_ISSUER_V2)
  // The v2 extension is DER (a UTF8String); v1 held the raw bytes.
  const issuer = v2 ? v2.valueObj.subs[0]?.value.toString('ascii') : cert.extension(OID_ISSUER_V1)?.value.toString('ascii')
  const identity = cert.subjectAltName
  return { ...(identity !== undefined && { identity }), ...(issuer !== undefined && { issuer }) }
}

function issuedBy(leaf: X509Certificate, issuer: X509Certificate | undefined): boolean {
  try {
    return !!issuer && leaf.verify(issuer)
  } catch {
    return false
  }
}

function verifierFailure(error: VerificationError, leaf: X509Certificate | undefined, bundle: Bundle): [Rule, string] {
  const code = String(error.code)
  if (code === 'CERTIFICATE_ERROR') {
    // The chain was issued by a trusted CA (checked before), and every timestamp verified before the
    // chain was checked at each of them: outside its validity at one of those times, it had expired.
    const times = signatureTimes(bundle)
    const outside = leaf ? times.filter((t) => !leaf.validForDate(t)) : []
    if (leaf && outside.length > 0)
      return [SIGNATURE_RULES.expiredCertificate, `the signing certificate (valid ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}) was not valid when the signature was timestamped (${outside.map((t) => t.toISOString()).join(', ')}${outside.length < times.length ? `; of ${times.length} timestamps, each must fall in it` : ''})`]
    return [SIGNATURE_RULES.untrustedCertificate, 'the signing certificate does not chain to a trusted certificate authority, or its SCT does not verify,']
  }
  if (code.startsWith('TLOG_')) return [SIGNATURE_RULES.transparencyLog, 'the transparency-log entry is missing or does not verify']
  if (code === 'TIMESTAMP_ERROR') return [SIGNATURE_RULES.timestamp, 'the timestamps are missing or do not verify']
  if (code === 'PUBLIC_KEY_ERROR') return [SIGNATURE_RULES.wrongKey, 'the signing key is not valid for the signature time']
  return [SIGNATURE_RULES.invalid, 'the signature does not verify']
}

/** The times a bundle says it was signed at: its log entries' promises and its RFC 3161 timestamps. */
function signatureTimes(bundle: Bundle): Date[] {
  const material = bundle.verificationMaterial
  const logged = material.tlogEntries.filter((e) => e.inclusionPromise).map((e) => new Date(Number(e.integratedTime) * 1000))
  const stamped = (material.timestampVerificationData?.rfc3161Timestamps ?? []).flatMap((stamp) => {
    try {
      return [RFC3161Timestamp.parse(Buffer.from(stamp.signedTimestamp)).signingTime]
    } catch {
      return [] // a token that does not parse failed the timestamp check before any certificate was
    }
  })
  return [...logged, ...stamped]
}

function describe(value: string | undefined): string {
  return value === undefined ? 'no identity' : value
}
