import { selectsRule } from './rule.ts'

/**
 * Inline suppressions: `chainseal-ignore: <rule-id> <reason>` on the finding's line or on a comment
 * line just above it (a rule id, or a namespace as `secret/*`), and gitleaks' `gitleaks:allow` on
 * the line, so a team moving from gitleaks keeps its annotations.
 */
export function isSuppressed(ruleId: string, line: string, previous: string): boolean {
  if (line.includes('gitleaks:allow')) return true
  const named = (text: string) => {
    for (const match of text.matchAll(/chainseal-ignore:\s*([\w./*-]+)/g)) if (selectsRule(match[1]!, ruleId)) return true
    return false
  }
  return named(line) || (/^\s*(?:\/\/|#|\/\*|\*|<!--|--|;)/.test(previous) && named(previous))
}
