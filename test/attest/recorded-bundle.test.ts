import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { RFC3161Timestamp } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { X509Certificate, createHash, verify } from 'node:crypto'
import { sha256Hex } from '../../src/attest/statement.ts'
import { shippedTrustRoot } from '../../src/attest/trust-root.ts'
import { flipBase64 } from '../helpers/bundles.ts'
import { startSigstoreServices } from '../helpers/sigstore-services.ts'
import { cli, readJson, tempDir } from '../helpers/tree.ts'

/**
 * A bundle signed on the public-good Sigstore instance (see test/fixtures/sigstore/public-good),
 * verified offline against the trust root chainseal ships, as the sigstore-conformance suite runs
 * its offline cases: by file and by sha256 digest. Each tampered case is derived from it here.
 */
const FIXTURE = join(import.meta.dirname, '../fixtures/sigstore/public-good')
const IDENTITY = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

/** a.txt by its digest, as the suite gives it; the DSSE bundle's subject (its artifact is unpublished). */
const DIGEST = `sha256:${sha256Hex(readFileSync(join(FIXTURE, 'a.txt')))}`
const SUBJECT = 'sha256:70ed0277251d0cf2eb5eda8b574ce012de485e39a3de1fb4b1e0717e14b02d6a'

// Temporary directories last one test; each test starts with a fresh copy.
let dir: string
beforeEach(() => {
  dir = tempDir()
  for (const name of ['a.txt', 'a.txt.sigstore.json', 'dsse-hashedrekord.sigstore.json']) copyFileSync(join(FIXTURE, name), join(dir, name))
})

function verifyBundle(bundle: string, artifact: string, signer = ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER]) {
  return cli(['sigstore', 'verify-bundle', '--bundle', bundle, ...signer, artifact], dir)
}

/** A copy of a recorded bundle (or trust root), changed by `edit`. */
function tampered(name: string, edit: (bundle: any) => void, from = 'a.txt.sigstore.json'): string {
  const bundle = readJson(join(dir, from))
  edit(bundle)
  writeFileSync(join(dir, name), JSON.stringify(bundle))
  return name
}

const tlogEntry = (bundle: any) => bundle.verificationMaterial.tlogEntries[0]

describe('a recorded public-good bundle, verified offline', () => {
  it('verifies by file and by digest, with the shipped trust root', async () => {
    for (const artifact of ['a.txt', DIGEST]) {
      const r = await verifyBundle('a.txt.sigstore.json', artifact)
      expect([r.exitStatus, r.stderr]).toEqual([0, ''])
      expect(r.stdout).toContain(`PASS: no findings; signer ${IDENTITY}`)
    }
  })

  it('fails for another artifact, by file and by digest', async () => {
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(dir, 'a.txt'), 'utf8').replace('DO NOT', 'DO'))
    for (const artifact of ['b.txt', `sha256:${sha256Hex(readFileSync(join(dir, 'b.txt')))}`]) {
      const r = await verifyBundle('a.txt.sigstore.json', artifact)
      expect([artifact, r.exitStatus]).toEqual([artifact, 1])
      expect(r.stdout).toMatch(/critical signature\/invalid /)
    }
  })

  it('names the identity and issuer it found when they are not the ones expected', async () => {
    const other = await verifyBundle('a.txt.sigstore.json', 'a.txt', ['--certificate-identity', 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', '--certificate-oidc-issuer', ISSUER])
    expect(other.exitStatus).toBe(1)
    expect(other.stdout).toContain(`signature/identity-mismatch`)
    expect(other.stdout).toContain(`was signed by ${IDENTITY}, expected https://github.com/acme/app/`)
    const issuer = await verifyBundle('a.txt.sigstore.json', 'a.txt', ['--certificate-identity-regexp', '^https://github.com/sigstore-conformance/', '--certificate-oidc-issuer', 'https://accounts.google.com'])
    expect(issuer.exitStatus).toBe(1)
    expect(issuer.stdout).toContain(`issuer ${ISSUER}, expected https://accounts.google.com`)
  })

  it('fails each tampered copy, by file and by digest, with the check that caught it', async () => {
    const cases: [string, string, RegExp][] = [
      ['the signature', tampered('sig.json', (b) => (b.messageSignature.signature = flipBase64(b.messageSignature.signature))), /signature\/invalid/],
      ['the recorded digest', tampered('digest.json', (b) => (b.messageSignature.messageDigest.digest = flipBase64(b.messageSignature.messageDigest.digest))), /signature\/transparency-log/],
      ['the signed entry timestamp', tampered('set.json', (b) => (tlogEntry(b).inclusionPromise.signedEntryTimestamp = flipBase64(tlogEntry(b).inclusionPromise.signedEntryTimestamp))), /signature\/transparency-log/],
      ['an inclusion proof hash', tampered('proof.json', (b) => (tlogEntry(b).inclusionProof.hashes[3] = flipBase64(tlogEntry(b).inclusionProof.hashes[3]))), /signature\/transparency-log/],
      // The entry claims another place in the log (CVE-2022-36056: a swapped log entry).
      ['the log index', tampered('index.json', (b) => (tlogEntry(b).logIndex = String(Number(tlogEntry(b).logIndex) + 1))), /signature\/transparency-log/],
      ['the integrated time', tampered('time.json', (b) => (tlogEntry(b).integratedTime = String(Number(tlogEntry(b).integratedTime) + 60))), /signature\/transparency-log/],
      // The log's integrated time was the only timestamp: the first check to miss it is the timestamp's.
      ['the log entries, removed', tampered('no-tlog.json', (b) => (b.verificationMaterial.tlogEntries = [])), /signature\/timestamp .*expected 1 timestamps, got 0/],
    ]
    for (const [what, bundle, rule] of cases) {
      for (const artifact of ['a.txt', DIGEST]) {
        const r = await verifyBundle(bundle, artifact)
        expect([what, artifact, r.exitStatus, r.stdout]).toEqual([what, artifact, 1, expect.stringMatching(rule)])
      }
    }
  })

  it('refuses, with exit 2 and what to give instead, a digest it cannot check and a digest that is not one', async () => {
    const sha384 = await verifyBundle(tampered('sha384.json', (b) => (b.messageSignature.messageDigest.algorithm = 'SHA2_384')), DIGEST)
    expect(sha384.exitStatus).toBe(2)
    expect(sha384.stderr).toContain(`bundle sha384.json signs the artifact's SHA2_384 digest, not its sha256: give the artifact file, not only its digest`)
    const short = await verifyBundle('a.txt.sigstore.json', DIGEST.slice(0, 20))
    expect(short.exitStatus).toBe(2)
    expect(short.stderr).toContain(`cannot read artifact ${DIGEST.slice(0, 20)}: ENOENT`)
    expect(short.stderr).toContain('give the artifact file, or its digest as sha256: and 64 hex digits')
  })

  it('fails a checkpoint-less inclusion proof whose tree size is not a number', async () => {
    const r = await verifyBundle(tampered('size.json', (b) => (tlogEntry(b).inclusionProof.treeSize = '12x')), 'a.txt')
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toContain('signature/transparency-log')
    expect(r.stdout).toContain('invalid inclusion proof tree size "12x"')
  })

  it('refuses a v0.1 bundle without a signed entry timestamp: its inclusion proof has no checkpoint to stand on', async () => {
    const r = await verifyBundle(tampered('no-set.json', (b) => delete tlogEntry(b).inclusionPromise), 'a.txt')
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/bundle no-set.json .*tlogEntries\[0\]\.inclusionPromise/)
  })

  it('fails against a trust root that does not hold its certificate authority', async () => {
    const services = await startSigstoreServices()
    try {
      writeFileSync(join(dir, 'other-root.json'), JSON.stringify(services.trustedRoot))
    } finally {
      await services.close()
    }
    const r = await verifyBundle('a.txt.sigstore.json', 'a.txt', ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', 'other-root.json'])
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(/signature\/untrusted-certificate .*was not issued by any certificate authority of trust root other-root.json/)
  })
})

describe('a recorded public-good DSSE bundle with a checkpoint and an RFC 3161 timestamp', () => {
  const dsse = (name: string, edit: (bundle: any) => void) => tampered(name, edit, 'dsse-hashedrekord.sigstore.json')

  it('verifies by its subject digest, and fails for another', async () => {
    expect((await verifyBundle('dsse-hashedrekord.sigstore.json', SUBJECT)).exitStatus).toBe(0)
    const other = await verifyBundle('dsse-hashedrekord.sigstore.json', DIGEST)
    expect(other.exitStatus).toBe(1)
    expect(other.stdout).toContain(`signature/subject-mismatch`)
    expect(other.stdout).toContain(`expected a subject with ${DIGEST}, found dsse-with-hashedrekord ${SUBJECT}`)
  })

  it('fails each tampered copy with the check that caught it', async () => {
    const cases: [string, string, RegExp][] = [
      ['the payload', dsse('payload.json', (b) => (b.dsseEnvelope.payload = flipBase64(b.dsseEnvelope.payload))), /signature\/invalid/],
      ['the checkpoint signature', dsse('checkpoint.json', (b) => {
        const proof = tlogEntry(b).inclusionProof
        proof.checkpoint.envelope = proof.checkpoint.envelope.replace(/(wNI9aj)(\S)/, (_: string, head: string, c: string) => head + (c === 'B' ? 'C' : 'B'))
      }), /signature\/transparency-log .*\(invalid checkpoint signature\)/],
      ['the timestamp', dsse('tsa.json', (b) => {
        const stamp = b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0]
        stamp.signedTimestamp = flipBase64(stamp.signedTimestamp)
      }), /signature\/timestamp .*\(timestamp could not be verified\)/],
    ]
    for (const [what, bundle, rule] of cases) {
      const r = await verifyBundle(bundle, SUBJECT)
      expect([what, r.exitStatus, r.stdout]).toEqual([what, 1, expect.stringMatching(rule)])
    }
  })
})

describe('trust roots derived from the shipped one', () => {
  const withRoot = (edit: (root: any) => void) => {
    const root = TrustedRoot.toJSON(shippedTrustRoot().root) as any
    edit(root)
    writeFileSync(join(dir, 'root.json'), JSON.stringify(root))
    return ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', 'root.json']
  }

  it('verifies when a decoy CA comes first whose intermediate has the genuine subject and key id but another key', async () => {
    // The issuer of the leaf (and of its SCT) must come from the verified chain, not a name lookup.
    const decoy = new X509Certificate(readFileSync(join(FIXTURE, '../decoy-intermediate.pem')))
    const signer = withRoot((root) => {
      const genuine = new X509Certificate(Buffer.from(root.certificateAuthorities.at(-1).certChain.certificates[0].rawBytes, 'base64'))
      expect([decoy.subject, decoy.publicKey.equals(genuine.publicKey)]).toEqual([genuine.subject, false])
      root.certificateAuthorities.unshift({ ...root.certificateAuthorities.at(-1), certChain: { certificates: [{ rawBytes: decoy.raw.toString('base64') }] } })
    })
    for (const [bundle, artifact] of [['a.txt.sigstore.json', 'a.txt'], ['dsse-hashedrekord.sigstore.json', SUBJECT]] as const) {
      const r = await verifyBundle(bundle, artifact, signer)
      expect([bundle, r.exitStatus, r.stderr]).toEqual([bundle, 0, ''])
    }
  })

  it("takes a log key's validity period as closed: an entry integrated at its very end verifies, a second later it does not", async () => {
    const integrated = Number(tlogEntry(readJson(join(dir, 'a.txt.sigstore.json'))).integratedTime) * 1000
    const endingAt = (time: number) => withRoot((root) => {
      const rekor = root.tlogs.find((log: any) => log.baseUrl === 'https://rekor.sigstore.dev')
      rekor.publicKey.validFor.end = new Date(time).toISOString()
    })
    expect((await verifyBundle('a.txt.sigstore.json', 'a.txt', endingAt(integrated))).exitStatus).toBe(0)
    const ended = await verifyBundle('a.txt.sigstore.json', 'a.txt', endingAt(integrated - 1000))
    expect(ended.exitStatus).toBe(1)
    expect(ended.stdout).toContain('signature/transparency-log')
  })
})

describe('a key-signed bundle whose log entry is a canonical intoto entry (payload hash, no payload)', () => {
  it('verifies by file and by digest with its key and trust root, and not against the shipped root', async () => {
    for (const name of ['bundle.sigstore.json', 'trusted_root.json', 'key.pub']) copyFileSync(join(FIXTURE, '../intoto-canonical', name), join(dir, name))
    for (const artifact of ['a.txt', DIGEST]) {
      const r = await verifyBundle('bundle.sigstore.json', artifact, ['--key', 'key.pub', '--trusted-root', 'trusted_root.json'])
      expect([artifact, r.exitStatus, r.stderr]).toEqual([artifact, 0, ''])
    }
    const shipped = await verifyBundle('bundle.sigstore.json', 'a.txt', ['--key', 'key.pub'])
    expect(shipped.exitStatus).toBe(1)
    expect(shipped.stdout).toContain('signature/transparency-log')
  })
})

describe('a recorded Rekor v2 bundle (staging: DSSE entry, signed-note checkpoint by an Ed25519 log key, RFC 3161 timestamp)', () => {
  const STAGING = join(FIXTURE, '../staging')
  beforeEach(() => {
    for (const name of ['rekor2-dsse.sigstore.json', 'trusted_root.json']) copyFileSync(join(STAGING, name), join(dir, name))
  })
  const staging = (root = 'trusted_root.json') => ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', root]
  const rekor2 = (name: string, edit: (bundle: any) => void) => tampered(name, edit, 'rekor2-dsse.sigstore.json')
  const withStagingRoot = (name: string, edit: (root: any) => void) => tampered(name, edit, 'trusted_root.json')
  const rekorV2Log = (root: any) => root.tlogs.find((log: any) => log.baseUrl === 'https://log2025-alpha1.rekor.sigstage.dev')

  it('verifies by file and by digest against the staging trust root, whose log names only its RFC 6962 id', async () => {
    for (const artifact of ['a.txt', DIGEST]) {
      const r = await verifyBundle('rekor2-dsse.sigstore.json', artifact, staging())
      expect([artifact, r.exitStatus, r.stderr]).toEqual([artifact, 0, ''])
      expect(r.stdout).toContain(`PASS: no findings; signer ${IDENTITY}`)
    }
    const shipped = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt')
    expect(shipped.exitStatus).toBe(1)
    expect(shipped.stdout).toContain('signature/untrusted-certificate')
  })

  it('fails each tampered copy with the check that caught it', async () => {
    const cases: [string, string, RegExp][] = [
      ['the DSSE signature', rekor2('sig.json', (b) => (b.dsseEnvelope.signatures[0].sig = flipBase64(b.dsseEnvelope.signatures[0].sig))), /signature\/invalid/],
      ['the checkpoint signature', rekor2('checkpoint.json', (b) => {
        const proof = tlogEntry(b).inclusionProof
        proof.checkpoint.envelope = proof.checkpoint.envelope.replace('xxHofaeiQ', 'xxHofaeiR')
      }), /signature\/transparency-log .*\(invalid checkpoint signature\)/],
      ['an inclusion proof hash', rekor2('proof.json', (b) => (tlogEntry(b).inclusionProof.hashes[5] = flipBase64(tlogEntry(b).inclusionProof.hashes[5]))), /signature\/transparency-log/],
      ['the timestamp', rekor2('tsa.json', (b) => {
        const stamp = b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0]
        stamp.signedTimestamp = flipBase64(stamp.signedTimestamp)
      }), /signature\/timestamp/],
    ]
    for (const [what, bundle, rule] of cases) {
      const r = await verifyBundle(bundle, 'a.txt', staging())
      expect([what, r.exitStatus, r.stdout]).toEqual([what, 1, expect.stringMatching(rule)])
    }
  })

  it('fails an envelope whose signature, valid in itself and timestamped, is not the one the log entry holds', async () => {
    const second = readJson(join(STAGING, 'rekor2-dsse-second-signature.json'))
    const swapped = rekor2('swapped.json', (b) => {
      b.dsseEnvelope.signatures[0].sig = second.sig
      b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = second.signedTimestamp
    })
    // The swapped signature alone verifies: only the binding to the log entry can catch it.
    const b = readJson(join(dir, swapped))
    const payload = Buffer.from(b.dsseEnvelope.payload, 'base64')
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${b.dsseEnvelope.payloadType.length} ${b.dsseEnvelope.payloadType} ${payload.length} `), payload])
    const key = new X509Certificate(Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64')).publicKey
    expect(verify('sha256', pae, key, Buffer.from(second.sig, 'base64'))).toBe(true)
    const r = await verifyBundle(swapped, 'a.txt', staging())
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(/signature\/transparency-log .*\(tlog entry signature mismatch\)/)
  })

  it("fails a log entry carried with another envelope, each genuine on its own, by the same certificate", async () => {
    copyFileSync(join(STAGING, 'rekor2-dsse-mismatch-envelope.sigstore.json'), join(dir, 'envelope.json'))
    const b = readJson(join(dir, 'envelope.json'))
    const payload = Buffer.from(b.dsseEnvelope.payload, 'base64')
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${b.dsseEnvelope.payloadType.length} ${b.dsseEnvelope.payloadType} ${payload.length} `), payload])
    const key = new X509Certificate(Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64')).publicKey
    expect(verify('sha256', pae, key, Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64'))).toBe(true)
    const logged = JSON.parse(Buffer.from(tlogEntry(b).canonicalizedBody, 'base64').toString('utf8')).spec.dsseV002.payloadHash.digest
    expect(createHash('sha256').update(payload).digest('base64')).not.toBe(logged)
    const r = await verifyBundle('envelope.json', DIGEST, staging())
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(/signature\/transparency-log .*\(tlog entry signature mismatch\)/)
  })

  it("binds the checkpoint to the log's name: the same key under another URL verifies nothing", async () => {
    const renamed = withStagingRoot('renamed.json', (root) => (rekorV2Log(root).baseUrl = 'https://log2025-beta.rekor.example'))
    const r = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', staging(renamed))
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(/signature\/transparency-log .*\(invalid checkpoint signature\)/)
  })

  it("takes a TSA's validity period as closed: a timestamp at its very end verifies, a second later it does not", async () => {
    const stamp = readJson(join(dir, 'rekor2-dsse.sigstore.json')).verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp
    const signed = RFC3161Timestamp.parse(Buffer.from(stamp, 'base64')).signingTime.getTime()
    const endingAt = (name: string, time: number) => staging(withStagingRoot(name, (root) => (root.timestampAuthorities[0].validFor.end = new Date(time).toISOString())))
    const atEnd = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', endingAt('at-end.json', signed))
    expect([atEnd.exitStatus, atEnd.stderr]).toEqual([0, ''])
    const after = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', endingAt('ended.json', signed - 1000))
    expect(after.exitStatus).toBe(1)
    expect(after.stdout).toContain('signature/timestamp')
  })

  it("fails a timestamp outside its TSA's validity, even when another TSA without certificates covers the time", async () => {
    // The timestamp is from 2025-07-25T19:53:04Z.
    const tsaEnded = (root: any) => (root.timestampAuthorities[0].validFor.end = '2025-07-01T00:00:00Z')
    const outside = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', staging(withStagingRoot('ended.json', tsaEnded)))
    expect(outside.exitStatus).toBe(1)
    expect(outside.stdout).toContain('signature/timestamp')
    const borrowed = withStagingRoot('borrow.json', (root) => {
      tsaEnded(root)
      root.timestampAuthorities.push({ subject: { organization: 'unrelated', commonName: 'unrelated' }, certChain: { certificates: [] }, validFor: { start: '2025-07-01T00:00:00Z', end: '2025-08-01T00:00:00Z' } })
    })
    const r = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', staging(borrowed))
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toContain('signature/timestamp')
  })

  it('checks the certificate at every timestamp: one inside its validity does not excuse another after it expired', async () => {
    copyFileSync(join(STAGING, 'rekor2-multiple-timestamps.sigstore.json'), join(dir, 'stamps.json'))
    const stamps = (b: any) => b.verificationMaterial.timestampVerificationData.rfc3161Timestamps
    const first = tampered('first.json', (b) => stamps(b).pop(), 'stamps.json')
    for (const artifact of ['a.txt', DIGEST]) expect((await verifyBundle(first, artifact, staging())).exitStatus).toBe(0)
    const reversed = tampered('reversed.json', (b) => stamps(b).reverse(), 'stamps.json')
    for (const bundle of ['stamps.json', reversed]) {
      const r = await verifyBundle(bundle, DIGEST, staging())
      expect([bundle, r.exitStatus]).toEqual([bundle, 1])
      expect(r.stdout).toContain('signature/expired-certificate')
      expect(r.stdout).toContain('(valid 2025-06-12T12:02:16.000Z to 2025-06-12T12:12:16.000Z) was not valid when the signature was timestamped (2025-07-15T10:33:31.000Z; of 2 timestamps')
    }
  })

  it('uses the checkpoint key id a v0.2 trust root gives, and fails on a wrong one', async () => {
    const logId = tlogEntry(readJson(join(dir, 'rekor2-dsse.sigstore.json'))).logId.keyId
    const given = (keyId: string) => (root: any) => {
      root.mediaType = 'application/vnd.dev.sigstore.trustedroot.v0.2+json'
      rekorV2Log(root).checkpointKeyId = { keyId }
    }
    expect((await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', staging(withStagingRoot('v02.json', given(logId))))).exitStatus).toBe(0)
    const wrong = await verifyBundle('rekor2-dsse.sigstore.json', 'a.txt', staging(withStagingRoot('wrong.json', given(flipBase64(logId)))))
    expect(wrong.exitStatus).toBe(1)
    expect(wrong.stdout).toContain('signature/transparency-log')
  })
})
