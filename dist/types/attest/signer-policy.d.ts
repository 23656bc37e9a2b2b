import type { SignatureFlags } from './flags.ts';
import { type LoadedTrustRoot } from './trust-root.ts';
import { type SignerExpectation } from './verify-bundle.ts';
export interface SignaturePolicy {
    signer: SignerExpectation;
    trustRoot: LoadedTrustRoot;
}
/**
 * Who must have signed, and the trust root their evidence must chain to. Exactly one of a key or
 * an identity with its issuer: a verification that names no signer would accept anyone's.
 */
export declare function loadSignaturePolicy(cwd: string, env: NodeJS.ProcessEnv, flags: SignatureFlags): Promise<SignaturePolicy>;
