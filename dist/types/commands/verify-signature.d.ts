import type { Finding } from '../findings/finding.ts';
import type { Stats } from '../findings/report.ts';
import type { VerifyCommandOptions } from './verify.ts';
/** Checks the bundle against the SHA-256 of the manifest file's exact bytes, as read once by verify. */
export declare function verifySignature(options: VerifyCommandOptions, signature: NonNullable<VerifyCommandOptions['signature']>, sha256: Promise<string>): Promise<{
    failure: Finding;
} | {
    stats: Stats;
}>;
