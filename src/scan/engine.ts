import { createFinding, type Finding } from '../findings/finding.ts'
import { KeywordSet } from './keywords.ts'
import { isSuppressed } from './suppress.ts'
import { extensionOf, type AllowPattern, type Pattern, type PatternMatch, type ScanRule, type ValueFilter } from './rule.ts'
import { isPlaceholder, redact, shannonEntropy } from './values.ts'

/** What every rule shares: values and paths a team has accepted (rules file, gitleaks allowlist). */
export interface Allowlist {
  /** Root-relative paths never scanned. */
  paths: ((path: string) => boolean)[]
  /** A secret, match or line matching one of these is not a finding. */
  values: AllowPattern[]
  /** A secret containing one of these words (any case) is not a finding. */
  stopwords: string[]
}

export const EMPTY_ALLOWLIST: Allowlist = { paths: [], values: [], stopwords: [] }

/**
 * Rules compiled for scanning: the keyword automaton of all of them, and per file extension the
 * rules that read such files, so a file costs one keyword pass plus the patterns it can trigger.
 */
export class RuleSet {
  readonly rules: readonly ScanRule[]
  readonly allowlist: Allowlist
  private readonly keywords: KeywordSet
  /** For each rule, the keyword indexes that trigger it (empty: it always runs). */
  private readonly triggers: number[][]
  private readonly byExtension = new Map<string, number[]>()

  constructor(rules: readonly ScanRule[], allowlist: Allowlist = EMPTY_ALLOWLIST) {
    // Specific rules first: a generic rule does not report a value a specific one already did.
    this.rules = [...rules].sort((a, b) => Number(a.fallback ?? false) - Number(b.fallback ?? false))
    this.allowlist = allowlist
    this.keywords = new KeywordSet(this.rules.flatMap((rule) => rule.keywords))
    const index = new Map(this.keywords.keywords.map((keyword, i) => [keyword, i]))
    this.triggers = this.rules.map((rule) => rule.keywords.map((keyword) => index.get(keyword.toLowerCase())!))
  }

  /** Rules that read a file of this path (by extension and the rule's own path test). */
  private candidates(path: string): number[] {
    const ext = extensionOf(path)
    let byExt = this.byExtension.get(ext)
    if (!byExt) {
      byExt = this.rules.flatMap((rule, i) => (!rule.files?.extensions || rule.files.extensions.includes(ext) ? [i] : []))
      this.byExtension.set(ext, byExt)
    }
    return byExt.filter((i) => !this.rules[i]!.files?.path || this.rules[i]!.files!.path!(path))
  }

  /**
   * Findings in one file's text. `path` is root-relative, as findings report it; `ascii` is the
   * file's bytes when they are all ASCII, which lets the keyword pass walk bytes.
   */
  scan(path: string, text: string, ascii?: Uint8Array): Finding[] {
    const candidates = this.candidates(path)
    if (candidates.length === 0) return []
    const hits = this.keywords.scan(text, ascii)
    const lines = new LineIndex(text)
    const findings: Finding[] = []
    const reported: [number, number][] = []
    const occurrences = new Map<string, number>()

    for (const i of candidates) {
      const rule = this.rules[i]!
      const trigger = this.triggers[i]!
      if (trigger.length > 0 && !trigger.some((k) => hits.has(k))) continue
      if (rule.pathOnly) {
        findings.push(createFinding(rule, { message: `${sentence(rule.description)} (the file itself matches)`, location: { path } }))
        continue
      }
      const matches = rule.anchored && rule.pattern.matchAt ? anchoredMatches(rule.pattern, trigger, hits, text) : rule.pattern.matchAll(text)
      for (const match of matches) {
        const value = match[rule.secretGroup]
        if (value === undefined || value.length === 0) continue
        const start = match.indices?.[rule.secretGroup]?.[0] ?? match.index + (rule.secretGroup === 0 ? 0 : match[0].indexOf(value))
        const end = start + value.length
        if (rule.fallback && reported.some(([s, e]) => start < e && end > s)) continue
        const lineNumber = lines.lineOf(start)
        const line = lines.text(lineNumber)
        if (rule.category === 'secret' && !this.isSecret(value, match[0], line, rule.values)) continue
        if (isSuppressed(rule.id, line, lines.text(lineNumber - 1))) continue
        reported.push([start, end])
        const endLine = lines.lineOf(end - 1)
        const secret = rule.category === 'secret'
        // A secret is identified by its value; code by what matched. Repeats are counted apart.
        const identity = secret ? value : match[0].trim()
        const key = `${rule.id}\0${identity}`
        const occurrence = occurrences.get(key) ?? 0
        occurrences.set(key, occurrence + 1)
        findings.push(
          createFinding(rule, {
            message: secret ? `${sentence(rule.description)}: revoke it, then remove it from the code and its history` : sentence(rule.description),
            location: { path, line: lineNumber, column: start - lines.start(lineNumber) + 1, endLine, endColumn: end - lines.start(endLine) + 1 },
            ...(secret && { evidence: redact(value) }),
            identity: [identity, String(occurrence)],
          }),
        )
      }
    }
    return findings
  }

  private isSecret(value: string, match: string, line: string, filter: ValueFilter | undefined): boolean {
    if (filter?.placeholders !== false && isPlaceholder(value)) return false
    if (filter?.minEntropy !== undefined && shannonEntropy(value) < filter.minEntropy) return false
    if (filter?.requireDigit && !/\d/.test(value)) return false
    const lower = value.toLowerCase()
    for (const stopwords of [filter?.stopwords ?? [], this.allowlist.stopwords]) if (stopwords.some((word) => lower.includes(word.toLowerCase()))) return false
    for (const allow of [...(filter?.allow ?? []), ...this.allowlist.values]) {
      const target = allow.target === 'secret' ? value : allow.target === 'match' ? match : line
      if (allow.pattern.test(target)) return false
    }
    return true
  }
}

/** The matches of an anchored rule: its pattern tried at each place one of its keywords starts. */
function* anchoredMatches(pattern: Pattern, trigger: number[], hits: Map<number, number[]>, text: string): Iterable<PatternMatch> {
  const starts = trigger.length === 1 ? (hits.get(trigger[0]!) ?? []) : [...new Set(trigger.flatMap((k) => hits.get(k) ?? []))].sort((a, b) => a - b)
  let end = 0
  for (const start of starts) {
    if (start < end) continue
    const match = pattern.matchAt!(text, start)
    if (!match) continue
    end = start + Math.max(1, match[0].length)
    yield match
  }
}

/** Line numbers of offsets, computed on the first finding of a file (most files have none). */
class LineIndex {
  private starts: number[] | undefined
  private readonly text_: string
  constructor(text: string) {
    this.text_ = text
  }

  private get lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0]
      for (let i = this.text_.indexOf('\n'); i !== -1; i = this.text_.indexOf('\n', i + 1)) starts.push(i + 1)
      this.starts = starts
    }
    return this.starts
  }

  /** 1-based line of a UTF-16 offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }

  start(line: number): number {
    return this.lineStarts[line - 1] ?? 0
  }

  /** The text of a 1-based line without its newline ('' outside the file). */
  text(line: number): string {
    const starts = this.lineStarts
    if (line < 1 || line > starts.length) return ''
    const end = line < starts.length ? starts[line]! - 1 : this.text_.length
    return this.text_.slice(starts[line - 1], end).replace(/\r$/, '')
  }
}

function sentence(description: string): string {
  return description.replace(/\.$/, '')
}
