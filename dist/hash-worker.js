import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  MEMBER_END,
  packResults
} from "./chunk-6MDJQQ27.js";
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
import { createHash } from "node:crypto";
import { parentPort } from "node:worker_threads";
var buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE);
var members = /* @__PURE__ */ new Map();
parentPort.on("message", (message) => {
  if ("ops" in message) return hashMembers(message);
  const { id, algorithm, base, paths } = message;
  const packed = packResults(id, paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer)), algorithm);
  parentPort.postMessage(packed, [packed.sizes.buffer, packed.modes.buffer]);
});
function hashMembers({ algorithm, bytes, ops }) {
  const data = new Uint8Array(bytes);
  const ended = [];
  let digests = "";
  for (let i = 0; i < ops.length; i += 3) {
    const id = ops[i];
    const length = ops[i + 2];
    let hash = members.get(id);
    if (!hash) members.set(id, hash = createHash(algorithm));
    if (length === MEMBER_END) {
      ended.push(id);
      digests += hash.digest("hex");
      members.delete(id);
    } else {
      hash.update(data.subarray(ops[i + 1], ops[i + 1] + length));
    }
  }
  const reply = { ended: Int32Array.from(ended), digests, bytes };
  parentPort.postMessage(reply, [reply.ended.buffer, bytes]);
}
