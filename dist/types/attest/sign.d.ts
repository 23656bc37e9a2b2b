import type { Bundle } from '@sigstore/bundle';
import type { KeyObject } from 'node:crypto';
import { type Statement } from './statement.ts';
export declare const PUBLIC_GOOD: {
    readonly fulcio: "https://fulcio.sigstore.dev";
    readonly rekor: "https://rekor.sigstore.dev";
    readonly tsa: "https://timestamp.sigstore.dev/api/v1/timestamp";
};
export declare const STAGING: {
    readonly fulcio: "https://fulcio.sigstage.dev";
    readonly rekor: "https://rekor.sigstage.dev";
    readonly tsa: "https://timestamp.sigstage.dev/api/v1/timestamp";
};
/** How to sign: with a local key (no network), or keyless with an OIDC identity. */
export type SigningMethod = {
    kind: 'key';
    key: KeyObject;
} | {
    kind: 'keyless';
    /** Given outright (--identity-token); otherwise found in env like sigstore's CI providers. */
    identityToken?: string;
    env: NodeJS.ProcessEnv;
    fulcioURL: string;
    rekorURL: string;
    /** A timestamp authority, when one is configured. */
    tsaURL?: string;
};
/** What is signed: an in-toto statement in a DSSE envelope, or raw bytes as a message signature. */
export type Envelope = 'dsseEnvelope' | 'messageSignature';
/** Signs an in-toto statement into a Sigstore bundle v0.3 with a DSSE envelope. */
export declare function signStatement(statement: Statement, method: SigningMethod): Promise<Bundle>;
/** Signs bytes: a statement's (DSSE, in-toto payload type) or an artifact's (message signature). */
export declare function signPayload(data: Buffer, envelope: Envelope, method: SigningMethod): Promise<Bundle>;
