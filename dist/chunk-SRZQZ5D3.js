import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  readBaseline,
  writeBaseline
} from "./chunk-A44ZP3WE.js";
import "./chunk-P4SBLEPT.js";
import "./chunk-4U5IABK7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  readBaseline,
  writeBaseline
};
