/** Replaces every {class:length} in `shape`; the same shape and seed always give the same text. */
export declare function expandSample(shape: string, seed?: string): string;
