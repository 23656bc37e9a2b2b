import { resolve } from 'node:path'
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import type { ExportRequest } from '../commands/manifest.ts'
import { bundleBeside, hasSignatureFlags, type SignatureFlags } from '../attest/flags.ts'
// The config's loader and the baseline's reader are imported where used: they bring ajv (~20 ms of
// every start), which commands without a config or a baseline, such as deps, never need.
import type { CheckConfig, ConfigSource } from '../config/check-config.ts'
import { byteSize, checkFlagOptions } from '../config/check-flags.ts'
import { ChainsealError } from '../errors.ts'
import { DEFAULT_FAIL_ON, parseFailOn, type Policy } from '../findings/policy.ts'
import { IncompleteRunError, buildReport, errorReport, exitCodeFor, type Report } from '../findings/report.ts'
import { renderGithub } from '../findings/reporters/github.ts'
import { renderJson } from '../findings/reporters/json.ts'
import { renderText } from '../findings/reporters/text.ts'
import { ALGORITHMS, type Algorithm } from '../integrity/digest.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../integrity/export.ts'
import { standardStreamAt, writeFileAtomic } from '../io/atomic-write.ts'
import type { SnapshotProgress } from '../integrity/snapshot.ts'
import { TOOL } from '../version.ts'
import { COMMAND_HELP, MAIN_HELP } from './help.ts'
import { progressBar } from './progress.ts'

/** What the CLI may know of its surroundings; tests pass their own. */
export interface CliIo {
  cwd: string
  env: NodeJS.ProcessEnv
  stdoutIsTTY: boolean
  /** Live progress on a TTY stderr; absent when stderr is not a terminal. */
  progress?: (text: string) => void
  /** Ends long-running commands (watch): SIGINT and SIGTERM in the bin. */
  signal?: AbortSignal
  /** Lines a long-running command writes as they happen (watch's events, to stderr). */
  log?: (line: string) => void
}

export interface CliResult {
  exitStatus: 0 | 1 | 2
  stdout: string
  stderr: string
}

type Format = 'text' | 'json' | 'sarif' | 'github'
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

interface CommandSpec {
  options: ParseArgsOptionsConfig
  /** Besides --report, the flag that also names where the report goes (verify's --output). */
  reportAlias?: string
  /**
   * The files the command writes its results to (`-` already made /dev/stdout by outputPath): when
   * one of them is stdout, the report goes to stderr, so a reader of stdout (`| jq`) gets the data alone.
   */
  writes?(values: Values): { flag: string; file: string | undefined }[]
  /**
   * Reads the command's configuration before the policy is decided: its failOn and baseline are
   * the defaults (flags already merged in), and relative paths in it are relative to baseDir.
   */
  configure?(values: Values, io: CliIo): Promise<Configured>
  execute(values: Values, positionals: string[], context: Context): Promise<Report>
}

interface Configured {
  config: CheckConfig
  baseDir: string
}

interface Context {
  io: CliIo
  policy: Policy
  configured?: Configured
  onProgress?: (progress: SnapshotProgress) => void
}

const COMMON_OPTIONS: ParseArgsOptionsConfig = {
  format: { type: 'string' },
  report: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'fail-on': { type: 'string' },
  color: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
}

/** Who must have signed, and what to trust; the names cosign uses. */
const SIGNATURE_OPTIONS: ParseArgsOptionsConfig = {
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'trusted-root': { type: 'string' },
  'tuf-refresh': { type: 'boolean' },
}

const COMMANDS: Record<string, CommandSpec> = {
  check: {
    options: {
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      'identity-token': { type: 'string' },
      ...checkFlagOptions(),
    },
    async configure(values, io) {
      const { configFromFlags, loadConfig, mergeConfig } = await import('../config/check-config.ts')
      const loaded = loadConfig(io.cwd, io.env, configSource(values))
      return { config: mergeConfig(loaded.config, configFromFlags(values, io.cwd, loaded.baseDir)), baseDir: loaded.baseDir }
    },
    async execute(values, positionals, { io, policy, configured, onProgress }) {
      if (positionals.length) throw usage(`check takes no arguments (got ${positionals.join(' ')}); name paths with --path or --scan-path`)
      const { checkCommand } = await import('../commands/check.ts')
      const { report } = await checkCommand({
        cwd: configured!.baseDir,
        env: io.env,
        config: configured!.config,
        policy,
        ...strings(values, { identityToken: 'identity-token' }),
        ...(onProgress && { onProgress }),
      })
      return report
    },
  },
  manifest: {
    options: {
      output: { type: 'string', short: 'o' },
      root: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      'no-default-excludes': { type: 'boolean' },
      gitignore: { type: 'boolean' },
      algorithm: { type: 'string' },
      export: { type: 'string', multiple: true },
      store: { type: 'string' },
      update: { type: 'string' },
    },
    writes: (values) => [
      { flag: `--output ${values.output}`, file: outputPath(values.output as string | undefined) },
      ...((values.export as string[] | undefined) ?? []).map((e) => ({ flag: `--export ${e}`, file: parseExport(e).file })),
    ],
    async execute(values, positionals, { io, policy, onProgress }) {
      const update = values.update as string | undefined
      if (update !== undefined) {
        if (values.output !== undefined || values.export !== undefined) throw usage('--update rewrites the manifest it names; --output and --export do not apply')
        const { updateManifestCommand } = await import('../commands/manifest.ts')
        const { report } = await updateManifestCommand({
          cwd: io.cwd,
          env: io.env,
          manifest: update,
          paths: positionals,
          ...strings(values, { root: 'root', store: 'store' }),
          policy,
        })
        return report
      }
      const output = outputPath(values.output as string | undefined)
      if (!output) throw usage('manifest needs --output FILE: where to write the manifest (- for stdout)')
      const exports = ((values.export as string[] | undefined) ?? []).map(parseExport)
      const unnamed = exports.find((e) => e.file === undefined)
      // Its default name is the manifest's with the format appended, which stdout has not.
      if (output === STDOUT && unnamed) throw usage(`--export ${unnamed.format} needs a file name when the manifest goes to stdout: --export ${unnamed.format}=FILE`)
      const algorithm = oneOf<Algorithm>('--algorithm', (values.algorithm as string | undefined) ?? 'sha256', ALGORITHMS)
      const { manifestCommand } = await import('../commands/manifest.ts')
      const { report } = await manifestCommand({
        cwd: io.cwd,
        env: io.env,
        paths: positionals,
        output,
        ...(values.root !== undefined && { root: values.root as string }),
        include: (values.include as string[] | undefined) ?? [],
        exclude: (values.exclude as string[] | undefined) ?? [],
        defaultExcludes: !values['no-default-excludes'],
        gitignore: Boolean(values.gitignore),
        algorithm,
        exports,
        ...strings(values, { store: 'store' }),
        policy,
        ...(onProgress && { onProgress }),
      })
      return report
    },
  },
  deps: {
    options: {
      registry: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      tarballs: { type: 'boolean' },
    },
    async execute(values, positionals, { io, policy }) {
      const concurrency = values.concurrency === undefined ? undefined : wholeNumber('--concurrency', values.concurrency as string, 1, 256)
      const { depsCommand } = await import('../commands/deps.ts')
      return depsCommand({
        cwd: io.cwd,
        env: io.env,
        lockfiles: positionals,
        ...(values.registry !== undefined && { registry: values.registry as string }),
        allowHosts: (values['allow-host'] as string[] | undefined) ?? [],
        ...(concurrency !== undefined && { concurrency }),
        tarballs: Boolean(values.tarballs),
        policy,
      })
    },
  },
  scan: {
    options: {
      root: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      'no-default-excludes': { type: 'boolean' },
      gitignore: { type: 'boolean' },
      rules: { type: 'string', multiple: true },
      'max-file-size': { type: 'string' },
      threads: { type: 'string' },
      'list-rules': { type: 'boolean' },
    },
    async execute(values, positionals, { io, policy }) {
      const threads = values.threads === undefined ? undefined : wholeNumber('--threads', values.threads as string, 1, 64)
      const { scanCommand } = await import('../commands/scan.ts')
      return scanCommand({
        cwd: io.cwd,
        paths: positionals,
        ...(values.root !== undefined && { root: values.root as string }),
        include: (values.include as string[] | undefined) ?? [],
        exclude: (values.exclude as string[] | undefined) ?? [],
        defaultExcludes: !values['no-default-excludes'],
        gitignore: Boolean(values.gitignore),
        rules: (values.rules as string[] | undefined) ?? [],
        ...(values['max-file-size'] !== undefined && { maxFileSize: byteSize('max-file-size', values['max-file-size'] as string) }),
        policy,
        ...(threads !== undefined && { threads }),
      })
    },
  },
  verify: {
    reportAlias: 'output',
    options: {
      root: { type: 'string' },
      artifact: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      bundle: { type: 'string' },
      ...SIGNATURE_OPTIONS,
    },
    async execute(values, positionals, { io, policy, onProgress }) {
      if (positionals.length !== 1) throw usage(`verify takes exactly one manifest (got ${positionals.length})`)
      const manifest = positionals[0]!
      const flags = signatureFlags(values)
      const bundle = values.bundle as string | undefined
      if (manifest === '-' && bundle === undefined && hasSignatureFlags(flags)) throw usage('verify - reads the manifest from stdin, which has no bundle beside it: name it with --bundle')
      const { verifyCommand } = await import('../commands/verify.ts')
      return verifyCommand({
        cwd: io.cwd,
        env: io.env,
        manifest,
        // Naming a signer without a bundle means the bundle sign wrote beside the manifest.
        ...((bundle !== undefined || hasSignatureFlags(flags)) && { signature: { bundle: bundle ?? bundleBeside(manifest), flags } }),
        ...(values.root !== undefined && { root: values.root as string }),
        artifacts: (values.artifact as string[] | undefined) ?? [],
        policy,
        ...(onProgress && { onProgress }),
      })
    },
  },
  sign: {
    options: {
      output: { type: 'string', short: 'o' },
      key: { type: 'string' },
      'identity-token': { type: 'string' },
      staging: { type: 'boolean' },
      'fulcio-url': { type: 'string' },
      'rekor-url': { type: 'string' },
      'tsa-url': { type: 'string' },
    },
    writes: (values) => [{ flag: `--output ${values.output}`, file: outputPath(values.output as string | undefined) }],
    async execute(values, positionals, { io, policy }) {
      if (positionals.length !== 1) throw usage(`sign takes exactly one manifest (got ${positionals.length})`)
      const { signCommand } = await import('../commands/sign.ts')
      const { report } = await signCommand({
        cwd: io.cwd,
        env: io.env,
        manifest: positionals[0]!,
        policy,
        ...strings(values, { key: 'key', identityToken: 'identity-token', fulcioURL: 'fulcio-url', rekorURL: 'rekor-url', tsaURL: 'tsa-url' }),
        ...(values.output !== undefined && { output: outputPath(values.output as string) }),
        staging: Boolean(values.staging),
      })
      return report
    },
  },
  watch: {
    options: {
      root: { type: 'string' },
      interval: { type: 'string' },
      debounce: { type: 'string' },
      restore: { type: 'boolean' },
      store: { type: 'string' },
      quarantine: { type: 'string' },
      log: { type: 'string' },
      webhook: { type: 'string', multiple: true },
      'slack-webhook': { type: 'string', multiple: true },
      'smtp-url': { type: 'string' },
      'mail-from': { type: 'string' },
      'mail-to': { type: 'string', multiple: true },
      'sms-to': { type: 'string', multiple: true },
      'sms-from': { type: 'string' },
      'sms-api': { type: 'string' },
      'alert-warning': { type: 'string' },
      'alert-critical': { type: 'string' },
      'alert-window': { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
    },
    async execute(values, positionals, { io, policy }) {
      if (positionals.length !== 1) throw usage(`watch takes exactly one manifest (got ${positionals.length})`)
      const [{ watchCommand }, { loadConfig }] = await Promise.all([import('../commands/watch.ts'), import('../config/check-config.ts')])
      // Per-path rules come from the config's watch section; its paths are globs, relative to the root.
      const { config } = loadConfig(io.cwd, io.env, configSource(values))
      // A URL with a secret in it (Slack's, an SMTP password) may come from the environment instead of argv.
      const smtpUrl = (values['smtp-url'] as string | undefined) ?? io.env.CHAINSEAL_SMTP_URL
      const mailTo = (values['mail-to'] as string[] | undefined) ?? []
      const smsTo = (values['sms-to'] as string[] | undefined) ?? []
      if (mailTo.length && !smtpUrl) throw usage('--mail-to needs --smtp-url smtp://[user:password@]host[:port] (or CHAINSEAL_SMTP_URL)')
      if (smsTo.length && values['sms-from'] === undefined) throw usage('--sms-to needs --sms-from: the sending number')
      const webhooks = [
        ...((values.webhook as string[] | undefined) ?? []).map((url) => ({ url, format: 'json' as const })),
        ...((values['slack-webhook'] as string[] | undefined) ?? []).map((url) => ({ url, format: 'slack' as const })),
        ...(io.env.CHAINSEAL_WEBHOOK_URL ? [{ url: io.env.CHAINSEAL_WEBHOOK_URL, format: 'json' as const }] : []),
      ]
      return watchCommand({
        cwd: io.cwd,
        env: io.env,
        manifest: positionals[0]!,
        ...strings(values, { root: 'root', store: 'store', quarantine: 'quarantine', log: 'log' }),
        intervalMs: duration('--interval', (values.interval as string | undefined) ?? '1h'),
        debounceMs: duration('--debounce', (values.debounce as string | undefined) ?? '100ms'),
        restore: Boolean(values.restore),
        ...(config.watch?.rules && { rules: config.watch.rules }),
        webhooks,
        ...(mailTo.length && { email: { smtpUrl: smtpUrl!, from: (values['mail-from'] as string | undefined) ?? 'chainseal@localhost', to: mailTo } }),
        ...(smsTo.length && { sms: { api: (values['sms-api'] as string | undefined) ?? 'https://api.twilio.com', from: values['sms-from'] as string, to: smsTo } }),
        alertPolicy: {
          ...(values['alert-warning'] !== undefined && { warning: wholeNumber('--alert-warning', values['alert-warning'] as string, 1, 1e9) }),
          ...(values['alert-critical'] !== undefined && { critical: wholeNumber('--alert-critical', values['alert-critical'] as string, 1, 1e9) }),
          ...(values['alert-window'] !== undefined && { windowMs: duration('--alert-window', values['alert-window'] as string) }),
        },
        policy,
        signal: io.signal ?? new AbortController().signal,
        ...(io.log && { echo: io.log }),
      })
    },
  },
  log: {
    options: { since: { type: 'string' }, head: { type: 'string' } },
    async execute(values, positionals, { io, policy }) {
      const [action, file, ...extra] = positionals
      if ((action !== 'verify' && action !== 'summary') || file === undefined || extra.length) throw usage('usage: chainseal log verify|summary FILE [--head HASH] [--since 7d]')
      const { logCommand } = await import('../commands/log.ts')
      const since = values.since as string | undefined
      if (since !== undefined && action === 'verify') throw usage('--since applies to log summary')
      const head = values.head as string | undefined
      if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) throw usage(`--head must be a record's hash, 64 hex digits as log verify prints it (got "${head}")`)
      return logCommand(action, { cwd: io.cwd, file, ...(since !== undefined && { since: sinceDate(since) }), ...(head !== undefined && { head }), policy })
    },
  },
  keygen: {
    options: { output: { type: 'string', short: 'o' } },
    async execute(values, positionals, { io, policy }) {
      if (positionals.length) throw usage(`keygen takes no arguments; name the directory with --output DIR`)
      const output = values.output as string | undefined
      if (!output) throw usage('keygen needs --output DIR: where to write chainseal.key and chainseal.pub')
      const { keygenCommand } = await import('../commands/keygen.ts')
      return keygenCommand({ cwd: io.cwd, output, policy })
    },
  },
  sigstore: {
    options: {
      bundle: { type: 'string' },
      'identity-token': { type: 'string' },
      staging: { type: 'boolean' },
      'in-toto': { type: 'boolean' },
      'signing-config': { type: 'string' },
      ...SIGNATURE_OPTIONS,
    },
    async execute(values, positionals, { io, policy }) {
      const [sub, file, ...extra] = positionals
      if ((sub !== 'sign-bundle' && sub !== 'verify-bundle') || file === undefined || extra.length)
        throw usage('usage: chainseal sigstore sign-bundle|verify-bundle [flags] FILE (see chainseal sigstore --help)')
      const bundle = values.bundle as string | undefined
      if (!bundle) throw usage(`sigstore ${sub} needs --bundle FILE`)
      const staging = Boolean(values.staging)
      const { signBundleCommand, verifyBundleCommand } = await import('../commands/sigstore.ts')
      if (sub === 'verify-bundle') return verifyBundleCommand({ cwd: io.cwd, env: io.env, artifact: file, bundle, flags: signatureFlags(values), staging, policy })
      const identityToken = values['identity-token'] as string | undefined
      if (!identityToken) throw usage('sigstore sign-bundle needs --identity-token TOKEN')
      return signBundleCommand({
        cwd: io.cwd,
        env: io.env,
        file,
        bundle,
        identityToken,
        staging,
        inToto: Boolean(values['in-toto']),
        ...strings(values, { signingConfig: 'signing-config' }),
        policy,
      })
    },
  },
}

/**
 * The whole CLI as a function of its arguments: it never exits, prints or reads process state,
 * so the bin stays a few lines and tests run it in-process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<CliResult> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help') return { exitStatus: 0, stdout: MAIN_HELP, stderr: '' }
  if (name === 'help') {
    const topic = rest[0]
    return topic && COMMAND_HELP[topic] ? { exitStatus: 0, stdout: COMMAND_HELP[topic], stderr: '' } : { exitStatus: 0, stdout: MAIN_HELP, stderr: '' }
  }
  if (name === '--version' || name === '-V') return { exitStatus: 0, stdout: `${TOOL.version}\n`, stderr: '' }
  const spec = COMMANDS[name]
  if (!spec) return usageFailure(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')} (see chainseal --help)`)

  let format: Format = 'text'
  let policy: Policy = { failOn: DEFAULT_FAIL_ON }
  let baseline: ReadonlySet<string> | undefined
  let destination: string | undefined
  /** The data outputs that are stdout (at most one), by flag: the report then goes to stderr. */
  let streamed: string[] = []
  try {
    const { values, positionals } = parseCommandArgs(name, spec, rest)
    if (values.help) return { exitStatus: 0, stdout: COMMAND_HELP[name]!, stderr: '' }
    if (values['list-rules']) return { exitStatus: 0, stdout: (await import('../commands/scan.ts')).listScanRules(io.cwd, (values.rules as string[] | undefined) ?? []), stderr: '' }
    format = oneOf<Format>('--format', (values.format as string | undefined) ?? 'text', ['text', 'json', 'sarif', 'github'])
    const configured = await spec.configure?.(values, io)
    policy = { failOn: configured ? (configured.config.failOn ?? DEFAULT_FAIL_ON) : parseFailOn((values['fail-on'] as string | undefined) ?? DEFAULT_FAIL_ON) }
    // Read before the work, so a bad baseline fails fast; applied after it, to all its findings.
    const baselineName = configured ? configured.config.baseline : (values.baseline as string | undefined)
    baseline = baselineName === undefined ? undefined : (await import('../findings/baseline.ts')).readBaseline(resolve(configured?.baseDir ?? io.cwd, baselineName), baselineName)
    const baselineOut = values['write-baseline'] as string | undefined
    const color = useColor((values.color as string | undefined) ?? 'auto', io)
    destination = reportDestination(values, spec)
    streamed = (spec.writes?.(values) ?? []).filter(({ file }) => file !== undefined && standardStreamAt(resolve(io.cwd, file)) === 1).map(({ flag }) => flag)
    const reportToStdout = destination !== undefined && standardStreamAt(resolve(io.cwd, destination)) === 1
    const onStdout = reportToStdout ? [...streamed, `--report ${destination}`] : streamed
    if (onStdout.length > 1) throw usage(`${onStdout.join(' and ')} each write to stdout; send all but one to files`)
    const bar = io.progress ? progressBar(io.progress) : undefined
    let report: Report
    try {
      report = await spec.execute(values, positionals, { io, policy, ...(configured && { configured }), ...(bar && { onProgress: bar.update }) })
    } finally {
      bar?.done()
    }
    // --write-baseline accepts every finding of this run, so none of them is new.
    if (baselineOut !== undefined) (await import('../findings/baseline.ts')).writeBaseline(resolve(io.cwd, baselineOut), report.findings)
    const accepted = baselineOut !== undefined ? new Set(report.findings.map((f) => f.fingerprint)) : baseline
    if (accepted) report = buildReport(report.command, report.findings, { ...policy, baseline: accepted }, report.stats)
    const rendered = await render(report, format, color && !destination && !streamed.length)
    if (streamed.length && !destination) return { exitStatus: exitCodeFor(report.status), stdout: '', stderr: rendered }
    if (destination) {
      writeFileAtomic(resolve(io.cwd, destination), [rendered])
      return { exitStatus: exitCodeFor(report.status), stdout: '', stderr: renderText({ ...report, findings: [] }, { color: false }) }
    }
    return { exitStatus: exitCodeFor(report.status), stdout: rendered, stderr: '' }
  } catch (error) {
    if (!(error instanceof ChainsealError)) throw error
    const stderr = `chainseal ${name}: error: ${error.message}\n`
    if (!(error instanceof IncompleteRunError)) {
      const json = format === 'json' ? renderJson(errorReport(name, error, policy)) : ''
      return streamed.length ? { exitStatus: 2, stdout: '', stderr: stderr + json } : { exitStatus: 2, stdout: json, stderr }
    }
    // The checks that ran report what they found, in every format: a registry out of reach must not
    // hide a leaked key. The run still ends in the error.
    const rendered = await render(errorReport(name, error, { ...policy, ...(baseline && { baseline }) }), format, false)
    if (destination === undefined) return { exitStatus: 2, stdout: rendered, stderr }
    writeFileAtomic(resolve(io.cwd, destination), [rendered])
    return { exitStatus: 2, stdout: '', stderr }
  }
}

function parseCommandArgs(name: string, spec: CommandSpec, args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...spec.options }, allowPositionals: true, strict: true })
  } catch (error) {
    // parseArgs explains well ("Unknown option '--x'"); add where to look.
    throw usage(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')} (see chainseal ${name} --help)`)
  }
}

/**
 * Commands, and the SARIF reporter's catalog of every rule, are loaded when used: the scan's rules
 * compile as their module loads, which every other command would otherwise pay for at start.
 */
async function render(report: Report, format: Format, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'sarif': {
      const [{ renderSarif }, { RULE_CATALOG }] = await Promise.all([import('../findings/reporters/sarif.ts'), import('../rule-catalog.ts')])
      return renderSarif(report, RULE_CATALOG)
    }
    case 'github':
      return renderGithub(report)
    default:
      return renderText(report, { color })
  }
}

function reportDestination(values: Values, spec: CommandSpec): string | undefined {
  const report = values.report as string | undefined
  const alias = spec.reportAlias ? (values[spec.reportAlias] as string | undefined) : undefined
  if (report !== undefined && alias !== undefined) throw usage(`--report and --${spec.reportAlias} both name the report file; give one`)
  const destination = report ?? alias
  // `--report -` is stdout, where the report goes without it.
  return destination === '-' ? undefined : destination
}

/** Where a command writes what it was given as `-`: stdout. Other paths are as given. */
const STDOUT = '/dev/stdout'
function outputPath<T extends string | undefined>(given: T): T | typeof STDOUT {
  return given === '-' ? STDOUT : given
}

function signatureFlags(values: Values): SignatureFlags {
  return {
    ...strings(values, {
      key: 'key',
      certificateIdentity: 'certificate-identity',
      certificateIdentityRegexp: 'certificate-identity-regexp',
      certificateOidcIssuer: 'certificate-oidc-issuer',
      trustedRoot: 'trusted-root',
    }),
    ...(values['tuf-refresh'] === true && { tufRefresh: true }),
  }
}

/** --config FILE and --no-config, for the commands that read .chainseal.json. */
function configSource(values: Values): ConfigSource {
  return { ...strings(values, { config: 'config' }), noConfig: Boolean(values['no-config']) }
}

/** The string flags that were given, under the option names a command takes. */
function strings<K extends string>(values: Values, names: Record<K, string>): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {}
  for (const [key, flag] of Object.entries(names) as [K, string][]) if (typeof values[flag] === 'string') picked[key] = values[flag] as string
  return picked
}

function parseExport(value: string): ExportRequest {
  const [format, ...file] = value.split('=')
  const request: ExportRequest = { format: oneOf<ExportFormat>('--export', format!, EXPORT_FORMATS) }
  if (file.length) {
    const path = file.join('=')
    if (!path) throw usage(`--export ${value}: the file name after "=" is empty`)
    request.file = outputPath(path)
  }
  return request
}

/** Milliseconds per unit of a duration flag. */
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** "500ms", "30s", "5m", "1h", "7d", or a bare number of seconds: in milliseconds; 0 turns a timer off. */
function duration(flag: string, value: string): number {
  const ms = durationMs(value)
  if (ms === undefined) throw usage(`${flag} must be a duration such as 500ms, 30s, 5m or 1h (got "${value}")`)
  return ms
}

function durationMs(value: string): number | undefined {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(value)
  return match ? Number(match[1]) * DURATION_UNITS[(match[2] ?? 's') as keyof typeof DURATION_UNITS] : undefined
}

/** `--since`: a duration back from now ("7d", "12h"), or a date. */
function sinceDate(value: string): Date {
  const ago = durationMs(value)
  const date = ago === undefined ? new Date(value) : new Date(Date.now() - ago)
  if (Number.isNaN(date.getTime())) throw usage(`--since must be a duration such as 7d, 12h or 30m, or a date (got "${value}")`)
  return date
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (/^\d+$/.test(value) && number >= min && number <= max) return number
  throw usage(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`)
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw usage(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`)
}

/** --color always|never wins; auto follows NO_COLOR, FORCE_COLOR and whether stdout is a terminal. */
function useColor(mode: string, io: CliIo): boolean {
  const choice = oneOf('--color', mode, ['auto', 'always', 'never'])
  if (choice !== 'auto') return choice === 'always'
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0'
  return io.stdoutIsTTY
}

function usage(message: string): ChainsealError {
  return new ChainsealError('usage', message)
}

function usageFailure(message: string): CliResult {
  return { exitStatus: 2, stdout: '', stderr: `chainseal: error: ${message}\n` }
}
