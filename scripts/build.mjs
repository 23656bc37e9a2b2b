// Bundles the CLI, the Action and the hash worker into dist/, which is committed: the Action runs
// dist/index.js as it is, and `npx chainseal` runs dist/cli.js without a build step.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// From empty, so a bundle no longer built cannot linger, committed but stale.
rmSync('dist', { recursive: true, force: true })

await build({
  entryPoints: {
    cli: 'src/cli/bin.ts',
    // The CLI's work; cli.js starts it on a thread of its own (see bin.ts).
    'cli-worker': 'src/cli/worker.ts',
    index: 'src/action/index.ts',
    lib: 'src/index.ts',
    // Beside the bundles: hash-pool.ts finds it next to import.meta.url.
    'hash-worker': 'src/integrity/hash-worker.ts',
    // Likewise for scan/pool.ts.
    'scan-worker': 'src/scan/scan-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // Code loaded on demand (Sigstore's, megabytes) goes to chunks, so commands that do not sign or
  // verify signatures do not parse it. Chunks sit in dist/ beside the worker files the pools find
  // next to import.meta.url.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Bundled CommonJS dependencies call require(); ESM has none of its own.
  banner: { js: "import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
})

// The library's types, for `exports` and `types` in package.json: declarations only, from the sources.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' })
