import type { Severity } from '../findings/finding.ts';
import type { Allowlist } from './engine.ts';
import { type AllowPattern, type ScanRule } from './rule.ts';
export type Target = AllowPattern['target'];
/** An allowlist as written: plain data, so it can be sent to scan workers and compiled there. */
export interface AllowlistDefinition {
    /** Globs. */
    paths: string[];
    /** RE2 patterns on the path (gitleaks' form). */
    pathRegexes: WrittenPattern[];
    /** RE2 patterns on the secret, match or line: each keeps its own target when allowlists merge. */
    values: (WrittenPattern & {
        target: Target;
    })[];
    stopwords: string[];
}
/** A user's pattern and where it was written ("rules file x.toml: allowlists[0]"), for its errors. */
export interface WrittenPattern {
    pattern: string;
    origin: string;
}
export interface RuleDefinition {
    id: string;
    description: string;
    severity: Severity;
    category: 'secret' | 'injection';
    regex?: string;
    secretGroup?: number;
    entropy?: number;
    keywords: string[];
    paths: string[];
    pathRegex?: string;
    allowlist?: AllowlistDefinition;
    /** Where the rule was written, for messages. */
    origin: string;
}
/** Every rules file given, merged: plain data, checked when loaded, compiled where it is used. */
export interface RulesConfig {
    rules: RuleDefinition[];
    disable: string[];
    override: Record<string, {
        severity: Severity;
    }>;
    allowlist: AllowlistDefinition;
}
export declare function emptyAllowlistDefinition(): AllowlistDefinition;
/**
 * The rules a scan runs: the built-in ones less those disabled, with overrides applied and user
 * rules added (a user rule with a built-in id replaces it), and the merged allowlist.
 */
export declare function compileRules(config: RulesConfig, builtin: readonly ScanRule[]): {
    rules: ScanRule[];
    allowlist: Allowlist;
};
