import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generateSigningKeyPair } from '../attest/keys.ts'
import { ChainsealError, osReason } from '../errors.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { makeDirectory } from '../io/make-directory.ts'

export interface KeygenCommandOptions {
  cwd: string
  output: string
  policy: Policy
}

/** `chainseal keygen`: DIR/chainseal.key (mode 0600) and DIR/chainseal.pub; never overwrites a key. */
export function keygenCommand(options: KeygenCommandOptions): Report {
  const dir = resolve(options.cwd, options.output)
  const privatePath = join(dir, 'chainseal.key')
  const publicPath = join(dir, 'chainseal.pub')
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new ChainsealError('usage', `${join(options.output, path === privatePath ? 'chainseal.key' : 'chainseal.pub')} already exists; a key is never overwritten: move it away or choose another --output directory`)
  }
  try {
    makeDirectory(dir, 0o700)
  } catch (error) {
    throw new ChainsealError('io', `cannot create directory ${options.output}: ${osReason(error)}; choose an --output directory that exists or can be made`, { cause: error })
  }
  const pair = generateSigningKeyPair()
  writeFileAtomic(privatePath, [pair.privateKey], 0o600)
  writeFileAtomic(publicPath, [pair.publicKey], 0o644)
  return buildReport('keygen', [], options.policy, {
    privateKey: join(options.output, 'chainseal.key'),
    publicKey: join(options.output, 'chainseal.pub'),
    type: 'ECDSA P-256',
  })
}
