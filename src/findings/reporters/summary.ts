import { CATEGORIES, SEVERITIES, type Finding } from '../finding.ts'
import type { Report } from '../report.ts'
import { COMMAND_STATS } from './text.ts'

export interface SummaryOptions {
  /** Where a finding's file:line links to: the repository's files at the commit checked. */
  links?: { server: string; repository: string; sha: string; /** The directory report paths are relative to, from the repository root. */ base?: string }
  /** The job summary's limit is 1 MiB a step; the default leaves room for the rest of the step. */
  maxBytes?: number
}

const DEFAULT_MAX_BYTES = 1024 * 1024 - 16 * 1024
const TOP_FINDINGS = 100
const STATUS_ICON = { pass: '✅', fail: '❌', error: '⚠️' }

/**
 * The job summary: status, counts by category and severity, the top findings with links to
 * file:line, and the commands that verify a signed manifest. Built as HTML because the summary
 * renders it, and escaped here because the summary API does not escape: a file name or a message
 * must never become markup. Rows stop before the size limit, with a line saying how many were left.
 */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES
  const head: string[] = [`<h2>${STATUS_ICON[report.status]} chainseal ${escapeHtml(report.command)}: ${report.status.toUpperCase()}</h2>`]
  const { findings, failing, failOn, suppressed } = report.summary
  if (report.error) {
    head.push(`<p>${escapeHtml(report.error.message)}</p>`)
    // What the checks that ran found follows the error; with none, the error is the whole summary.
    if (findings === 0) return head.join('\n') + '\n'
  }
  head.push(
    `<p>${findings} finding${findings === 1 ? '' : 's'}, ${failing} at or above <code>${failOn}</code>${suppressed ? `; ${suppressed} accepted by the baseline` : ''}.</p>`,
  )
  if (findings > 0) head.push(countsTable(report))

  const commands = Object.entries(COMMAND_STATS).filter(([key]) => typeof report.stats[key] === 'string')
  const tail: string[] = []
  if (commands.length) {
    tail.push('<h3>Verify this manifest</h3>')
    for (const [key, label] of commands) tail.push(`<p>${escapeHtml(label)}:</p>\n<pre lang="sh"><code>${escapeHtml(String(report.stats[key]))}</code></pre>`)
  }
  const facts = Object.entries(report.stats).filter(([key]) => !(key in COMMAND_STATS))
  if (facts.length)
    tail.push(`<details><summary>Details</summary>\n<table>\n${facts.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td><code>${escapeHtml(String(v))}</code></td></tr>`).join('\n')}\n</table>\n</details>`)

  const fixed = [...head, ...tail].join('\n').length + 512
  const rows: string[] = []
  let size = fixed
  const shown = report.findings.slice(0, TOP_FINDINGS)
  for (const finding of shown) {
    const row = findingRow(finding, options.links)
    if (size + Buffer.byteLength(row) > max) break
    rows.push(row)
    size += Buffer.byteLength(row) + 1
  }
  const body: string[] = []
  if (rows.length) {
    body.push(`<h3>Findings</h3>\n<table>\n<tr><th>Severity</th><th>Rule</th><th>Where</th><th>Message</th></tr>\n${rows.join('\n')}\n</table>`)
    const left = report.findings.length - rows.length
    if (left > 0) body.push(`<p>${left} more finding${left === 1 ? '' : 's'} in the SARIF and JSON reports.</p>`)
  }
  return [...head, ...body, ...tail].join('\n') + '\n'
}

function countsTable(report: Report): string {
  const categories = CATEGORIES.filter((c) => report.summary.byCategory[c])
  const count = (category: string, severity: string) => report.findings.filter((f) => f.category === category && f.severity === severity).length
  const header = `<tr><th>Category</th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}<th>total</th></tr>`
  const lines = categories.map((c) => `<tr><td>${c}</td>${SEVERITIES.map((s) => `<td>${count(c, s) || ''}</td>`).join('')}<td>${report.summary.byCategory[c]}</td></tr>`)
  return `<table>\n${header}\n${lines.join('\n')}\n</table>`
}

function findingRow(finding: Finding, links: SummaryOptions['links']): string {
  const where = finding.location ? location(finding.location, links) : ''
  return `<tr><td>${finding.severity}</td><td><code>${escapeHtml(finding.ruleId)}</code></td><td>${where}</td><td>${escapeHtml(finding.message)}</td></tr>`
}

function location(loc: NonNullable<Finding['location']>, links: SummaryOptions['links']): string {
  const text = escapeHtml(loc.line !== undefined ? `${loc.path}:${loc.line}` : loc.path)
  if (!links) return `<code>${text}</code>`
  const path = links.base ? `${links.base}/${loc.path}` : loc.path
  const href = `${links.server}/${links.repository}/blob/${links.sha}/${path.split('/').map(encodeURIComponent).join('/')}${loc.line !== undefined ? `#L${loc.line}` : ''}`
  return `<a href="${escapeHtml(href)}"><code>${text}</code></a>`
}

/** Text into HTML text or a quoted attribute: nothing in it can open a tag or close a quote. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
