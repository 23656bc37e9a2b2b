import type { Finding, Severity } from '../finding.ts'
import type { Report } from '../report.ts'
import { renderText } from './text.ts'

/** GitHub shows at most 10 annotations of a level per step; the rest belong in SARIF and the summary. */
const PER_LEVEL = 10
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' }

/** Workflow commands (`::error file=…,line=…::…`), then the summary line. */
export function renderGithub(report: Report): string {
  const lines = annotations(report)
  return lines.join('\n') + (lines.length ? '\n' : '') + renderText({ ...report, findings: [] }, { color: false })
}

/** One workflow command per finding, up to PER_LEVEL of each level, then one saying how many were left out. */
export function annotations(report: Report): string[] {
  const lines: string[] = []
  const shown: Record<string, number> = {}
  let left = 0
  for (const finding of report.findings) {
    const command = COMMAND[finding.severity]
    if ((shown[command] = (shown[command] ?? 0) + 1) > PER_LEVEL) {
      left++
      continue
    }
    lines.push(annotation(command, finding))
  }
  if (left > 0) lines.push(`::notice title=chainseal::${escapeData(`${left} more findings are not annotated (GitHub shows ${PER_LEVEL} of each level); see the job summary and the SARIF report`)}`)
  return lines
}

function annotation(command: string, finding: Finding): string {
  const properties = [`title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`]
  if (finding.location) {
    properties.unshift(`file=${escapeProperty(finding.location.path)}`)
    if (finding.location.line !== undefined) properties.push(`line=${finding.location.line}`)
    if (finding.location.column !== undefined) properties.push(`col=${finding.location.column}`)
  }
  return `::${command} ${properties.join(',')}::${escapeData(finding.message)}`
}

/** As @actions/core escapes workflow command data: %, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Properties also escape the separators ":" and ",". */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
