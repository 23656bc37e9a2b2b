import type { Manifest } from '../integrity/manifest.ts';
/** in-toto Statement v1: the only statement type chainseal signs or accepts. */
export declare const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
/** The DSSE payloadType of an in-toto statement. */
export declare const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
/** chainseal's own predicate: a manifest, identified by its tree digest and source. */
export declare const PREDICATE_TYPE = "https://chainseal.dev/attestation/manifest/v1";
/** Subjects beyond the manifest itself; the manifest's own digest covers every entry anyway. */
export declare const MAX_ARTIFACT_SUBJECTS = 1024;
export interface Subject {
    name: string;
    digest: Record<string, string>;
}
export interface Statement {
    _type: string;
    subject: Subject[];
    predicateType: string;
    predicate?: Record<string, unknown>;
}
export declare function sha256Hex(bytes: Uint8Array): string;
/**
 * The statement a manifest is signed as. Its first subject is the manifest file's exact bytes,
 * which is what verification and `cosign verify-blob-attestation` check; the files it lists follow,
 * so a consumer of one artifact can match it against the signature directly.
 */
export declare function manifestStatement(manifestName: string, manifestBytes: Uint8Array, manifest: Manifest): Statement;
/** The statement in a DSSE payload, or why there is none chainseal can read. */
export declare function readStatement(payloadType: string, payload: Buffer): {
    problem: string;
} | {
    statement: Statement;
};
/** Whether a subject names these bytes by sha256 (hex case folded, as digests are compared). */
export declare function hasSubjectDigest(statement: Statement, sha256: string): boolean;
