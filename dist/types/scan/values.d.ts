/** Shannon entropy of `value` in bits per character: random keys score high, words and placeholders low. */
export declare function shannonEntropy(value: string): number;
/**
 * A value that stands for a secret rather than being one: a template or documentation placeholder,
 * a reference to an environment variable or a secret store, a documented example key (AWS's keys
 * end in EXAMPLE), or not random: few distinct characters ("xxxxxxxx"), a long run of one
 * ("dop_v1_000000…"), or a repeated chunk ("SECRETSECRETSECRET"). A random key of the lengths
 * rules match has such runs with odds below one in ten thousand.
 */
export declare function isPlaceholder(value: string): boolean;
/** How a secret appears in any output: a short prefix and the length, never the value. */
export declare function redact(value: string): string;
