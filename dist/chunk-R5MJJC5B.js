import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  Matcher,
  MatcherInput,
  MatcherInputBase,
  RE2JS,
  RE2JSCompileException,
  RE2JSException,
  RE2JSFlagsException,
  RE2JSGroupException,
  RE2JSInternalException,
  RE2JSSyntaxException,
  RE2Set,
  re
} from "./chunk-SZYV5HAW.js";
import "./chunk-V4ML7QKM.js";
export {
  Matcher,
  MatcherInput,
  MatcherInputBase,
  RE2JS,
  RE2JSCompileException,
  RE2JSException,
  RE2JSFlagsException,
  RE2JSGroupException,
  RE2JSInternalException,
  RE2JSSyntaxException,
  RE2Set,
  re
};
