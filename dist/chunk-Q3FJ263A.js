import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MANIFEST,
  checkCommand
} from "./chunk-IGFCM7QN.js";
import "./chunk-JNS5VHXW.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-6LTUVWQB.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-S4YNLDET.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MANIFEST,
  checkCommand
};
