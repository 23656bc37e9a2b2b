import type { Rule, Severity } from '../finding.ts'
import type { Report } from '../report.ts'

/** GitHub code scanning reads `security-severity`: ≥ 9.0 critical, ≥ 7.0 high, ≥ 4.0 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: every rule with descriptions, help, a
 * security-severity and tags; results with 1-based regions and a partial fingerprint (the
 * finding's own, stable across runs). Nothing beyond the finding's message and location goes
 * in, so no secret can.
 */
export function renderSarif(report: Report, catalog: readonly Rule[]): string {
  const rules = [...catalog]
  for (const finding of report.findings)
    if (!rules.some((r) => r.id === finding.ruleId))
      rules.push({ id: finding.ruleId, category: finding.category, severity: finding.severity, description: finding.ruleId })
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: `${rule.description} (${rule.category}, ${rule.severity})`, markdown: `**${rule.id}**: ${rule.description}` },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[rule.severity], tags: ['security', rule.category], precision: 'high' },
            })),
          },
        },
        // A run that ended in an error says so, so code scanning does not read its results as complete.
        ...(report.error && { invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: report.error.message } }] }] }),
        results: report.findings.map((finding) => {
          const region: Record<string, number> = { startLine: finding.location?.line ?? 1 }
          if (finding.location?.column !== undefined) region.startColumn = finding.location.column
          if (finding.location?.endLine !== undefined) region.endLine = finding.location.endLine
          if (finding.location?.endColumn !== undefined) region.endColumn = finding.location.endColumn
          return {
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId)!,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: finding.location ? [{ physicalLocation: { artifactLocation: { uri: toUri(finding.location.path) }, region } }] : [],
            partialFingerprints: { 'chainseal/v1': finding.fingerprint },
          }
        }),
      },
    ],
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}

/** "integrity/mode-changed" → "IntegrityModeChanged", the PascalCase name SARIF suggests. */
function ruleName(id: string): string {
  return id.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded, slashes kept. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
