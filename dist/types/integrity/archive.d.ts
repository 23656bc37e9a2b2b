import { type Finding } from '../findings/finding.ts';
import { type Algorithm, type FileDigest } from './digest.ts';
export type MemberType = 'file' | 'symlink' | 'hardlink' | 'fifo' | 'char-device' | 'block-device';
/** One entry inside a tar archive, as its header names it; directories are left out as in trees. */
export interface ArchiveMember {
    path: string;
    type: MemberType;
    size: number;
    mode: string;
    digest?: string;
    target?: string;
}
export interface ArchiveDigest {
    whole: FileDigest;
    /** Absent when the archive could not be parsed; `error` says why. */
    members?: ArchiveMember[];
    error?: string;
}
export declare function isArchiveName(name: string): boolean;
/**
 * Hashes an archive whole and each member in one streaming pass, without extracting anything.
 * The bytes read from disk feed the whole-file hash; a gzip stream (known by its magic bytes, not
 * its name) is inflated on libuv's thread pool while this thread parses what came out before, and
 * a big archive's members are hashed on a worker (member-hasher.ts), so the three overlap.
 */
export declare function hashArchive(path: string | Buffer, algorithm: Algorithm): Promise<ArchiveDigest>;
/** "0644": one string per distinct mode, shared, rather than one per entry of a large tree. */
export declare function formatMode(mode: number): string;
/**
 * Members that would land outside the extraction directory: an absolute path or a `..` segment in
 * the name or a hard link's target (zip-slip), or a symlink that points out of the archive's tree.
 */
export declare function archiveMemberFindings(archivePath: string, members: readonly ArchiveMember[]): Finding[];
/** Whether a link at `linkPath` (relative to a root) pointing at `target` resolves outside that root. */
export declare function linkEscapes(linkPath: string, target: string): boolean;
