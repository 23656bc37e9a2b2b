import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  listScanRules,
  scanCommand
} from "./chunk-35SLGBN4.js";
import "./chunk-BD2N7C2T.js";
import "./chunk-SNXMCATF.js";
import "./chunk-J7KOAFIR.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-VUTROXCM.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-SZYV5HAW.js";
import "./chunk-AQYDNAFN.js";
import "./chunk-355TBZ3U.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  DEFAULT_MAX_FILE_SIZE,
  listScanRules,
  scanCommand
};
