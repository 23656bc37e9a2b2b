import { createHash } from 'node:crypto'
import type { Agent as HttpAgent, IncomingMessage } from 'node:http'
import type { Agent as HttpsAgent, AgentOptions as HttpsAgentOptions } from 'node:https'
import { createRequire } from 'node:module'
import { ChainsealError } from '../errors.ts'
import { withoutCredentials } from '../io/url.ts'
import { authFor, registryFor, type RegistryConfig } from './npmrc.ts'

/**
 * node:http and node:https by require, not by import: importing them as ES modules evaluates every
 * export, and node:http's lazy WebSocket export loads Node's undici, ~16 ms of every start.
 */
const nodeRequire = createRequire(import.meta.url)
const http = nodeRequire('node:http') as typeof import('node:http')
const https = nodeRequire('node:https') as typeof import('node:https')

/** What a registry says of one published version: `dist` of its version document. */
export interface VersionDist {
  integrity?: string
  shasum?: string
  tarball?: string
  signatures?: { keyid: string; sig: string }[]
}

/** A registry's signing key, from `/-/npm/v1/keys`: an ECDSA P-256 public key, base64 SPKI DER. */
export interface RegistryKey {
  keyid: string
  key: string
  keytype?: string
  scheme?: string
  expires?: string | null
}

export interface RegistryClientOptions {
  /** Requests at once. */
  concurrency?: number
  /** Per attempt, in milliseconds. */
  timeoutMs?: number
  /** Further attempts after a 429, a 5xx, a reset or a timeout. */
  retries?: number
}

const DEFAULTS = { concurrency: 32, timeoutMs: 30_000, retries: 3 }
/**
 * A version's metadata or the keys document is kilobytes; a registry that sends more (or never
 * stops) must not fill the runner's memory. Tarballs are hashed as they stream and have no cap.
 */
const MAX_DOCUMENT_BYTES = 32 << 20
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

/**
 * Asks registries for per-version metadata: small documents, so memory stays flat however long the
 * lockfile (a whole packument can be megabytes). Failures that a retry cannot mend (unreachable,
 * refused, not JSON) throw: a check that could not ask must not pass.
 */
export class RegistryClient {
  readonly #config: RegistryConfig
  readonly #options: typeof DEFAULTS
  readonly #keys = new Map<string, Promise<RegistryKey[] | undefined>>()
  readonly #agents: { http?: HttpAgent; https?: HttpsAgent } = {}
  #active = 0
  readonly #queue: (() => void)[] = []
  requests = 0

  constructor(config: RegistryConfig, options: RegistryClientOptions = {}) {
    this.#config = config
    this.#options = { ...DEFAULTS, ...options }
  }

  /** The dist of name@version, or undefined when the registry has no such version. */
  async dist(name: string, version: string): Promise<VersionDist | undefined> {
    const url = `${registryFor(this.#config, name)}${encodeName(name)}/${encodeURIComponent(version)}`
    const response = await this.#get(url, `${name}@${version}`)
    if (response === undefined) return undefined
    const dist = (response as { dist?: VersionDist }).dist
    if (!dist || typeof dist !== 'object') throw new ChainsealError('registry-invalid', `${withoutCredentials(url)} answered without a "dist" for ${name}@${version}; is it an npm registry?`)
    return dist
  }

  /**
   * The signing keys of the registry `name` comes from, or undefined when it publishes none (a 404:
   * then signatures are counted as skipped, as npm does). Asked once per registry.
   */
  keysFor(name: string): Promise<RegistryKey[] | undefined> {
    const registry = registryFor(this.#config, name)
    let keys = this.#keys.get(registry)
    if (!keys) {
      keys = this.#get(`${registry}-/npm/v1/keys`, 'the signing keys').then((answer) => {
        if (answer === undefined) return undefined
        const list = (answer as { keys?: unknown }).keys
        if (!Array.isArray(list)) throw new ChainsealError('registry-invalid', `${withoutCredentials(registry)}-/npm/v1/keys answered without a "keys" list`)
        return list as RegistryKey[]
      })
      this.#keys.set(registry, keys)
    }
    return keys
  }

  /**
   * Downloads a tarball, hashing it as it streams (nothing is kept), and returns its base64 digest,
   * or undefined when the registry has no such file.
   */
  async tarballDigest(url: string, algorithm: string, what: string): Promise<string | undefined> {
    return this.#request(
      url,
      what,
      async (response) => {
        const hash = createHash(algorithm)
        await consume(response, (chunk) => hash.update(chunk))
        return hash.digest('base64')
      },
      true,
    )
  }

  async #get(url: string, what: string): Promise<unknown> {
    return this.#request(url, what, async (response) => {
      const chunks: Buffer[] = []
      let size = 0
      // The socket's timeout only notices silence: a document that drips in must end in time too.
      const deadline = setTimeout(() => response.destroy(timedOut()), this.#options.timeoutMs)
      try {
        await consume(response, (chunk) => {
          size += chunk.length
          if (size <= MAX_DOCUMENT_BYTES) return void chunks.push(chunk)
          response.destroy(new ChainsealError('registry-invalid', `${withoutCredentials(url)} sent more than ${MAX_DOCUMENT_BYTES >> 20} MiB for ${what}, where a registry answers kilobytes; is it an npm registry?`))
        })
      } finally {
        clearTimeout(deadline)
      }
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        return JSON.parse(text)
      } catch {
        throw new ChainsealError('registry-invalid', `${withoutCredentials(url)} did not answer JSON for ${what}; is it an npm registry?`)
      }
    })
  }

  /**
   * One GET with the concurrency bound, auth, timeout and retries; 404 is undefined. With
   * `followRedirects` (tarballs: GitHub Packages sends them from blob storage), a few redirects
   * are followed, never from https to http. The token goes only where .npmrc names its host, so
   * another host gets none. Metadata is never redirected: it must come from the registry asked.
   */
  async #request<T>(url: string, what: string, read: (response: IncomingMessage) => Promise<T>, followRedirects = false): Promise<T | undefined> {
    await this.#acquire()
    try {
      let redirects = 0
      for (let attempt = 0; ; attempt++) {
        const retry = (reason: string, after?: number) => {
          if (attempt >= this.#options.retries)
            throw new ChainsealError('registry-unreachable', `could not get ${what} from ${withoutCredentials(url)}: ${reason}, after ${attempt + 1} attempts; check the registry URL and the network${this.#proxyNote(url)}`)
          return sleep(after ?? 200 * 2 ** attempt)
        }
        let response: IncomingMessage
        try {
          this.requests++
          const headers: Record<string, string> = { accept: 'application/json' }
          const auth = authFor(this.#config, url)
          if (auth) headers.authorization = auth
          response = await this.#get1(url, headers)
        } catch (error) {
          // An untrusted certificate will not change on a retry.
          if (isCertificateError(error))
            throw new ChainsealError('registry-untrusted', `could not get ${what} from ${withoutCredentials(url)}: its TLS certificate is not trusted (${networkReason(error)}); if the registry's certificate comes from a private certificate authority, name it in .npmrc with cafile=PATH, or in NODE_EXTRA_CA_CERTS`)
          await retry(networkReason(error))
          continue
        }
        const status = response.statusCode ?? 0
        const location = response.headers.location
        if (followRedirects && REDIRECTS.has(status) && location !== undefined) {
          response.resume()
          const next = new URL(location, url)
          const downgrade = next.protocol !== 'https:' && !(next.protocol === 'http:' && url.startsWith('http:'))
          if (redirects++ >= MAX_REDIRECTS || downgrade)
            throw new ChainsealError('registry-invalid', `${withoutCredentials(url)} redirected ${what} to ${withoutCredentials(next.href)}, which is not followed (${downgrade ? 'https must not lead to http' : `more than ${MAX_REDIRECTS} redirects`})`)
          url = next.href
          attempt--
          continue
        }
        if (status === 404) {
          response.resume()
          return undefined
        }
        if (status === 429 || status >= 500) {
          response.resume()
          await retry(`HTTP ${status}`, retryAfter(response))
          continue
        }
        if (status === 401 || status === 403) {
          response.resume()
          throw new ChainsealError('registry-auth', `${withoutCredentials(url)} refused ${what} (HTTP ${status}): set an auth token for this registry in .npmrc`)
        }
        if (status < 200 || status >= 300) {
          response.resume()
          throw new ChainsealError('registry-invalid', `${withoutCredentials(url)} answered HTTP ${status} for ${what}`)
        }
        try {
          return await read(response)
        } catch (error) {
          if (error instanceof ChainsealError) throw error
          await retry(networkReason(error)) // the connection broke while the body came
        }
      }
    } finally {
      this.#release()
    }
  }

  /**
   * node:http(s) with keep-alive agents rather than fetch: for hundreds of small documents its
   * per-request cost is a fraction of fetch's. The timeout is the socket's silence; documents also
   * have a deadline for the whole answer (#get).
   */
  #get1(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const request = url.startsWith('https:')
        ? https.get(url, { headers, agent: (this.#agents.https ??= new https.Agent(this.#agentOptions(true))), timeout: this.#options.timeoutMs }, resolve)
        : http.get(url, { headers, agent: (this.#agents.http ??= new http.Agent(this.#agentOptions(false))), timeout: this.#options.timeoutMs }, resolve)
      request.on('timeout', () => request.destroy(timedOut()))
      request.on('error', reject)
    })
  }

  /**
   * Keep-alive, the concurrency bound, the authorities .npmrc names (https), and Node's own proxy
   * support: CONNECT tunnels for https, absolute URLs for http, NO_PROXY hosts direct. Only what
   * .npmrc and the environment said is passed, never the whole environment. Asked once per agent.
   */
  #agentOptions(secure: boolean): HttpsAgentOptions {
    const { proxy, ca } = this.#config
    const proxied = proxy.https !== undefined || proxy.http !== undefined
    return {
      keepAlive: true,
      maxSockets: this.#options.concurrency,
      ...(proxied && { proxyEnv: { HTTPS_PROXY: proxy.https, HTTP_PROXY: proxy.http, NO_PROXY: proxy.noProxy } }),
      ...(secure && ca && { ca }),
    }
  }

  /** The proxy a request to url goes through unless noproxy lists its host, for messages. */
  #proxyNote(url: string): string {
    const proxy = url.startsWith('https:') ? this.#config.proxy.https : this.#config.proxy.http
    return proxy ? ` (and the proxy ${withoutCredentials(proxy)}, which .npmrc or the environment names)` : ''
  }

  /** Lets the keep-alive connections go, so the process can end. */
  close(): void {
    this.#agents.http?.destroy()
    this.#agents.https?.destroy()
  }

  async #acquire(): Promise<void> {
    if (this.#active < this.#options.concurrency) {
      this.#active++
      return
    }
    await new Promise<void>((resolve) => this.#queue.push(resolve))
  }

  #release(): void {
    const next = this.#queue.shift()
    if (next) next()
    else this.#active--
  }
}

/** Scoped names keep their "@" and escape the "/", as npm requests them. */
function encodeName(name: string): string {
  return name.startsWith('@') ? '@' + encodeURIComponent(name.slice(1)) : encodeURIComponent(name)
}

/**
 * Feeds a response body to `take` chunk by chunk, until it ends or breaks. Listeners rather than
 * `for await`: an async iterator per response, and a promise per chunk, cost more than the few
 * chunks of a registry document are worth.
 */
function consume(response: IncomingMessage, take: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    response.on('data', take)
    response.on('end', resolve)
    response.on('error', reject)
    // Node reports a body cut short as an 'error'; this is the guard should one only close.
    response.on('close', () => {
      if (!response.complete) reject(Object.assign(new Error('the connection closed mid-answer'), { code: 'ECONNRESET' }))
    })
  })
}

function retryAfter(response: IncomingMessage): number | undefined {
  const seconds = Number(response.headers['retry-after'])
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 10) * 1000 : undefined
}

/** What a request that ran out of time is destroyed with; networkReason knows it by name. */
function timedOut(): Error {
  return Object.assign(new Error('timed out'), { name: 'TimeoutError' })
}

/** OpenSSL's verification failures (Node passes their names on as codes), and a name that does not match. */
function isCertificateError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|HOSTNAME_MISMATCH/.test(code)
}

function networkReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (e.name === 'TimeoutError') return 'timed out'
  return e.code ?? e.message
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
