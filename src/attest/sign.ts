import type { Bundle } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type BundleBuilder,
  type IdentityProvider,
  type Witness,
} from '@sigstore/sign'
import type { KeyObject } from 'node:crypto'
import { ChainsealError } from '../errors.ts'
import { KeySigner } from './keys.ts'
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from './statement.ts'

export const PUBLIC_GOOD = {
  fulcio: 'https://fulcio.sigstore.dev',
  rekor: 'https://rekor.sigstore.dev',
  tsa: 'https://timestamp.sigstore.dev/api/v1/timestamp',
} as const
export const STAGING = {
  fulcio: 'https://fulcio.sigstage.dev',
  rekor: 'https://rekor.sigstage.dev',
  tsa: 'https://timestamp.sigstage.dev/api/v1/timestamp',
} as const

/** How to sign: with a local key (no network), or keyless with an OIDC identity. */
export type SigningMethod =
  | { kind: 'key'; key: KeyObject }
  | {
      kind: 'keyless'
      /** Given outright (--identity-token); otherwise found in env like sigstore's CI providers. */
      identityToken?: string
      env: NodeJS.ProcessEnv
      fulcioURL: string
      rekorURL: string
      /** A timestamp authority, when one is configured. */
      tsaURL?: string
    }

/** What is signed: an in-toto statement in a DSSE envelope, or raw bytes as a message signature. */
export type Envelope = 'dsseEnvelope' | 'messageSignature'

const FETCH = { retry: 2, timeout: 30_000 }

/** Signs an in-toto statement into a Sigstore bundle v0.3 with a DSSE envelope. */
export function signStatement(statement: Statement, method: SigningMethod): Promise<Bundle> {
  return signPayload(Buffer.from(JSON.stringify(statement)), 'dsseEnvelope', method)
}

/** Signs bytes: a statement's (DSSE, in-toto payload type) or an artifact's (message signature). */
export async function signPayload(data: Buffer, envelope: Envelope, method: SigningMethod): Promise<Bundle> {
  const artifact = envelope === 'dsseEnvelope' ? { data, type: IN_TOTO_PAYLOAD_TYPE } : { data }
  if (method.kind === 'key') return builder(envelope, new KeySigner(method.key), []).create(artifact)
  const identity = identityProvider(method)
  // A DSSE envelope is logged as a dsse entry (what cosign and Rekor v2 expect), not intoto.
  const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: method.rekorURL, ...(envelope === 'dsseEnvelope' && { entryType: 'dsse' as const }), fetchOnConflict: true, ...FETCH })]
  if (method.tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: method.tsaURL, ...FETCH }))
  const bundler = builder(envelope, new FulcioSigner({ identityProvider: identity.provider, fulcioBaseURL: method.fulcioURL, ...FETCH }), witnesses)
  try {
    return await bundler.create(artifact)
  } catch (error) {
    if (error instanceof ChainsealError) throw error
    throw new ChainsealError('signing', `keyless signing failed: ${signingFailure(error, identity.token)}`, { cause: error })
  }
}

function builder(envelope: Envelope, signer: ConstructorParameters<typeof DSSEBundleBuilder>[0]['signer'], witnesses: Witness[]): BundleBuilder {
  return envelope === 'dsseEnvelope' ? new DSSEBundleBuilder({ signer, witnesses }) : new MessageSignatureBundleBuilder({ signer, witnesses })
}

/**
 * The OIDC token, from (in order) the flag, the GitHub Actions token endpoint, or SIGSTORE_ID_TOKEN.
 * Read from the env given, not process.env, so the CLI and the Action see the same surroundings.
 */
function identityProvider(method: Extract<SigningMethod, { kind: 'keyless' }>): { provider: IdentityProvider; token: () => string | undefined } {
  let token = method.identityToken
  const { env } = method
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (token === undefined && !(url && bearer) && !env.SIGSTORE_ID_TOKEN)
    throw new ChainsealError(
      'signing-identity',
      'keyless signing needs an OIDC identity token and none was found: in GitHub Actions give the job `permissions: id-token: write`; elsewhere sign with --key FILE (chainseal keygen makes one), or pass --identity-token / set SIGSTORE_ID_TOKEN',
    )
  const provider: IdentityProvider = {
    async getToken() {
      if (token === undefined && url && bearer) token = await actionsToken(url, bearer)
      token ??= env.SIGSTORE_ID_TOKEN!
      return token
    },
  }
  return { provider, token: () => token }
}

/** The runner's OIDC token for the sigstore audience, as @actions/core's getIDToken asks for it. */
async function actionsToken(requestURL: string, bearer: string): Promise<string> {
  const url = new URL(requestURL)
  url.searchParams.set('audience', 'sigstore')
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` }, signal: AbortSignal.timeout(FETCH.timeout) })
  } catch (error) {
    throw new ChainsealError('signing-identity', `cannot get the GitHub Actions OIDC token from ${url.origin}: ${(error as Error).message}`, { cause: error })
  }
  const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined
  if (!response.ok || typeof body?.value !== 'string')
    throw new ChainsealError('signing-identity', `the GitHub Actions OIDC token endpoint answered ${response.status} without a token; check the job has \`permissions: id-token: write\``)
  return body.value
}

/** What went wrong, in a line, without the identity token (sigstore puts it in some messages). */
function signingFailure(error: unknown, token: () => string | undefined): string {
  const e = error as { code?: string; message?: string; cause?: { message?: string } }
  let text =
    e.code === 'IDENTITY_TOKEN_PARSE_ERROR'
      ? 'the OIDC identity token is not a JWT with a subject'
      : [e.message, e.cause?.message && !e.message?.includes(e.cause.message) ? e.cause.message : undefined].filter(Boolean).join(': ')
  const secret = token()
  if (secret) text = text.split(secret).join('[identity token]')
  return text || String(error)
}
