import { type ScanRule } from '../rule.ts';
/** The built-in secret rules: documented token formats of the providers people leak most. */
export declare const SECRET_RULES: readonly ScanRule[];
