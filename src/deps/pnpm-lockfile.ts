import { parse } from 'yaml'
import { ChainsealError } from '../errors.ts'
import type { LockedPackage, Lockfile } from './lockfile.ts'

interface PnpmEntry {
  resolution?: { integrity?: string; tarball?: string; directory?: string; type?: string; repo?: string; commit?: string }
  name?: string
  version?: string
  dev?: boolean
  optional?: boolean
}

/**
 * pnpm-lock.yaml, lockfile versions 6 ("/name@1.0.0(peer@2.0.0)" keys) and 9 ("name@1.0.0"
 * keys, peers in `snapshots`).
 */
export function parsePnpmLockfile(text: string, path: string): Lockfile {
  let data: { lockfileVersion?: unknown; packages?: Record<string, PnpmEntry> }
  try {
    data = parse(text, { maxAliasCount: 1000 }) as typeof data
  } catch (error) {
    throw new ChainsealError('lockfile-invalid', `${path} is not valid YAML (${(error as Error).message}); regenerate it with pnpm install`)
  }
  const version = String(data?.lockfileVersion ?? '')
  if (!/^[69]\./.test(version))
    throw new ChainsealError('lockfile-invalid', `${path} has lockfileVersion ${JSON.stringify(data?.lockfileVersion ?? null)}; chainseal reads pnpm lockfile versions 6 and 9`)
  const packages: LockedPackage[] = []
  for (const [key, entry] of Object.entries(data.packages ?? {})) {
    const [name, version] = splitKey(key)
    const pkg: LockedPackage = { location: key, name: entry.name ?? name, version: entry.version ?? version, kind: 'registry' }
    const resolution = entry.resolution ?? {}
    if (resolution.integrity !== undefined) pkg.integrity = resolution.integrity
    if (resolution.tarball !== undefined) pkg.resolved = resolution.tarball
    if (entry.dev) pkg.dev = true
    if (entry.optional) pkg.optional = true
    if (resolution.directory !== undefined) pkg.kind = 'link'
    else if (resolution.type === 'git' || resolution.repo !== undefined) pkg.kind = 'git'
    else if (resolution.tarball?.startsWith('file:')) pkg.kind = 'file'
    packages.push(pkg)
  }
  return { path, format: `pnpm lockfile v${version}`, packages }
}

/** "/@s/a@1.0.0(peer@2.0.0)" or "@s/a@1.0.0" → ["@s/a", "1.0.0"]. */
function splitKey(key: string): [string, string] {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '')
  const at = bare.lastIndexOf('@')
  return at <= 0 ? [bare, ''] : [bare.slice(0, at), bare.slice(at + 1)]
}
