import { ruleMaker, type Rule } from '../findings/finding.ts'
import { INJECTION_RULES } from './packs/injection.ts'
import { SECRET_RULES } from './packs/secrets.ts'
import type { ScanRule } from './rule.ts'
import { WORKFLOW_RULES } from './workflow.ts'

const scan = ruleMaker('scan', 'posture')

/** What the scan itself reports: a file it could not read was not scanned, which is not a pass. */
export const SCAN_RULES = {
  unreadable: scan('unreadable', 'high', 'A file could not be read, so it was not scanned.'),
} as const satisfies Record<string, Rule>

/** The rule packs every scan starts from. */
export const BUILTIN_SCAN_RULES: readonly ScanRule[] = [...SECRET_RULES, ...INJECTION_RULES]

/** Every rule a scan can report, as the catalog lists them (patterns left out). */
export const SCAN_RULE_CATALOG: readonly Rule[] = [
  ...BUILTIN_SCAN_RULES.map(({ id, category, severity, description }) => ({ id, category, severity, description })),
  ...Object.values(WORKFLOW_RULES),
  ...Object.values(SCAN_RULES),
]
