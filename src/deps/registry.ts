import { createHash } from 'node:crypto'
import { ChainsealError } from '../errors.ts'
import { authFor, registryFor, type RegistryConfig } from './npmrc.ts'

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
 * Asks registries for per-version metadata: small documents, so memory stays flat however long the
 * lockfile (a whole packument can be megabytes). Failures that a retry cannot mend (unreachable,
 * refused, not JSON) throw: a check that could not ask must not pass.
 */
export class RegistryClient {
  readonly #config: RegistryConfig
  readonly #options: typeof DEFAULTS
  readonly #keys = new Map<string, Promise<RegistryKey[] | undefined>>()
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
    if (!dist || typeof dist !== 'object') throw new ChainsealError('registry-invalid', `${redact(url)} answered without a "dist" for ${name}@${version}; is it an npm registry?`)
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
        if (!Array.isArray(list)) throw new ChainsealError('registry-invalid', `${redact(registry)}-/npm/v1/keys answered without a "keys" list`)
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
    return this.#request(url, what, async (response) => {
      const hash = createHash(algorithm)
      for await (const chunk of response.body ?? []) hash.update(chunk)
      return hash.digest('base64')
    })
  }

  async #get(url: string, what: string): Promise<unknown> {
    return this.#request(url, what, async (response) => {
      const text = await response.text()
      try {
        return JSON.parse(text)
      } catch {
        throw new ChainsealError('registry-invalid', `${redact(url)} did not answer JSON for ${what}; is it an npm registry?`)
      }
    })
  }

  /** One GET with the concurrency bound, auth, timeout and retries; 404 is undefined. */
  async #request<T>(url: string, what: string, read: (response: Response) => Promise<T>): Promise<T | undefined> {
    await this.#acquire()
    try {
      for (let attempt = 0; ; attempt++) {
        const retry = (reason: string, after?: number) => {
          if (attempt >= this.#options.retries)
            throw new ChainsealError('registry-unreachable', `could not get ${what} from ${redact(url)}: ${reason}, after ${attempt + 1} attempts; check the registry URL and the network`)
          return sleep(after ?? 200 * 2 ** attempt)
        }
        let response: Response
        try {
          this.requests++
          const headers: Record<string, string> = { accept: 'application/json' }
          const auth = authFor(this.#config, url)
          if (auth) headers.authorization = auth
          response = await fetch(url, { headers, signal: AbortSignal.timeout(this.#options.timeoutMs) })
        } catch (error) {
          await retry(networkReason(error))
          continue
        }
        if (response.status === 404) {
          await response.body?.cancel()
          return undefined
        }
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel()
          await retry(`HTTP ${response.status}`, retryAfter(response))
          continue
        }
        if (response.status === 401 || response.status === 403)
          throw new ChainsealError('registry-auth', `${redact(url)} refused ${what} (HTTP ${response.status}): set an auth token for this registry in .npmrc`)
        if (!response.ok) throw new ChainsealError('registry-invalid', `${redact(url)} answered HTTP ${response.status} for ${what}`)
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

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'))
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 10) * 1000 : undefined
}

function networkReason(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError') return 'timed out'
  return e.cause?.code ?? e.cause?.message ?? e.message
}

/** A URL without credentials, fit for a message. */
function redact(url: string): string {
  const parsed = new URL(url)
  parsed.username = ''
  parsed.password = ''
  return parsed.toString()
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
