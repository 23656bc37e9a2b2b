/**
 * `mkdir -p`: the directory and any missing parents. Not Node's `mkdirSync(path, { recursive:
 * true })`, which spins at full CPU forever where a directory exists but refuses a child with
 * ENOENT (anything under /proc or /sys): it takes ENOENT for "the parent is missing", finds the
 * parent there, and tries the child again. Here each missing directory is made once, from the
 * deepest one that exists down, and the first refusal is thrown with the OS's own reason.
 */
export declare function makeDirectory(path: string, mode?: number): void;
