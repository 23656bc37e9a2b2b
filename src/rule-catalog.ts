import { KEY_RULES, SIGNATURE_RULES } from './attest/rules.ts'
import { DEPS_RULES } from './deps/rules.ts'
import type { Rule } from './findings/finding.ts'
import { INTEGRITY_RULES } from './integrity/rules.ts'
import { SCAN_RULE_CATALOG } from './scan/rules.ts'
import { LOG_RULES } from './watch/rules.ts'

/** Every rule of every check: what SARIF's rule list describes, whatever a run found. */
export const RULE_CATALOG: readonly Rule[] = [
  ...Object.values(INTEGRITY_RULES),
  ...Object.values(SIGNATURE_RULES),
  ...Object.values(KEY_RULES),
  ...Object.values(DEPS_RULES),
  ...SCAN_RULE_CATALOG,
  ...Object.values(LOG_RULES),
]
