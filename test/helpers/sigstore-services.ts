import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Fulcio, Rekor, a timestamp authority and the GitHub Actions OIDC token endpoint, served on
 * 127.0.0.1 by @sigstore/mock's own handlers: a real HTTP server the CLI can be pointed at, and
 * the trusted root that verifies what it issues.
 */
export interface SigstoreServices {
  url: string
  /** The OIDC token the token endpoint hands out: subject and issuer as Fulcio will certify them. */
  token: string
  identity: string
  issuer: string
  /** A Sigstore trusted_root.json for these services. */
  trustedRoot: object
  /** The env a GitHub Actions job with `id-token: write` has. */
  actionsEnv: Record<string, string>
  requests: string[]
  close(): Promise<void>
}

export interface ServicesOptions {
  /** The CA's clock: a time in the past makes certificates that expired before the log saw them. */
  caClock?: Date
  identity?: string
  issuer?: string
}

export const TEST_IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
export const TEST_ISSUER = 'https://token.actions.githubusercontent.com'

export async function startSigstoreServices(options: ServicesOptions = {}): Promise<SigstoreServices> {
  const handlers = new Map<string, HandlerFn>()
  const requests: string[] = []
  const identity = options.identity ?? TEST_IDENTITY
  const issuer = options.issuer ?? TEST_ISSUER
  const token = unsignedJwt({ iss: issuer, sub: identity, aud: 'sigstore', exp: Math.floor(Date.now() / 1000) + 600 })
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      requests.push(`${req.method} ${path}`)
      if (req.method === 'GET' && path === '/token') {
        const ok = req.headers.authorization === 'Bearer runner-request-token'
        res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? JSON.stringify({ value: token }) : '{}')
        return
      }
      const handler = req.method === 'POST' ? handlers.get(path) : undefined
      if (!handler) return void res.writeHead(404).end()
      handler(Buffer.concat(chunks).toString('utf8')).then(
        ({ statusCode, response, contentType }) => res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' }).end(response),
        (error: Error) => res.writeHead(500).end(error.message),
      )
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const ctLog = await initializeCTLog(keyPair())
  const ca = await initializeCA(keyPair(), ctLog, options.caClock)
  const tlogKeys = keyPair()
  const tlog = await initializeTLog(url, tlogKeys)
  // A whole-second clock a minute ahead: asn1js drops trailing zeros of fractional seconds (as DER
  // requires), which @sigstore/core cannot parse; and a minute in, the timestamp is inside the
  // ten-minute certificates the CA issues during the tests.
  const tsa = await initializeTSA(keyPair(), new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000))
  for (const h of [fulcioHandler(ca), tsaHandler(tsa)]) handlers.set(h.path, h.fn)
  const rekor = rekorHandler(tlog)
  handlers.set(rekor.path, (body) => rekor.fn(canonicalDsseEntry(body)))

  const since = { start: '2000-01-01T00:00:00Z' }
  const b64 = (bytes: ArrayBufferView | ArrayBuffer) =>
    (bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('base64')
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: since },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') },
      },
    ],
    certificateAuthorities: [{ subject: { organization: 'test', commonName: 'test-ca' }, uri: url, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: since }],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctLog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: since },
        logId: { keyId: b64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'test', commonName: 'test-tsa' },
        uri: `${url}/api/v1/timestamp`,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: since,
      },
    ],
  }
  return {
    url,
    token,
    identity,
    issuer,
    trustedRoot,
    actionsEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token' },
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/**
 * Rekor stores a proposed dsse entry in canonical form (hashes and signatures, not the envelope);
 * the mock logs what it is given, so give it what Rekor would log.
 */
function canonicalDsseEntry(body: string): string {
  const proposed = JSON.parse(body)
  if (proposed.kind !== 'dsse') return body
  const { envelope, verifiers } = proposed.spec.proposedContent
  const parsed = JSON.parse(envelope)
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(parsed.payload, 'base64')) },
      signatures: parsed.signatures.map((sig: { sig: string }, i: number) => ({ signature: sig.sig, verifier: verifiers[i] })),
    },
  })
}

function keyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' })
}

/** Fulcio's mock reads the claims and ignores the signature, as the real one would not. */
function unsignedJwt(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`
}
