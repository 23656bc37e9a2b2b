import { type Rule } from '../findings/finding.ts';
/**
 * Every way a signed manifest can fail to be what it claims. All critical: a manifest whose
 * signature does not hold proves nothing, whatever the tree says.
 */
export declare const SIGNATURE_RULES: {
    readonly invalid: Rule;
    readonly wrongKey: Rule;
    readonly untrustedCertificate: Rule;
    readonly expiredCertificate: Rule;
    readonly identityMismatch: Rule;
    readonly issuerMismatch: Rule;
    readonly transparencyLog: Rule;
    readonly timestamp: Rule;
    readonly statementInvalid: Rule;
    readonly subjectMismatch: Rule;
    readonly predicateType: Rule;
};
/** How signing keys are kept: a finding, so it shows in every report, below the default threshold. */
export declare const KEY_RULES: {
    readonly privateKeyReadable: Rule;
};
