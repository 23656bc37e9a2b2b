import picomatch from 'picomatch'
import { RE2JS } from 're2js'
import { ChainsealError } from '../errors.ts'
import type { Severity } from '../findings/finding.ts'
import type { Allowlist } from './engine.ts'
import { selectsRule, type AllowPattern, type Pattern, type PatternMatch, type ScanRule } from './rule.ts'

// Rules as data and their compilation, apart from reading rules files: scan workers compile the
// rules they are sent and need none of the parsers and schema validation that loading takes.

export type Target = AllowPattern['target']

/** An allowlist as written: plain data, so it can be sent to scan workers and compiled there. */
export interface AllowlistDefinition {
  /** Globs. */
  paths: string[]
  /** RE2 patterns on the path (gitleaks' form). */
  pathRegexes: WrittenPattern[]
  /** RE2 patterns on the secret, match or line: each keeps its own target when allowlists merge. */
  values: (WrittenPattern & { target: Target })[]
  stopwords: string[]
}

/** A user's pattern and where it was written ("rules file x.toml: allowlists[0]"), for its errors. */
export interface WrittenPattern {
  pattern: string
  origin: string
}

export interface RuleDefinition {
  id: string
  description: string
  severity: Severity
  category: 'secret' | 'injection'
  regex?: string
  secretGroup?: number
  entropy?: number
  keywords: string[]
  paths: string[]
  pathRegex?: string
  allowlist?: AllowlistDefinition
  /** Where the rule was written, for messages. */
  origin: string
}

/** Every rules file given, merged: plain data, checked when loaded, compiled where it is used. */
export interface RulesConfig {
  rules: RuleDefinition[]
  disable: string[]
  override: Record<string, { severity: Severity }>
  allowlist: AllowlistDefinition
}

export function emptyAllowlistDefinition(): AllowlistDefinition {
  return { paths: [], pathRegexes: [], values: [], stopwords: [] }
}

/**
 * The rules a scan runs: the built-in ones less those disabled, with overrides applied and user
 * rules added (a user rule with a built-in id replaces it), and the merged allowlist.
 */
export function compileRules(config: RulesConfig, builtin: readonly ScanRule[]): { rules: ScanRule[]; allowlist: Allowlist } {
  const disabled = (id: string) => config.disable.some((selector) => selectsRule(selector, id))
  const user = config.rules.map(compileRule)
  const replaced = new Set(user.map((r) => r.id))
  const rules = [...builtin.filter((r) => !replaced.has(r.id)), ...user]
    .filter((rule) => !disabled(rule.id))
    .map((rule) => (config.override[rule.id] ? { ...rule, ...config.override[rule.id] } : rule))
  for (const id of Object.keys(config.override))
    if (!rules.some((r) => r.id === id)) throw new ChainsealError('rules-invalid', `override names rule ${id}, which does not exist or is disabled; see chainseal scan --list-rules`)
  return { rules, allowlist: compileAllowlist(config.allowlist) }
}

function compileRule(definition: RuleDefinition): ScanRule {
  const odd = definition.keywords.find((k) => !/^[\x20-\x7e]+$/.test(k))
  if (odd !== undefined) throw new ChainsealError('rules-invalid', `${definition.origin}: keyword ${JSON.stringify(odd)} must be printable ASCII`)
  const pattern = definition.regex === undefined ? undefined : re2Pattern(definition.regex, definition.origin)
  const pathPattern = definition.pathRegex === undefined ? undefined : re2Pattern(definition.pathRegex, `${definition.origin}, path`)
  const globs = definition.paths.length ? picomatch(definition.paths, { dot: true }) : undefined
  const allow = definition.allowlist ? compileAllowlist(definition.allowlist) : undefined
  const groups = pattern ? pattern.groups : 0
  const group = definition.secretGroup ?? (groups > 0 ? 1 : 0)
  if (group > groups) throw new ChainsealError('rules-invalid', `${definition.origin}: secretGroup ${group} but the regex has ${groups} group(s)`)
  const rule: ScanRule = {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    pattern: pattern ?? NEVER,
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    secretGroup: group,
  }
  if (globs || pathPattern || allow?.paths.length)
    rule.files = { path: (path) => (!globs || globs(path)) && (!pathPattern || pathPattern.test(path)) && !allow?.paths.some((allowed) => allowed(path)) }
  if (!pattern) rule.pathOnly = true
  if (definition.entropy !== undefined || allow) {
    rule.values = {}
    if (definition.entropy !== undefined) rule.values.minEntropy = definition.entropy
    if (allow?.values.length) rule.values.allow = allow.values
    if (allow?.stopwords.length) rule.values.stopwords = allow.stopwords
  }
  return rule
}

function compileAllowlist(definition: AllowlistDefinition): Allowlist {
  const globs = definition.paths.length ? picomatch(definition.paths, { dot: true }) : undefined
  return {
    paths: [...(globs ? [globs] : []), ...definition.pathRegexes.map((p) => re2Pattern(p.pattern, `${p.origin}, path pattern`)).map((p) => (path: string) => p.test(path))],
    values: definition.values.map((v) => ({ pattern: re2Pattern(v.pattern, `${v.origin}, value pattern`), target: v.target })),
    stopwords: definition.stopwords,
  }
}

/** A user pattern, on the linear-time engine: whatever it says, it cannot backtrack. */
function re2Pattern(source: string, origin: string): Pattern & { groups: number } {
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(source)
  } catch (error) {
    throw new ChainsealError('rules-invalid', `${origin}: the pattern ${JSON.stringify(source)} is not valid RE2 syntax (${(error as Error).message}); lookarounds and backreferences are not supported`)
  }
  return {
    groups: compiled.groupCount(),
    matchAll: (text) => compiled.matchAll(text) as Iterable<PatternMatch>,
    test: (text) => compiled.test(text),
  }
}

const NEVER: Pattern = { matchAll: () => [], test: () => false }
