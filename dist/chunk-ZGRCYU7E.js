import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-6BO4PK57.js";
import "./chunk-V4ML7QKM.js";
export {
  renderSarif
};
