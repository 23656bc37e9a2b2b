import { parse } from 'yaml'
import { ChainsealError } from '../errors.ts'
import { entriesOf, entryOf, textFields, type LockedPackage, type Lockfile } from './lockfile.ts'

/**
 * pnpm-lock.yaml, lockfile versions 6 ("/name@1.0.0(peer@2.0.0)" keys) and 9 ("name@1.0.0"
 * keys, peers in `snapshots`).
 */
export function parsePnpmLockfile(text: string, path: string): Lockfile {
  let data: { lockfileVersion?: unknown; packages?: unknown } | null
  try {
    data = parse(text, { maxAliasCount: 1000 }) as typeof data
  } catch (error) {
    throw new ChainsealError('lockfile-invalid', `${path} is not valid YAML (${(error as Error).message}); regenerate it with pnpm install`)
  }
  // pnpm writes the version quoted ('9.0'); unquoted, YAML reads 9.0 as the number 9.
  const declared = data?.lockfileVersion
  const version = typeof declared === 'number' && Number.isInteger(declared) ? `${declared}.0` : String(declared ?? '')
  if (!/^[69]\./.test(version))
    throw new ChainsealError('lockfile-invalid', `${path} has lockfileVersion ${JSON.stringify(declared ?? null)}; chainseal reads pnpm lockfile versions 6 and 9`)
  const packages: LockedPackage[] = []
  for (const [key, entry] of Object.entries(entriesOf(data!.packages, path, 'packages'))) {
    const where = `packages[${JSON.stringify(key)}]`
    const [name, version] = splitKey(key)
    const fields = textFields(entry, ['name', 'version'], path, where)
    const pkg: LockedPackage = { location: key, name: fields.name ?? name, version: fields.version ?? version, kind: 'registry' }
    const resolution = textFields(entryOf(entry.resolution ?? {}, path, `${where}.resolution`), ['integrity', 'tarball', 'directory', 'type', 'repo'], path, `${where}.resolution`)
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
