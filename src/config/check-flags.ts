import { isAbsolute, resolve } from 'node:path'
import type { ParseArgsOptionsConfig } from 'node:util'
import { ChainsealError } from '../errors.ts'
import type { CheckConfig, Section } from './check-config.ts'

/**
 * How a flag's text becomes a config value: `path`s are relative to where the command runs (the
 * config's paths to its own directory), so they are resolved before the two meet.
 */
type Kind = 'string' | 'path' | 'list' | 'paths' | 'true' | 'false' | 'integer' | 'size'

export interface FlagSpec {
  flag: string
  /** The config key it sets: top-level, or [section, key]; a bare section turns it on or off. */
  key: readonly [string] | readonly [Section, string]
  kind: Kind
}

/** Every option of .chainseal.json is also a flag of `chainseal check`: this table is the mapping. */
export const CHECK_FLAGS: readonly FlagSpec[] = [
  { flag: 'fail-on', key: ['failOn'], kind: 'string' },
  { flag: 'baseline', key: ['baseline'], kind: 'path' },

  { flag: 'manifest', key: ['manifest', 'file'], kind: 'path' },
  { flag: 'no-manifest', key: ['manifest'], kind: 'false' },
  { flag: 'mode', key: ['manifest', 'mode'], kind: 'string' },
  { flag: 'path', key: ['manifest', 'paths'], kind: 'paths' },
  { flag: 'artifact', key: ['manifest', 'artifacts'], kind: 'paths' },
  { flag: 'root', key: ['manifest', 'root'], kind: 'path' },
  { flag: 'include', key: ['manifest', 'include'], kind: 'list' },
  { flag: 'exclude', key: ['manifest', 'exclude'], kind: 'list' },
  { flag: 'no-default-excludes', key: ['manifest', 'defaultExcludes'], kind: 'false' },
  { flag: 'gitignore', key: ['manifest', 'gitignore'], kind: 'true' },
  { flag: 'algorithm', key: ['manifest', 'algorithm'], kind: 'string' },

  { flag: 'sign', key: ['signature'], kind: 'true' },
  { flag: 'no-signature', key: ['signature'], kind: 'false' },
  { flag: 'bundle', key: ['signature', 'bundle'], kind: 'path' },
  { flag: 'key', key: ['signature', 'key'], kind: 'path' },
  { flag: 'certificate-identity', key: ['signature', 'certificateIdentity'], kind: 'string' },
  { flag: 'certificate-identity-regexp', key: ['signature', 'certificateIdentityRegexp'], kind: 'string' },
  { flag: 'certificate-oidc-issuer', key: ['signature', 'certificateOidcIssuer'], kind: 'string' },
  { flag: 'trusted-root', key: ['signature', 'trustedRoot'], kind: 'path' },
  { flag: 'staging', key: ['signature', 'staging'], kind: 'true' },
  { flag: 'fulcio-url', key: ['signature', 'fulcioUrl'], kind: 'string' },
  { flag: 'rekor-url', key: ['signature', 'rekorUrl'], kind: 'string' },
  { flag: 'tsa-url', key: ['signature', 'tsaUrl'], kind: 'string' },

  { flag: 'deps', key: ['deps'], kind: 'true' },
  { flag: 'no-deps', key: ['deps'], kind: 'false' },
  { flag: 'lockfile', key: ['deps', 'lockfiles'], kind: 'paths' },
  { flag: 'registry', key: ['deps', 'registry'], kind: 'string' },
  { flag: 'allow-host', key: ['deps', 'allowHosts'], kind: 'list' },
  { flag: 'tarballs', key: ['deps', 'tarballs'], kind: 'true' },
  { flag: 'concurrency', key: ['deps', 'concurrency'], kind: 'integer' },

  { flag: 'scan', key: ['scan'], kind: 'true' },
  { flag: 'no-scan', key: ['scan'], kind: 'false' },
  { flag: 'scan-path', key: ['scan', 'paths'], kind: 'paths' },
  { flag: 'scan-root', key: ['scan', 'root'], kind: 'path' },
  { flag: 'scan-include', key: ['scan', 'include'], kind: 'list' },
  { flag: 'scan-exclude', key: ['scan', 'exclude'], kind: 'list' },
  { flag: 'no-scan-default-excludes', key: ['scan', 'defaultExcludes'], kind: 'false' },
  { flag: 'scan-gitignore', key: ['scan', 'gitignore'], kind: 'true' },
  { flag: 'rules', key: ['scan', 'rules'], kind: 'paths' },
  { flag: 'max-file-size', key: ['scan', 'maxFileSize'], kind: 'size' },
]

/** The table as node:util parseArgs options. */
export function checkFlagOptions(): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = {}
  for (const { flag, kind } of CHECK_FLAGS)
    options[flag] = kind === 'list' || kind === 'paths' ? { type: 'string', multiple: true } : kind === 'true' || kind === 'false' ? { type: 'boolean' } : { type: 'string' }
  return options
}

/**
 * Sets one option of a config being built from flags or inputs. Any option of a section turns the
 * section on, unless the same command line has turned it off.
 */
export function setOption(config: Record<string, unknown>, key: FlagSpec['key'], value: unknown): void {
  if (key.length === 1) {
    config[key[0]] = value
    return
  }
  const [section, name] = key
  const existing = config[section]
  if (existing !== false) config[section] = { ...(typeof existing === 'object' ? existing : {}), [name]: value }
}

/**
 * Options given relative to the working directory (flags, Action inputs), made absolute so they
 * keep their meaning beside a config whose paths are relative to its own directory (`baseDir`);
 * as they are when the two are one directory.
 */
export function rebasePaths(config: CheckConfig, cwd: string, baseDir: string): CheckConfig {
  if (baseDir === cwd) return config
  const rebased: Record<string, unknown> = { ...config }
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p))
  for (const { key, kind } of CHECK_FLAGS) {
    if (kind !== 'path' && kind !== 'paths') continue
    const holder = (key.length === 1 ? rebased : rebased[key[0]]) as Record<string, unknown> | undefined
    const name = key[key.length - 1]!
    if (typeof holder !== 'object' || holder[name] === undefined) continue
    const value = holder[name] as string | string[]
    const copy = key.length === 1 ? holder : (rebased[key[0]] = { ...holder })
    ;(copy as Record<string, unknown>)[name] = typeof value === 'string' ? absolute(value) : value.map(absolute)
  }
  return rebased as CheckConfig
}

/** A flag's text as the config value it sets. */
export function convert(spec: FlagSpec, raw: string | string[] | boolean): unknown {
  switch (spec.kind) {
    case 'true':
      return true
    case 'false':
      return false
    case 'list':
    case 'path':
    case 'paths':
      return raw
    case 'integer':
      return /^\d+$/.test(raw as string) ? Number(raw) : raw
    case 'size':
      return byteSize(spec.flag, raw as string)
    default:
      return raw
  }
}

/** "5242880", "512k", "5m": a size in bytes. */
export function byteSize(flag: string, value: string): number {
  const match = /^(\d+)([km]?)$/i.exec(value)
  if (!match || Number(match[1]) === 0) throw new ChainsealError('usage', `--${flag} must be a size in bytes, optionally with k or m (got "${value}")`)
  const unit = match[2]!.toLowerCase()
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1)
}
