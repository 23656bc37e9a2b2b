import type { KeyObject } from 'node:crypto'
import { ChainsealError } from '../errors.ts'

/** Checks a DER ECDSA signature over a digest the caller already holds. */
export type PrehashedVerifier = (key: KeyObject, digest: Uint8Array, signature: Uint8Array) => boolean

const CURVES = { 'P-256': 'p256', 'P-384': 'p384', 'P-521': 'p521' } as const

/**
 * A message signature is ECDSA over the artifact's hash, so an artifact known only by its sha256
 * (`verify-bundle sha256:HEX`) can still be checked, but not with Node's crypto, which always
 * hashes what it verifies. @noble/curves verifies over the digest itself; it is loaded only here.
 * High-S signatures are accepted, as Go's and OpenSSL's verifiers accept them.
 */
export async function loadPrehashedVerifier(): Promise<PrehashedVerifier> {
  const nist = await import('@noble/curves/nist.js')
  return (key, digest, signature) => {
    const jwk = key.export({ format: 'jwk' })
    const curve = nist[CURVES[jwk.crv as keyof typeof CURVES]]
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')])
    try {
      return curve.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false })
    } catch {
      // A signature that is not DER does not verify; it is not a reason to stop.
      return false
    }
  }
}

/** Throws, saying why and what to give instead, when `loadPrehashedVerifier` cannot check a signature by this key. */
export function assertPrehashable(key: KeyObject, bundleName: string): void {
  const curve = key.asymmetricKeyType === 'ec' ? (key.export({ format: 'jwk' }).crv ?? '') : ''
  if (!(curve in CURVES))
    throw new ChainsealError('usage', `bundle ${bundleName} is a message signature by a ${curve || key.asymmetricKeyType} key, which signs the artifact's bytes themselves: give the artifact file, not only its digest`)
}
