import { DEPS_RULES } from './deps/rules.ts'
import type { Rule } from './findings/finding.ts'
import { INTEGRITY_RULES } from './integrity/rules.ts'
import { SCAN_RULE_CATALOG } from './scan/rules.ts'

/** Every rule of every check: what SARIF's rule list describes, whatever a run found. */
export const RULE_CATALOG: readonly Rule[] = [...Object.values(INTEGRITY_RULES), ...Object.values(DEPS_RULES), ...SCAN_RULE_CATALOG]
