import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  withoutCredentials
} from "./chunk-76LJFSY3.js";
import {
  DEPS_RULES
} from "./chunk-PAYOZ5ZU.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import {
  readInputText
} from "./chunk-S4FWCEOI.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-V4ML7QKM.js";

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports, module) {
    var { hasOwnProperty } = Object.prototype;
    var encode = (obj, opt = {}) => {
      if (typeof opt === "string") {
        opt = { section: opt };
      }
      opt.align = opt.align === true;
      opt.newline = opt.newline === true;
      opt.sort = opt.sort === true;
      opt.whitespace = opt.whitespace === true || opt.align === true;
      opt.platform = opt.platform || typeof process !== "undefined" && process.platform;
      opt.bracketedArray = opt.bracketedArray !== false;
      const eol = opt.platform === "win32" ? "\r\n" : "\n";
      const separator = opt.whitespace ? " = " : "=";
      const children = [];
      const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj);
      let padToChars = 0;
      if (opt.align) {
        padToChars = safe(
          keys.filter((k) => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== "object").map((k) => Array.isArray(obj[k]) ? `${k}[]` : k).concat([""]).reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
        ).length;
      }
      let out = "";
      const arraySuffix = opt.bracketedArray ? "[]" : "";
      for (const k of keys) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val) {
            out += safe(`${k}${arraySuffix}`).padEnd(padToChars, " ") + separator + safe(item) + eol;
          }
        } else if (val && typeof val === "object") {
          children.push(k);
        } else {
          out += safe(k).padEnd(padToChars, " ") + separator + safe(val) + eol;
        }
      }
      if (opt.section && out.length) {
        out = "[" + safe(opt.section) + "]" + (opt.newline ? eol + eol : eol) + out;
      }
      for (const k of children) {
        const nk = splitSections(k, ".").join("\\.");
        const section = (opt.section ? opt.section + "." : "") + nk;
        const child = encode(obj[k], {
          ...opt,
          section
        });
        if (out.length && child.length) {
          out += eol;
        }
        out += child;
      }
      return out;
    };
    function splitSections(str, separator) {
      var lastMatchIndex = 0;
      var lastSeparatorIndex = 0;
      var nextIndex = 0;
      var sections = [];
      do {
        nextIndex = str.indexOf(separator, lastMatchIndex);
        if (nextIndex !== -1) {
          lastMatchIndex = nextIndex + separator.length;
          if (nextIndex > 0 && str[nextIndex - 1] === "\\") {
            continue;
          }
          sections.push(str.slice(lastSeparatorIndex, nextIndex));
          lastSeparatorIndex = nextIndex + separator.length;
        }
      } while (nextIndex !== -1);
      sections.push(str.slice(lastSeparatorIndex));
      return sections;
    }
    var decode = (str, opt = {}) => {
      opt.bracketedArray = opt.bracketedArray !== false;
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section = null;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      const lines = str.split(/[\r\n]+/g);
      const duplicates = {};
      for (const line of lines) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
          continue;
        }
        const match = line.match(re);
        if (!match) {
          continue;
        }
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section] = out[section] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        let isArray;
        if (opt.bracketedArray) {
          isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        } else {
          duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1;
          isArray = duplicates[keyRaw] > 1;
        }
        const key = isArray && keyRaw.endsWith("[]") ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__") {
          continue;
        }
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key)) {
            p[key] = [];
          } else if (!Array.isArray(p[key])) {
            p[key] = [p[key]];
          }
        }
        if (Array.isArray(p[key])) {
          p[key].push(value);
        } else {
          p[key] = value;
        }
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
          continue;
        }
        const parts = splitSections(k, ".");
        p = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__") {
            continue;
          }
          if (!hasOwnProperty.call(p, part) || typeof p[part] !== "object") {
            p[part] = /* @__PURE__ */ Object.create(null);
          }
          p = p[part];
        }
        if (p === out && nl === l) {
          continue;
        }
        p[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove) {
        delete out[del];
      }
      return out;
    };
    var isQuoted = (val) => {
      return val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'");
    };
    var safe = (val) => {
      if (typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim()) {
        return JSON.stringify(val);
      }
      return val.split(";").join("\\;").split("#").join("\\#");
    };
    var unsafe = (val) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'") {
          val = val.slice(1, -1);
        }
        try {
          val = JSON.parse(val);
        } catch {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc = true;
          } else {
            unesc += c;
          }
        }
        if (esc) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module.exports = {
      parse: decode,
      decode,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// src/commands/deps.ts
import { existsSync } from "node:fs";
import { basename, dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";

// src/deps/check.ts
import { createPublicKey, verify } from "node:crypto";

// src/deps/integrity.ts
var ALGORITHMS = ["sha512", "sha384", "sha256", "sha1"];
function parseSri(text) {
  const sri = {};
  for (const token of (text ?? "").trim().split(/\s+/)) {
    const match = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(token);
    if (match) (sri[match[1]] ??= /* @__PURE__ */ new Set()).add(match[2]);
  }
  return sri;
}
function registrySri(dist) {
  const sri = parseSri(dist.integrity);
  if (dist.shasum && /^[0-9a-f]{40}$/i.test(dist.shasum)) (sri.sha1 ??= /* @__PURE__ */ new Set()).add(Buffer.from(dist.shasum, "hex").toString("base64"));
  return sri;
}
function strongest(sri) {
  return ALGORITHMS.find((a) => sri[a]?.size);
}
function compareSri(locked, served) {
  const algorithm = ALGORITHMS.find((a) => locked[a]?.size && served[a]?.size);
  if (!algorithm) return { result: "incomparable" };
  const overlap = [...locked[algorithm]].some((digest) => served[algorithm].has(digest));
  return { result: overlap ? "match" : "mismatch", algorithm };
}

// src/deps/check.ts
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]"]);
async function checkLockfile(lockfile, registry, options) {
  const findings = [];
  const skipped = {};
  const registryPackages = [];
  for (const pkg of lockfile.packages) {
    if (pkg.kind === "registry") registryPackages.push(pkg);
    else skipped[pkg.kind] = (skipped[pkg.kind] ?? 0) + 1;
  }
  const label = (pkg) => `${pkg.alias ? `${pkg.alias} (npm:${pkg.name})` : pkg.name}@${pkg.version} at ${pkg.location}`;
  const finding = (rule, pkg, message) => findings.push(createFinding(rule, { message: `${label(pkg)}: ${message}`, location: { path: lockfile.path }, identity: [pkg.location, pkg.name, pkg.version, pkg.resolved ?? "", pkg.integrity ?? ""] }));
  let integrityUnverified = 0;
  for (const pkg of registryPackages) {
    if (pkg.resolved !== void 0) checkResolved(pkg, options.allowedHosts, finding);
    if (pkg.unverifiable) {
      integrityUnverified++;
      continue;
    }
    const locked = parseSri(pkg.integrity);
    const algorithm = strongest(locked);
    if (!algorithm) finding(DEPS_RULES.integrityMissing, pkg, "no integrity is locked; run npm install to record one");
    else if (algorithm === "sha1") finding(DEPS_RULES.weakIntegrity, pkg, "only a SHA-1 integrity is locked; regenerate the lockfile to record sha512");
  }
  const byVersion = /* @__PURE__ */ new Map();
  for (const pkg of registryPackages) {
    const key = `${pkg.name}@${pkg.version}`;
    byVersion.set(key, [...byVersion.get(key) ?? [], pkg]);
  }
  let verified = 0;
  let tarballsVerified = 0;
  const signatures = { verified: 0, skipped: 0 };
  await Promise.all(
    [...byVersion.values()].map(async (same) => {
      const { name, version } = same[0];
      const [dist, keys] = await Promise.all([registry.dist(name, version), registry.keysFor(name)]);
      const tarballDigests = /* @__PURE__ */ new Map();
      const tarballDigest = (url, algorithm) => {
        let digest = tarballDigests.get(algorithm);
        if (!digest) tarballDigests.set(algorithm, digest = registry.tarballDigest(url, algorithm, `the tarball of ${name}@${version}`));
        return digest;
      };
      for (const pkg of same) {
        if (!dist) {
          finding(DEPS_RULES.versionMissing, pkg, "the registry has no such version (unpublished, or never published there)");
          continue;
        }
        const locked = parseSri(pkg.integrity);
        if (pkg.unverifiable || !strongest(locked)) {
          if (keys) signatures.skipped++;
          continue;
        }
        const { result, algorithm } = compareSri(locked, registrySri(dist));
        if (result === "match") verified++;
        else if (result === "mismatch")
          finding(DEPS_RULES.integrityMismatch, pkg, `locked ${algorithm} ${short(pkg.integrity)} but the registry serves ${short(dist.integrity ?? dist.shasum)}`);
        if (options.tarballs && algorithm && dist.tarball) {
          const url = dist.tarball;
          const digest = await tarballDigest(url, algorithm);
          if (digest === void 0) finding(DEPS_RULES.tarballMismatch, pkg, `the registry's tarball ${url} is missing`);
          else if (!locked[algorithm].has(digest)) finding(DEPS_RULES.tarballMismatch, pkg, `the registry's tarball has ${algorithm} ${short(`${algorithm}-${digest}`)}, not the locked ${short(pkg.integrity)}`);
          else tarballsVerified++;
        }
        if (!keys) signatures.skipped++;
        else {
          const verdict = await verifySignature(pkg, dist.signatures ?? [], keys);
          if (verdict === "valid") signatures.verified++;
          else if (verdict === "missing") finding(DEPS_RULES.signatureMissing, pkg, "the registry publishes signing keys but this version has no signature by them");
          else finding(DEPS_RULES.signatureInvalid, pkg, `the registry's signature (key ${verdict.keyid}) does not verify over ${pkg.name}@${pkg.version}:${short(pkg.integrity)}`);
        }
      }
    })
  );
  return { findings, checked: registryPackages.length, verified, tarballsVerified, integrityUnverified, signaturesVerified: signatures.verified, signaturesSkipped: signatures.skipped, skipped };
}
async function verifySignature(pkg, signatures, keys) {
  const known = signatures.filter((s) => keys.some((k) => k.keyid === s.keyid));
  if (known.length === 0) return "missing";
  const message = Buffer.from(`${pkg.name}@${pkg.version}:${pkg.integrity}`);
  for (const signature of known) {
    const key = keys.find((k) => k.keyid === signature.keyid);
    const valid = await new Promise((resolve3) => {
      try {
        verify("sha256", message, publicKeyOf(key), Buffer.from(signature.sig, "base64"), (error, ok) => resolve3(!error && ok));
      } catch {
        resolve3(false);
      }
    });
    if (valid) return "valid";
  }
  return { keyid: known[0].keyid };
}
function checkResolved(pkg, allowedHosts, finding) {
  let url;
  try {
    url = new URL(pkg.resolved);
  } catch {
    finding(DEPS_RULES.insecureUrl, pkg, `resolved ${JSON.stringify(pkg.resolved)} is not a URL`);
    return;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname)))
    finding(DEPS_RULES.insecureUrl, pkg, `resolves over ${url.protocol.slice(0, -1)} (${withoutCredentials(url)}); tarballs must come over https`);
  if (!allowedHosts.has(url.host))
    finding(DEPS_RULES.untrustedHost, pkg, `resolves to ${url.host}, not a configured registry; allow it with --allow-host ${url.host} if it is trusted`);
  const path = safeDecode(url.pathname);
  const unscoped = pkg.name.slice(pkg.name.lastIndexOf("/") + 1);
  const expected = `/${pkg.name}/-/${unscoped}-${pkg.version}.tgz`;
  if (!path.endsWith(expected))
    finding(DEPS_RULES.resolvedMismatch, pkg, `resolves to ${withoutCredentials(url)}, whose path does not end in ${expected}`);
}
var publicKeys = /* @__PURE__ */ new WeakMap();
function publicKeyOf(key) {
  let parsed = publicKeys.get(key);
  if (!parsed) publicKeys.set(key, parsed = createPublicKey({ key: Buffer.from(key.key, "base64"), format: "der", type: "spki" }));
  return parsed;
}
function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
function short(integrity) {
  return integrity === void 0 ? "nothing" : integrity.length > 24 ? integrity.slice(0, 24) + "\u2026" : integrity;
}

// src/deps/npmrc.ts
var import_ini = __toESM(require_ini(), 1);
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var DEFAULT_REGISTRY = "https://registry.npmjs.org/";
function loadRegistryConfig(projectDir, env, registry) {
  const fromEnv = (...names) => {
    const name = names.find((n) => env[n]);
    return { value: name && env[name], from: name ?? "" };
  };
  const proxies = {
    "https-proxy": fromEnv("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"),
    proxy: fromEnv("HTTP_PROXY", "http_proxy"),
    noproxy: fromEnv("NO_PROXY", "no_proxy")
  };
  const config = { registry: DEFAULT_REGISTRY, scopes: /* @__PURE__ */ new Map(), auth: /* @__PURE__ */ new Map(), proxy: {} };
  const home = env.HOME ?? homedir();
  for (const file of [join(home, ".npmrc"), join(projectDir, ".npmrc")]) {
    const values = readNpmrc(file, env);
    apply(config, values, file, home);
    for (const setting of PROXY_SETTINGS)
      if (setting in values) proxies[setting] = { value: typeof values[setting] === "string" ? values[setting] : void 0, from: `${setting} in ${file}` };
  }
  const https2 = proxies["https-proxy"].value ? proxies["https-proxy"] : proxies.proxy;
  config.proxy = {
    ...https2.value && { https: proxyUrl(https2.value, https2.from) },
    ...proxies.proxy.value && { http: proxyUrl(proxies.proxy.value, proxies.proxy.from) },
    ...proxies.noproxy.value && { noProxy: proxies.noproxy.value }
  };
  if (env.npm_config_registry) config.registry = normalise(env.npm_config_registry, "npm_config_registry");
  if (registry !== void 0) config.registry = normalise(registry, "--registry");
  return config;
}
function readNpmrc(file, env) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return {};
    throw new ChainsealError("input", `cannot read ${file}: ${osReason(error)}`, { cause: error });
  }
  const expanded = text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name) => env[name] ?? "");
  return import_ini.default.parse(expanded);
}
function apply(config, values, file, home) {
  for (const [key, value] of Object.entries(values)) {
    if (key === "ca") config.ca = value === null ? void 0 : [value].flat().map((pem) => certificates(String(pem).replace(/\\n/g, "\n"), `the ca in ${file}`));
    if (typeof value !== "string") continue;
    if (key === "cafile") {
      const path = value.startsWith("~/") ? join(home, value.slice(2)) : resolve(dirname(file), value);
      const label = `the cafile ${path} that ${file} names`;
      config.ca = [certificates(readInputText(path, label, "fix the path, or remove cafile to trust the system's certificate authorities"), label)];
    }
    if (key === "registry") config.registry = normalise(value, `registry in ${file}`);
    else if (/^@[^:]+:registry$/.test(key)) config.scopes.set(key.slice(0, key.indexOf(":")), normalise(value, `${key} in ${file}`));
    else if (key.startsWith("//")) {
      const at = key.lastIndexOf(":");
      const prefix = key.slice(0, at);
      const field = key.slice(at + 1);
      const base = prefix.endsWith("/") ? prefix : prefix + "/";
      if (field === "_authToken") config.auth.set(base, `Bearer ${value}`);
      else if (field === "_auth") config.auth.set(base, `Basic ${value}`);
    }
  }
}
function certificates(pem, label) {
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new ChainsealError("input", `${label} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  return pem;
}
var PROXY_SETTINGS = ["https-proxy", "proxy", "noproxy"];
function proxyUrl(url, name) {
  const parsed = httpUrl(url);
  if (!parsed) throw new ChainsealError("usage", `${name} must be an http(s) URL such as http://proxy.example.com:8080 (got "${withoutCredentials(url)}")`);
  return parsed.href;
}
function normalise(url, name) {
  const parsed = httpUrl(url);
  if (!parsed) throw new ChainsealError("usage", `${name} must be an http(s) URL such as https://registry.npmjs.org/ (got "${url}")`);
  return parsed.href.endsWith("/") ? parsed.href : parsed.href + "/";
}
function httpUrl(url) {
  const parsed = URL.parse(url);
  return parsed?.protocol === "https:" || parsed?.protocol === "http:" ? parsed : void 0;
}
function registryFor(config, name) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  return (scope && config.scopes.get(scope)) ?? config.registry;
}
function authFor(config, url) {
  if (config.auth.size === 0) return void 0;
  const { host, pathname } = new URL(url);
  let best;
  for (const prefix of config.auth.keys()) {
    if (`//${host}${pathname}`.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix;
  }
  return best ? config.auth.get(best) : void 0;
}

// src/deps/registry.ts
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
var nodeRequire = createRequire(import.meta.url);
var http = nodeRequire("node:http");
var https = nodeRequire("node:https");
var DEFAULTS = { concurrency: 32, timeoutMs: 3e4, retries: 3 };
var MAX_DOCUMENT_BYTES = 32 << 20;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 5;
var RegistryClient = class {
  #config;
  #options;
  #keys = /* @__PURE__ */ new Map();
  #agents = {};
  #active = 0;
  #queue = [];
  requests = 0;
  constructor(config, options = {}) {
    this.#config = config;
    this.#options = { ...DEFAULTS, ...options };
  }
  /** The dist of name@version, or undefined when the registry has no such version. */
  async dist(name, version) {
    const url = `${registryFor(this.#config, name)}${encodeName(name)}/${encodeURIComponent(version)}`;
    const response = await this.#get(url, `${name}@${version}`);
    if (response === void 0) return void 0;
    const dist = response.dist;
    if (!dist || typeof dist !== "object") throw new ChainsealError("registry-invalid", `${withoutCredentials(url)} answered without a "dist" for ${name}@${version}; is it an npm registry?`);
    return dist;
  }
  /**
   * The signing keys of the registry `name` comes from, or undefined when it publishes none (a 404:
   * then signatures are counted as skipped, as npm does). Asked once per registry.
   */
  keysFor(name) {
    const registry = registryFor(this.#config, name);
    let keys = this.#keys.get(registry);
    if (!keys) {
      keys = this.#get(`${registry}-/npm/v1/keys`, "the signing keys").then((answer) => {
        if (answer === void 0) return void 0;
        const list = answer.keys;
        if (!Array.isArray(list)) throw new ChainsealError("registry-invalid", `${withoutCredentials(registry)}-/npm/v1/keys answered without a "keys" list`);
        return list;
      });
      this.#keys.set(registry, keys);
    }
    return keys;
  }
  /**
   * Downloads a tarball, hashing it as it streams (nothing is kept), and returns its base64 digest,
   * or undefined when the registry has no such file.
   */
  async tarballDigest(url, algorithm, what) {
    return this.#request(
      url,
      what,
      async (response) => {
        const hash = createHash(algorithm);
        await consume(response, (chunk) => hash.update(chunk));
        return hash.digest("base64");
      },
      true
    );
  }
  async #get(url, what) {
    return this.#request(url, what, async (response) => {
      const chunks = [];
      let size = 0;
      const deadline = setTimeout(() => response.destroy(timedOut()), this.#options.timeoutMs);
      try {
        await consume(response, (chunk) => {
          size += chunk.length;
          if (size <= MAX_DOCUMENT_BYTES) return void chunks.push(chunk);
          response.destroy(new ChainsealError("registry-invalid", `${withoutCredentials(url)} sent more than ${MAX_DOCUMENT_BYTES >> 20} MiB for ${what}, where a registry answers kilobytes; is it an npm registry?`));
        });
      } finally {
        clearTimeout(deadline);
      }
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        return JSON.parse(text);
      } catch {
        throw new ChainsealError("registry-invalid", `${withoutCredentials(url)} did not answer JSON for ${what}; is it an npm registry?`);
      }
    });
  }
  /**
   * One GET with the concurrency bound, auth, timeout and retries; 404 is undefined. With
   * `followRedirects` (tarballs: GitHub Packages sends them from blob storage), a few redirects
   * are followed, never from https to http. The token goes only where .npmrc names its host, so
   * another host gets none. Metadata is never redirected: it must come from the registry asked.
   */
  async #request(url, what, read, followRedirects = false) {
    await this.#acquire();
    try {
      let redirects = 0;
      for (let attempt = 0; ; attempt++) {
        const retry = (reason, after) => {
          if (attempt >= this.#options.retries)
            throw new ChainsealError("registry-unreachable", `could not get ${what} from ${withoutCredentials(url)}: ${reason}, after ${attempt + 1} attempts; check the registry URL and the network${this.#proxyNote(url)}`);
          return sleep(after ?? 200 * 2 ** attempt);
        };
        let response;
        try {
          this.requests++;
          const headers = { accept: "application/json" };
          const auth = authFor(this.#config, url);
          if (auth) headers.authorization = auth;
          response = await this.#get1(url, headers);
        } catch (error) {
          if (isCertificateError(error))
            throw new ChainsealError("registry-untrusted", `could not get ${what} from ${withoutCredentials(url)}: its TLS certificate is not trusted (${networkReason(error)}); if the registry's certificate comes from a private certificate authority, name it in .npmrc with cafile=PATH, or in NODE_EXTRA_CA_CERTS`);
          await retry(networkReason(error));
          continue;
        }
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (followRedirects && REDIRECTS.has(status) && location !== void 0) {
          response.resume();
          const next = new URL(location, url);
          const downgrade = next.protocol !== "https:" && !(next.protocol === "http:" && url.startsWith("http:"));
          if (redirects++ >= MAX_REDIRECTS || downgrade)
            throw new ChainsealError("registry-invalid", `${withoutCredentials(url)} redirected ${what} to ${withoutCredentials(next.href)}, which is not followed (${downgrade ? "https must not lead to http" : `more than ${MAX_REDIRECTS} redirects`})`);
          url = next.href;
          attempt--;
          continue;
        }
        if (status === 404) {
          response.resume();
          return void 0;
        }
        if (status === 429 || status >= 500) {
          response.resume();
          await retry(`HTTP ${status}`, retryAfter(response));
          continue;
        }
        if (status === 401 || status === 403) {
          response.resume();
          throw new ChainsealError("registry-auth", `${withoutCredentials(url)} refused ${what} (HTTP ${status}): set an auth token for this registry in .npmrc`);
        }
        if (status < 200 || status >= 300) {
          response.resume();
          throw new ChainsealError("registry-invalid", `${withoutCredentials(url)} answered HTTP ${status} for ${what}`);
        }
        try {
          return await read(response);
        } catch (error) {
          if (error instanceof ChainsealError) throw error;
          await retry(networkReason(error));
        }
      }
    } finally {
      this.#release();
    }
  }
  /**
   * node:http(s) with keep-alive agents rather than fetch: for hundreds of small documents its
   * per-request cost is a fraction of fetch's. The timeout is the socket's silence; documents also
   * have a deadline for the whole answer (#get).
   */
  #get1(url, headers) {
    return new Promise((resolve3, reject) => {
      const request = url.startsWith("https:") ? https.get(url, { headers, agent: this.#agents.https ??= new https.Agent(this.#agentOptions(true)), timeout: this.#options.timeoutMs }, resolve3) : http.get(url, { headers, agent: this.#agents.http ??= new http.Agent(this.#agentOptions(false)), timeout: this.#options.timeoutMs }, resolve3);
      request.on("timeout", () => request.destroy(timedOut()));
      request.on("error", reject);
    });
  }
  /**
   * Keep-alive, the concurrency bound, the authorities .npmrc names (https), and Node's own proxy
   * support: CONNECT tunnels for https, absolute URLs for http, NO_PROXY hosts direct. Only what
   * .npmrc and the environment said is passed, never the whole environment. Asked once per agent.
   */
  #agentOptions(secure) {
    const { proxy, ca } = this.#config;
    const proxied = proxy.https !== void 0 || proxy.http !== void 0;
    return {
      keepAlive: true,
      maxSockets: this.#options.concurrency,
      ...proxied && { proxyEnv: { HTTPS_PROXY: proxy.https, HTTP_PROXY: proxy.http, NO_PROXY: proxy.noProxy } },
      ...secure && ca && { ca }
    };
  }
  /** The proxy a request to url goes through unless noproxy lists its host, for messages. */
  #proxyNote(url) {
    const proxy = url.startsWith("https:") ? this.#config.proxy.https : this.#config.proxy.http;
    return proxy ? ` (and the proxy ${withoutCredentials(proxy)}, which .npmrc or the environment names)` : "";
  }
  /** Lets the keep-alive connections go, so the process can end. */
  close() {
    this.#agents.http?.destroy();
    this.#agents.https?.destroy();
  }
  async #acquire() {
    if (this.#active < this.#options.concurrency) {
      this.#active++;
      return;
    }
    await new Promise((resolve3) => this.#queue.push(resolve3));
  }
  #release() {
    const next = this.#queue.shift();
    if (next) next();
    else this.#active--;
  }
};
function encodeName(name) {
  return name.startsWith("@") ? "@" + encodeURIComponent(name.slice(1)) : encodeURIComponent(name);
}
function consume(response, take) {
  return new Promise((resolve3, reject) => {
    response.on("data", take);
    response.on("end", resolve3);
    response.on("error", reject);
    response.on("close", () => {
      if (!response.complete) reject(Object.assign(new Error("the connection closed mid-answer"), { code: "ECONNRESET" }));
    });
  });
}
function retryAfter(response) {
  const seconds = Number(response.headers["retry-after"]);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 10) * 1e3 : void 0;
}
function timedOut() {
  return Object.assign(new Error("timed out"), { name: "TimeoutError" });
}
function isCertificateError(error) {
  const code = error.code ?? "";
  return /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|HOSTNAME_MISMATCH/.test(code);
}
function networkReason(error) {
  const e = error;
  if (e.name === "TimeoutError") return "timed out";
  return e.code ?? e.message;
}
function sleep(ms) {
  return new Promise((resolve3) => setTimeout(resolve3, ms));
}

// src/commands/deps.ts
var PARSERS = {
  "npm-shrinkwrap.json": async () => (await import("./chunk-WT6WA5SV.js")).parseNpmLockfile,
  "package-lock.json": async () => (await import("./chunk-WT6WA5SV.js")).parseNpmLockfile,
  "yarn.lock": async () => (await import("./chunk-UZBXWDJX.js")).parseYarnLockfile,
  "pnpm-lock.yaml": async () => (await import("./chunk-7FXQ7BDU.js")).parsePnpmLockfile
};
var NPM_REGISTRY_ALIASES = { "registry.npmjs.org": ["registry.yarnpkg.com"], "registry.yarnpkg.com": ["registry.npmjs.org"] };
async function depsCommand(options) {
  const given = options.lockfiles.length ? options.lockfiles : discover(options.cwd);
  const findings = [];
  const stats = { lockfiles: given.length, packages: 0, checked: 0, verified: 0, tarballsVerified: 0, integrityUnverified: 0, signaturesVerified: 0, signaturesSkipped: 0, requests: 0 };
  const skipped = {};
  for (const path of given) {
    const absolute = resolve2(options.cwd, path);
    const parser = PARSERS[basename(absolute)];
    if (!parser) throw new ChainsealError("usage", `${path}: chainseal reads lockfiles named ${Object.keys(PARSERS).join(", ")}`);
    const text = readInputText(absolute, `lockfile ${path}`);
    const lockfile = (await parser())(text, path);
    const config = loadRegistryConfig(dirname2(absolute), options.env, options.registry);
    const allowedHosts = new Set([config.registry, ...config.scopes.values()].flatMap((url) => [new URL(url).host, ...NPM_REGISTRY_ALIASES[new URL(url).host] ?? []]));
    for (const host of options.allowHosts) allowedHosts.add(host);
    const client = new RegistryClient(config, options.concurrency !== void 0 ? { concurrency: options.concurrency } : {});
    const result = await checkLockfile(lockfile, client, { allowedHosts, tarballs: options.tarballs ?? false }).finally(() => client.close());
    findings.push(...result.findings);
    stats.packages += lockfile.packages.length;
    stats.checked += result.checked;
    stats.verified += result.verified;
    stats.integrityUnverified += result.integrityUnverified;
    stats.tarballsVerified += result.tarballsVerified;
    stats.signaturesVerified += result.signaturesVerified;
    stats.signaturesSkipped += result.signaturesSkipped;
    stats.requests += client.requests;
    for (const [kind, count] of Object.entries(result.skipped)) skipped[kind] = (skipped[kind] ?? 0) + count;
  }
  const skippedStats = Object.fromEntries(Object.entries(skipped).map(([kind, count]) => [`skipped${kind[0].toUpperCase()}${kind.slice(1)}`, count]));
  return buildReport("deps", findings, options.policy, { ...stats, ...skippedStats });
}
function discover(cwd) {
  const found = Object.keys(PARSERS).filter((name) => existsSync(join2(cwd, name)));
  const lockfiles = found.includes("npm-shrinkwrap.json") ? found.filter((name) => name !== "package-lock.json") : found;
  if (lockfiles.length === 0) throw new ChainsealError("usage", `no lockfile in ${cwd}: give one (${Object.keys(PARSERS).join(", ")}) or run where it is`);
  return lockfiles;
}

export {
  depsCommand
};
