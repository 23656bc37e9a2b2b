import type { Bundle } from '@sigstore/bundle';
import type { KeyObject } from 'node:crypto';
import { type Finding } from '../findings/finding.ts';
import { type Statement } from './statement.ts';
import { type LoadedTrustRoot } from './trust-root.ts';
/** Who must have signed: the holder of a key, or a certificate identity from an OIDC issuer. */
export type SignerExpectation = {
    kind: 'key';
    key: KeyObject;
    name: string;
} | {
    kind: 'identity';
    identity: IdentityMatcher;
    issuer: string;
};
/** An exact identity, or an RE2 pattern matched anywhere in it, as cosign matches. */
export interface IdentityMatcher {
    text: string;
    matches(identity: string): boolean;
}
export declare function exactIdentity(identity: string): IdentityMatcher;
/**
 * The pattern runs on RE2 (linear time, cosign's syntax): a pattern from a flag cannot hang verify.
 * The engine is loaded only for a pattern: a verification by key or exact identity spares it.
 */
export declare function identityPattern(pattern: string): Promise<IdentityMatcher>;
export interface BundleVerification {
    bundle: Bundle;
    /** As the user gave it, for messages and finding locations. */
    bundleName: string;
    /** The signed artifact: its sha256 (hex) always, its bytes when the caller has them. */
    artifact: {
        name: string;
        sha256: string;
        bytes?: Buffer;
    };
    signer: SignerExpectation;
    trustRoot: LoadedTrustRoot;
    /** Required of the statement when set (chainseal's own, when verifying a manifest). */
    predicateType?: string;
}
export interface BundleVerdict {
    /** The first check that failed, in the order they run; absent when every one held. */
    failure?: Finding;
    statement?: Statement;
    /** What the certificate says, when there is one. */
    signer?: {
        identity?: string;
        issuer?: string;
    };
}
/**
 * Verifies a bundle offline, one check after another, stopping at the first that fails: key
 * material of the expected kind, the signature, the identity and issuer, then (through
 * @sigstore/verify) the certificate chain, SCTs, transparency log and timestamps against the trust
 * root, and last the signed statement: in-toto v1, a subject with the artifact's digest (which
 * @sigstore/verify leaves to its caller) and the predicate type.
 */
export declare function verifyBundle(v: BundleVerification): Promise<BundleVerdict>;
/** Who a DSSE bundle's certificate names, read without verifying it: to print the commands that will. */
export declare function certificateSigner(bundle: Bundle): {
    identity?: string;
    issuer?: string;
} | undefined;
