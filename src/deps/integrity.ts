/** Subresource Integrity strings ("sha512-<base64> sha1-<base64>") as lockfiles and registries write them. */

/** Strongest first: a comparison uses the strongest algorithm both sides have. */
const ALGORITHMS = ['sha512', 'sha384', 'sha256', 'sha1'] as const
export type SriAlgorithm = (typeof ALGORITHMS)[number]

export type Sri = Partial<Record<SriAlgorithm, Set<string>>>

export function parseSri(text: string | undefined): Sri {
  const sri: Sri = {}
  for (const token of (text ?? '').trim().split(/\s+/)) {
    const match = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(token)
    if (match) (sri[match[1] as SriAlgorithm] ??= new Set()).add(match[2]!)
  }
  return sri
}

/** The registry's `dist`: its SRI `integrity` and, from older publishes, a hex SHA-1 `shasum`. */
export function registrySri(dist: { integrity?: string; shasum?: string }): Sri {
  const sri = parseSri(dist.integrity)
  if (dist.shasum && /^[0-9a-f]{40}$/i.test(dist.shasum)) (sri.sha1 ??= new Set()).add(Buffer.from(dist.shasum, 'hex').toString('base64'))
  return sri
}

/** The strongest algorithm in `sri`, or undefined for none. */
export function strongest(sri: Sri): SriAlgorithm | undefined {
  return ALGORITHMS.find((a) => sri[a]?.size)
}

/**
 * Compares on the strongest algorithm both have: 'match', 'mismatch', or 'incomparable' when
 * they share none.
 */
export function compareSri(locked: Sri, served: Sri): { result: 'match' | 'mismatch' | 'incomparable'; algorithm?: SriAlgorithm } {
  const algorithm = ALGORITHMS.find((a) => locked[a]?.size && served[a]?.size)
  if (!algorithm) return { result: 'incomparable' }
  const overlap = [...locked[algorithm]!].some((digest) => served[algorithm]!.has(digest))
  return { result: overlap ? 'match' : 'mismatch', algorithm }
}
