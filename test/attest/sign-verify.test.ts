import { generateKeyPairSync } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DSSEBundleBuilder, TSAWitness } from '@sigstore/sign'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeBundle } from '../../src/attest/bundle.ts'
import { KeySigner, readPrivateKey } from '../../src/attest/keys.ts'
import { signPayload } from '../../src/attest/sign.ts'
import { PREDICATE_TYPE, sha256Hex, STATEMENT_TYPE } from '../../src/attest/statement.ts'
import { flipInBase64 } from '../helpers/bundles.ts'
import { startSigstoreServices, type SigstoreServices } from '../helpers/sigstore-services.ts'
import { cli, makeTree, readJson, tempDir } from '../helpers/tree.ts'

/** A tree, its manifest beside it, and a key pair from `chainseal keygen`. */
async function signedSetup(options: { sign?: boolean } = {}) {
  const root = makeTree({ 'app.js': 'console.log(1)\n', 'lib/util.js': 'export {}\n' })
  const out = tempDir()
  const manifest = join(out, 'm.json')
  expect((await cli(['manifest', '--root', root, '-o', manifest], out)).exitStatus).toBe(0)
  expect((await cli(['keygen', '--output', 'keys'], out)).exitStatus).toBe(0)
  if (options.sign !== false) {
    const signed = await cli(['sign', 'm.json', '--key', 'keys/chainseal.key'], out)
    expect([signed.exitStatus, signed.stderr]).toEqual([0, ''])
  }
  const verify = (...extra: string[]) => cli(['verify', 'm.json', '--root', root, ...extra], out)
  return { root, out, manifest, bundle: join(out, 'm.json.sigstore.json'), verify }
}

function flipByte(path: string, at: (text: string) => number) {
  const bytes = readFileSync(path)
  const i = at(bytes.toString('latin1'))
  bytes[i] = bytes[i]! ^ 0x01
  writeFileSync(path, bytes)
}

describe('keygen', () => {
  it('writes a private key only its owner can read and a public key, and never overwrites them', async () => {
    const out = tempDir()
    expect((await cli(['keygen', '--output', 'k'], out)).exitStatus).toBe(0)
    expect(statSync(join(out, 'k/chainseal.key')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(out, 'k/chainseal.pub'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    const before = readFileSync(join(out, 'k/chainseal.key'))
    const again = await cli(['keygen', '--output', 'k'], out)
    expect(again.exitStatus).toBe(2)
    expect(again.stderr).toMatch(/k\/chainseal.key already exists; a key is never overwritten/)
    expect(readFileSync(join(out, 'k/chainseal.key'))).toEqual(before)
  })
})

describe('sign and verify with a local key', () => {
  it('signs the manifest bytes as an in-toto statement with chainseal predicate, and verify passes, printing the cosign command', async () => {
    const { bundle, manifest, verify } = await signedSetup()
    const json = readJson(bundle)
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(json.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'))
    expect(statement._type).toBe(STATEMENT_TYPE)
    expect(statement.predicateType).toBe(PREDICATE_TYPE)
    expect(statement.subject[0]).toEqual({ name: 'm.json', digest: { sha256: sha256Hex(readFileSync(manifest)) } })
    expect(statement.subject.slice(1).map((s: { name: string }) => s.name)).toEqual(['app.js', 'lib/util.js'])
    expect(statement.predicate.manifest.treeDigest).toBe(readJson(manifest).treeDigest)

    const r = await verify('--key', 'keys/chainseal.pub')
    expect([r.exitStatus, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/signature verified/)
    expect(r.stdout).toContain(
      `verify with cosign: cosign verify-blob-attestation --new-bundle-format --bundle m.json.sigstore.json --type ${PREDICATE_TYPE} --key keys/chainseal.pub --insecure-ignore-tlog=true m.json`,
    )
    const json2 = JSON.parse((await verify('--key', 'keys/chainseal.pub', '--format', 'json')).stdout)
    expect(json2.stats).toMatchObject({ signature: 'verified', match: true })
  })

  it('signs and verifies with an Ed25519 key', async () => {
    const { out, verify } = await signedSetup({ sign: false })
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    writeFileSync(join(out, 'ed.key'), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    writeFileSync(join(out, 'ed.pub'), publicKey.export({ format: 'pem', type: 'spki' }))
    expect((await cli(['sign', 'm.json', '--key', 'ed.key'], out)).exitStatus).toBe(0)
    expect((await verify('--key', 'ed.pub')).exitStatus).toBe(0)
    expect((await verify('--key', 'keys/chainseal.pub')).stdout).toMatch(/signature\/invalid/)
  })

  it('fails on a flipped byte of the manifest, of the DSSE payload or of the signature, and on another key', async () => {
    const flipped = async (tamper: (s: Awaited<ReturnType<typeof signedSetup>>) => void, rule: string) => {
      const setup = await signedSetup()
      tamper(setup)
      const r = await setup.verify('--key', 'keys/chainseal.pub')
      expect(r.exitStatus, r.stdout + r.stderr).toBe(1)
      expect(r.stdout).toMatch(new RegExp(`critical signature/${rule} `))
      // The tree of an unauthenticated manifest is not compared.
      expect(r.stdout).toMatch(/treeChecked false/)
    }
    await flipped((s) => flipByte(s.manifest, (t) => t.indexOf('"algorithm"') + 3), 'subject-mismatch')
    // Even where the flip leaves no JSON at all, the unsigned bytes are the finding.
    await flipped((s) => flipByte(s.manifest, () => 0), 'subject-mismatch')
    await flipped((s) => flipInBase64(s.bundle, (b) => [b.dsseEnvelope, 'payload']), 'invalid')
    await flipped((s) => flipInBase64(s.bundle, (b) => [b.dsseEnvelope.signatures[0], 'sig']), 'invalid')
    const other = await signedSetup()
    expect((await cli(['keygen', '--output', 'other'], other.out)).exitStatus).toBe(0)
    const r = await other.verify('--key', 'other/chainseal.pub')
    expect([r.exitStatus, r.stdout]).toEqual([1, expect.stringMatching(/does not verify with the key other\/chainseal.pub/)])
  })

  it('checks a manifest of over 1 MiB, whose digest a hash worker takes, as closely: it passes, and one flipped byte fails', async () => {
    // Long names make the manifest big with few files.
    const spec: Record<string, string> = {}
    for (let i = 0; i < 4000; i++) spec[`d${i % 10}/${String(i).padStart(6, '0')}-${'n'.repeat(240)}`] = `${i}\n`
    const root = makeTree(spec)
    const out = tempDir()
    expect((await cli(['manifest', '--root', root, '-o', 'm.json'], out)).exitStatus).toBe(0)
    expect(statSync(join(out, 'm.json')).size).toBeGreaterThan(1 << 20)
    expect((await cli(['keygen', '--output', 'keys'], out)).exitStatus).toBe(0)
    expect((await cli(['sign', 'm.json', '--key', 'keys/chainseal.key'], out)).exitStatus).toBe(0)
    const verify = () => cli(['verify', 'm.json', '--root', root, '--bundle', 'm.json.sigstore.json', '--key', 'keys/chainseal.pub'], out)
    const passed = await verify()
    expect([passed.exitStatus, passed.stdout]).toEqual([0, expect.stringMatching(/signature verified/)])
    // In the last entry's digest: the JSON stays valid, and only the signature can tell.
    flipByte(join(out, 'm.json'), (t) => t.lastIndexOf('"digest"') + 12)
    const failed = await verify()
    expect([failed.exitStatus, failed.stdout]).toEqual([1, expect.stringMatching(/critical signature\/subject-mismatch .*expected a subject with sha256:/)])
  })

  it('fails a bundle made for another manifest, saying which digest it expected', async () => {
    const a = await signedSetup()
    const b = await signedSetup()
    writeFileSync(a.bundle, readFileSync(b.bundle))
    writeFileSync(join(a.out, 'keys/chainseal.pub'), readFileSync(join(b.out, 'keys/chainseal.pub')))
    const r = await a.verify('--key', 'keys/chainseal.pub')
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toContain(`expected a subject with sha256:${sha256Hex(readFileSync(a.manifest))}`)
  })

  it('fails a signed statement of another predicate type', async () => {
    const { out, manifest, verify } = await signedSetup({ sign: false })
    const key = readPrivateKey(join(out, 'keys/chainseal.key'), 'k').key
    const foreign = { _type: STATEMENT_TYPE, subject: [{ name: 'm.json', digest: { sha256: sha256Hex(readFileSync(manifest)) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} }
    const bundle = await signPayload(Buffer.from(JSON.stringify(foreign)), 'dsseEnvelope', { kind: 'key', key })
    writeFileSync(join(out, 'm.json.sigstore.json'), serializeBundle(bundle))
    const r = await verify('--key', 'keys/chainseal.pub')
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(/signature\/predicate-type .*https:\/\/slsa.dev\/provenance\/v1, expected https:\/\/chainseal.dev/)
  })

  it('warns when the private key can be read by others, and still signs', async () => {
    const { out } = await signedSetup({ sign: false })
    chmodSync(join(out, 'keys/chainseal.key'), 0o644)
    const r = await cli(['sign', 'm.json', '--key', 'keys/chainseal.key'], out)
    expect(r.exitStatus).toBe(0)
    expect(r.stdout).toMatch(/medium\s+posture\/private-key-readable keys\/chainseal.key: private key keys\/chainseal.key can be read by other users; chmod 600 it/)
  })
})

describe('bad input to sign and verify: a clear error, exit 2, nothing written', () => {
  it.each([
    ['not JSON', '{', /bundle m.json.sigstore.json is not a valid Sigstore bundle: it is not JSON/],
    ['an unknown media type', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.9+json', verificationMaterial: { publicKey: { hint: '' } } }), /unknown mediaType "application\/vnd.dev.sigstore.bundle.v0.9\+json"/],
    ['no verification material', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: {} }), /it has no verification material/],
  ])('a bundle that is %s', async (_, text, message) => {
    const { bundle, verify } = await signedSetup()
    writeFileSync(bundle, text)
    const r = await verify('--key', 'keys/chainseal.pub')
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  it('an encrypted or unsupported private key, and flags that name no signer or two', async () => {
    const { out, verify } = await signedSetup({ sign: false })
    const encrypted = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
    writeFileSync(join(out, 'enc.key'), encrypted, { mode: 0o600 })
    writeFileSync(join(out, 'rsa.key'), generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    writeFileSync(join(out, 'garbage.pub'), '-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n')
    writeFileSync(join(out, 'p384.key'), generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    const cases: [string[], RegExp][] = [
      [['sign', 'm.json', '--key', 'enc.key'], /private key enc.key is encrypted; .*decrypt it/],
      [['sign', 'm.json', '--key', 'rsa.key'], /private key rsa.key is an rsa key; give an ECDSA P-256 or Ed25519 key/],
      [['sign', 'm.json', '--key', 'p384.key'], /is an EC key on secp384r1/],
      [['sign', 'm.json', '--key', 'missing.key'], /cannot read private key missing.key: ENOENT/],
    ]
    for (const [argv, message] of cases) {
      const r = await cli(argv, out)
      expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringMatching(message)])
      expect(existsSync(join(out, 'm.json.sigstore.json'))).toBe(false)
    }
    const flagCases: [string[], RegExp][] = [
      [['--key', 'keys/chainseal.pub', '--certificate-identity', 'x', '--certificate-oidc-issuer', 'y'], /give either --key or --certificate-identity/],
      [['--certificate-identity', 'x'], /--certificate-identity needs --certificate-oidc-issuer/],
      [['--bundle', 'b.json'], /say who must have signed/],
      [['--certificate-identity-regexp', '(', '--certificate-oidc-issuer', 'y'], /not valid RE2 syntax/],
      [['--certificate-identity', 'x', '--certificate-oidc-issuer', 'y', '--trusted-root', 'nope.json'], /cannot read trust root nope.json: ENOENT/],
      [['--key', 'garbage.pub'], /public key garbage.pub is not a PEM public key/],
      [['--key', 'keys/chainseal.key'], /keys\/chainseal.key is a private key; give the public key/],
    ]
    for (const [extra, message] of flagCases) {
      const r = await verify(...extra)
      expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringMatching(message)])
    }
  })
})

describe('more bad input: files that are not what they claim, and services that do not answer', () => {
  it('an invalid manifest to sign, a trust root or signing config that is not JSON, keygen into a file', async () => {
    const { out, verify } = await signedSetup({ sign: false })
    writeFileSync(join(out, 'bad.json'), '{"manifestVersion": 1}')
    writeFileSync(join(out, 'garbage.json'), 'not json')
    writeFileSync(join(out, 'a.txt'), 'x')
    const cases: [string[], RegExp][] = [
      [['sign', 'bad.json', '--key', 'keys/chainseal.key'], /manifest bad.json is not valid/],
      [['keygen', '--output', 'a.txt'], /cannot create directory a.txt: EEXIST.*; choose an --output directory that exists or can be made/],
      // procfs answers ENOENT for a child of a directory that exists: Node's recursive mkdir spun on it.
      ...(existsSync('/proc/self') ? [[['keygen', '--output', '/proc/chainseal-keys/k'], /cannot create directory \/proc\/chainseal-keys\/k: ENOENT/] as [string[], RegExp]] : []),
      [['sigstore', 'sign-bundle', '--identity-token', 't', '--signing-config', 'garbage.json', '--bundle', 'out.json', 'a.txt'], /signing config garbage.json is not a Sigstore SigningConfig/],
      [['sigstore', 'sign-bundle', '--identity-token', 't', '--signing-config', 'bad.json', '--bundle', 'out.json', 'a.txt'], /signing config bad.json names no certificate authority/],
    ]
    for (const [argv, message] of cases) {
      const r = await cli(argv, out)
      expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringMatching(message)])
    }
    expect(existsSync(join(out, 'bad.json.sigstore.json'))).toBe(false)
    expect(existsSync(join(out, 'out.json'))).toBe(false)
    const root = await verify('--key', 'keys/chainseal.pub', '--trusted-root', 'garbage.json')
    expect([root.exitStatus, root.stderr]).toEqual([2, expect.stringMatching(/trust root garbage.json is not JSON .*give a Sigstore trusted_root.json/)])
  })

  it('an unreachable Fulcio is an error naming the failure, and no bundle is written', async () => {
    const { out, bundle } = await signedSetup({ sign: false })
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const token = `${part({ alg: 'ES256' })}.${part({ iss: 'https://issuer.example', sub: 'someone' })}.c2ln`
    const r = await cli(['sign', 'm.json', '--identity-token', token, '--fulcio-url', 'http://127.0.0.1:1', '--rekor-url', 'http://127.0.0.1:1'], out)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/keyless signing failed: .*ECONNREFUSED/)
    expect(existsSync(bundle)).toBe(false)
  })
})

describe('keyless signing against Fulcio, Rekor and a TSA on 127.0.0.1', () => {
  let services: SigstoreServices
  beforeAll(async () => {
    services = await startSigstoreServices()
  })
  afterAll(() => services.close())

  async function keyless(s: SigstoreServices, env: Record<string, string> = s.actionsEnv) {
    const setup = await signedSetup({ sign: false })
    writeFileSync(join(setup.out, 'root.json'), JSON.stringify(s.trustedRoot))
    const signed = await cli(['sign', 'm.json', '--fulcio-url', s.url, '--rekor-url', s.url, '--tsa-url', `${s.url}/api/v1/timestamp`], setup.out, env)
    return { ...setup, signed }
  }
  const identityFlags = (s: SigstoreServices) => ['--certificate-identity', s.identity, '--certificate-oidc-issuer', s.issuer, '--trusted-root', 'root.json']

  it('signs with the runner OIDC token: a certificate, a log entry and a timestamp, verified offline against the trust root', async () => {
    const { signed, bundle, verify } = await keyless(services)
    expect([signed.exitStatus, signed.stderr]).toEqual([0, ''])
    expect(services.requests).toEqual(expect.arrayContaining(['GET /token', 'POST /api/v2/signingCert', 'POST /api/v1/log/entries', 'POST /api/v1/timestamp']))
    const json = readJson(bundle)
    expect(json.verificationMaterial.certificate.rawBytes).toBeTruthy()
    expect(json.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(json.verificationMaterial.tlogEntries[0].kindVersion.kind).toBe('dsse')
    expect(json.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)

    const r = await verify(...identityFlags(services))
    expect([r.exitStatus, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain(`signer ${services.identity} (${services.issuer})`)
    expect(r.stdout).toContain(`--certificate-identity ${services.identity} --certificate-oidc-issuer ${services.issuer} --trusted-root root.json m.json`)
    const pattern = await verify('--certificate-identity-regexp', '^https://github\\.com/acme/', '--certificate-oidc-issuer', services.issuer, '--trusted-root', 'root.json')
    expect(pattern.exitStatus).toBe(0)
  })

  it('fails a wrong identity, a wrong issuer and an untrusted root, each with its own message', async () => {
    const { verify } = await keyless(services)
    const wrongIdentity = await verify('--certificate-identity', 'https://github.com/evil/app/x.yml@refs/heads/main', '--certificate-oidc-issuer', services.issuer, '--trusted-root', 'root.json')
    expect(wrongIdentity.exitStatus).toBe(1)
    expect(wrongIdentity.stdout).toContain(`signature/identity-mismatch m.json.sigstore.json: bundle m.json.sigstore.json was signed by ${services.identity}, expected https://github.com/evil/app/x.yml@refs/heads/main`)
    const wrongIssuer = await verify('--certificate-identity', services.identity, '--certificate-oidc-issuer', 'https://accounts.google.com', '--trusted-root', 'root.json')
    expect(wrongIssuer.stdout).toContain(`signature/issuer-mismatch m.json.sigstore.json: bundle m.json.sigstore.json was signed with a token from issuer ${services.issuer}, expected https://accounts.google.com`)

    const strangers = await startSigstoreServices()
    try {
      const { out, verify: verifyOther } = await keyless(services)
      writeFileSync(join(out, 'root.json'), JSON.stringify(strangers.trustedRoot))
      const untrusted = await verifyOther(...identityFlags(services))
      expect(untrusted.exitStatus).toBe(1)
      expect(untrusted.stdout).toMatch(/critical signature\/untrusted-certificate .*was not issued by any certificate authority of trust root root.json/)
    } finally {
      await strangers.close()
    }
    // The public-good root shipped with chainseal trusts none of this: offline, it fails closed.
    const shipped = await verify('--certificate-identity', services.identity, '--certificate-oidc-issuer', services.issuer)
    expect(shipped.exitStatus).toBe(1)
    expect(shipped.stdout).toMatch(/signature\/untrusted-certificate .*the public-good Sigstore trust root/)
  })

  it('checks a timestamp in a key-signed bundle against the trust root: trusted with the services\' root, not with the shipped one', async () => {
    const { out, verify } = await signedSetup({ sign: false })
    writeFileSync(join(out, 'root.json'), JSON.stringify(services.trustedRoot))
    const statement = { _type: STATEMENT_TYPE, subject: [{ name: 'm.json', digest: { sha256: sha256Hex(readFileSync(join(out, 'm.json'))) } }], predicateType: PREDICATE_TYPE, predicate: {} }
    const builder = new DSSEBundleBuilder({
      signer: new KeySigner(readPrivateKey(join(out, 'keys/chainseal.key'), 'k').key),
      witnesses: [new TSAWitness({ tsaBaseURL: `${services.url}/api/v1/timestamp` })],
    })
    const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' })
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    writeFileSync(join(out, 'm.json.sigstore.json'), serializeBundle(bundle))
    const trusted = await verify('--key', 'keys/chainseal.pub', '--trusted-root', 'root.json')
    expect([trusted.exitStatus, trusted.stdout]).toEqual([0, expect.stringMatching(/signature verified/)])
    const shipped = await verify('--key', 'keys/chainseal.pub')
    expect([shipped.exitStatus, shipped.stdout]).toEqual([1, expect.stringMatching(/critical signature\/timestamp .*the public-good Sigstore trust root/)])
  })

  it('fails a certificate that had expired when the log recorded the signature', async () => {
    const past = await startSigstoreServices({ caClock: new Date(Date.now() - 24 * 3600_000) })
    try {
      const { signed, verify } = await keyless(past)
      expect(signed.exitStatus).toBe(0)
      const r = await verify(...identityFlags(past))
      expect(r.exitStatus).toBe(1)
      expect(r.stdout).toMatch(/critical signature\/expired-certificate .*not valid when the signature was timestamped/)
    } finally {
      await past.close()
    }
  })

  it('without an OIDC token, names the missing permission and writes nothing', async () => {
    const { signed, bundle } = await keyless(services, {})
    expect(signed.exitStatus).toBe(2)
    expect(signed.stderr).toMatch(/permissions: id-token: write/)
    expect(existsSync(bundle)).toBe(false)
  })

  it('a trust root whose log key validity has no start is refused, not read as unbounded', async () => {
    const { out, verify } = await keyless(services)
    const root = structuredClone(services.trustedRoot) as any
    root.tlogs[0].publicKey.validFor = { end: '2099-01-01T00:00:00Z' }
    writeFileSync(join(out, 'root.json'), JSON.stringify(root))
    const r = await verify(...identityFlags(services))
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/trust root root.json is not valid: tlogs\[0\].publicKey.validFor has no start/)
  })

  it('never prints the identity token when signing fails', async () => {
    const setup = await signedSetup({ sign: false })
    const r = await cli(['sign', 'm.json', '--identity-token', 'not-a-jwt-SECRETVALUE', '--fulcio-url', services.url, '--rekor-url', services.url], setup.out)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/keyless signing failed: the OIDC identity token is not a JWT/)
    expect(r.stderr + r.stdout).not.toContain('SECRETVALUE')
  })
})

describe('the sigstore-conformance client protocol', () => {
  let services: SigstoreServices
  beforeAll(async () => {
    services = await startSigstoreServices()
  })
  afterAll(() => services.close())

  function signingConfig(url: string) {
    const service = { url, majorApiVersion: 1, validFor: { start: '2000-01-01T00:00:00Z' }, operator: 'test' }
    return {
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service],
      oidcUrls: [],
      rekorTlogUrls: [service],
      tsaUrls: [{ ...service, url: `${url}/api/v1/timestamp` }],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    }
  }

  it('sign-bundle then verify-bundle, for a message signature and an in-toto statement, by file or by digest', async () => {
    const dir = makeTree({
      'a.txt': 'conformance artifact\n',
      'b.txt': 'another\n',
      'config.json': JSON.stringify(signingConfig(services.url)),
      'root.json': JSON.stringify(services.trustedRoot),
    })
    const statement = { _type: STATEMENT_TYPE, subject: [{ name: 'a.txt', digest: { sha256: sha256Hex(readFileSync(join(dir, 'a.txt'))) } }], predicateType: 'https://example.com/p', predicate: {} }
    writeFileSync(join(dir, 'statement.json'), JSON.stringify(statement))
    const verifyFlags = ['--certificate-identity', services.identity, '--certificate-oidc-issuer', services.issuer, '--trusted-root', 'root.json']

    const message = await cli(['sigstore', 'sign-bundle', '--identity-token', services.token, '--signing-config', 'config.json', '--bundle', 'a.sigstore.json', 'a.txt'], dir)
    expect([message.exitStatus, message.stderr]).toEqual([0, ''])
    expect(readJson(join(dir, 'a.sigstore.json')).messageSignature).toBeTruthy()
    expect((await cli(['sigstore', 'verify-bundle', '--bundle', 'a.sigstore.json', ...verifyFlags, 'a.txt'], dir)).exitStatus).toBe(0)
    expect((await cli(['sigstore', 'verify-bundle', '--bundle', 'a.sigstore.json', ...verifyFlags, 'b.txt'], dir)).exitStatus).toBe(1)
    // By digest, the message signature is checked over the digest given.
    for (const [file, status] of [['a.txt', 0], ['b.txt', 1]] as const) {
      const byDigest = `sha256:${sha256Hex(readFileSync(join(dir, file)))}`
      expect([file, (await cli(['sigstore', 'verify-bundle', '--bundle', 'a.sigstore.json', ...verifyFlags, byDigest], dir)).exitStatus]).toEqual([file, status])
    }

    const dsse = await cli(['sigstore', 'sign-bundle', '--in-toto', '--identity-token', services.token, '--signing-config', 'config.json', '--bundle', 's.sigstore.json', 'statement.json'], dir)
    expect(dsse.exitStatus).toBe(0)
    const digest = `sha256:${statement.subject[0]!.digest.sha256}`
    expect((await cli(['sigstore', 'verify-bundle', '--bundle', 's.sigstore.json', ...verifyFlags, digest], dir)).exitStatus).toBe(0)
    expect((await cli(['sigstore', 'verify-bundle', '--bundle', 's.sigstore.json', ...verifyFlags, 'b.txt'], dir)).exitStatus).toBe(1)
    // Both a key and an identity: refused, whatever the bundle.
    expect((await cli(['sigstore', 'verify-bundle', '--bundle', 's.sigstore.json', '--key', 'k.pub', ...verifyFlags, 'a.txt'], dir)).exitStatus).toBe(2)
  })

  it('verifies a message signature by digest for an ECDSA key, and asks for the file for an Ed25519 one', async () => {
    const dir = makeTree({ 'a.txt': 'signed bytes\n' })
    const data = readFileSync(join(dir, 'a.txt'))
    const digest = `sha256:${sha256Hex(data)}`
    const other = `sha256:${sha256Hex(Buffer.from('other'))}`
    const keys = { p256: generateKeyPairSync('ec', { namedCurve: 'P-256' }), p384: generateKeyPairSync('ec', { namedCurve: 'P-384' }), ed25519: generateKeyPairSync('ed25519') }
    for (const [name, { privateKey, publicKey }] of Object.entries(keys)) {
      writeFileSync(join(dir, `${name}.pub`), publicKey.export({ format: 'pem', type: 'spki' }))
      writeFileSync(join(dir, `${name}.json`), serializeBundle(await signPayload(data, 'messageSignature', { kind: 'key', key: privateKey })))
    }
    const verify = (name: string, artifact: string) => cli(['sigstore', 'verify-bundle', '--bundle', `${name}.json`, '--key', `${name}.pub`, artifact], dir)
    for (const name of ['p256', 'p384']) {
      expect([name, (await verify(name, 'a.txt')).exitStatus, (await verify(name, digest)).exitStatus]).toEqual([name, 0, 0])
      const wrong = await verify(name, other)
      expect(wrong.exitStatus).toBe(1)
      expect(wrong.stdout).toContain(`signature/invalid`)
      expect(wrong.stdout).toContain(`does not verify with the key ${name}.pub`)
    }
    const r = await verify('ed25519', digest)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/bundle ed25519.json is a message signature by a ed25519 key, which signs the artifact's bytes themselves: give the artifact file/)
  })

  it('fails a message signature whose recorded digest is not the artifact\'s, though the signature over the artifact holds', async () => {
    const dir = makeTree({ 'a.txt': 'signed bytes\n' })
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeFileSync(join(dir, 'k.pub'), publicKey.export({ format: 'pem', type: 'spki' }))
    const bundle = JSON.parse(serializeBundle(await signPayload(readFileSync(join(dir, 'a.txt')), 'messageSignature', { kind: 'key', key: privateKey })))
    bundle.messageSignature.messageDigest.digest = Buffer.from(sha256Hex(Buffer.from('other')), 'hex').toString('base64')
    writeFileSync(join(dir, 'b.json'), JSON.stringify(bundle))
    const r = await cli(['sigstore', 'verify-bundle', '--bundle', 'b.json', '--key', 'k.pub', 'a.txt'], dir)
    expect(r.exitStatus).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`signature/subject-mismatch .*records digest ${sha256Hex(Buffer.from('other'))}, but .*a\\.txt has sha256 ${sha256Hex(Buffer.from('signed bytes\n'))}`))
  })

  it('rejects a statement whose _type is not in-toto v1, even when its signature holds', async () => {
    const dir = makeTree({ 'a.txt': 'x' })
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeFileSync(join(dir, 'k.pub'), publicKey.export({ format: 'pem', type: 'spki' }))
    const sha = sha256Hex(readFileSync(join(dir, 'a.txt')))
    for (const [type, ok] of [[STATEMENT_TYPE, 0], ['https://in-toto.io/Statement/v2', 1], [undefined, 1]] as const) {
      const statement = { ...(type && { _type: type }), subject: [{ name: 'a.txt', digest: { sha256: sha } }], predicateType: 'https://example.com/p' }
      writeFileSync(join(dir, 'b.json'), serializeBundle(await signPayload(Buffer.from(JSON.stringify(statement)), 'dsseEnvelope', { kind: 'key', key: privateKey })))
      const r = await cli(['sigstore', 'verify-bundle', '--bundle', 'b.json', '--key', 'k.pub', 'a.txt'], dir)
      expect([type, r.exitStatus]).toEqual([type, ok])
      if (ok) expect(r.stdout).toMatch(/signature\/statement-invalid .*the statement _type is/)
    }
  })
})
