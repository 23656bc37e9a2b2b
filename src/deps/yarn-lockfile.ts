import { parseSyml } from '@yarnpkg/parsers'
import { ChainsealError } from '../errors.ts'
import { entryOf, kindOf, textFields, type LockedPackage, type Lockfile } from './lockfile.ts'

/** The fields of an entry chainseal reads, each text where present (checked by textFields). */
const YARN_FIELDS = ['version', 'resolved', 'integrity', 'resolution', 'checksum', 'linkType'] as const
type YarnEntry = Partial<Record<(typeof YARN_FIELDS)[number], string>>

/**
 * yarn.lock, classic (v1) and Berry (Yarn 2+, with `__metadata`), read with Yarn's own parser.
 * A key lists the descriptors that resolved to one package ("a@^1.0.0, a@^1.2.0").
 */
export function parseYarnLockfile(text: string, path: string): Lockfile {
  let data: Record<string, unknown>
  try {
    data = parseSyml(text) as typeof data
  } catch (error) {
    throw new ChainsealError('lockfile-invalid', `${path} is not a yarn lockfile (${(error as Error).message}); regenerate it with yarn install`)
  }
  if (!data || typeof data !== 'object') throw new ChainsealError('lockfile-invalid', `${path} is not a yarn lockfile`)
  const berry = '__metadata' in data
  const packages: LockedPackage[] = []
  const seen = new Set<string>()
  for (const [descriptor, value] of Object.entries(data)) {
    if (descriptor === '__metadata') continue
    // Without its "# yarn lockfile v1" header a classic lockfile reads as YAML, each entry one string.
    if (typeof value === 'string' && !berry)
      throw new ChainsealError('lockfile-invalid', `${path}: entry ${JSON.stringify(descriptor)} reads as one line of text: a classic yarn.lock needs its "# yarn lockfile v1" header; regenerate it with yarn install`)
    const entry: YarnEntry = textFields(entryOf(value, path, JSON.stringify(descriptor)), YARN_FIELDS, path, JSON.stringify(descriptor))
    const pkg = berry ? fromBerry(descriptor, entry) : fromClassic(descriptor, entry)
    // parseSyml repeats an entry under each descriptor of its key: one package each.
    const key = `${pkg.name}@${pkg.version}@${pkg.resolved ?? ''}@${pkg.kind}`
    if (seen.has(key)) continue
    seen.add(key)
    packages.push(pkg)
  }
  return { path, format: berry ? `yarn lockfile (Berry, v${(data.__metadata as { version?: string })?.version ?? '?'})` : 'yarn lockfile v1', packages }
}

/** "@s/a@^1.0.0" → ["@s/a", "^1.0.0"]: the name ends at the last "@" that is not the first character. */
function splitDescriptor(descriptor: string): [name: string, range: string] {
  const at = descriptor.indexOf('@', 1)
  return at === -1 ? [descriptor, ''] : [descriptor.slice(0, at), descriptor.slice(at + 1)]
}

function fromClassic(descriptor: string, entry: YarnEntry): LockedPackage {
  const [installedAs, range] = splitDescriptor(descriptor)
  const alias = /^npm:((?:@[^/]+\/)?[^@]+)@/.exec(range)
  const pkg: LockedPackage = { location: descriptor, name: alias ? alias[1]! : installedAs, version: entry.version ?? '', kind: 'registry' }
  if (alias) pkg.alias = installedAs
  if (entry.resolved !== undefined) pkg.resolved = entry.resolved
  // Old lockfiles carry only the tarball's SHA-1, as the URL's fragment.
  const sha1 = /#([0-9a-f]{40})$/.exec(entry.resolved ?? '')
  if (entry.integrity !== undefined) pkg.integrity = entry.integrity
  else if (sha1) pkg.integrity = 'sha1-' + Buffer.from(sha1[1]!, 'hex').toString('base64')
  pkg.kind = kindOf(range) ?? kindOf(entry.resolved) ?? 'registry'
  return pkg
}

function fromBerry(descriptor: string, entry: YarnEntry): LockedPackage {
  const resolution = entry.resolution ?? descriptor
  const [name, reference] = splitDescriptor(resolution)
  const pkg: LockedPackage = { location: descriptor.split(',')[0]!.trim(), name, version: entry.version ?? '', kind: 'registry' }
  const [installedAs] = splitDescriptor(descriptor.split(',')[0]!.trim())
  if (installedAs !== name) pkg.alias = installedAs
  if (reference.startsWith('workspace:')) pkg.kind = 'workspace'
  else if (/^(link|portal):/.test(reference)) pkg.kind = 'link'
  else if (/^(file|patch):/.test(reference)) pkg.kind = 'file'
  else if (!reference.startsWith('npm:')) pkg.kind = kindOf(reference) ?? 'git'
  else pkg.unverifiable = "Yarn 2+ locks a checksum of its cache zip, not of the registry's tarball"
  return pkg
}
