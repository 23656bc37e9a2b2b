import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  readBaseline,
  writeBaseline
} from "./chunk-ZI3ZA334.js";
import "./chunk-K3BPYAA3.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  readBaseline,
  writeBaseline
};
