/** Most severe first; the order policy thresholds and reports sort by. */
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info"];
export type Severity = (typeof SEVERITIES)[number];
/** In the order reports list them. */
export declare const CATEGORIES: readonly ["integrity", "signature", "dependency", "secret", "injection", "workflow", "posture"];
export type Category = (typeof CATEGORIES)[number];
export interface Location {
    /** Repo-relative POSIX path, exactly as the manifest or the filesystem spells it. */
    path: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
}
/** What every check produces; see the design notes. */
export interface Finding {
    ruleId: string;
    severity: Severity;
    category: Category;
    message: string;
    location?: Location;
    /** Never a raw secret: producers redact before they get here. */
    evidence?: string;
    /** Stable across runs; baselines and ignore files key on it. */
    fingerprint: string;
}
/** A rule is the static half of a finding: reporters (SARIF) list rules, findings point at them. */
export interface Rule {
    id: string;
    category: Category;
    severity: Severity;
    /** One line, what the rule detects. */
    description: string;
}
/** A maker of one check's rules: ids namespaced ("deps/version-missing"), one category. */
export declare function ruleMaker(namespace: string, category: Category): (id: string, severity: Severity, description: string) => Rule;
export interface FindingInit {
    message: string;
    location?: Location;
    evidence?: string;
    /**
     * What makes this occurrence this one (beyond the rule and path): a digest, an archive member.
     * Feeds the fingerprint, so the same problem keeps its fingerprint and a new one gets a new one.
     */
    identity?: readonly string[];
}
export declare function createFinding(rule: Rule, init: FindingInit): Finding;
/** 0 for critical, growing as severity falls. */
export declare function severityRank(severity: Severity): number;
/** Most severe first, then by path and rule, so reports read the same on every run. */
export declare function compareFindings(a: Finding, b: Finding): number;
