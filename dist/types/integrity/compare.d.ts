import { type Finding } from '../findings/finding.ts';
import type { ManifestEntry } from './snapshot.ts';
/**
 * Every difference between what a manifest recorded and what is there now, one finding each.
 * Both lists are in byte order, so one merge pass pairs them.
 */
export declare function compareEntries(expected: readonly ManifestEntry[], actual: readonly ManifestEntry[]): Finding[];
/**
 * Matches a downloaded file to the manifest entries with its base name: a match by name and digest
 * passes; a name with another digest is modified; a name the manifest does not know is a finding.
 */
export declare function compareArtifact(given: string, actual: ManifestEntry, manifestEntries: readonly ManifestEntry[]): Finding[];
