/** The library: the same commands the CLI and the Action run, for tools that embed chainseal. */
export { manifestCommand, type ManifestCommandOptions, type ManifestCommandResult, type ExportRequest } from './commands/manifest.ts';
export { verifyCommand, type VerifyCommandOptions } from './commands/verify.ts';
export { ChainsealError } from './errors.ts';
export type { Finding, Severity, Category, Location, Rule } from './findings/finding.ts';
export type { Policy, FailOn } from './findings/policy.ts';
export type { Report, Status } from './findings/report.ts';
export { readManifest, type Manifest } from './integrity/manifest.ts';
export type { ManifestEntry } from './integrity/snapshot.ts';
export { checkCommand, type CheckCommandOptions, type CheckResult } from './commands/check.ts';
export { loadConfig, mergeConfig, type CheckConfig, type LoadedConfig } from './config/check-config.ts';
export { depsCommand, type DepsCommandOptions } from './commands/deps.ts';
export { scanCommand, type ScanCommandOptions } from './commands/scan.ts';
