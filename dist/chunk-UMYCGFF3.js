import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ruleMaker
} from "./chunk-BHXCY7IC.js";

// src/watch/rules.ts
var LOG_RULES = {
  chainBroken: ruleMaker("log", "integrity")("chain-broken", "critical", "A record of the event log was edited, deleted, inserted or moved: its hash or its link to the record before does not hold."),
  headMissing: ruleMaker("log", "integrity")("head-missing", "critical", "A record the log held before (its head, given with --head) is no longer in it: records were cut from its end, or it is another log."),
  empty: ruleMaker("log", "integrity")("empty", "high", "The event log holds no records. A watch writes its start record at once, so an empty log was never written by one or was emptied; it proves nothing.")
};

export {
  LOG_RULES
};
