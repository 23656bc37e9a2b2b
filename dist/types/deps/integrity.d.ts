/** Subresource Integrity strings ("sha512-<base64> sha1-<base64>") as lockfiles and registries write them. */
/** Strongest first: a comparison uses the strongest algorithm both sides have. */
declare const ALGORITHMS: readonly ["sha512", "sha384", "sha256", "sha1"];
export type SriAlgorithm = (typeof ALGORITHMS)[number];
export type Sri = Partial<Record<SriAlgorithm, Set<string>>>;
export declare function parseSri(text: string | undefined): Sri;
/** The registry's `dist`: its SRI `integrity` and, from older publishes, a hex SHA-1 `shasum`. */
export declare function registrySri(dist: {
    integrity?: string;
    shasum?: string;
}): Sri;
/** The strongest algorithm in `sri`, or undefined for none. */
export declare function strongest(sri: Sri): SriAlgorithm | undefined;
/**
 * Compares on the strongest algorithm both have: 'match', 'mismatch', or 'incomparable' when
 * they share none.
 */
export declare function compareSri(locked: Sri, served: Sri): {
    result: 'match' | 'mismatch' | 'incomparable';
    algorithm?: SriAlgorithm;
};
export {};
