import type { Algorithm } from './digest.ts';
/**
 * Digests of an archive's members as its parser hands out their bytes: `begin` a member, `update`
 * it, `end` it with a callback for its digest; before writing more into the parser, wait for
 * `ready()`; `close()` once the parser is done, when every digest has been handed out.
 */
export interface MemberHasher {
    begin(): number;
    update(id: number, chunk: Uint8Array): void;
    end(id: number, done: (digest: string) => void): void;
    /** Undefined when more bytes may come at once, else a promise of that. */
    ready(): Promise<void> | undefined;
    close(): Promise<void>;
}
/**
 * From this archive size up, members are hashed on a worker of their own. SHA-256 of what a gzip
 * stream inflates to is the slowest step (inflate runs on libuv's pool); on this thread it also
 * waits for tar's parser, on a worker it overlaps both. Below it, the worker's start costs more.
 */
export declare const MEMBER_WORKER_BYTES: number;
export declare function memberHasher(algorithm: Algorithm, archiveSize: number): MemberHasher;
