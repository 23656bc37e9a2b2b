import pkg from '../package.json' with { type: 'json' }

/** The tool as it names itself in manifests and reports. */
export const TOOL = { name: 'chainseal', version: pkg.version } as const
