import type { ParseArgsOptionsConfig } from 'node:util';
import type { CheckConfig, Section } from './check-config.ts';
/**
 * How a flag's text becomes a config value: `path`s are relative to where the command runs (the
 * config's paths to its own directory), so they are resolved before the two meet.
 */
type Kind = 'string' | 'path' | 'list' | 'paths' | 'true' | 'false' | 'integer' | 'size';
export interface FlagSpec {
    flag: string;
    /** The config key it sets: top-level, or [section, key]; a bare section turns it on or off. */
    key: readonly [string] | readonly [Section, string];
    kind: Kind;
}
/** Every option of .chainseal.json is also a flag of `chainseal check`: this table is the mapping. */
export declare const CHECK_FLAGS: readonly FlagSpec[];
/** The table as node:util parseArgs options. */
export declare function checkFlagOptions(): ParseArgsOptionsConfig;
/**
 * Sets one option of a config being built from flags or inputs. Any option of a section turns the
 * section on, unless the same command line has turned it off.
 */
export declare function setOption(config: Record<string, unknown>, key: FlagSpec['key'], value: unknown): void;
/**
 * Options given relative to the working directory (flags, Action inputs), made absolute so they
 * keep their meaning beside a config whose paths are relative to its own directory (`baseDir`);
 * as they are when the two are one directory.
 */
export declare function rebasePaths(config: CheckConfig, cwd: string, baseDir: string): CheckConfig;
/** A flag's text as the config value it sets. */
export declare function convert(spec: FlagSpec, raw: string | string[] | boolean): unknown;
/** "5242880", "512k", "5m": a size in bytes. */
export declare function byteSize(flag: string, value: string): number;
export {};
