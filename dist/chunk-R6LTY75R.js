import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PREDICATE_TYPE
} from "./chunk-HFLBVACY.js";

// src/attest/verify-commands.ts
function chainsealVerifyCommand(manifest, bundle, flags) {
  return ["chainseal", "verify", manifest, "--bundle", bundle, ...signerArgs(flags)].map(shellQuote).join(" ");
}
function cosignCommand(manifest, bundle, flags, hasTlog) {
  const args = ["cosign", "verify-blob-attestation", "--new-bundle-format", "--bundle", bundle, "--type", PREDICATE_TYPE, ...signerArgs(flags)];
  if (flags.key !== void 0 && !hasTlog) args.push("--insecure-ignore-tlog=true");
  args.push(manifest);
  return args.map(shellQuote).join(" ");
}
function signerArgs(flags) {
  const args = [];
  if (flags.key !== void 0) args.push("--key", flags.key);
  else {
    if (flags.certificateIdentity !== void 0) args.push("--certificate-identity", flags.certificateIdentity);
    if (flags.certificateIdentityRegexp !== void 0) args.push("--certificate-identity-regexp", flags.certificateIdentityRegexp);
    args.push("--certificate-oidc-issuer", flags.certificateOidcIssuer ?? "");
  }
  if (flags.trustedRoot !== void 0) args.push("--trusted-root", flags.trustedRoot);
  return args;
}
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export {
  chainsealVerifyCommand,
  cosignCommand
};
