import { ChainsealError } from '../errors.ts'
import { entriesOf, kindOf, textFields, type LockedPackage, type Lockfile } from './lockfile.ts'

const TEXT = ['name', 'version', 'resolved', 'integrity'] as const

/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. Versions 2 and 3 list
 * every installed package by path in `packages`, which is authoritative where present; version 1
 * nests `dependencies`.
 */
export function parseNpmLockfile(text: string, path: string): Lockfile {
  let data: { lockfileVersion?: unknown; packages?: unknown; dependencies?: unknown }
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
  // Version 3 has only `packages`; version 2 has both, and `packages` is authoritative.
  if (version === 3 && data.packages === undefined) throw new ChainsealError('lockfile-invalid', `${path} is lockfileVersion 3 without "packages"; regenerate it with npm install`)
  const packages = version !== 1 && data.packages !== undefined ? fromPackages(entriesOf(data.packages, path, 'packages'), path) : fromDependencies(entriesOf(data.dependencies, path, 'dependencies'), 'node_modules', path)
  return { path, format: `npm lockfile v${version}`, packages }
}

function fromPackages(entries: Record<string, Record<string, unknown>>, path: string): LockedPackage[] {
  const packages: LockedPackage[] = []
  for (const [location, entry] of Object.entries(entries)) {
    if (location === '') continue // the project itself
    const fields = textFields(entry, TEXT, path, `packages[${JSON.stringify(location)}]`)
    const installedAs = nameFromLocation(location)
    const name = fields.name ?? installedAs ?? location
    const pkg: LockedPackage = { location, name, version: fields.version ?? '', kind: 'registry' }
    if (fields.resolved !== undefined) pkg.resolved = fields.resolved
    if (fields.integrity !== undefined) pkg.integrity = fields.integrity
    if (installedAs && fields.name && fields.name !== installedAs) pkg.alias = installedAs
    if (entry.dev || entry.devOptional) pkg.dev = true
    if (entry.optional || entry.devOptional) pkg.optional = true
    if (entry.link) pkg.kind = 'link'
    else if (!installedAs) pkg.kind = 'workspace' // a folder of the project, not under node_modules
    else if (entry.inBundle) pkg.kind = 'bundled'
    else pkg.kind = kindOf(fields.resolved) ?? 'registry'
    packages.push(pkg)
  }
  return packages
}

function fromDependencies(entries: Record<string, Record<string, unknown>>, parent: string, path: string): LockedPackage[] {
  const packages: LockedPackage[] = []
  for (const [installedAs, entry] of Object.entries(entries)) {
    const location = `${parent}/${installedAs}`
    const fields = textFields(entry, TEXT, path, `dependencies of ${location}`)
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(fields.version ?? '')
    const pkg: LockedPackage = {
      location,
      name: alias ? alias[1]! : installedAs,
      version: alias ? alias[2]! : (fields.version ?? ''),
      kind: 'registry',
    }
    if (alias) pkg.alias = installedAs
    if (fields.resolved !== undefined) pkg.resolved = fields.resolved
    if (fields.integrity !== undefined) pkg.integrity = fields.integrity
    if (entry.dev) pkg.dev = true
    if (entry.optional) pkg.optional = true
    pkg.kind = entry.bundled ? 'bundled' : (kindOf(fields.version) ?? kindOf(fields.resolved) ?? 'registry')
    packages.push(pkg, ...fromDependencies(entriesOf(entry.dependencies, path, `${location}.dependencies`), `${location}/node_modules`, path))
  }
  return packages
}

/** "node_modules/a/node_modules/@s/b" → "@s/b"; undefined outside node_modules (a workspace folder). */
function nameFromLocation(location: string): string | undefined {
  const at = location.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  return location.slice(at + 'node_modules/'.length)
}
