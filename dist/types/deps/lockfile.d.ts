/** What a lockfile says will be installed, whatever its format. */
/**
 * registry: fetched from a registry by name and version, and checked against it. The others are
 * not registry packages and are counted as skipped: a link or workspace (a folder of the
 * project), a file: or git dependency, a package bundled inside its parent's tarball.
 */
export type DependencyKind = 'registry' | 'link' | 'workspace' | 'file' | 'git' | 'bundled';
export interface LockedPackage {
    /** Where the lockfile lists it ("node_modules/a/node_modules/b"), for findings. */
    location: string;
    /** The package's real name on the registry (for an alias `npm:real@1.0.0`, "real"). */
    name: string;
    version: string;
    resolved?: string;
    integrity?: string;
    kind: DependencyKind;
    /** The name it is installed under when that is an alias of `name`. */
    alias?: string;
    dev?: boolean;
    optional?: boolean;
    /**
     * Why the locked checksum cannot be compared with the registry's: Yarn 2+ records a checksum of
     * its own cache zip, not of the tarball. The version is still checked; the report counts these.
     */
    unverifiable?: string;
}
export interface Lockfile {
    /** As the user gave it or as it was found. */
    path: string;
    format: string;
    packages: LockedPackage[];
}
/** The kind of a dependency from where it resolves to (or, in old lockfiles, its version field). */
export declare function kindOf(spec: string | undefined): DependencyKind | undefined;
/**
 * A lockfile's map of entries (npm's `packages`, pnpm's `packages`), checked to be one: a lockfile
 * whose entries are not there as expected must not pass as a lockfile that locks nothing.
 */
export declare function entriesOf(value: unknown, path: string, where: string): Record<string, Record<string, unknown>>;
/** One object of a lockfile (an entry, pnpm's `resolution`), checked to be one. */
export declare function entryOf(value: unknown, path: string, where: string): Record<string, unknown>;
/** The text fields of an entry (name, version, resolved, integrity), each a string where present. */
export declare function textFields<K extends string>(entry: Record<string, unknown>, keys: readonly K[], path: string, where: string): Partial<Record<K, string>>;
