import { type Lockfile } from './lockfile.ts';
/**
 * yarn.lock, classic (v1) and Berry (Yarn 2+, with `__metadata`), read with Yarn's own parser.
 * A key lists the descriptors that resolved to one package ("a@^1.0.0, a@^1.2.0").
 */
export declare function parseYarnLockfile(text: string, path: string): Lockfile;
