import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  CONFIG_FILE,
  CONFIG_SCHEMA,
  SECTIONS,
  configFromFlags,
  loadConfig,
  mergeConfig,
  sectionOf,
  validateConfig
} from "./chunk-LHO2BIOK.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-SOPFPH3M.js";
import "./chunk-KWYAT2C6.js";
import "./chunk-S4YNLDET.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";
export {
  CONFIG_FILE,
  CONFIG_SCHEMA,
  SECTIONS,
  configFromFlags,
  loadConfig,
  mergeConfig,
  sectionOf,
  validateConfig
};
