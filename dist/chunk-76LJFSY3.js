import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/io/url.ts
function withoutCredentials(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  if (!parsed.username && !parsed.password) return parsed.toString();
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

export {
  withoutCredentials
};
