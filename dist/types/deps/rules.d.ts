import { type Rule } from '../findings/finding.ts';
/** Every finding the lockfile checks produce. */
export declare const DEPS_RULES: {
    readonly integrityMismatch: Rule;
    readonly resolvedMismatch: Rule;
    readonly tarballMismatch: Rule;
    readonly versionMissing: Rule;
    readonly integrityMissing: Rule;
    readonly insecureUrl: Rule;
    readonly untrustedHost: Rule;
    readonly signatureInvalid: Rule;
    readonly signatureMissing: Rule;
    readonly weakIntegrity: Rule;
};
