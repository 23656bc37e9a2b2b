import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  STAGING,
  signPayload
} from "./chunk-BBH4LEUQ.js";
import {
  buildReport,
  writeFileAtomic
} from "./chunk-I6ZC66UM.js";
import "./chunk-LCJN5RNY.js";
import {
  artifactDigest,
  loadSignaturePolicy,
  verifyBundle
} from "./chunk-L4TJ57Z5.js";
import {
  readBundle,
  serializeBundle
} from "./chunk-FK2OXL6G.js";
import "./chunk-LVRSLGIQ.js";
import "./chunk-55WHQGKO.js";
import "./chunk-SP736H5E.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import {
  require_dist
} from "./chunk-RG5UG3NJ.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/commands/sigstore.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function signBundleCommand(o) {
  const data = readInput(o.cwd, o.file, "artifact");
  const services = o.signingConfig !== void 0 ? readSigningConfig(o.cwd, o.signingConfig) : o.staging ? STAGING : PUBLIC_GOOD;
  const bundle = await signPayload(data, o.inToto ? "dsseEnvelope" : "messageSignature", {
    kind: "keyless",
    env: o.env,
    identityToken: o.identityToken,
    fulcioURL: services.fulcio,
    rekorURL: services.rekor,
    ...services.tsa !== void 0 && { tsaURL: services.tsa }
  });
  writeFileAtomic(resolve(o.cwd, o.bundle), [serializeBundle(bundle)]);
  return buildReport("sigstore sign-bundle", [], o.policy, { bundle: o.bundle });
}
async function verifyBundleCommand(o) {
  if (o.staging && o.flags.trustedRoot === void 0)
    throw new ChainsealError("usage", "--staging needs --trusted-root: chainseal ships the public-good trust root only");
  const policy = await loadSignaturePolicy(o.cwd, o.env, o.flags);
  const bundle = readBundle(resolve(o.cwd, o.bundle), o.bundle);
  const digest = /^sha256:([0-9a-f]{64})$/i.exec(o.artifact);
  const bytes = digest ? void 0 : readInput(o.cwd, o.artifact, "artifact");
  const verdict = verifyBundle({
    bundle,
    bundleName: o.bundle,
    artifact: { name: o.artifact, sha256: digest ? digest[1].toLowerCase() : artifactDigest(bytes), ...bytes && { bytes } },
    signer: policy.signer,
    trustRoot: policy.trustRoot
  });
  return buildReport("sigstore verify-bundle", verdict.failure ? [verdict.failure] : [], o.policy, {
    ...verdict.signer?.identity !== void 0 && { signer: verdict.signer.identity }
  });
}
function readInput(cwd, name, what) {
  try {
    return readFileSync(resolve(cwd, name));
  } catch (error) {
    throw new ChainsealError("input", `cannot read ${what} ${name}: ${osReason(error)}`, { cause: error });
  }
}
function readSigningConfig(cwd, name) {
  let config;
  try {
    config = import_protobuf_specs.SigningConfig.fromJSON(JSON.parse(readInput(cwd, name, "signing config").toString("utf8")));
  } catch (error) {
    if (error instanceof ChainsealError) throw error;
    throw new ChainsealError("input", `signing config ${name} is not a Sigstore SigningConfig: ${error.message}`);
  }
  const fulcio = config.caUrls[0]?.url;
  const rekor = config.rekorTlogUrls.find((s) => s.majorApiVersion === 1)?.url;
  if (!fulcio || !rekor) throw new ChainsealError("input", `signing config ${name} names no ${fulcio ? "Rekor v1 log" : "certificate authority"}; chainseal signs with Fulcio and a Rekor v1 log`);
  const tsa = config.tsaUrls[0]?.url;
  return { fulcio, rekor, ...tsa !== void 0 && { tsa } };
}
export {
  signBundleCommand,
  verifyBundleCommand
};
