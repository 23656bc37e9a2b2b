import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/errors.ts
var ChainsealError = class extends Error {
  /** Stable, machine-readable: 'usage', 'input', 'manifest-invalid', 'io', … */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ChainsealError";
    this.code = code;
  }
};
function osReason(error) {
  const e = error;
  if (e && typeof e.code === "string") {
    const detail = e.message?.replace(/^[A-Z]+: /, "").replace(/, \w+ .*$/, "");
    return detail ? `${e.code}: ${detail}` : e.code;
  }
  return String(error instanceof Error ? error.message : error);
}

export {
  ChainsealError,
  osReason
};
