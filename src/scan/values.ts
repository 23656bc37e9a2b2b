/** Shannon entropy of `value` in bits per character: random keys score high, words and placeholders low. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1)
  let entropy = 0
  const length = [...value].length
  for (const count of counts.values()) {
    const p = count / length
    entropy -= p * Math.log2(p)
  }
  return entropy
}

// What documentation, templates and tests put where a secret goes. Matched without regard to case.
const PLACEHOLDER_WORDS = [
  'example', 'placeholder', 'your', 'xxxx', '****', '....', '<', '>', '${', '{{', '%s', '%(', 'dummy', 'sample',
  'changeme', 'change_me', 'abc123', '123abc', 'redacted', 'replace', 'insert', 'fake', 'foobar', 'lorem', 'abcdefgh', '12345678',
  'process.env', 'os.environ', 'getenv', 'secrets.', 'env.', 'vault:', 'null', 'undefined', 'none', 'true', 'false',
]

/** Whole values that name what goes there: https://user:password@host, api_key: "token". */
const PLACEHOLDER_VALUES = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'key', 'user', 'username', 'foo', 'bar', 'baz', 'test', 'demo', 'admin'])

/**
 * A value that stands for a secret rather than being one: a template or documentation placeholder,
 * a reference to an environment variable or a secret store, a documented example key (AWS's keys
 * end in EXAMPLE), or not random: few distinct characters ("xxxxxxxx"), a long run of one
 * ("dop_v1_000000…"), or a repeated chunk ("SECRETSECRETSECRET"). A random key of the lengths
 * rules match has such runs with odds below one in ten thousand.
 */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase()
  if (PLACEHOLDER_VALUES.has(lower)) return true
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true
  if (new Set(lower).size <= 3) return true
  // A format field: "{password}", "{db.password}", "{token:32}".
  if (/\{[\w.:-]*\}/.test(value)) return true
  return /(.)\1{5}|(.{3,8})\2\2/.test(value)
}

/** How a secret appears in any output: a short prefix and the length, never the value. */
export function redact(value: string): string {
  const shown = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0
  return `${value.slice(0, shown)}…(${value.length} chars)`
}
