import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  loadSignaturePolicy,
  verifyBundle
} from "./chunk-3ABLTF2M.js";
import {
  PREDICATE_TYPE,
  readBundle,
  sha256Hex
} from "./chunk-CKGLA4UL.js";
import "./chunk-GGXI2ZAY.js";
import "./chunk-55WHQGKO.js";
import "./chunk-NBWFPI56.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-RG5UG3NJ.js";
import "./chunk-V4ML7QKM.js";

// src/commands/verify-signature.ts
import { resolve } from "node:path";

// src/attest/cosign.ts
function cosignCommand(manifest, bundle, flags, hasTlog) {
  const args = ["cosign", "verify-blob-attestation", "--new-bundle-format", "--bundle", bundle, "--type", PREDICATE_TYPE];
  if (flags.key !== void 0) {
    args.push("--key", flags.key);
    if (!hasTlog) args.push("--insecure-ignore-tlog=true");
  } else {
    if (flags.certificateIdentity !== void 0) args.push("--certificate-identity", flags.certificateIdentity);
    if (flags.certificateIdentityRegexp !== void 0) args.push("--certificate-identity-regexp", flags.certificateIdentityRegexp);
    args.push("--certificate-oidc-issuer", flags.certificateOidcIssuer ?? "");
  }
  if (flags.trustedRoot !== void 0) args.push("--trusted-root", flags.trustedRoot);
  args.push(manifest);
  return args.map(shellQuote).join(" ");
}
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

// src/commands/verify-signature.ts
async function verifySignature(options, signature, bytes) {
  const policy = await loadSignaturePolicy(options.cwd, options.env ?? {}, signature.flags);
  const bundle = readBundle(resolve(options.cwd, signature.bundle), signature.bundle);
  const verdict = verifyBundle({
    bundle,
    bundleName: signature.bundle,
    artifact: { name: `manifest ${options.manifest}`, sha256: sha256Hex(bytes) },
    signer: policy.signer,
    trustRoot: policy.trustRoot,
    predicateType: PREDICATE_TYPE
  });
  if (verdict.failure) return { failure: verdict.failure };
  const signer = policy.signer.kind === "key" ? `key ${policy.signer.name}` : `${verdict.signer?.identity} (${verdict.signer?.issuer})`;
  const hasTlog = bundle.verificationMaterial.tlogEntries.length > 0;
  return { stats: { signature: "verified", signer, cosignCommand: cosignCommand(options.manifest, signature.bundle, signature.flags, hasTlog) } };
}
export {
  verifySignature
};
