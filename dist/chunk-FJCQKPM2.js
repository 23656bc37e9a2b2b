import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  readBaseline,
  writeBaseline
} from "./chunk-4N6BAZPG.js";
import "./chunk-K3BPYAA3.js";
import "./chunk-SOPFPH3M.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  readBaseline,
  writeBaseline
};
