import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  readBaseline,
  writeBaseline
} from "./chunk-JTAL5LSK.js";
import "./chunk-X6DDL2CM.js";
import "./chunk-4U5IABK7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  readBaseline,
  writeBaseline
};
