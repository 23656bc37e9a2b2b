import { type Lockfile } from './lockfile.ts';
/**
 * pnpm-lock.yaml, lockfile versions 6 ("/name@1.0.0(peer@2.0.0)" keys) and 9 ("name@1.0.0"
 * keys, peers in `snapshots`).
 */
export declare function parsePnpmLockfile(text: string, path: string): Lockfile;
