import type { Algorithm } from './digest.ts';
import { type ManifestEntry } from './snapshot.ts';
import type { Source } from './source.ts';
import type { SelectionOptions } from './walk.ts';
export declare const MANIFEST_VERSION = 1;
/** The document `chainseal manifest` writes; schemas/manifest.schema.json describes it. */
export interface Manifest {
    manifestVersion: typeof MANIFEST_VERSION;
    tool: {
        name: string;
        version: string;
    };
    createdAt: string;
    algorithm: Algorithm;
    paths: string[];
    selection: SelectionOptions;
    source: Source;
    treeDigest: string;
    summary: {
        entries: number;
        files: number;
        bytes: number;
    };
    entries: ManifestEntry[];
}
export interface ManifestInit {
    algorithm: Algorithm;
    paths: string[];
    selection: SelectionOptions;
    source: Source;
    entries: ManifestEntry[];
    /** The entries' digest, as takeSnapshot computed it. */
    treeDigest: string;
    env: NodeJS.ProcessEnv;
}
/** The manifest's paths as walks take them: root-relative, '' for the root (which a manifest writes '.'). */
export declare function walkedPaths(manifest: Pick<Manifest, 'paths'>): string[];
export declare function createManifest(init: ManifestInit): Manifest;
/**
 * Deterministic text: fields in a fixed order, one entry per line so manifests diff well and a
 * 200,000-entry one stays a few tens of megabytes.
 */
export declare function serializeManifest(manifest: Manifest): Generator<string>;
export declare function writeManifest(path: string, manifest: Manifest): void;
/**
 * Reads and checks a manifest (`name` is how the user gave it, for messages) before anything else touches the filesystem: JSON, schema, and every
 * path relative, free of `..` and NUL, unique and in byte order.
 */
export declare function readManifest(path: string, name?: string): Manifest;
/** The same checks on a manifest's text already read: what a signature covers is what was checked. */
export declare function parseManifest(text: string, name: string): Manifest;
