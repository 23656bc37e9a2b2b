import { type Rule } from '../findings/finding.ts';
/**
 * Every finding the integrity checks produce. Mismatches are critical or high so that the default
 * `--fail-on high` fails on any of them, as an integrity check must.
 */
export declare const INTEGRITY_RULES: {
    readonly modified: Rule;
    readonly added: Rule;
    readonly deleted: Rule;
    readonly modeChanged: Rule;
    readonly typeChanged: Rule;
    readonly symlinkRetargeted: Rule;
    readonly unknownArtifact: Rule;
    readonly unreadable: Rule;
    readonly changedWhileHashing: Rule;
    readonly symlinkEscape: Rule;
    readonly nameCollision: Rule;
    readonly archivePathTraversal: Rule;
    readonly manifestInconsistent: Rule;
    readonly archiveUnreadable: Rule;
};
