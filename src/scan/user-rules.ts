import { parse as parseToml } from 'smol-toml'
import { resolve } from 'node:path'
import schema from '../../schemas/rules.schema.json' with { type: 'json' }
import { readJsonDocument } from '../config/validate.ts'
import { readInputText } from '../io/read-input.ts'
import { ChainsealError } from '../errors.ts'
import type { Severity } from '../findings/finding.ts'
import { compileRules, emptyAllowlistDefinition, type AllowlistDefinition, type RuleDefinition, type RulesConfig, type Target } from './compile-rules.ts'
import type { Allowlist } from './engine.ts'
import type { ScanRule } from './rule.ts'

function emptyRulesConfig(): RulesConfig {
  return { rules: [], disable: [], override: {}, allowlist: emptyAllowlistDefinition() }
}

/**
 * Reads rules files: chainseal's JSON (schemas/rules.schema.json) or a gitleaks config (.toml:
 * its [[rules]] and allowlists), so a team can bring its gitleaks rules as they are. Patterns are
 * checked when compiled (compileRules), which a scan does once before it reads any file.
 */
function loadRulesFiles(files: readonly { path: string; name: string }[]): RulesConfig {
  const config = emptyRulesConfig()
  for (const file of files) {
    const part = /\.toml$/i.test(file.name) ? fromGitleaks(readInputText(file.path, `rules file ${file.name}`), file.name) : fromJson(file.path, file.name)
    config.rules.push(...part.rules)
    config.disable.push(...part.disable)
    Object.assign(config.override, part.override)
    mergeAllowlist(config.allowlist, part.allowlist)
  }
  return config
}

/** An allowlist as a rules file (or `.chainseal.json`'s scan section) writes it. */
export interface JsonAllowlist {
  paths?: string[]
  values?: string[]
  target?: Target
  stopwords?: string[]
}
interface JsonRules {
  rules?: { id: string; description: string; severity?: Severity; category?: 'secret' | 'injection'; regex?: string; secretGroup?: number; entropy?: number; keywords?: string[]; paths?: string[]; allowlist?: JsonAllowlist }[]
  disable?: string[]
  override?: Record<string, { severity: Severity }>
  allowlist?: JsonAllowlist
}


function allowlistOf(a: JsonAllowlist | undefined, origin: string): AllowlistDefinition {
  const target = a?.target ?? 'secret'
  return { ...emptyAllowlistDefinition(), paths: a?.paths ?? [], values: (a?.values ?? []).map((pattern) => ({ pattern, target, origin })), stopwords: a?.stopwords ?? [] }
}

function fromJson(path: string, name: string): RulesConfig {
  const json = readJsonDocument<JsonRules>(path, { label: `rules file ${name}`, schema, code: 'rules-invalid', fixUnreadable: '', fixNotJson: 'rules files are JSON, or a gitleaks .toml' })
  return {
    rules: (json.rules ?? []).map((rule) => {
      const definition: RuleDefinition = {
        id: rule.id.includes('/') ? rule.id : `custom/${rule.id}`,
        description: rule.description,
        severity: rule.severity ?? 'high',
        category: rule.category ?? 'secret',
        keywords: rule.keywords ?? [],
        paths: rule.paths ?? [],
        origin: `rules file ${name}, rule ${rule.id}`,
      }
      if (rule.regex !== undefined) definition.regex = rule.regex
      if (rule.secretGroup !== undefined) definition.secretGroup = rule.secretGroup
      if (rule.entropy !== undefined) definition.entropy = rule.entropy
      if (rule.allowlist) definition.allowlist = allowlistOf(rule.allowlist, `rules file ${name}, rule ${rule.id}, allowlist`)
      return definition
    }),
    disable: json.disable ?? [],
    override: json.override ?? {},
    allowlist: allowlistOf(json.allowlist, `rules file ${name}, allowlist`),
  }
}

/**
 * A gitleaks config. Its rules join chainseal's built-in ones (gitleaks' own defaults are not
 * copied: the built-in rules cover the same providers); its ids become custom/<id>; commit
 * allowlists have no meaning for a tree scan and are ignored.
 */
function fromGitleaks(text: string, name: string): RulesConfig {
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (error) {
    throw new ChainsealError('rules-invalid', `rules file ${name} is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
  }
  const where = (path: string) => `rules file ${name}: ${path}`
  const config = emptyRulesConfig()
  const rules = data.rules ?? []
  if (!Array.isArray(rules)) throw new ChainsealError('rules-invalid', `${where('rules')} must be an array of tables ([[rules]])`)
  rules.forEach((raw: unknown, i) => {
    const at = `rules[${i}]`
    const rule = table(raw, where(at))
    const id = string(rule.id, where(`${at}.id`))
    if (id === undefined) throw new ChainsealError('rules-invalid', `${where(`${at}`)} has no id`)
    const regex = string(rule.regex, where(`${at}.regex`))
    const path = string(rule.path, where(`${at}.path`))
    if (regex === undefined && path === undefined) throw new ChainsealError('rules-invalid', `${where(`rule ${id}`)} needs a regex or a path`)
    const definition: RuleDefinition = {
      id: `custom/${id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}`,
      description: string(rule.description, where(`${at}.description`)) ?? `gitleaks rule ${id}`,
      severity: 'high',
      category: 'secret',
      keywords: strings(rule.keywords, where(`${at}.keywords`)),
      paths: [],
      origin: `rules file ${name}, rule ${id}`,
    }
    if (regex !== undefined) definition.regex = regex
    if (path !== undefined) definition.pathRegex = path
    const group = number(rule.secretGroup, where(`${at}.secretGroup`))
    if (group !== undefined) definition.secretGroup = group
    const entropy = number(rule.entropy, where(`${at}.entropy`))
    if (entropy !== undefined) definition.entropy = entropy
    const allowlists = [...(rule.allowlist !== undefined ? [rule.allowlist] : []), ...arrayOf(rule.allowlists, where(`${at}.allowlists`))]
    if (allowlists.length) {
      definition.allowlist = emptyAllowlistDefinition()
      allowlists.forEach((a, j) => mergeAllowlist(definition.allowlist!, gitleaksAllowlist(a, where(`${at}.allowlists[${j}]`))))
    }
    config.rules.push(definition)
  })
  const global = [...(data.allowlist !== undefined ? [data.allowlist] : []), ...arrayOf(data.allowlists, where('allowlists'))]
  global.forEach((a, j) => mergeAllowlist(config.allowlist, gitleaksAllowlist(a, where(`allowlists[${j}]`))))
  return config
}

function gitleaksAllowlist(raw: unknown, where: string): AllowlistDefinition {
  const a = table(raw, where)
  const target = string(a.regexTarget, `${where}.regexTarget`) ?? 'secret'
  if (!['secret', 'match', 'line'].includes(target)) throw new ChainsealError('rules-invalid', `${where}.regexTarget must be secret, match or line (got "${target}")`)
  const origin = (pattern: string) => ({ pattern, origin: where })
  return {
    paths: [],
    pathRegexes: strings(a.paths, `${where}.paths`).map(origin),
    values: strings(a.regexes, `${where}.regexes`).map((pattern) => ({ ...origin(pattern), target: target as Target })),
    stopwords: strings(a.stopwords, `${where}.stopwords`),
  }
}

function mergeAllowlist(into: AllowlistDefinition, from: AllowlistDefinition): void {
  into.paths.push(...from.paths)
  into.pathRegexes.push(...from.pathRegexes)
  into.values.push(...from.values)
  into.stopwords.push(...from.stopwords)
}

/**
 * The rules files named (from `cwd`) as one config, and the rules it makes with the built-in ones:
 * what a scan and `--list-rules` both start from. Compiling checks every pattern, so a bad one
 * fails before any file is read.
 */
export function loadScanRules(
  cwd: string,
  names: readonly string[],
  builtin: readonly ScanRule[],
  /** An allowlist of the configuration's own (already checked against the schema with it). */
  allowlist?: JsonAllowlist,
): { config: RulesConfig; rules: ScanRule[]; allowlist: Allowlist } {
  const config = loadRulesFiles(names.map((name) => ({ path: resolve(cwd, name), name })))
  if (allowlist) mergeAllowlist(config.allowlist, allowlistOf(allowlist, 'the configuration\'s scan.allowlist'))
  return { config, ...compileRules(config, builtin) }
}

function table(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ChainsealError('rules-invalid', `${where} must be a table`)
  return value as Record<string, unknown>
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ChainsealError('rules-invalid', `${where} must be an array of tables`)
  return value
}

function string(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value === '') throw new ChainsealError('rules-invalid', `${where} must be a non-empty string`)
  return value
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new ChainsealError('rules-invalid', `${where} must be an array of strings`)
  return value
}

function number(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ChainsealError('rules-invalid', `${where} must be a number ≥ 0`)
  return value
}
