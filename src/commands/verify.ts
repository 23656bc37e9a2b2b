import { hash } from 'node:crypto'
import { realpathSync, statSync } from 'node:fs'
import type { SignatureFlags } from '../attest/flags.ts'
import { basename, dirname, resolve } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'
import { createFinding, type Finding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { compareArtifact, compareEntries } from '../integrity/compare.ts'
import { HashWorkers } from '../integrity/hash-pool.ts'
import { parseManifest, walkedPaths, type Manifest } from '../integrity/manifest.ts'
import { relativeToRoot, resolveRoot } from '../integrity/root.ts'
import { INTEGRITY_RULES } from '../integrity/rules.ts'
import { readInput, readStandardInput } from '../io/read-input.ts'
import { takeSnapshot, treeDigest, type SnapshotProgress } from '../integrity/snapshot.ts'

export interface VerifyCommandOptions {
  cwd: string
  manifest: string
  root?: string
  /** Downloaded files to check by name and digest instead of the tree. */
  artifacts: string[]
  /** Verify the manifest's signature too (its verdict comes first): the bundle, and who must have signed it. */
  signature?: { bundle: string; flags: SignatureFlags }
  env?: NodeJS.ProcessEnv
  policy: Policy
  threads?: number
  onProgress?: (progress: SnapshotProgress) => void
}

/**
 * `chainseal verify`: compare the tree under root (or the given artifacts) with a manifest.
 * The manifest is read and validated in full before any file is touched.
 */
export async function verifyCommand(options: VerifyCommandOptions): Promise<Report> {
  // The workers boot while the manifest is read and checked; they touch no file until given paths.
  const workers = options.artifacts.length === 0 && options.threads !== 1 ? HashWorkers.start(options.threads) : undefined
  try {
    const bytes = manifestBytes(options)
    if (!options.signature) return await verify(options, parseManifest(bytes.toString('utf8'), options.manifest), workers)
    const signature = options.signature
    // The signature is checked over these bytes while the manifest parsed from them is compared
    // with the tree: the wall time is the walk's, and the signature's verdict decides what is
    // reported. Sigstore's code is megabytes, loaded only here. The bytes' digest, which the
    // signature covers, is taken by a hash worker while this thread parses them (the workers have
    // no files before the parse); a small manifest is digested here sooner than a worker starts.
    const sha256 = workers && bytes.length >= WORKER_DIGEST_BYTES ? workers.digest(bytes, 'sha256') : Promise.resolve(hash('sha256', bytes, 'hex'))
    const [signed, compared] = await Promise.allSettled([
      import('./verify-signature.ts').then((m) => m.verifySignature(options, signature, sha256)),
      (async () => verify(options, parseManifest(bytes.toString('utf8'), options.manifest), workers))(),
    ])
    if (signed.status === 'rejected') throw signed.reason
    // A manifest whose signature fails proves nothing, whatever its tree or its syntax.
    if ('failure' in signed.value) return buildReport('verify', [signed.value.failure], options.policy, { signature: 'failed', treeChecked: false })
    if (compared.status === 'rejected') throw compared.reason
    return { ...compared.value, stats: { ...compared.value.stats, ...signed.value.stats } }
  } finally {
    await workers?.terminate()
  }
}

/** A manifest given as `-` is read from stdin, as sha256sum -c and cosign take their inputs. */
const STDIN = '-'

function manifestBytes(options: VerifyCommandOptions): Buffer {
  const label = `manifest ${options.manifest}`
  return options.manifest === STDIN ? readStandardInput(label) : readInput(resolve(options.cwd, options.manifest), label)
}

async function verify(options: VerifyCommandOptions, manifest: Manifest, workers: HashWorkers | undefined): Promise<Report> {
  const common = {
    algorithm: manifest.algorithm,
    ...(options.threads !== undefined && { threads: options.threads }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  }

  if (options.artifacts.length) {
    const findings: Finding[] = []
    for (const given of options.artifacts) {
      // A download may be reached through a link; what matters is the file's content.
      let real: string
      try {
        real = realpathSync(resolve(options.cwd, given))
      } catch (error) {
        throw new ChainsealError('input', `artifact ${given} cannot be read: ${osReason(error)}`, { cause: error })
      }
      // A directory's snapshot is its files: the first of them would stand for the directory.
      if (statSync(real).isDirectory()) throw new ChainsealError('input', `artifact ${given} is a directory; give the downloaded files themselves, or verify a tree with --root`)
      const snapshot = await takeSnapshot({ ...common, root: dirname(real), paths: [basename(real)], selection: NO_SELECTION })
      findings.push(...snapshot.findings)
      const [entry] = snapshot.entries
      if (entry?.type === 'file') findings.push(...compareArtifact(given, entry, manifest.entries))
      else if (entry) throw new ChainsealError('input', `artifact ${given} is not a regular file`)
    }
    return buildReport('verify', findings, options.policy, { artifacts: options.artifacts.length, manifest: options.manifest })
  }

  const root = resolveRoot(options.cwd, options.root)
  // The manifest and its bundle may live inside the tree they describe; they are not part of it.
  const own = [...(options.manifest !== STDIN ? [options.manifest] : []), ...(options.signature ? [options.signature.bundle] : [])]
    .map((file) => relativeToRoot(root, options.cwd, file))
    .filter((file): file is string => !!file)
  const selection = { ...manifest.selection, excludeFiles: [...manifest.selection.excludeFiles, ...own] }
  const snapshot = await takeSnapshot({
    ...common,
    ...(workers && { workers }),
    root,
    paths: walkedPaths(manifest),
    selection,
  })
  const findings = [...snapshot.findings, ...compareEntries(manifest.entries, snapshot.entries)]
  // The tree's digest differs where no entry does: either the manifest's treeDigest is not its
  // entries' own (edited or damaged), or they differ only where verify looks past (a symlink's
  // permission bits, which differ between filesystems). Digesting the entries tells which; a match
  // costs nothing.
  if (findings.length === 0 && snapshot.treeDigest !== manifest.treeDigest) {
    const own = treeDigest(manifest.entries, manifest.algorithm)
    if (own !== manifest.treeDigest)
      findings.push(
        createFinding(INTEGRITY_RULES.manifestInconsistent, {
          message: `the manifest records treeDigest ${manifest.treeDigest}, but its entries digest to ${own}: it was changed after chainseal wrote it; its entries match the tree`,
          location: { path: options.manifest },
        }),
      )
  }
  return buildReport('verify', findings, options.policy, {
    entries: manifest.entries.length,
    treeDigest: manifest.treeDigest,
    match: snapshot.treeDigest === manifest.treeDigest,
  })
}

/** 1 MiB, about 7,000 entries: about 3 ms of SHA-256 on this thread. */
const WORKER_DIGEST_BYTES = 1 << 20

const NO_SELECTION = { include: [], exclude: [], excludeFiles: [], defaultExcludes: false, gitignore: false }
