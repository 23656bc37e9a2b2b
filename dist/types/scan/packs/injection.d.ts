import { type ScanRule } from '../rule.ts';
/**
 * Injection rules: code that hands data to an interpreter (SQL, a shell, eval, the DOM, a
 * deserialiser) as code. Each matches the unsafe shape only: a parameterised query, execFile with
 * an argument array, or textContent never matches.
 */
export declare const INJECTION_RULES: readonly ScanRule[];
