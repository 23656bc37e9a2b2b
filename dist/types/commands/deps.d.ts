import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
export interface DepsCommandOptions {
    cwd: string;
    env: NodeJS.ProcessEnv;
    lockfiles: string[];
    registry?: string;
    allowHosts: string[];
    concurrency?: number;
    /** Download each tarball and hash it too. */
    tarballs?: boolean;
    policy: Policy;
}
/** `chainseal deps`: check lockfiles against the registry, before anything is installed. */
export declare function depsCommand(options: DepsCommandOptions): Promise<Report>;
