import type { SignatureFlags } from '../attest/flags.ts';
import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
import { type SnapshotProgress } from '../integrity/snapshot.ts';
export interface VerifyCommandOptions {
    cwd: string;
    manifest: string;
    root?: string;
    /** Downloaded files to check by name and digest instead of the tree. */
    artifacts: string[];
    /** Verify the manifest's signature too (its verdict comes first): the bundle, and who must have signed it. */
    signature?: {
        bundle: string;
        flags: SignatureFlags;
    };
    env?: NodeJS.ProcessEnv;
    policy: Policy;
    threads?: number;
    onProgress?: (progress: SnapshotProgress) => void;
}
/**
 * `chainseal verify`: compare the tree under root (or the given artifacts) with a manifest.
 * The manifest is read and validated in full before any file is touched.
 */
export declare function verifyCommand(options: VerifyCommandOptions): Promise<Report>;
