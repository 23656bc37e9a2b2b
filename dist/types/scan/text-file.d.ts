import type { FsPath } from '../integrity/names.ts';
export type TextFile = {
    kind: 'text';
    text: string;
    bytes: number;
    ascii?: Uint8Array;
} | {
    kind: 'binary';
    bytes: number;
} | {
    kind: 'too-large';
    bytes: number;
} | {
    kind: 'not-regular';
};
export declare function hasBinaryExtension(path: string): boolean;
/**
 * Reads a file the scanner may read as text. Opened without following symlinks and without
 * blocking, as the hasher does, so a file swapped for a FIFO or a link cannot hang or redirect the
 * scan. UTF-8 is decoded leniently (invalid bytes become U+FFFD, never an exception); UTF-16 with a
 * byte-order mark is decoded as such, since its NUL bytes would otherwise make it look binary.
 */
export declare function readTextFile(path: FsPath, maxBytes: number): TextFile;
