import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  manifestCommand,
  verifyCommand
} from "./chunk-A6CXXAHM.js";
import {
  readManifest
} from "./chunk-3VHSVAIE.js";
import "./chunk-M727K2EP.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-QNDWDQ4R.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-NBWFPI56.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  ChainsealError,
  manifestCommand,
  readManifest,
  verifyCommand
};
