import { type CliResult } from '../../src/cli/main.ts';
export declare const REPO: string;
/** A fresh temporary directory, removed after the test. */
export declare function tempDir(): string;
/** A tree from a description: a string or Buffer is a file; `{ link }` a symlink; names are paths. */
export type TreeSpec = Record<string, string | Buffer | {
    link: string;
} | {
    mode: number;
    content: string;
}>;
export declare function makeTree(spec: TreeSpec, root?: string): string;
/** Runs the CLI in-process, as the bin would, from `cwd`. */
export declare function cli(argv: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<CliResult>;
export declare function readJson<T = any>(path: string): T;
export declare function hasCommand(command: string): boolean;
/**
 * A tar archive written header by header, so tests can make the archives a careful packer never
 * would: absolute names, `..` segments, links that leave the tree.
 */
export declare function rawTar(members: {
    path: string;
    content?: string | Buffer;
    type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory';
    linkpath?: string;
    mode?: number;
}[]): Buffer;
