import type { Category, Rule } from '../findings/finding.ts';
/** One match of a pattern: where it starts (UTF-16 index) and its groups, as RegExp gives them. */
export interface PatternMatch {
    index: number;
    0: string;
    [group: number]: string | undefined;
    /** Where each group lies (V8's `d` flag); a group inside a lookbehind lies before `index`. */
    indices?: ([number, number] | undefined)[];
}
/**
 * A compiled pattern. Built-in rules run on V8's RegExp (vetted, bounded quantifiers); user rules
 * run on re2js, which is linear-time, so a pattern from a rules file cannot hang a scan.
 */
export interface Pattern {
    matchAll(text: string): Iterable<PatternMatch>;
    test(text: string): boolean;
    /** The match starting exactly at `index`, if any (a sticky match); V8 patterns have it. */
    matchAt?(text: string, index: number): PatternMatch | null;
}
/** A V8 RegExp as a Pattern; `source` must come from chainseal, never from a user. */
export declare function v8Pattern(regex: RegExp): Pattern;
export interface AllowPattern {
    pattern: Pattern;
    /** What the pattern is tested against; gitleaks calls it regexTarget. */
    target: 'secret' | 'match' | 'line';
}
/** Which files a rule reads. */
export interface FileFilter {
    /** Lower-case extensions with the dot (".ts"); absent means every text file. */
    extensions?: readonly string[];
    /** Decides on the root-relative path; user rules use it for gitleaks' `path`. */
    path?: (path: string) => boolean;
}
/** What makes a matched value not a finding: the rule's own allowlist, on top of the global one. */
export interface ValueFilter {
    /** Off for formats with their own structure, where runs are normal (base64 of a DER key). */
    placeholders?: false;
    /** Shannon entropy, bits per character, below which the value is not reported. */
    minEntropy?: number;
    /** The value must (true) or must not (false) contain a digit, as keys do and words do not. */
    requireDigit?: boolean;
    /** Patterns that, matching the value (or the match, or the line), mark it as not a secret. */
    allow?: readonly AllowPattern[];
    /** Words whose presence in the value (any case) marks it as not a secret. */
    stopwords?: readonly string[];
}
/**
 * A rule of the line scanner. `pattern` finds candidates; `keywords` (lower case) gate it: the
 * pattern runs only on files that contain one of them, which is most of the scanner's speed.
 */
export interface ScanRule extends Rule {
    category: Extract<Category, 'secret' | 'injection'>;
    pattern: Pattern;
    keywords: readonly string[];
    /**
     * Every match starts where one of the keywords does: the pattern is then tried only at those
     * places (sticky), not run over the whole file, which is most of the scanner's speed.
     */
    anchored?: boolean;
    /** The capture group that is the secret (0: the whole match). */
    secretGroup: number;
    files?: FileFilter;
    values?: ValueFilter;
    /** A generic rule: it does not report a value a specific rule already reported. */
    fallback?: boolean;
    /** A user rule with a path and no pattern reports the file itself (gitleaks' path-only rules). */
    pathOnly?: boolean;
}
/** Does `selector` name rule `id`: the id itself, or its namespace as `secret/*`? */
export declare function selectsRule(selector: string, id: string): boolean;
/** A path's extension, lower case with the dot (".ts"), '' for none; a dotfile's name is not one. */
export declare function extensionOf(path: string): string;
