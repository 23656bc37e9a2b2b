import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  RULE_CATALOG
} from "./chunk-T7CG6S56.js";
import "./chunk-UMYCGFF3.js";
import "./chunk-RW2GBRT7.js";
import "./chunk-PAYOZ5ZU.js";
import "./chunk-J7KOAFIR.js";
import "./chunk-AQYDNAFN.js";
import "./chunk-355TBZ3U.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-V4ML7QKM.js";
export {
  RULE_CATALOG
};
