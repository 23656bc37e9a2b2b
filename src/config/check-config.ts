import schema from '../../schemas/config.schema.json' with { type: 'json' }
import rulesSchema from '../../schemas/rules.schema.json' with { type: 'json' }
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ChainsealError } from '../errors.ts'
import type { FailOn } from '../findings/policy.ts'
import type { Algorithm } from '../integrity/digest.ts'
import type { JsonAllowlist } from '../scan/user-rules.ts'
import { CHECK_FLAGS, convert, rebasePaths, setOption } from './check-flags.ts'
import { readJsonDocument, validateWithSchema } from './validate.ts'

/** `.chainseal.json`, as schemas/config.schema.json describes it. */
export interface CheckConfig {
  failOn?: FailOn
  baseline?: string
  manifest?: boolean | ManifestSection
  signature?: boolean | SignatureSection
  deps?: boolean | DepsSection
  scan?: boolean | ScanSection
  /** Read by `chainseal watch`, not by check. */
  watch?: WatchSection
}

export interface WatchSection {
  rules?: WatchRule[]
}

export interface WatchRule {
  paths: string[]
  action: 'alert' | 'restore' | 'quarantine'
}

export interface ManifestSection {
  mode?: 'create' | 'verify'
  file?: string
  paths?: string[]
  artifacts?: string[]
  root?: string
  include?: string[]
  exclude?: string[]
  defaultExcludes?: boolean
  gitignore?: boolean
  algorithm?: Algorithm
}

export interface SignatureSection {
  bundle?: string
  key?: string
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  trustedRoot?: string
  staging?: boolean
  fulcioUrl?: string
  rekorUrl?: string
  tsaUrl?: string
}

export interface DepsSection {
  lockfiles?: string[]
  registry?: string
  allowHosts?: string[]
  tarballs?: boolean
  concurrency?: number
}

export interface ScanSection {
  paths?: string[]
  root?: string
  include?: string[]
  exclude?: string[]
  defaultExcludes?: boolean
  gitignore?: boolean
  rules?: string[]
  allowlist?: JsonAllowlist
  maxFileSize?: number
}

export const SECTIONS = ['manifest', 'signature', 'deps', 'scan'] as const
export type Section = (typeof SECTIONS)[number]

export const CONFIG_FILE = '.chainseal.json'
export const CONFIG_SCHEMA: object = schema

export interface ConfigSource {
  /** --config FILE, as given. */
  config?: string
  /** --no-config. */
  noConfig?: boolean
}

export interface LoadedConfig {
  config: CheckConfig
  /** The file it came from, if any. */
  file?: string
  /** What the config's relative paths are relative to: its directory, else the working directory. */
  baseDir: string
}

/**
 * Finds and reads the configuration: `--config FILE`, else CHAINSEAL_CONFIG, else the nearest
 * .chainseal.json from the working directory up to the git root. Outside a git checkout only the
 * working directory is searched, so a stray file in a parent (or /tmp) never configures a run.
 */
export function loadConfig(cwd: string, env: NodeJS.ProcessEnv, source: ConfigSource): LoadedConfig {
  if (source.noConfig) {
    if (source.config !== undefined) throw new ChainsealError('usage', '--config and --no-config contradict each other; give one')
    return { config: {}, baseDir: cwd }
  }
  const named = source.config ?? env.CHAINSEAL_CONFIG
  const label = source.config !== undefined ? `config ${source.config}` : named !== undefined ? `config ${named} (from CHAINSEAL_CONFIG)` : undefined
  const file = named !== undefined ? resolve(cwd, named) : discoverConfig(cwd)
  if (file === undefined) return { config: {}, baseDir: cwd }
  const config = readJsonDocument<CheckConfig>(file, {
    label: label ?? `config ${file}`,
    schema,
    references: [rulesSchema],
    code: 'config-invalid',
    fixUnreadable: source.config !== undefined ? 'check the --config path' : named !== undefined ? 'check CHAINSEAL_CONFIG or unset it' : 'fix its permissions or run with --no-config',
    fixNotJson: `see ${schema.$id} for its format`,
  })
  return { config, file, baseDir: dirname(file) }
}

/**
 * The flags given, as a partial config, validated against the config's schema so a flag and a
 * config key accept exactly the same values; errors name the flag.
 */
export function configFromFlags(values: Record<string, unknown>, cwd: string, baseDir: string): CheckConfig {
  const config: Record<string, unknown> = {}
  for (const spec of CHECK_FLAGS) {
    const raw = values[spec.flag]
    if (raw === undefined) continue
    setOption(config, spec.key, convert(spec, raw as string | string[] | boolean))
  }
  for (const spec of CHECK_FLAGS) if (spec.kind === 'false' && spec.key.length === 1 && values[spec.flag]) config[spec.key[0]] = false
  const valid = validateConfig(config as CheckConfig, 'a flag', flagName)
  return rebasePaths(valid, cwd, baseDir)
}

/** `manifest.mode` → `--mode`: validation errors speak of the flag the user typed. */
function flagName(field: string): string {
  const key = field.replace(/\[\d+\]$/, '').split('.')
  const spec = CHECK_FLAGS.find((s) => s.key.length === key.length && s.key.every((k, i) => k === key[i]) && s.kind !== 'false')
  return spec ? `--${spec.flag}` : field
}

/** Validates options built from flags or Action inputs; `name` says how the user spelled each field. */
export function validateConfig(config: CheckConfig, inputName: string, name: (field: string) => string): CheckConfig {
  return validateWithSchema<CheckConfig>(schema, config, inputName, 'usage', name, [rulesSchema])
}

function discoverConfig(cwd: string): string | undefined {
  const gitRoot = findGitRoot(cwd)
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE)
    if (existsSync(candidate)) return candidate
    if (gitRoot === undefined || dir === gitRoot || dirname(dir) === dir) return undefined
  }
}

/** The nearest directory holding .git (a directory, or a file in worktrees and submodules). */
function findGitRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      statSync(join(dir, '.git'))
      return dir
    } catch {
      if (dirname(dir) === dir) return undefined
    }
  }
}

/**
 * Flags (or Action inputs) over the file: a scalar given wins; a section's options merge key by
 * key; a section turned off stays off unless something turns it on again.
 */
export function mergeConfig(file: CheckConfig, over: CheckConfig): CheckConfig {
  const merged: CheckConfig = { ...file }
  if (over.failOn !== undefined) merged.failOn = over.failOn
  if (over.baseline !== undefined) merged.baseline = over.baseline
  for (const section of SECTIONS) {
    const top = over[section]
    if (top === undefined) continue
    const base = file[section]
    if (top === false) merged[section] = false
    else if (top === true) merged[section] = typeof base === 'object' ? base : true
    else (merged as Record<Section, unknown>)[section] = { ...(typeof base === 'object' ? base : {}), ...top }
  }
  return merged
}

/** A section's options, or undefined when it does not run. */
export function sectionOf<S extends Section>(config: CheckConfig, section: S): Exclude<NonNullable<CheckConfig[S]>, boolean> | undefined {
  const value = config[section]
  if (value === undefined || value === false) return undefined
  return (value === true ? {} : value) as Exclude<NonNullable<CheckConfig[S]>, boolean>
}
