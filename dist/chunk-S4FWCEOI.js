import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/io/read-input.ts
import { readFileSync } from "node:fs";
import { isatty } from "node:tty";
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
function readStandardInput(label) {
  if (isatty(0)) throw new ChainsealError("usage", `${label} is read from stdin, which is a terminal: pipe or redirect it in`);
  try {
    return readFileSync(0);
  } catch (error) {
    let reason = error;
    if (error.code === "EAGAIN")
      try {
        return readFileSync("/dev/stdin");
      } catch (again) {
        reason = again;
      }
    throw new ChainsealError("input", `cannot read ${label} from stdin: ${osReason(reason)}`, { cause: reason });
  }
}

export {
  readInput,
  readInputText,
  readStandardInput
};
