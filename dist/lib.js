import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  checkCommand,
  depsCommand,
  loadConfig,
  manifestCommand,
  mergeConfig,
  scanCommand,
  verifyCommand
} from "./chunk-IEJYRYU2.js";
import {
  readManifest
} from "./chunk-7YN3OUCE.js";
import "./chunk-2HKKUSSZ.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-5V2Q5FR5.js";
import "./chunk-UGLW7X7B.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-KTFBWRNB.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  ChainsealError,
  checkCommand,
  depsCommand,
  loadConfig,
  manifestCommand,
  mergeConfig,
  readManifest,
  scanCommand,
  verifyCommand
};
