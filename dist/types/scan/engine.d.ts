import { type Finding } from '../findings/finding.ts';
import { type AllowPattern, type ScanRule } from './rule.ts';
/** What every rule shares: values and paths a team has accepted (rules file, gitleaks allowlist). */
export interface Allowlist {
    /** Root-relative paths never scanned. */
    paths: ((path: string) => boolean)[];
    /** A secret, match or line matching one of these is not a finding. */
    values: AllowPattern[];
    /** A secret containing one of these words (any case) is not a finding. */
    stopwords: string[];
}
export declare const EMPTY_ALLOWLIST: Allowlist;
/**
 * Rules compiled for scanning: the keyword automaton of all of them, and per file extension the
 * rules that read such files, so a file costs one keyword pass plus the patterns it can trigger.
 */
export declare class RuleSet {
    readonly rules: readonly ScanRule[];
    readonly allowlist: Allowlist;
    private readonly keywords;
    /** For each rule, the keyword indexes that trigger it (empty: it always runs). */
    private readonly triggers;
    private readonly byExtension;
    constructor(rules: readonly ScanRule[], allowlist?: Allowlist);
    /** Rules that read a file of this path (by extension and the rule's own path test). */
    private candidates;
    /**
     * Findings in one file's text. `path` is root-relative, as findings report it; `ascii` is the
     * file's bytes when they are all ASCII, which lets the keyword pass walk bytes.
     */
    scan(path: string, text: string, ascii?: Uint8Array): Finding[];
    private isSecret;
}
