/**
 * Inline suppressions: `chainseal-ignore: <rule-id> <reason>` on the finding's line or on a comment
 * line just above it (a rule id, or a namespace as `secret/*`), and gitleaks' `gitleaks:allow` on
 * the line, so a team moving from gitleaks keeps its annotations.
 */
export declare function isSuppressed(ruleId: string, line: string, previous: string): boolean;
