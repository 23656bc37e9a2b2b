import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  verifyCommand
} from "./chunk-6LEWW3BB.js";
import "./chunk-D3H2H3IY.js";
import "./chunk-BD2N7C2T.js";
import "./chunk-SNXMCATF.js";
import "./chunk-J7KOAFIR.js";
import "./chunk-K3BPYAA3.js";
import "./chunk-XCZ3W7XS.js";
import "./chunk-6MDJQQ27.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  verifyCommand
};
