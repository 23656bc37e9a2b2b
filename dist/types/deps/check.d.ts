import { type Finding } from '../findings/finding.ts';
import type { DependencyKind, Lockfile } from './lockfile.ts';
import type { RegistryClient } from './registry.ts';
export interface DepsCheckOptions {
    /** Hosts packages may resolve to: the configured registries' and --allow-host's. */
    allowedHosts: ReadonlySet<string>;
    /** Download each tarball and compare its digest with the locked integrity. */
    tarballs?: boolean;
}
export interface DepsCheckResult {
    findings: Finding[];
    /** Registry packages compared with the registry, and those whose integrity matched. */
    checked: number;
    verified: number;
    /** With tarballs: tarballs downloaded whose digest matched the locked integrity. */
    tarballsVerified: number;
    /** Registry packages whose locked checksum cannot be compared (Yarn 2+'s zip checksums). */
    integrityUnverified: number;
    /** Registry signatures verified over the locked integrity, and those not checked (no keys published). */
    signaturesVerified: number;
    signaturesSkipped: number;
    /** Packages not from a registry, by kind: never skipped silently. */
    skipped: Partial<Record<DependencyKind, number>>;
}
/**
 * Proves, from the lockfile alone, that each registry package is the one the registry publishes:
 * its resolved URL (https, an allowed host, a path naming this very package and version) and its
 * locked integrity (present, not SHA-1 only, equal to the registry's for that name and version).
 */
export declare function checkLockfile(lockfile: Lockfile, registry: RegistryClient, options: DepsCheckOptions): Promise<DepsCheckResult>;
