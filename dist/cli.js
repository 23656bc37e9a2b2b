#!/usr/bin/env node
import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/cli/bin.ts
import * as nodeModule from "node:module";
import { Worker } from "node:worker_threads";
var compileCache = nodeModule.enableCompileCache?.();
var workerEnv = compileCache?.directory && compileCache.status !== nodeModule.constants.compileCacheStatus.DISABLED ? { ...process.env, NODE_COMPILE_CACHE: compileCache.directory } : process.env;
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
var YOUNG_GENERATION_MB = 16;
var WALKING_COMMANDS = /* @__PURE__ */ new Set(["manifest", "verify", "check"]);
var WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./cli-worker.js", import.meta.url);
if (WALKING_COMMANDS.has(process.argv[2] ?? "")) startWorker();
else await import(WORKER_URL.href);
function startWorker() {
  const worker = new Worker(WORKER_URL, {
    argv: process.argv.slice(2),
    env: workerEnv,
    workerData: { stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY) },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  worker.on("message", (message) => {
    if ("progress" in message) process.stderr.write(message.progress);
    else {
      process.exitCode = message.result.exitStatus;
      process.stdout.write(message.result.stdout);
      process.stderr.write(message.result.stderr);
    }
  });
  worker.on("error", (error) => {
    process.stderr.write(`chainseal: internal error: ${error.stack ?? error}
`);
    process.exitCode = 2;
  });
}
