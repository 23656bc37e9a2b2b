import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  depsCommand
} from "./chunk-QLKQ5ZNF.js";
import "./chunk-76LJFSY3.js";
import "./chunk-PAYOZ5ZU.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  depsCommand
};
