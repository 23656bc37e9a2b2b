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
import { createHash, hash } from "node:crypto";
import { parentPort } from "node:worker_threads";
var buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE);
var members = /* @__PURE__ */ new Map();
parentPort.on("message", (message) => {
  if ("ops" in message) return hashMembers(message);
  if ("port" in message) {
    message.port.postMessage(hash(message.algorithm, message.bytes, "hex"));
    return message.port.close();
  }
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
    let hash2 = members.get(id);
    if (!hash2) members.set(id, hash2 = createHash(algorithm));
    if (length === MEMBER_END) {
      ended.push(id);
      digests += hash2.digest("hex");
      members.delete(id);
    } else {
      hash2.update(data.subarray(ops[i + 1], ops[i + 1] + length));
    }
  }
  const reply = { ended: Int32Array.from(ended), digests, bytes };
  parentPort.postMessage(reply, [reply.ended.buffer, bytes]);
}
