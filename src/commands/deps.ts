import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ChainsealError } from '../errors.ts'
import type { Finding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { checkLockfile } from '../deps/check.ts'
import type { DependencyKind, Lockfile } from '../deps/lockfile.ts'
import { loadRegistryConfig } from '../deps/npmrc.ts'
import { RegistryClient } from '../deps/registry.ts'
import { readInputText } from '../io/read-input.ts'

export interface DepsCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  lockfiles: string[]
  registry?: string
  allowHosts: string[]
  concurrency?: number
  /** Download each tarball and hash it too. */
  tarballs?: boolean
  policy: Policy
}

type Parser = (text: string, path: string) => Lockfile

/**
 * The lockfiles chainseal reads, by name. A shrinkwrap, where there is one, is what npm installs
 * from. Each parser is loaded when its lockfile is met: Yarn's and pnpm's bring YAML parsers that
 * an npm project would load for nothing (~30 ms of every start).
 */
const PARSERS: Record<string, () => Promise<Parser>> = {
  'npm-shrinkwrap.json': async () => (await import('../deps/npm-lockfile.ts')).parseNpmLockfile,
  'package-lock.json': async () => (await import('../deps/npm-lockfile.ts')).parseNpmLockfile,
  'yarn.lock': async () => (await import('../deps/yarn-lockfile.ts')).parseYarnLockfile,
  'pnpm-lock.yaml': async () => (await import('../deps/pnpm-lockfile.ts')).parsePnpmLockfile,
}

/** Yarn classic writes npm's registry under this name. */
const NPM_REGISTRY_ALIASES: Record<string, string[]> = { 'registry.npmjs.org': ['registry.yarnpkg.com'], 'registry.yarnpkg.com': ['registry.npmjs.org'] }

/** `chainseal deps`: check lockfiles against the registry, before anything is installed. */
export async function depsCommand(options: DepsCommandOptions): Promise<Report> {
  const given = options.lockfiles.length ? options.lockfiles : discover(options.cwd)
  const findings: Finding[] = []
  const stats = { lockfiles: given.length, packages: 0, checked: 0, verified: 0, tarballsVerified: 0, integrityUnverified: 0, signaturesVerified: 0, signaturesSkipped: 0, requests: 0 }
  const skipped: Partial<Record<DependencyKind, number>> = {}
  for (const path of given) {
    const absolute = resolve(options.cwd, path)
    const parser = PARSERS[basename(absolute)]
    if (!parser) throw new ChainsealError('usage', `${path}: chainseal reads lockfiles named ${Object.keys(PARSERS).join(', ')}`)
    const text = readInputText(absolute, `lockfile ${path}`)
    const lockfile = (await parser())(text, path)
    const config = loadRegistryConfig(dirname(absolute), options.env, options.registry)
    const allowedHosts = new Set([config.registry, ...config.scopes.values()].flatMap((url) => [new URL(url).host, ...(NPM_REGISTRY_ALIASES[new URL(url).host] ?? [])]))
    for (const host of options.allowHosts) allowedHosts.add(host)
    const client = new RegistryClient(config, options.concurrency !== undefined ? { concurrency: options.concurrency } : {})
    const result = await checkLockfile(lockfile, client, { allowedHosts, tarballs: options.tarballs ?? false }).finally(() => client.close())
    findings.push(...result.findings)
    stats.packages += lockfile.packages.length
    stats.checked += result.checked
    stats.verified += result.verified
    stats.integrityUnverified += result.integrityUnverified
    stats.tarballsVerified += result.tarballsVerified
    stats.signaturesVerified += result.signaturesVerified
    stats.signaturesSkipped += result.signaturesSkipped
    stats.requests += client.requests
    for (const [kind, count] of Object.entries(result.skipped)) skipped[kind as DependencyKind] = (skipped[kind as DependencyKind] ?? 0) + count
  }
  const skippedStats = Object.fromEntries(Object.entries(skipped).map(([kind, count]) => [`skipped${kind[0]!.toUpperCase()}${kind.slice(1)}`, count]))
  return buildReport('deps', findings, options.policy, { ...stats, ...skippedStats })
}

function discover(cwd: string): string[] {
  const found = Object.keys(PARSERS).filter((name) => existsSync(join(cwd, name)))
  // npm installs from a shrinkwrap and ignores package-lock.json beside it.
  const lockfiles = found.includes('npm-shrinkwrap.json') ? found.filter((name) => name !== 'package-lock.json') : found
  if (lockfiles.length === 0) throw new ChainsealError('usage', `no lockfile in ${cwd}: give one (${Object.keys(PARSERS).join(', ')}) or run where it is`)
  return lockfiles
}
