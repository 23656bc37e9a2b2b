import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MANIFEST,
  checkCommand
} from "./chunk-MSPWRGV7.js";
import "./chunk-JNS5VHXW.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-LHO2BIOK.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-SOPFPH3M.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-S4YNLDET.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MANIFEST,
  checkCommand
};
