import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/io/read-input.ts
import { readFileSync } from "node:fs";
function readInput(path, label, fix = "") {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ChainsealError("input", `cannot read ${label}: ${osReason(error)}${fix ? `; ${fix}` : ""}`, { cause: error });
  }
}
function readInputText(path, label, fix = "") {
  return readInput(path, label, fix).toString("utf8");
}

export {
  readInput,
  readInputText
};
