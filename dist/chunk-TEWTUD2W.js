import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MANIFEST,
  checkCommand
} from "./chunk-3BB5ZRH3.js";
import "./chunk-JNS5VHXW.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-7M62KASY.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-ZWW43YUI.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-4U5IABK7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-S4YNLDET.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MANIFEST,
  checkCommand
};
