import { type Lockfile } from './lockfile.ts';
/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. Versions 2 and 3 list
 * every installed package by path in `packages`, which is authoritative where present; version 1
 * nests `dependencies`.
 */
export declare function parseNpmLockfile(text: string, path: string): Lockfile;
