/**
 * Reads a file the user named. `label` says what it is and how they named it ("bundle b.json"),
 * so an unreadable one is an input error (exit 2) naming it and the OS reason; `fix` adds what
 * to do about it.
 */
export declare function readInput(path: string, label: string, fix?: string): Buffer;
export declare function readInputText(path: string, label: string, fix?: string): string;
