import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  manifestCommand,
  updateManifestCommand
} from "./chunk-YJIAEORD.js";
import "./chunk-MHUZ2GZX.js";
import "./chunk-H4DETFD5.js";
import "./chunk-76LJFSY3.js";
import "./chunk-7PIH6GYZ.js";
import "./chunk-UGV7JDT2.js";
import "./chunk-A7PEBY3R.js";
import "./chunk-2NM5TTJP.js";
import "./chunk-4DBMKOYF.js";
import "./chunk-P4SBLEPT.js";
import "./chunk-7M62KASY.js";
import "./chunk-6MDJQQ27.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-4U5IABK7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  manifestCommand,
  updateManifestCommand
};
