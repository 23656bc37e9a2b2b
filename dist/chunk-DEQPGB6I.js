import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  readInputText
} from "./chunk-S4FWCEOI.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/attest/keys.ts
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
var SUPPORTED = "an ECDSA P-256 or Ed25519 key (chainseal keygen writes one)";
function generateSigningKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privateKey: privateKey.export({ format: "pem", type: "pkcs8" }),
    publicKey: publicKey.export({ format: "pem", type: "spki" })
  };
}
function readPrivateKey(path, name) {
  let text;
  let mode;
  let fd;
  try {
    fd = openSync(path, "r");
    mode = fstatSync(fd).mode;
    text = readFileSync(fd, "utf8");
  } catch (error) {
    throw new ChainsealError("input", `cannot read private key ${name}: ${osReason(error)}`, { cause: error });
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (/-----BEGIN [A-Z ]*ENCRYPTED[A-Z ]*-----/.test(text) || /Proc-Type: 4,ENCRYPTED/.test(text))
    throw new ChainsealError("key-invalid", `private key ${name} is encrypted; chainseal reads unencrypted PEM keys: decrypt it (openssl pkey -in ${name} -out plain.key) and keep that file mode 0600, or create one with chainseal keygen`);
  let key;
  try {
    key = createPrivateKey({ key: text, format: "pem" });
  } catch {
    throw new ChainsealError("key-invalid", `private key ${name} is not a PEM private key; give ${SUPPORTED}`);
  }
  assertSupported(key, `private key ${name}`);
  return { key, readableByOthers: (mode & 63) !== 0 };
}
function readPublicKey(path, name) {
  const text = readInputText(path, `public key ${name}`);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) throw new ChainsealError("key-invalid", `${name} is a private key; give the public key (.pub) to verify`);
  try {
    return createPublicKey({ key: text, format: "pem" });
  } catch {
    throw new ChainsealError("key-invalid", `public key ${name} is not a PEM public key; give the .pub file written with the signing key`);
  }
}
function assertSupported(key, label) {
  const type = key.asymmetricKeyType;
  if (type === "ed25519") return;
  if (type === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1") return;
  const what = type === "ec" ? `an EC key on ${key.asymmetricKeyDetails?.namedCurve}` : `a${type === "rsa" ? "n" : ""} ${type} key`;
  throw new ChainsealError("key-invalid", `${label} is ${what}; give ${SUPPORTED}`);
}
function keyHint(publicKey) {
  return createHash("sha256").update(publicKey.export({ format: "der", type: "spki" })).digest("hex");
}
var KeySigner = class {
  #key;
  #publicKey;
  constructor(key) {
    this.#key = key;
    this.#publicKey = createPublicKey(key);
  }
  async sign(data) {
    const algorithm = this.#key.asymmetricKeyType === "ed25519" ? null : "sha256";
    return {
      signature: sign(algorithm, data, this.#key),
      key: { $case: "publicKey", publicKey: this.#publicKey.export({ format: "pem", type: "spki" }), hint: keyHint(this.#publicKey) }
    };
  }
};

export {
  generateSigningKeyPair,
  readPrivateKey,
  readPublicKey,
  keyHint,
  KeySigner
};
