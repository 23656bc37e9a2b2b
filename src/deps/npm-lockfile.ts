import { ChainsealError } from '../errors.ts'
import { kindOf, type LockedPackage, type Lockfile } from './lockfile.ts'

interface V2Entry {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  link?: boolean
  inBundle?: boolean
  dev?: boolean
  optional?: boolean
  devOptional?: boolean
}

interface V1Entry {
  version?: string
  resolved?: string
  integrity?: string
  bundled?: boolean
  dev?: boolean
  optional?: boolean
  dependencies?: Record<string, V1Entry>
}

/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. Versions 2 and 3 list
 * every installed package by path in `packages`, which is authoritative where present; version 1
 * nests `dependencies`.
 */
export function parseNpmLockfile(text: string, path: string): Lockfile {
  let data: { lockfileVersion?: unknown; packages?: Record<string, V2Entry>; dependencies?: Record<string, V1Entry> }
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ChainsealError('lockfile-invalid', `${path} is not valid JSON (${(error as Error).message}); regenerate it with npm install`)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new ChainsealError('lockfile-invalid', `${path} is not an npm lockfile: expected a JSON object with "lockfileVersion"`)
  const version = data.lockfileVersion
  if (version !== 1 && version !== 2 && version !== 3)
    throw new ChainsealError('lockfile-invalid', `${path} has lockfileVersion ${JSON.stringify(version)}; chainseal reads npm lockfile versions 1, 2 and 3`)
  const packages = data.packages && version !== 1 ? fromPackages(data.packages, path) : fromDependencies(data.dependencies ?? {}, 'node_modules')
  return { path, format: `npm lockfile v${version}`, packages }
}

function fromPackages(entries: Record<string, V2Entry>, path: string): LockedPackage[] {
  const packages: LockedPackage[] = []
  for (const [location, entry] of Object.entries(entries)) {
    if (location === '') continue // the project itself
    if (!entry || typeof entry !== 'object') throw new ChainsealError('lockfile-invalid', `${path}: packages[${JSON.stringify(location)}] is not an object`)
    const installedAs = nameFromLocation(location)
    const name = entry.name ?? installedAs ?? location
    const pkg: LockedPackage = { location, name, version: entry.version ?? '', kind: 'registry' }
    if (entry.resolved !== undefined) pkg.resolved = entry.resolved
    if (entry.integrity !== undefined) pkg.integrity = entry.integrity
    if (installedAs && entry.name && entry.name !== installedAs) pkg.alias = installedAs
    if (entry.dev || entry.devOptional) pkg.dev = true
    if (entry.optional || entry.devOptional) pkg.optional = true
    if (entry.link) pkg.kind = 'link'
    else if (!installedAs) pkg.kind = 'workspace' // a folder of the project, not under node_modules
    else if (entry.inBundle) pkg.kind = 'bundled'
    else pkg.kind = kindOf(entry.resolved) ?? 'registry'
    packages.push(pkg)
  }
  return packages
}

function fromDependencies(entries: Record<string, V1Entry>, parent: string): LockedPackage[] {
  const packages: LockedPackage[] = []
  for (const [installedAs, entry] of Object.entries(entries)) {
    const location = `${parent}/${installedAs}`
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version ?? '')
    const pkg: LockedPackage = {
      location,
      name: alias ? alias[1]! : installedAs,
      version: alias ? alias[2]! : (entry.version ?? ''),
      kind: 'registry',
    }
    if (alias) pkg.alias = installedAs
    if (entry.resolved !== undefined) pkg.resolved = entry.resolved
    if (entry.integrity !== undefined) pkg.integrity = entry.integrity
    if (entry.dev) pkg.dev = true
    if (entry.optional) pkg.optional = true
    pkg.kind = entry.bundled ? 'bundled' : (kindOf(entry.version) ?? kindOf(entry.resolved) ?? 'registry')
    packages.push(pkg, ...fromDependencies(entry.dependencies ?? {}, `${location}/node_modules`))
  }
  return packages
}

/** "node_modules/a/node_modules/@s/b" → "@s/b"; undefined outside node_modules (a workspace folder). */
function nameFromLocation(location: string): string | undefined {
  const at = location.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  return location.slice(at + 'node_modules/'.length)
}
