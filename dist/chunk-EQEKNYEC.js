import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MANIFEST,
  checkCommand
} from "./chunk-WHECMM62.js";
import "./chunk-N6WOSZDN.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-DQYCC3RI.js";
import "./chunk-CY5NJ4W7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MANIFEST,
  checkCommand
};
