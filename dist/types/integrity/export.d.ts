import type { Manifest } from './manifest.ts';
export type ExportFormat = 'sha256sum' | 'sha512sum' | 'mtree';
export declare const EXPORT_FORMATS: readonly ExportFormat[];
/** The lines of an export, as bytes: names that are not valid UTF-8 must reach the file unchanged. */
export declare function exportManifest(manifest: Manifest, format: ExportFormat): Buffer[];
