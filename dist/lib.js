import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  manifestCommand,
  verifyCommand
} from "./chunk-QD225VMY.js";
import {
  readManifest
} from "./chunk-EUM6IZNU.js";
import "./chunk-I6ZC66UM.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-LNQWYFPJ.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-SP736H5E.js";
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
