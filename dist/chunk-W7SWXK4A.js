import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MANIFEST,
  checkCommand
} from "./chunk-26YAFET7.js";
import "./chunk-O6FEGKDC.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-4U5IABK7.js";
import "./chunk-7M62KASY.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MANIFEST,
  checkCommand
};
