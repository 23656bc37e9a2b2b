/**
 * Reads a file the user named. `label` says what it is and how they named it ("bundle b.json"),
 * so an unreadable one is an input error (exit 2) naming it and the OS reason; `fix` adds what
 * to do about it.
 */
export declare function readInput(path: string, label: string, fix?: string): Buffer;
export declare function readInputText(path: string, label: string, fix?: string): string;
/**
 * What was piped or redirected into stdin, for an input given as `-`. Read from descriptor 0, not
 * /dev/stdin, which cannot be opened by name when it is a socket (as Node's child_process makes
 * it); a descriptor left non-blocking (EAGAIN) is read again through /dev/stdin. A terminal is
 * refused rather than waited on.
 */
export declare function readStandardInput(label: string): Buffer;
