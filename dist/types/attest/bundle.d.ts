import { type Bundle } from '@sigstore/bundle';
/** Reads a Sigstore bundle file; anything malformed is an input error naming the file. */
export declare function readBundle(path: string, name: string): Bundle;
export declare function parseBundle(data: unknown, name: string): Bundle;
export declare function serializeBundle(bundle: Bundle): string;
