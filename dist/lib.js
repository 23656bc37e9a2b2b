import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  verifyCommand
} from "./chunk-6LEWW3BB.js";
import {
  manifestCommand
} from "./chunk-LXGV7H4N.js";
import "./chunk-MHUZ2GZX.js";
import "./chunk-H4DETFD5.js";
import {
  readManifest
} from "./chunk-D3H2H3IY.js";
import {
  depsCommand
} from "./chunk-QLKQ5ZNF.js";
import "./chunk-76LJFSY3.js";
import {
  scanCommand
} from "./chunk-35SLGBN4.js";
import "./chunk-BD2N7C2T.js";
import "./chunk-A7PEBY3R.js";
import {
  checkCommand
} from "./chunk-IGFCM7QN.js";
import "./chunk-PAYOZ5ZU.js";
import "./chunk-SNXMCATF.js";
import "./chunk-J7KOAFIR.js";
import "./chunk-JNS5VHXW.js";
import "./chunk-IJEYIB5L.js";
import "./chunk-K3BPYAA3.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-6MDJQQ27.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-VUTROXCM.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-SZYV5HAW.js";
import "./chunk-AQYDNAFN.js";
import "./chunk-355TBZ3U.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import {
  loadConfig,
  mergeConfig
} from "./chunk-6LTUVWQB.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-S4YNLDET.js";
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
