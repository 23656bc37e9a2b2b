import { SEVERITIES, type Finding, type Severity } from '../finding.ts'
import type { Report } from '../report.ts'

export interface TextOptions {
  color: boolean
}

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[2m',
}
const STATUS_COLOR = { pass: '\x1b[32m', fail: '\x1b[1;31m', error: '\x1b[1;31m' }
const RESET = '\x1b[0m'

/** Stats that are commands a person can run: each printed on a line of its own, not in the summary. */
export const COMMAND_STATS: Record<string, string> = { verifyCommand: 'verify with chainseal', cosignCommand: 'verify with cosign' }

/** One summary line, then one line per finding: what a person reads in a terminal or a CI log. */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (code: string, text: string) => (options.color ? code + text + RESET : text)
  const lines = [summaryLine(report, paint)]
  for (const [key, label] of Object.entries(COMMAND_STATS)) if (typeof report.stats[key] === 'string') lines.push(`${label}: ${oneLine(report.stats[key])}`)
  for (const finding of report.findings) lines.push(findingLine(finding, paint))
  return lines.join('\n') + '\n'
}

function summaryLine(report: Report, paint: (code: string, text: string) => string): string {
  const head = `chainseal ${report.command}: ${paint(STATUS_COLOR[report.status], report.status.toUpperCase())}`
  const { findings, failing, failOn, bySeverity } = report.summary
  const counts = SEVERITIES.filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`)
  const found = `${plural(findings, 'finding')} (${counts.join(', ')}), ${failing} at or above ${failOn}`
  // An error with findings: the checks that ran still say what they found.
  if (report.error) return `${head}: ${oneLine(report.error.message)}${findings ? `; the checks that ran: ${found}` : ''}`
  const parts = [findings === 0 ? 'no findings' : found]
  if (report.summary.suppressed) parts.push(`${report.summary.suppressed} accepted by the baseline`)
  for (const [key, value] of Object.entries(report.stats)) if (!(key in COMMAND_STATS)) parts.push(`${key} ${value}`)
  return `${head}: ${parts.join('; ')}`
}

function findingLine(finding: Finding, paint: (code: string, text: string) => string): string {
  const where = finding.location ? oneLine(formatLocation(finding.location)) + ': ' : ''
  const severity = paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(8))
  return `${severity} ${finding.ruleId} ${where}${oneLine(finding.message)}`
}

function formatLocation(location: NonNullable<Finding['location']>): string {
  let text = location.path
  if (location.line !== undefined) text += `:${location.line}`
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`
  return text
}

/**
 * File names may hold newlines, escapes or terminal control sequences; a report line must stay one
 * line and must not let a crafted name drive the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\\]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  )
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
