import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
export interface SignCommandOptions {
    cwd: string;
    env: NodeJS.ProcessEnv;
    manifest: string;
    /** Default: the manifest's path + ".sigstore.json". */
    output?: string;
    /** A PEM private key; without one, keyless through Fulcio and Rekor. */
    key?: string;
    identityToken?: string;
    staging?: boolean;
    fulcioURL?: string;
    rekorURL?: string;
    tsaURL?: string;
    policy: Policy;
}
export interface SignCommandResult {
    report: Report;
    bundlePath: string;
}
/** `chainseal sign`: the manifest's exact bytes, as an in-toto statement, into a Sigstore bundle. */
export declare function signCommand(options: SignCommandOptions): Promise<SignCommandResult>;
