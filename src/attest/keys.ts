import type { Signature, Signer } from '@sigstore/sign'
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { ChainsealError, osReason } from '../errors.ts'
import { readInputText } from '../io/read-input.ts'

/** The key types cosign and sigstore verify: ECDSA P-256 with SHA-256, and Ed25519. */
const SUPPORTED = 'an ECDSA P-256 or Ed25519 key (chainseal keygen writes one)'

export interface KeyPairPem {
  privateKey: string
  publicKey: string
}

/** A new ECDSA P-256 key pair, the type cosign generates, as unencrypted PKCS#8 and SPKI PEM. */
export function generateSigningKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return {
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }) as string,
  }
}

export interface PrivateKeyFile {
  key: KeyObject
  /** Set when the file can be read by others: the caller reports it. */
  readableByOthers: boolean
}

/** Reads a PEM private key, refusing what cannot sign a bundle verifiers accept. `name` is as the user gave it. */
export function readPrivateKey(path: string, name: string): PrivateKeyFile {
  let text: string
  let mode: number
  // One open for the bytes and the mode, so the mode reported is the file's that was read.
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    mode = fstatSync(fd).mode
    text = readFileSync(fd, 'utf8')
  } catch (error) {
    throw new ChainsealError('input', `cannot read private key ${name}: ${osReason(error)}`, { cause: error })
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  if (/-----BEGIN [A-Z ]*ENCRYPTED[A-Z ]*-----/.test(text) || /Proc-Type: 4,ENCRYPTED/.test(text))
    throw new ChainsealError('key-invalid', `private key ${name} is encrypted; chainseal reads unencrypted PEM keys: decrypt it (openssl pkey -in ${name} -out plain.key) and keep that file mode 0600, or create one with chainseal keygen`)
  let key: KeyObject
  try {
    key = createPrivateKey({ key: text, format: 'pem' })
  } catch {
    throw new ChainsealError('key-invalid', `private key ${name} is not a PEM private key; give ${SUPPORTED}`)
  }
  assertSupported(key, `private key ${name}`)
  return { key, readableByOthers: (mode & 0o077) !== 0 }
}

/** Reads a PEM public key (SPKI), as `chainseal keygen` and `cosign generate-key-pair` write them. */
export function readPublicKey(path: string, name: string): KeyObject {
  const text = readInputText(path, `public key ${name}`)
  // createPublicKey would derive the public half of a private key and carry on: refuse instead,
  // since a private key has no business on a verifier.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) throw new ChainsealError('key-invalid', `${name} is a private key; give the public key (.pub) to verify`)
  try {
    return createPublicKey({ key: text, format: 'pem' })
  } catch {
    throw new ChainsealError('key-invalid', `public key ${name} is not a PEM public key; give the .pub file written with the signing key`)
  }
}

function assertSupported(key: KeyObject, label: string): void {
  const type = key.asymmetricKeyType
  if (type === 'ed25519') return
  if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return
  const what = type === 'ec' ? `an EC key on ${key.asymmetricKeyDetails?.namedCurve}` : `a${type === 'rsa' ? 'n' : ''} ${type} key`
  throw new ChainsealError('key-invalid', `${label} is ${what}; give ${SUPPORTED}`)
}

/** The key's id as bundles carry it: sha256 of its DER SubjectPublicKeyInfo, hex. */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex')
}

/** Signs with a local key; the bundle carries the key's hint, never the key. */
export class KeySigner implements Signer {
  readonly #key: KeyObject
  readonly #publicKey: KeyObject

  constructor(key: KeyObject) {
    this.#key = key
    this.#publicKey = createPublicKey(key)
  }

  async sign(data: Buffer): Promise<Signature> {
    // Ed25519 hashes internally; ECDSA P-256 is paired with SHA-256, as verifiers expect.
    const algorithm = this.#key.asymmetricKeyType === 'ed25519' ? null : 'sha256'
    return {
      signature: sign(algorithm, data, this.#key),
      key: { $case: 'publicKey', publicKey: this.#publicKey.export({ format: 'pem', type: 'spki' }) as string, hint: keyHint(this.#publicKey) },
    }
  }
}
