import { bundleBeside, hasSignatureFlags, type SignatureFlags } from '../attest/flags.ts'
import { sectionOf, type CheckConfig, type ManifestSection, type SignatureSection } from '../config/check-config.ts'
import { ChainsealError } from '../errors.ts'
import type { Policy } from '../findings/policy.ts'
import { IncompleteRunError, buildReport, type Report, type Stats } from '../findings/report.ts'
import { COMMAND_STATS } from '../findings/reporters/text.ts'
import type { SnapshotProgress } from '../integrity/snapshot.ts'

export interface CheckCommandOptions {
  /** What relative paths in the config are relative to: the config's directory. */
  cwd: string
  env: NodeJS.ProcessEnv
  config: CheckConfig
  policy: Policy
  /** For keyless signing; never part of a config file. */
  identityToken?: string
  onProgress?: (progress: SnapshotProgress) => void
}

export interface CheckResult {
  report: Report
  /** What the run wrote or read, for the Action's outputs. */
  manifestPath?: string
  bundlePath?: string
  treeDigest?: string
}

export const DEFAULT_MANIFEST = 'chainseal.manifest.json'

/** One check's own report, and what it wrote or read. */
interface SectionResult extends CheckResult {
  section: string
}

/**
 * `chainseal check`: every configured check in one run, under one policy, as one report. The
 * registry is asked while the tree is hashed and scanned; hashing and scanning, both bound by the
 * same disks and cores, take turns. A check that cannot do its job fails the whole run (exit 2),
 * after the others have finished, so nothing is left running; what they found is still reported
 * (IncompleteRunError).
 */
export async function checkCommand(options: CheckCommandOptions): Promise<CheckResult> {
  const { config } = options
  const manifest = sectionOf(config, 'manifest')
  const signature = sectionOf(config, 'signature')
  const deps = sectionOf(config, 'deps')
  const scan = sectionOf(config, 'scan')
  if (!manifest && !deps && !scan)
    throw new ChainsealError('usage', `nothing to check: configure manifest, deps or scan in .chainseal.json, or pass --manifest FILE, --deps or --scan (see chainseal check --help)`)
  if (signature && !manifest) throw new ChainsealError('usage', 'signature: signing or verifying needs the manifest section (or --manifest FILE)')

  // The sections report on their own; the baseline is applied once, to the whole, so it counts what it suppressed.
  const policy: Policy = { failOn: options.policy.failOn }
  // A check that fails gives its error in place of its results; the others go on.
  const runs: Promise<(SectionResult | Error)[]>[] = []
  if (deps) {
    runs.push(
      outcome('deps', async () => [{
        section: 'deps',
        // Each check's code is loaded only when it runs: a scan's rules compile as they load.
        report: await (await import('./deps.ts')).depsCommand({
          cwd: options.cwd,
          env: options.env,
          lockfiles: deps.lockfiles ?? [],
          ...(deps.registry !== undefined && { registry: deps.registry }),
          allowHosts: deps.allowHosts ?? [],
          ...(deps.concurrency !== undefined && { concurrency: deps.concurrency }),
          tarballs: deps.tarballs ?? false,
          policy,
        }),
      }]),
    )
  }
  runs.push(
    (async () => {
      const results: (SectionResult | Error)[] = []
      if (manifest) results.push(...(await outcome('manifest', () => integrity(options, policy, manifest, signature))))
      if (scan)
        results.push(
          ...(await outcome('scan', async () => [{
            section: 'scan',
            report: await (await import('./scan.ts')).scanCommand({
              cwd: options.cwd,
              paths: scan.paths ?? [],
              ...(scan.root !== undefined && { root: scan.root }),
              include: scan.include ?? [],
              exclude: scan.exclude ?? [],
              defaultExcludes: scan.defaultExcludes ?? true,
              gitignore: scan.gitignore ?? false,
              rules: scan.rules ?? [],
              ...(scan.allowlist && { allowlist: scan.allowlist }),
              ...(scan.maxFileSize !== undefined && { maxFileSize: scan.maxFileSize }),
              policy,
            }),
          }])),
        )
      return results
    })(),
  )
  const outcomes = (await Promise.all(runs)).flat()
  const results = outcomes.filter((o): o is SectionResult => !(o instanceof Error))
  const errors = outcomes.filter((o): o is Error => o instanceof Error)
  if (errors.length === 0) return combine(results, options.policy)
  const bug = errors.find((e) => !(e instanceof ChainsealError))
  if (bug) throw bug
  // Every check that could not run is named; what the others found is reported all the same.
  const error = new ChainsealError((errors[0] as ChainsealError).code, errors.map((e) => e.message).join('; '))
  throw results.length ? new IncompleteRunError(error, combine(results, options.policy).report) : error
}

/** The manifest section: create (and sign), or verify (and check the signature). */
async function integrity(options: CheckCommandOptions, policy: Policy, manifest: ManifestSection, signature: SignatureSection | undefined): Promise<SectionResult[]> {
  const file = manifest.file ?? DEFAULT_MANIFEST
  const mode = manifest.mode ?? 'verify'
  const walk = {
    ...(manifest.root !== undefined && { root: manifest.root }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  }
  if (mode === 'verify') {
    // paths choose what a create hashes; a verify checks what the manifest lists, so one config serves both.
    const flags = signatureFlags(signature)
    if (signature && !hasSignatureFlags(flags))
      throw new ChainsealError('usage', `signature: to verify the manifest's signature, name the signer: key (--key PUB.pem), or certificateIdentity (--certificate-identity) and certificateOidcIssuer (--certificate-oidc-issuer)`)
    const bundle = signature && (signature.bundle ?? bundleBeside(file))
    const { verifyCommand } = await import('./verify.ts')
    const report = await verifyCommand({
      cwd: options.cwd,
      env: options.env,
      manifest: file,
      artifacts: manifest.artifacts ?? [],
      ...(bundle && { signature: { bundle, flags } }),
      policy,
      ...walk,
    })
    return [
      {
        section: 'manifest',
        report,
        manifestPath: file,
        ...(bundle && { bundlePath: bundle }),
        ...(typeof report.stats.treeDigest === 'string' && { treeDigest: report.stats.treeDigest }),
      },
    ]
  }
  const { manifestCommand } = await import('./manifest.ts')
  const created = await manifestCommand({
    cwd: options.cwd,
    env: options.env,
    paths: manifest.paths ?? [],
    output: file,
    include: manifest.include ?? [],
    exclude: manifest.exclude ?? [],
    defaultExcludes: manifest.defaultExcludes ?? true,
    gitignore: manifest.gitignore ?? false,
    algorithm: manifest.algorithm ?? 'sha256',
    exports: [],
    policy,
    ...walk,
  })
  const results: SectionResult[] = [{ section: 'manifest', report: created.report, manifestPath: file, treeDigest: created.manifest.treeDigest }]
  if (signature) {
    // Sigstore's code is megabytes: loaded only when something is signed.
    const { signCommand } = await import('./sign.ts')
    const signed = await labelled('signature', () =>
      signCommand({
        cwd: options.cwd,
        env: options.env,
        manifest: file,
        ...(signature.bundle !== undefined && { output: signature.bundle }),
        ...(signature.key !== undefined && { key: signature.key }),
        ...(options.identityToken !== undefined && { identityToken: options.identityToken }),
        staging: signature.staging ?? false,
        ...(signature.fulcioUrl !== undefined && { fulcioURL: signature.fulcioUrl }),
        ...(signature.rekorUrl !== undefined && { rekorURL: signature.rekorUrl }),
        ...(signature.tsaUrl !== undefined && { tsaURL: signature.tsaUrl }),
        policy,
      }),
    )
    results.push({ section: 'signature', report: signed.report, bundlePath: signed.report.stats.bundle as string })
  }
  return results
}

function signatureFlags(signature: SignatureSection | undefined): SignatureFlags {
  if (!signature) return {}
  const { key, certificateIdentity, certificateIdentityRegexp, certificateOidcIssuer, trustedRoot } = signature
  return Object.fromEntries(Object.entries({ key, certificateIdentity, certificateIdentityRegexp, certificateOidcIssuer, trustedRoot }).filter(([, v]) => v !== undefined))
}

/** A check's results, or its error (labelled) in their place. */
async function outcome(section: string, work: () => Promise<SectionResult[]>): Promise<(SectionResult | Error)[]> {
  try {
    return await labelled(section, work)
  } catch (error) {
    return [error instanceof Error ? error : new Error(String(error))]
  }
}

/** Errors say which check they came from: "deps: lockfile … cannot be read". */
async function labelled<T>(section: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ChainsealError && !error.message.startsWith(`${section}: `)) throw new ChainsealError(error.code, `${section}: ${error.message}`, { cause: error })
    throw error
  }
}

/** One report: every section's findings under the one policy; each stat named by its section. */
function combine(results: SectionResult[], policy: Policy): CheckResult {
  const stats: Stats = { checks: results.map((r) => r.section).join(',') }
  for (const { section, report } of results)
    for (const [key, value] of Object.entries(report.stats)) stats[key in COMMAND_STATS ? key : `${section}.${key}`] = value
  const report = buildReport(
    'check',
    results.flatMap((r) => r.report.findings),
    policy,
    stats,
  )
  const pick = <K extends 'manifestPath' | 'bundlePath' | 'treeDigest'>(key: K) => results.find((r) => r[key] !== undefined)?.[key]
  const manifestPath = pick('manifestPath')
  const bundlePath = pick('bundlePath')
  const treeDigest = pick('treeDigest')
  return { report, ...(manifestPath && { manifestPath }), ...(bundlePath && { bundlePath }), ...(treeDigest && { treeDigest }) }
}
