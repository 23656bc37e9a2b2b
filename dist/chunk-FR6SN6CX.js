import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  generateSigningKeyPair
} from "./chunk-DEQPGB6I.js";
import {
  makeDirectory
} from "./chunk-H4DETFD5.js";
import {
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-S4FWCEOI.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/commands/keygen.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
function keygenCommand(options) {
  const dir = resolve(options.cwd, options.output);
  const privatePath = join(dir, "chainseal.key");
  const publicPath = join(dir, "chainseal.pub");
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new ChainsealError("usage", `${join(options.output, path === privatePath ? "chainseal.key" : "chainseal.pub")} already exists; a key is never overwritten: move it away or choose another --output directory`);
  }
  try {
    makeDirectory(dir, 448);
  } catch (error) {
    throw new ChainsealError("io", `cannot create directory ${options.output}: ${osReason(error)}; choose an --output directory that exists or can be made`, { cause: error });
  }
  const pair = generateSigningKeyPair();
  writeFileAtomic(privatePath, [pair.privateKey], 384);
  writeFileAtomic(publicPath, [pair.publicKey], 420);
  return buildReport("keygen", [], options.policy, {
    privateKey: join(options.output, "chainseal.key"),
    publicKey: join(options.output, "chainseal.pub"),
    type: "ECDSA P-256"
  });
}
export {
  keygenCommand
};
