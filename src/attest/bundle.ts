import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  bundleToJSON,
  type Bundle,
} from '@sigstore/bundle'
import { ChainsealError } from '../errors.ts'
import { readInputText } from '../io/read-input.ts'

/** The bundle versions Sigstore has published; anything else may mean what no verifier knows. */
const KNOWN_MEDIA_TYPES = [BUNDLE_V01_MEDIA_TYPE, BUNDLE_V02_MEDIA_TYPE, BUNDLE_V03_LEGACY_MEDIA_TYPE, BUNDLE_V03_MEDIA_TYPE]

/** Reads a Sigstore bundle file; anything malformed is an input error naming the file. */
export function readBundle(path: string, name: string): Bundle {
  const text = readInputText(path, `bundle ${name}`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw bundleInvalid(name, `it is not JSON (${(error as Error).message})`)
  }
  return parseBundle(data, name)
}

export function parseBundle(data: unknown, name: string): Bundle {
  const raw = data as { mediaType?: unknown; verificationMaterial?: { content?: unknown } & Record<string, unknown> } | null
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bundleInvalid(name, 'it is not a JSON object')
  if (typeof raw.mediaType !== 'string' || !KNOWN_MEDIA_TYPES.includes(raw.mediaType))
    throw bundleInvalid(name, `unknown mediaType ${JSON.stringify(raw.mediaType)} (known: ${KNOWN_MEDIA_TYPES.join(', ')})`)
  const material = raw.verificationMaterial
  if (!material || typeof material !== 'object' || !['publicKey', 'x509CertificateChain', 'certificate'].some((k) => k in material))
    throw bundleInvalid(name, 'it has no verification material (a certificate, a certificate chain or a public key hint)')
  try {
    return bundleFromJSON(raw)
  } catch (error) {
    const fields = (error as { fields?: string[] }).fields
    throw bundleInvalid(name, fields?.length ? `missing or malformed ${fields.join(', ')}` : (error as Error).message)
  }
}

export function serializeBundle(bundle: Bundle): string {
  return JSON.stringify(bundleToJSON(bundle), null, 2) + '\n'
}

function bundleInvalid(name: string, why: string): ChainsealError {
  return new ChainsealError('bundle-invalid', `bundle ${name} is not a valid Sigstore bundle: ${why}; give the .sigstore.json file that chainseal sign (or cosign) wrote`)
}
