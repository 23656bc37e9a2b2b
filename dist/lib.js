import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  checkCommand,
  depsCommand,
  loadConfig,
  manifestCommand,
  mergeConfig,
  scanCommand,
  verifyCommand
} from "./chunk-ABV2RJO5.js";
import "./chunk-CMIX52ME.js";
import {
  readManifest
} from "./chunk-XCZ5N4T5.js";
import "./chunk-X6DDL2CM.js";
import "./chunk-NOR47IMQ.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-5A4STH6A.js";
import "./chunk-G26LGSNL.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-55WHQGKO.js";
import "./chunk-PSLIV6LW.js";
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
