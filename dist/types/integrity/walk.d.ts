import { type Finding } from '../findings/finding.ts';
import { type EncodedPath, type FsPath } from './names.ts';
export type EntryKind = 'file' | 'symlink' | 'fifo' | 'socket' | 'char-device' | 'block-device';
/** What is walked and what is left out; recorded in the manifest so verify walks the same set. */
export interface SelectionOptions {
    include: string[];
    exclude: string[];
    /** Exact root-relative paths left out: the manifest itself and its exports, when written inside the root. */
    excludeFiles: string[];
    defaultExcludes: boolean;
    /** Honour .gitignore files found in the walked directories. */
    gitignore: boolean;
}
export interface WalkedEntry {
    /** Root-relative path, as the filesystem spells it. */
    rel: FsPath;
    /** The same path as a manifest records it. */
    path: EncodedPath;
    kind: EntryKind;
}
export interface Walk {
    /** In byte order for each given path; sortEntries merges several given paths. */
    entries: Iterable<WalkedEntry>;
    /** Complete once `entries` has been consumed. */
    findings: Finding[];
}
/** `root` + `/` + a root-relative path ('' is the root itself). */
export declare function underRoot(root: string, rel: FsPath): FsPath;
/** Where a manifest entry is on disk: by its exact bytes when its name is not UTF-8. */
export declare function entryFsPath(root: string, entry: EncodedPath): FsPath;
/**
 * Lists the entries under `paths` (root-relative; '' for the root itself). Names are read as text
 * and, in a directory where one is not valid UTF-8, again as bytes, so every name survives exactly;
 * symlinks are listed, never followed, so link loops cannot trap the walk; special files are
 * listed, never opened. A directory that cannot be read is a finding, not a silent gap.
 */
export declare function walkTree(root: string, paths: readonly FsPath[], selection: SelectionOptions): Walk;
/**
 * Whether one root-relative path is in the selection a walk from `paths` ('' for the root) would
 * make: for a change seen by a watcher, which names one path and not a walk. Each ancestor is
 * tested as the walk tests the directories it enters.
 */
export declare function selectionFilter(root: string, paths: readonly string[], selection: SelectionOptions): (rel: string, isDir: boolean) => boolean;
/**
 * Byte order, without the duplicates that overlapping paths (`src` and `src/a.ts`) produce. The
 * walk of one path is already in order, so this is one pass unless several were given.
 */
export declare function sortEntries<T extends {
    path: EncodedPath;
}>(entries: T[]): T[];
