import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/attest/flags.ts
function bundleBeside(manifest) {
  return `${manifest}.sigstore.json`;
}
function hasSignatureFlags(flags) {
  return [flags.key, flags.certificateIdentity, flags.certificateIdentityRegexp, flags.certificateOidcIssuer, flags.trustedRoot].some((f) => f !== void 0) || !!flags.tufRefresh;
}

export {
  bundleBeside,
  hasSignatureFlags
};
