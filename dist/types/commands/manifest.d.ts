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
    /** Keep a copy of each file, by digest, in this content-addressed store (for `watch --restore`). */
    store?: string;
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
export interface UpdateManifestOptions {
    cwd: string;
    env: NodeJS.ProcessEnv;
    /** The manifest to re-baseline, rewritten in place (atomically). */
    manifest: string;
    paths: string[];
    root?: string;
    store?: string;
    policy: Policy;
}
/**
 * `chainseal manifest --update MANIFEST PATH...`: an authorized change. The entries under the given
 * paths are hashed again and replace what the manifest had there (new files join it, deleted ones
 * leave it); the rest, the selection and the source stay as they were.
 */
export declare function updateManifestCommand(options: UpdateManifestOptions): Promise<ManifestCommandResult>;
