import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

/** A published version: its tarball, and what the registry says of it (which a test may falsify). */
export interface Published {
  name: string
  version: string
  tarball?: Buffer
  /** Served instead of the tarball's real integrity: a tampered registry or lockfile. */
  integrity?: string
  /** Leave out `integrity` and serve only the SHA-1 `shasum`, as for very old publishes. */
  shasumOnly?: boolean
  /** Serve these bytes as the tarball while the metadata describes the real one: a swapped file. */
  servedTarball?: Buffer
  /** With a signing registry: publish this version without a signature. */
  unsigned?: boolean
}

export interface RegistryOptions {
  /** Statuses to answer the first requests with, before answering properly (429, 503…). */
  failFirst?: number[]
  /** Cut this many answers off halfway through their body, closing the connection. */
  cutFirst?: number
  /** Answer everything with this instead of JSON. */
  garbage?: string
  /** The Authorization header every request must carry. */
  requireAuth?: string
  /** Publish a P-256 key at /-/npm/v1/keys and sign each version's `name@version:integrity`, as npm's registry does. */
  sign?: boolean
  /** Answer tarball requests with a 302 to the same path under this base, as GitHub Packages sends them from blob storage. */
  redirectTarballsTo?: string
  /** Serve https with this certificate and key (test/helpers/tls.ts). */
  tls?: { cert: string; key: string }
}

export interface TestRegistry {
  url: string
  requests: string[]
  /** The Authorization header of each request, in the order of `requests`. */
  authorizations: (string | undefined)[]
  /** The resolved URL npm would lock for a package from here. */
  tarballUrl(name: string, version: string): string
  integrityOf(name: string, version: string): string
  close(): Promise<void>
}

/**
 * A registry on 127.0.0.1 that speaks the npm registry protocol for what chainseal and npm ask:
 * packuments (`GET /<name>`), per-version documents (`GET /<name>/<version>`; scoped names as
 * `@scope%2fname`), tarballs, and signing keys with signatures when asked to sign.
 */
export async function startRegistry(packages: Published[], options: RegistryOptions = {}): Promise<TestRegistry> {
  const requests: string[] = []
  const authorizations: (string | undefined)[] = []
  const failures = [...(options.failFirst ?? [])]
  let cuts = options.cutFirst ?? 0
  const byKey = new Map(packages.map((p) => [`${p.name}@${p.version}`, p]))
  let base = ''
  const tarballOf = (p: Published) => p.tarball ?? Buffer.from(`tarball of ${p.name}@${p.version}`)
  const integrityOf = (p: Published) => 'sha512-' + createHash('sha512').update(tarballOf(p)).digest('base64')
  const signingKey = options.sign ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : undefined
  const keyid = 'SHA256:test-registry-key'
  const tarballUrl = (name: string, version: string) => `${base}${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url ?? '')
    authorizations.push(request.headers.authorization)
    const send = (status: number, body: string | Buffer, type = 'application/json') => {
      if (cuts > 0) {
        cuts--
        const bytes = Buffer.from(body)
        response.writeHead(status, { 'content-type': type, 'content-length': bytes.length })
        response.write(bytes.subarray(0, bytes.length >> 1), () => response.socket?.destroy())
        return
      }
      response.writeHead(status, { 'content-type': type })
      response.end(body)
    }
    const failure = failures.shift()
    if (failure !== undefined) return send(failure, JSON.stringify({ error: 'try again' }))
    if (options.requireAuth && request.headers.authorization !== options.requireAuth) return send(401, JSON.stringify({ error: 'unauthorized' }))
    if (options.garbage !== undefined) return send(200, options.garbage, 'text/html')
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (path === '/-/npm/v1/keys') {
      if (!signingKey) return send(404, '{}')
      const key = signingKey.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')
      return send(200, JSON.stringify({ keys: [{ expires: null, keyid, keytype: 'ecdsa-sha2-nistp256', scheme: 'ecdsa-sha2-nistp256', key }] }))
    }
    const tarball = /^\/(.+)\/-\/[^/]+-([^/]+)\.tgz$/.exec(path)
    if (tarball) {
      if (options.redirectTarballsTo !== undefined) {
        response.writeHead(302, { location: `${options.redirectTarballsTo}${request.url!.slice(1)}` })
        return void response.end()
      }
      const p = byKey.get(`${tarball[1]}@${tarball[2]}`)
      return p ? send(200, p.servedTarball ?? tarballOf(p), 'application/octet-stream') : send(404, '{}')
    }
    const packument = /^\/((?:@[^/]+\/)?[^/@]+)$/.exec(path)
    if (packument) {
      const versions = packages.filter((p) => p.name === packument[1])
      if (versions.length === 0) return send(404, JSON.stringify({ error: 'not found' }))
      const docs = Object.fromEntries(versions.map((p) => [p.version, versionDocument(p)]))
      return send(200, JSON.stringify({ name: packument[1], 'dist-tags': { latest: versions.at(-1)!.version }, versions: docs }))
    }
    const version = /^\/((?:@[^/]+\/)?[^/@]+)\/([^/]+)$/.exec(path)
    const p = version && byKey.get(`${version[1]}@${version[2]}`)
    if (!p) return send(404, JSON.stringify({ error: 'not found' }))
    send(200, JSON.stringify(versionDocument(p)))
  }
  /** A version's document, as the registry serves it alone and inside the packument; made once. */
  const documents = new Map<Published, object>()
  const versionDocument = (p: Published) => {
    let document = documents.get(p)
    if (!document) documents.set(p, (document = makeDocument(p)))
    return document
  }
  const makeDocument = (p: Published) => {
    const shasum = createHash('sha1').update(tarballOf(p)).digest('hex')
    const integrity = p.integrity ?? integrityOf(p)
    const dist: Record<string, unknown> = p.shasumOnly ? { shasum, tarball: tarballUrl(p.name, p.version) } : { integrity, shasum, tarball: tarballUrl(p.name, p.version) }
    if (signingKey && !p.unsigned)
      dist.signatures = [{ keyid, sig: sign('sha256', Buffer.from(`${p.name}@${p.version}:${integrity}`), signingKey.privateKey).toString('base64') }]
    return { name: p.name, version: p.version, dist }
  }
  const server = options.tls ? createTlsServer(options.tls, handle) : createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url: base,
    requests,
    authorizations,
    tarballUrl,
    integrityOf: (name, version) => integrityOf(byKey.get(`${name}@${version}`) ?? { name, version }),
    close: () =>
      new Promise((resolve) => {
        // Clients keep connections alive; a test must not wait out their idle timeout.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
