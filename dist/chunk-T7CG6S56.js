import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  LOG_RULES
} from "./chunk-UMYCGFF3.js";
import {
  KEY_RULES,
  SIGNATURE_RULES
} from "./chunk-RW2GBRT7.js";
import {
  DEPS_RULES
} from "./chunk-PAYOZ5ZU.js";
import {
  INTEGRITY_RULES
} from "./chunk-J7KOAFIR.js";
import {
  SCAN_RULE_CATALOG
} from "./chunk-AQYDNAFN.js";

// src/rule-catalog.ts
var RULE_CATALOG = [
  ...Object.values(INTEGRITY_RULES),
  ...Object.values(SIGNATURE_RULES),
  ...Object.values(KEY_RULES),
  ...Object.values(DEPS_RULES),
  ...SCAN_RULE_CATALOG,
  ...Object.values(LOG_RULES)
];

export {
  RULE_CATALOG
};
