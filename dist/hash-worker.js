import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  packResults
} from "./chunk-VAD37NZ6.js";
import {
  joinBase
} from "./chunk-NTTU4NFM.js";
import {
  READ_BUFFER_SIZE,
  hashFileSync
} from "./chunk-DUQ2JHVY.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/integrity/hash-worker.ts
import { parentPort } from "node:worker_threads";
var buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE);
parentPort.on("message", ({ id, algorithm, base, paths }) => {
  const packed = packResults(id, paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer)), algorithm);
  parentPort.postMessage(packed, [packed.sizes.buffer, packed.modes.buffer]);
});
