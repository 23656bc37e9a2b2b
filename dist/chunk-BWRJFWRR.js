import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ruleMaker
} from "./chunk-BHXCY7IC.js";

// src/watch/rules.ts
var LOG_RULES = {
  chainBroken: ruleMaker("log", "integrity")("chain-broken", "critical", "A record of the event log was edited, deleted, inserted or moved: its hash or its link to the record before does not hold.")
};

export {
  LOG_RULES
};
