import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'
import type { Finding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { checkLockfile } from '../deps/check.ts'
import type { DependencyKind } from '../deps/lockfile.ts'
import { parseNpmLockfile } from '../deps/npm-lockfile.ts'
import { loadRegistryConfig } from '../deps/npmrc.ts'
import { RegistryClient } from '../deps/registry.ts'

export interface DepsCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  lockfiles: string[]
  registry?: string
  allowHosts: string[]
  concurrency?: number
  policy: Policy
}

/** npm writes these; a shrinkwrap, where there is one, is what npm installs from. */
const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json']
const NOT_YET = ['yarn.lock', 'pnpm-lock.yaml']

/** `chainseal deps`: check lockfiles against the registry, before anything is installed. */
export async function depsCommand(options: DepsCommandOptions): Promise<Report> {
  const given = options.lockfiles.length ? options.lockfiles : [discover(options.cwd)]
  const findings: Finding[] = []
  const stats = { lockfiles: given.length, packages: 0, checked: 0, verified: 0, signaturesVerified: 0, signaturesSkipped: 0, requests: 0 }
  const skipped: Partial<Record<DependencyKind, number>> = {}
  for (const path of given) {
    const absolute = resolve(options.cwd, path)
    const name = absolute.slice(absolute.lastIndexOf('/') + 1)
    if (NOT_YET.includes(name)) throw new ChainsealError('usage', `${path}: yarn and pnpm lockfiles are not supported yet; give a package-lock.json or npm-shrinkwrap.json`)
    let text: string
    try {
      text = readFileSync(absolute, 'utf8')
    } catch (error) {
      throw new ChainsealError('input', `cannot read lockfile ${path}: ${osReason(error)}`, { cause: error })
    }
    const lockfile = parseNpmLockfile(text, path)
    const config = loadRegistryConfig(dirname(absolute), options.env, options.registry)
    const allowedHosts = new Set([config.registry, ...config.scopes.values()].map((url) => new URL(url).host))
    for (const host of options.allowHosts) allowedHosts.add(host)
    const client = new RegistryClient(config, options.concurrency !== undefined ? { concurrency: options.concurrency } : {})
    const result = await checkLockfile(lockfile, client, { allowedHosts })
    findings.push(...result.findings)
    stats.packages += lockfile.packages.length
    stats.checked += result.checked
    stats.verified += result.verified
    stats.signaturesVerified += result.signaturesVerified
    stats.signaturesSkipped += result.signaturesSkipped
    stats.requests += client.requests
    for (const [kind, count] of Object.entries(result.skipped)) skipped[kind as DependencyKind] = (skipped[kind as DependencyKind] ?? 0) + count
  }
  const skippedStats = Object.fromEntries(Object.entries(skipped).map(([kind, count]) => [`skipped${kind[0]!.toUpperCase()}${kind.slice(1)}`, count]))
  return buildReport('deps', findings, options.policy, { ...stats, ...skippedStats })
}

function discover(cwd: string): string {
  const npm = NPM_LOCKFILES.find((name) => existsSync(join(cwd, name)))
  if (npm) return npm
  const other = NOT_YET.find((name) => existsSync(join(cwd, name)))
  if (other) throw new ChainsealError('usage', `found ${other}: yarn and pnpm lockfiles are not supported yet; give a package-lock.json or npm-shrinkwrap.json`)
  throw new ChainsealError('usage', `no lockfile in ${cwd}: give one (package-lock.json or npm-shrinkwrap.json) or run where it is`)
}
