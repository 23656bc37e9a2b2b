import type { SignatureFlags } from './flags.ts';
/**
 * The commands that check a signed manifest, printed after signing and verifying so a third party
 * can run them: chainseal's own, and cosign's.
 */
/** `chainseal verify` with the bundle and the signer it must come from. */
export declare function chainsealVerifyCommand(manifest: string, bundle: string, flags: SignatureFlags): string;
/**
 * The `cosign verify-blob-attestation` (cosign 2.4 or later) that checks the same bundle against
 * the same manifest and signer, so a third party can verify without chainseal.
 */
export declare function cosignCommand(manifest: string, bundle: string, flags: SignatureFlags, hasTlog: boolean): string;
