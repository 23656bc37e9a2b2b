import { type Finding } from '../findings/finding.ts';
import { type ArchiveMember } from './archive.ts';
import type { Algorithm } from './digest.ts';
import { type HashWorkers } from './hash-pool.ts';
import { type EncodedPath, type FsPath } from './names.ts';
import { type EntryKind, type SelectionOptions } from './walk.ts';
/** One entry of a manifest: what a file, symlink or special file is, without any time. */
export interface ManifestEntry extends EncodedPath {
    type: EntryKind;
    size?: number;
    mode: string;
    digest?: string;
    target?: string;
    targetBytes?: string;
    members?: ArchiveMember[];
}
export interface SnapshotProgress {
    phase: 'walk' | 'hash';
    files: number;
    totalFiles: number;
    bytes: number;
}
export interface SnapshotOptions {
    root: string;
    paths: readonly FsPath[];
    selection: SelectionOptions;
    algorithm: Algorithm;
    threads?: number;
    /** Hash workers already started (see HashWorkers); the snapshot ends them. */
    workers?: HashWorkers;
    onProgress?: (progress: SnapshotProgress) => void;
}
export interface Snapshot {
    entries: ManifestEntry[];
    findings: Finding[];
    treeDigest: string;
}
/**
 * Describes the tree under `root` as manifest entries in byte order, with the findings met on the
 * way (unreadable files, files that changed while read, escaping symlinks, name collisions, unsafe
 * archive members). `manifest` records it; `verify` compares it with a recorded one.
 *
 * The work overlaps: plain files go to the worker pool as the walk meets them, archives are
 * streamed here, and while the workers hash, this thread turns finished digests into entries (in
 * order) and feeds the tree digest, so little is left to do when the last file is hashed.
 */
export declare function takeSnapshot(options: SnapshotOptions): Promise<Snapshot>;
/**
 * One digest for a whole tree: the hash of the RFC 8785 canonical JSON of the entries array. The
 * array is canonicalised entry by entry (`[` e1 `,` e2 … `]`, as RFC 8785 serialises arrays) so no
 * single string of the whole tree is built. Times are not in entries, so they never move it.
 */
export declare class TreeDigest {
    #private;
    constructor(algorithm: Algorithm);
    /** Adds the next entry, as canonicalJson wrote it. */
    add(json: string): void;
    value(): string;
}
export declare function treeDigest(entries: readonly ManifestEntry[], algorithm: Algorithm): string;
/**
 * RFC 8785 text of an entry. Entries (and archive members) are built with their keys in RFC 8785
 * order (digest, members, mode, path, pathBytes, size, target, targetBytes, type), and for objects
 * of strings and integers in that order JSON.stringify writes exactly the canonical text, at a
 * fraction of a general canonicaliser's cost; the tests hold it to the `canonicalize` library.
 */
export declare function canonicalJson(entry: ManifestEntry): string;
