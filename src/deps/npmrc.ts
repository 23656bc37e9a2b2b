import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import ini from 'ini'
import { ChainsealError, osReason } from '../errors.ts'
import { readInputText } from '../io/read-input.ts'
import { withoutCredentials } from '../io/url.ts'

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/** Where packages come from and how to authenticate there, as npm reads it from .npmrc files. */
export interface RegistryConfig {
  registry: string
  /** "@scope" → registry URL */
  scopes: Map<string, string>
  /** "//host/path/" → Authorization header value; matched by the longest prefix of a request URL. */
  auth: Map<string, string>
  /**
   * The certificate authorities https registries must chain to, as PEM, when .npmrc names them
   * (`cafile`, `ca`): they replace the system's, as npm uses them. Absent: Node's own roots (plus
   * NODE_EXTRA_CA_CERTS). TLS is always verified: `strict-ssl=false` is not honoured.
   */
  ca?: string[]
  /**
   * Proxies, as npm takes them: `https-proxy` for https requests, `proxy` for http ones (and for
   * https when no https-proxy is set), with the hosts in `noproxy` reached directly. Unset in
   * .npmrc, each comes from the environment as npm's defaults do (HTTPS_PROXY, HTTP_PROXY,
   * NO_PROXY, either case); `proxy=null` or `false` turns one off.
   */
  proxy: ProxyConfig
}

export interface ProxyConfig {
  https?: string
  http?: string
  noProxy?: string
}

/**
 * npm's order, most specific last: the user's ~/.npmrc, then the project's .npmrc, then
 * `--registry`. `${VAR}` in values is read from the environment, as npm does.
 */
export function loadRegistryConfig(projectDir: string, env: NodeJS.ProcessEnv, registry?: string): RegistryConfig {
  // npm's defaults for the three settings, in its order.
  const fromEnv = (...names: string[]) => {
    const name = names.find((n) => env[n])
    return { value: name && env[name], from: name ?? '' }
  }
  const proxies: Record<ProxySetting, { value: string | undefined; from: string }> = {
    'https-proxy': fromEnv('HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'),
    proxy: fromEnv('HTTP_PROXY', 'http_proxy'),
    noproxy: fromEnv('NO_PROXY', 'no_proxy'),
  }
  const config: RegistryConfig = { registry: DEFAULT_REGISTRY, scopes: new Map(), auth: new Map(), proxy: {} }
  const home = env.HOME ?? homedir()
  for (const file of [join(home, '.npmrc'), join(projectDir, '.npmrc')]) {
    const values = readNpmrc(file, env)
    apply(config, values, file, home)
    for (const setting of PROXY_SETTINGS)
      if (setting in values) proxies[setting] = { value: typeof values[setting] === 'string' ? (values[setting] as string) : undefined, from: `${setting} in ${file}` }
  }
  const https = proxies['https-proxy'].value ? proxies['https-proxy'] : proxies.proxy
  config.proxy = {
    ...(https.value && { https: proxyUrl(https.value, https.from) }),
    ...(proxies.proxy.value && { http: proxyUrl(proxies.proxy.value, proxies.proxy.from) }),
    ...(proxies.noproxy.value && { noProxy: proxies.noproxy.value }),
  }
  if (env.npm_config_registry) config.registry = normalise(env.npm_config_registry, 'npm_config_registry')
  if (registry !== undefined) config.registry = normalise(registry, '--registry')
  return config
}

function readNpmrc(file: string, env: NodeJS.ProcessEnv): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new ChainsealError('input', `cannot read ${file}: ${osReason(error)}`, { cause: error })
  }
  const expanded = text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) => env[name] ?? '')
  return ini.parse(expanded)
}

function apply(config: RegistryConfig, values: Record<string, unknown>, file: string, home: string): void {
  for (const [key, value] of Object.entries(values)) {
    // `ca[]=…` lines make a list; a later file's ca or cafile replaces an earlier one's, as npm's
    // layers do, and `ca=null` goes back to the system's authorities.
    if (key === 'ca') config.ca = value === null ? undefined : [value].flat().map((pem) => certificates(String(pem).replace(/\\n/g, '\n'), `the ca in ${file}`))
    if (typeof value !== 'string') continue
    if (key === 'cafile') {
      const path = value.startsWith('~/') ? join(home, value.slice(2)) : resolve(dirname(file), value)
      const label = `the cafile ${path} that ${file} names`
      config.ca = [certificates(readInputText(path, label, "fix the path, or remove cafile to trust the system's certificate authorities"), label)]
    }
    if (key === 'registry') config.registry = normalise(value, `registry in ${file}`)
    else if (/^@[^:]+:registry$/.test(key)) config.scopes.set(key.slice(0, key.indexOf(':')), normalise(value, `${key} in ${file}`))
    else if (key.startsWith('//')) {
      const at = key.lastIndexOf(':')
      const prefix = key.slice(0, at)
      const field = key.slice(at + 1)
      const base = prefix.endsWith('/') ? prefix : prefix + '/'
      if (field === '_authToken') config.auth.set(base, `Bearer ${value}`)
      else if (field === '_auth') config.auth.set(base, `Basic ${value}`)
    }
  }
}

/** PEM text that holds a certificate; anything else would only fail later as an obscure TLS error. */
function certificates(pem: string, label: string): string {
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new ChainsealError('input', `${label} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`)
  return pem
}

type ProxySetting = 'https-proxy' | 'proxy' | 'noproxy'
const PROXY_SETTINGS: readonly ProxySetting[] = ['https-proxy', 'proxy', 'noproxy']

function proxyUrl(url: string, name: string): string {
  const parsed = httpUrl(url)
  if (!parsed) throw new ChainsealError('usage', `${name} must be an http(s) URL such as http://proxy.example.com:8080 (got "${withoutCredentials(url)}")`)
  return parsed.href
}

function normalise(url: string, name: string): string {
  const parsed = httpUrl(url)
  if (!parsed) throw new ChainsealError('usage', `${name} must be an http(s) URL such as https://registry.npmjs.org/ (got "${url}")`)
  return parsed.href.endsWith('/') ? parsed.href : parsed.href + '/'
}

function httpUrl(url: string): URL | undefined {
  const parsed = URL.parse(url)
  return parsed?.protocol === 'https:' || parsed?.protocol === 'http:' ? parsed : undefined
}

/** The registry a package is fetched from: its scope's, or the default. */
export function registryFor(config: RegistryConfig, name: string): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined
  return (scope && config.scopes.get(scope)) ?? config.registry
}

/** The Authorization header for a URL, from the longest matching `//host/path/` of .npmrc. */
export function authFor(config: RegistryConfig, url: string): string | undefined {
  if (config.auth.size === 0) return undefined
  const { host, pathname } = new URL(url)
  let best: string | undefined
  for (const prefix of config.auth.keys()) {
    if (`//${host}${pathname}`.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix
  }
  return best ? config.auth.get(best) : undefined
}
