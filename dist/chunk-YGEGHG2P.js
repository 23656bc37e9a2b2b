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
} from "./chunk-6LTUVWQB.js";
import "./chunk-CIXSTPR5.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
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
