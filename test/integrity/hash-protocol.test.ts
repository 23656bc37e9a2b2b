import { describe, expect, it } from 'vitest'
import type { FileDigest } from '../../src/integrity/digest.ts'
import { packResults, unpackResults } from '../../src/integrity/hash-protocol.ts'

describe('packed hash results', () => {
  it.each(['sha256', 'sha512'] as const)('survive the trip unchanged, failures and changes included (%s)', (algorithm) => {
    const hex = (c: string) => c.repeat(algorithm === 'sha256' ? 64 : 128)
    const results: FileDigest[] = [
      { ok: true, digest: hex('a'), size: 0, mode: 0o644 },
      { ok: false, reason: 'EACCES: permission denied' },
      { ok: true, digest: hex('b'), size: 5_000_000_000, mode: 0o4755 },
      { ok: true, digest: hex('c'), size: 12, mode: 0o600, changed: 'it was written to while being read' },
      { ok: false, reason: 'is no longer a regular file', notRegular: true },
    ]
    const packed = structuredClone(packResults(7, results, algorithm))
    expect(packed.id).toBe(7)
    expect(unpackResults(packed)).toEqual(results)
  })

  it('packs an empty batch', () => {
    expect(unpackResults(packResults(0, [], 'sha256'))).toEqual([])
  })
})
