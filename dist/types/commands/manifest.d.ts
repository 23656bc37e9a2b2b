import type { Policy } from '../findings/policy.ts';
import { type Report } from '../findings/report.ts';
import type { Algorithm } from '../integrity/digest.ts';
import { type ExportFormat } from '../integrity/export.ts';
import { type Manifest } from '../integrity/manifest.ts';
import { type SnapshotProgress } from '../integrity/snapshot.ts';
export interface ExportRequest {
    format: ExportFormat;
    /** Where to write it; defaults to the manifest's path with the format as extension. */
    file?: string;
}
export interface ManifestCommandOptions {
    cwd: string;
    env: NodeJS.ProcessEnv;
    paths: string[];
    output: string;
    root?: string;
    include: string[];
    exclude: string[];
    defaultExcludes: boolean;
    gitignore: boolean;
    algorithm: Algorithm;
    exports: ExportRequest[];
    policy: Policy;
    threads?: number;
    onProgress?: (progress: SnapshotProgress) => void;
}
export interface ManifestCommandResult {
    report: Report;
    manifest: Manifest;
    manifestPath: string;
}
/** `chainseal manifest`: hash the paths under root into a manifest, written atomically. */
export declare function manifestCommand(options: ManifestCommandOptions): Promise<ManifestCommandResult>;
