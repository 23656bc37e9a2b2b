import { type CheckConfig } from '../config/check-config.ts';
import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
import type { SnapshotProgress } from '../integrity/snapshot.ts';
export interface CheckCommandOptions {
    /** What relative paths in the config are relative to: the config's directory. */
    cwd: string;
    env: NodeJS.ProcessEnv;
    config: CheckConfig;
    policy: Policy;
    /** For keyless signing; never part of a config file. */
    identityToken?: string;
    onProgress?: (progress: SnapshotProgress) => void;
}
export interface CheckResult {
    report: Report;
    /** What the run wrote or read, for the Action's outputs. */
    manifestPath?: string;
    bundlePath?: string;
    treeDigest?: string;
}
export declare const DEFAULT_MANIFEST = "chainseal.manifest.json";
/**
 * `chainseal check`: every configured check in one run, under one policy, as one report. The
 * registry is asked while the tree is hashed and scanned; hashing and scanning, both bound by the
 * same disks and cores, take turns. A check that cannot do its job fails the whole run (exit 2),
 * after the others have finished, so nothing is left running; what they found is still reported
 * (IncompleteRunError).
 */
export declare function checkCommand(options: CheckCommandOptions): Promise<CheckResult>;
