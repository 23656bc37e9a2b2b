import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  verifyCommand
} from "./chunk-MO36YGI6.js";
import {
  manifestCommand
} from "./chunk-KWSA7YV4.js";
import "./chunk-MHUZ2GZX.js";
import "./chunk-H4DETFD5.js";
import {
  readManifest
} from "./chunk-FIH6OIGI.js";
import {
  depsCommand
} from "./chunk-MC2RYGPV.js";
import "./chunk-76LJFSY3.js";
import {
  scanCommand
} from "./chunk-YAPZGU67.js";
import "./chunk-BD2N7C2T.js";
import "./chunk-A7PEBY3R.js";
import {
  checkCommand
} from "./chunk-MSPWRGV7.js";
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
} from "./chunk-LHO2BIOK.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-SOPFPH3M.js";
import "./chunk-KWYAT2C6.js";
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
