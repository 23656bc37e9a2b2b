import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  verifyCommand
} from "./chunk-IQSEG6JJ.js";
import {
  manifestCommand
} from "./chunk-YPHV4J5I.js";
import "./chunk-VVQZPBAV.js";
import {
  readManifest
} from "./chunk-6KBEJDXR.js";
import "./chunk-A7PEBY3R.js";
import {
  checkCommand
} from "./chunk-2GJ5STSQ.js";
import "./chunk-X6DDL2CM.js";
import {
  loadConfig,
  mergeConfig
} from "./chunk-7JMJK5JQ.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-6MDJQQ27.js";
import {
  depsCommand
} from "./chunk-46L2ONST.js";
import "./chunk-76LJFSY3.js";
import "./chunk-PAYOZ5ZU.js";
import {
  scanCommand
} from "./chunk-5W3N6GIW.js";
import "./chunk-2NM5TTJP.js";
import "./chunk-OBHHEJCB.js";
import "./chunk-4DBMKOYF.js";
import "./chunk-NZQOUOVK.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-3ZFRE3I7.js";
import "./chunk-55WHQGKO.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-TKKDJE5N.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-CY5NJ4W7.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-355TBZ3U.js";
import "./chunk-BHXCY7IC.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  ChainsealError,
  checkCommand,
  depsCommand,
  loadConfig,
  manifestCommand,
  mergeConfig,
  readManifest,
  scanCommand,
  verifyCommand
};
