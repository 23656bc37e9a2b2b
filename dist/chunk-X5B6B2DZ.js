import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  exactIdentity,
  identityPattern,
  readTrustRoot,
  refreshTrustRoot,
  shippedTrustRoot
} from "./chunk-HFLBVACY.js";
import {
  readPublicKey
} from "./chunk-DEQPGB6I.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// src/attest/signer-policy.ts
import { homedir } from "node:os";
import { join, resolve } from "node:path";
async function loadSignaturePolicy(cwd, env, flags) {
  const identity = flags.certificateIdentity ?? flags.certificateIdentityRegexp;
  if (flags.certificateIdentity !== void 0 && flags.certificateIdentityRegexp !== void 0)
    throw usage("give --certificate-identity or --certificate-identity-regexp, not both");
  if (flags.key !== void 0 && (identity !== void 0 || flags.certificateOidcIssuer !== void 0))
    throw usage("give either --key or --certificate-identity with --certificate-oidc-issuer, not both: a bundle is signed by a key or by a certificate");
  if (flags.key === void 0 && identity === void 0)
    throw usage("say who must have signed: --key PUB.pem, or --certificate-identity (or --certificate-identity-regexp) with --certificate-oidc-issuer");
  if (identity !== void 0 && flags.certificateOidcIssuer === void 0)
    throw usage("--certificate-identity needs --certificate-oidc-issuer (for GitHub Actions: https://token.actions.githubusercontent.com)");
  if (flags.trustedRoot !== void 0 && flags.tufRefresh) throw usage("give --trusted-root or --tuf-refresh, not both");
  const trustRoot = flags.trustedRoot !== void 0 ? readTrustRoot(resolve(cwd, flags.trustedRoot), flags.trustedRoot) : flags.tufRefresh ? await refreshTrustRoot(tufCache(env)) : shippedTrustRoot();
  const signer = flags.key !== void 0 ? { kind: "key", key: readPublicKey(resolve(cwd, flags.key), flags.key), name: flags.key } : {
    kind: "identity",
    identity: flags.certificateIdentity !== void 0 ? exactIdentity(flags.certificateIdentity) : await identityPattern(flags.certificateIdentityRegexp),
    issuer: flags.certificateOidcIssuer
  };
  return { signer, trustRoot };
}
function tufCache(env) {
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "chainseal", "tuf");
}
function usage(message) {
  return new ChainsealError("usage", message);
}

export {
  loadSignaturePolicy
};
