import type { FailOn } from '../findings/policy.ts';
import type { Algorithm } from '../integrity/digest.ts';
import type { JsonAllowlist } from '../scan/user-rules.ts';
/** `.chainseal.json`, as schemas/config.schema.json describes it. */
export interface CheckConfig {
    failOn?: FailOn;
    baseline?: string;
    manifest?: boolean | ManifestSection;
    signature?: boolean | SignatureSection;
    deps?: boolean | DepsSection;
    scan?: boolean | ScanSection;
    /** Read by `chainseal watch`, not by check. */
    watch?: WatchSection;
}
export interface WatchSection {
    rules?: WatchRule[];
}
export interface WatchRule {
    paths: string[];
    action: 'alert' | 'restore' | 'quarantine';
}
export interface ManifestSection {
    mode?: 'create' | 'verify';
    file?: string;
    paths?: string[];
    artifacts?: string[];
    root?: string;
    include?: string[];
    exclude?: string[];
    defaultExcludes?: boolean;
    gitignore?: boolean;
    algorithm?: Algorithm;
}
export interface SignatureSection {
    bundle?: string;
    key?: string;
    certificateIdentity?: string;
    certificateIdentityRegexp?: string;
    certificateOidcIssuer?: string;
    trustedRoot?: string;
    staging?: boolean;
    fulcioUrl?: string;
    rekorUrl?: string;
    tsaUrl?: string;
}
export interface DepsSection {
    lockfiles?: string[];
    registry?: string;
    allowHosts?: string[];
    tarballs?: boolean;
    concurrency?: number;
}
export interface ScanSection {
    paths?: string[];
    root?: string;
    include?: string[];
    exclude?: string[];
    defaultExcludes?: boolean;
    gitignore?: boolean;
    rules?: string[];
    allowlist?: JsonAllowlist;
    maxFileSize?: number;
}
export declare const SECTIONS: readonly ["manifest", "signature", "deps", "scan"];
export type Section = (typeof SECTIONS)[number];
export declare const CONFIG_FILE = ".chainseal.json";
export declare const CONFIG_SCHEMA: object;
export interface ConfigSource {
    /** --config FILE, as given. */
    config?: string;
    /** --no-config. */
    noConfig?: boolean;
}
export interface LoadedConfig {
    config: CheckConfig;
    /** The file it came from, if any. */
    file?: string;
    /** What the config's relative paths are relative to: its directory, else the working directory. */
    baseDir: string;
}
/**
 * Finds and reads the configuration: `--config FILE`, else CHAINSEAL_CONFIG, else the nearest
 * .chainseal.json from the working directory up to the git root. Outside a git checkout only the
 * working directory is searched, so a stray file in a parent (or /tmp) never configures a run.
 */
export declare function loadConfig(cwd: string, env: NodeJS.ProcessEnv, source: ConfigSource): LoadedConfig;
/**
 * The flags given, as a partial config, validated against the config's schema so a flag and a
 * config key accept exactly the same values; errors name the flag.
 */
export declare function configFromFlags(values: Record<string, unknown>, cwd: string, baseDir: string): CheckConfig;
/** Validates options built from flags or Action inputs; `name` says how the user spelled each field. */
export declare function validateConfig(config: CheckConfig, inputName: string, name: (field: string) => string): CheckConfig;
/**
 * Flags (or Action inputs) over the file: a scalar given wins; a section's options merge key by
 * key; a section turned off stays off unless something turns it on again.
 */
export declare function mergeConfig(file: CheckConfig, over: CheckConfig): CheckConfig;
/** A section's options, or undefined when it does not run. */
export declare function sectionOf<S extends Section>(config: CheckConfig, section: S): Exclude<NonNullable<CheckConfig[S]>, boolean> | undefined;
