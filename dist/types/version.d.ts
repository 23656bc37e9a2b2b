/** The tool as it names itself in manifests and reports. */
export declare const TOOL: {
    readonly name: "chainseal";
    readonly version: string;
};
