#!/usr/bin/env node
import * as nodeModule from 'node:module'
import { Worker } from 'node:worker_threads'
import type { CliResult } from './main.ts'

// V8's compiled code for the bundles, kept between runs (in the OS temp directory, keyed by
// content): every command starts faster after the first. NODE_DISABLE_COMPILE_CACHE turns it off.
// This call covers this thread only; a worker takes the cache from NODE_COMPILE_CACHE in its
// environment, so the worker below is given it.
const compileCache = nodeModule.enableCompileCache?.()
const workerEnv =
  compileCache?.directory && compileCache.status !== nodeModule.constants.compileCacheStatus.DISABLED
    ? { ...process.env, NODE_COMPILE_CACHE: compileCache.directory }
    : process.env

// A reader that stops early (`chainseal scan --format sarif | head`) closes the pipe: the rest of
// the output has no one to read it. End as the command would have, without a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit()
  })

/**
 * Commands that walk trees run on a worker thread with a capped young generation. Walking a large
 * tree keeps most of what it allocates, so V8 grows the young generation of the thread doing it to
 * its ~96 MB maximum: on 200,000 files that is most of the difference between 250 MB and 360 MB
 * peak. Node takes that limit only at start-up (a flag, which no portable shebang can carry) or
 * for a worker. The other commands run here, sparing a thread's start. This launcher stays tiny:
 * it relays progress and prints the result.
 */
const YOUNG_GENERATION_MB = 16
const WALKING_COMMANDS = new Set(['manifest', 'verify', 'check'])

export interface LauncherData {
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
}
export type LauncherMessage = { progress: string } | { result: CliResult }

// In the sources the worker is worker.ts beside this file; in the bundle, dist/cli-worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './cli-worker.js', import.meta.url)

if (WALKING_COMMANDS.has(process.argv[2] ?? '')) startWorker()
else await import(WORKER_URL.href)

function startWorker(): void {
  const worker = new Worker(WORKER_URL, {
    argv: process.argv.slice(2),
    env: workerEnv,
    workerData: { stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY) } satisfies LauncherData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  })
  worker.on('message', (message: LauncherMessage) => {
    if ('progress' in message) process.stderr.write(message.progress)
    else {
      process.exitCode = message.result.exitStatus // first: see the EPIPE handler above
      process.stdout.write(message.result.stdout)
      process.stderr.write(message.result.stderr)
    }
  })
  // Only a bug gets here: user errors are results with exit status 2.
  worker.on('error', (error) => {
    process.stderr.write(`chainseal: internal error: ${error.stack ?? error}\n`)
    process.exitCode = 2
  })
}
