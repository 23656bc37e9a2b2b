/**
 * How chainseal's schemas are compiled. strictRequired is off: a conditional `then: { required }`
 * names properties declared beside the `if`. At run time the schemas are not checked against
 * JSON Schema's meta-schema (compiling that took ~80 ms of every command that reads a manifest):
 * they are chainseal's own, fixed, and the tests check them with these options and it on.
 */
export declare const SCHEMA_OPTIONS: {
    readonly strict: true;
    readonly strictRequired: false;
    readonly allowUnionTypes: true;
};
/**
 * Validates data against one of the schemas in schemas/ and returns it typed, or throws a
 * ChainsealError that says, in the user's words, which field of which input is wrong and what was
 * expected there.
 */
export declare function validateWithSchema<T>(schema: object, data: unknown, inputName: string, code: string, name?: (field: string) => string, references?: readonly object[]): T;
/** A JSON document of one of chainseal's own formats, as the user named it, and what to do when it is bad. */
export interface JsonDocument {
    /** How messages name it: "manifest m.json". */
    label: string;
    schema: object;
    /** Other schemas of chainseal's that `schema` refers to by $ref. */
    references?: readonly object[];
    /** The error code when it is not JSON or not valid. */
    code: string;
    /** What to do when it cannot be read, and when it is not JSON; each may be empty. */
    fixUnreadable: string;
    fixNotJson: string;
}
/** Reads, parses and validates a document: each failure a ChainsealError naming it and the fix. */
export declare function readJsonDocument<T>(path: string, document: JsonDocument): T;
/** Parses and validates a document already read (so what is checked is exactly what was read). */
export declare function parseJsonDocument<T>(text: string, document: JsonDocument): T;
