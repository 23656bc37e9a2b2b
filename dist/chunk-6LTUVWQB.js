import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  rules_schema_default
} from "./chunk-CIXSTPR5.js";
import {
  readJsonDocument,
  validateWithSchema
} from "./chunk-IWQF2CKZ.js";
import {
  CHECK_FLAGS,
  convert,
  rebasePaths,
  setOption
} from "./chunk-S4YNLDET.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/chainseal/chainseal/schemas/config.schema.json",
  title: "chainseal configuration (.chainseal.json)",
  description: "What `chainseal check` and the GitHub Action run, under one policy. A section that is present (or true) runs; false or absent turns it off. Paths are relative to the directory holding this file. Every key is also a flag of `chainseal check` (see `chainseal check --help`); flags win.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "a string: the schema's location, for editors" },
    failOn: {
      enum: ["critical", "high", "medium", "low", "info", "none"],
      description: "one of critical, high, medium, low, info, none: the least severe finding that fails the check (default high)"
    },
    baseline: { type: "string", minLength: 1, description: "a path: a baseline file whose findings are accepted" },
    manifest: {
      type: ["boolean", "object"],
      description: "true, false or an object: hash the tree into a manifest (create) or compare it with one (verify)",
      additionalProperties: false,
      properties: {
        mode: { enum: ["create", "verify"], description: "create or verify (default verify: a missing manifest is an error, never a fresh start)" },
        file: { type: "string", minLength: 1, description: "a path: the manifest to write or read (default chainseal.manifest.json)" },
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of paths: what to hash (create; default .)" },
        artifacts: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of paths: downloaded files to check by name and digest instead of the tree (verify)" },
        root: { type: "string", minLength: 1, description: "a path: the directory manifest paths are relative to (default the config's directory)" },
        include: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of globs: only matching files are hashed" },
        exclude: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of globs: matching files are not hashed" },
        defaultExcludes: { type: "boolean", description: "true or false: leave out .git and node_modules (default true)" },
        gitignore: { type: "boolean", description: "true or false: honour .gitignore files (default false)" },
        algorithm: { enum: ["sha256", "sha512"], description: "sha256 or sha512 (create; default sha256)" }
      }
    },
    signature: {
      type: ["boolean", "object"],
      description: "true, false or an object: sign the manifest created (keyless unless key is set), or verify the signature of the one verified",
      additionalProperties: false,
      properties: {
        bundle: { type: "string", minLength: 1, description: "a path: the Sigstore bundle to write or read (default the manifest's path + .sigstore.json)" },
        key: { type: "string", minLength: 1, description: "a path: a PEM private key to sign with, or the public key to verify with" },
        certificateIdentity: { type: "string", minLength: 1, description: "a string: the exact certificate identity that must have signed (verify)" },
        certificateIdentityRegexp: { type: "string", minLength: 1, description: "a string: an RE2 pattern the certificate identity must match (verify)" },
        certificateOidcIssuer: { type: "string", minLength: 1, description: "a URL: the OIDC issuer of the signer's token (verify)" },
        trustedRoot: { type: "string", minLength: 1, description: "a path: a Sigstore trusted_root.json to verify against (default the public-good root shipped with chainseal)" },
        staging: { type: "boolean", description: "true or false: sign with Sigstore's staging services" },
        fulcioUrl: { type: "string", format: "uri", description: "a URL: the Fulcio to request a certificate from" },
        rekorUrl: { type: "string", format: "uri", description: "a URL: the Rekor to log the signature in" },
        tsaUrl: { type: "string", format: "uri", description: "a URL: a timestamp authority to countersign with" }
      }
    },
    deps: {
      type: ["boolean", "object"],
      description: "true, false or an object: verify lockfiles against the registry",
      additionalProperties: false,
      properties: {
        lockfiles: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of paths: lockfiles to check (default the ones in the config's directory)" },
        registry: { type: "string", format: "uri", description: "a URL: the registry to ask (default from .npmrc, else registry.npmjs.org)" },
        allowHosts: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of host names tarballs may also come from" },
        tarballs: { type: "boolean", description: "true or false: download each tarball and hash it too" },
        concurrency: { type: "integer", minimum: 1, maximum: 256, description: "a whole number from 1 to 256: requests at once" }
      }
    },
    scan: {
      type: ["boolean", "object"],
      description: "true, false or an object: scan for secrets, injection and unsafe workflows",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of paths: what to scan (default .)" },
        root: { type: "string", minLength: 1, description: "a path: the directory reported paths are relative to (default the config's directory)" },
        include: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of globs: only matching files are scanned" },
        exclude: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of globs: matching files are not scanned" },
        defaultExcludes: { type: "boolean", description: "true or false: leave out .git and node_modules (default true)" },
        gitignore: { type: "boolean", description: "true or false: honour .gitignore files (default false)" },
        rules: { type: "array", items: { type: "string", minLength: 1 }, description: "a list of paths: rules files (chainseal JSON or .gitleaks.toml)" },
        allowlist: { $ref: "rules.schema.json#/definitions/allowlist", description: "an object: paths not scanned and values not reported, as in a rules file (paths relative to root)" },
        maxFileSize: { type: "integer", minimum: 1, description: "a whole number of bytes: larger files are skipped and counted (default 5242880)" }
      }
    },
    watch: {
      type: "object",
      description: "an object: what chainseal watch does per path (its other options are its flags)",
      additionalProperties: false,
      properties: {
        rules: {
          type: "array",
          description: "a list of rules; the first whose paths match a changed path decides, and paths no rule matches follow --restore and --quarantine",
          items: {
            type: "object",
            required: ["paths", "action"],
            additionalProperties: false,
            properties: {
              paths: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "a list of globs of root-relative paths" },
              action: { enum: ["alert", "restore", "quarantine"], description: "alert, restore or quarantine: alert only; put the tree back (restore changed and deleted files, quarantine new ones); or quarantine new files" }
            }
          }
        }
      }
    }
  }
};

// src/config/check-config.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var SECTIONS = ["manifest", "signature", "deps", "scan"];
var CONFIG_FILE = ".chainseal.json";
var CONFIG_SCHEMA = config_schema_default;
function loadConfig(cwd, env, source) {
  if (source.noConfig) {
    if (source.config !== void 0) throw new ChainsealError("usage", "--config and --no-config contradict each other; give one");
    return { config: {}, baseDir: cwd };
  }
  const named = source.config ?? env.CHAINSEAL_CONFIG;
  const label = source.config !== void 0 ? `config ${source.config}` : named !== void 0 ? `config ${named} (from CHAINSEAL_CONFIG)` : void 0;
  const file = named !== void 0 ? resolve(cwd, named) : discoverConfig(cwd);
  if (file === void 0) return { config: {}, baseDir: cwd };
  const config = readJsonDocument(file, {
    label: label ?? `config ${file}`,
    schema: config_schema_default,
    references: [rules_schema_default],
    code: "config-invalid",
    fixUnreadable: source.config !== void 0 ? "check the --config path" : named !== void 0 ? "check CHAINSEAL_CONFIG or unset it" : "fix its permissions or run with --no-config",
    fixNotJson: `see ${config_schema_default.$id} for its format`
  });
  return { config, file, baseDir: dirname(file) };
}
function configFromFlags(values, cwd, baseDir) {
  const config = {};
  for (const spec of CHECK_FLAGS) {
    const raw = values[spec.flag];
    if (raw === void 0) continue;
    setOption(config, spec.key, convert(spec, raw));
  }
  for (const spec of CHECK_FLAGS) if (spec.kind === "false" && spec.key.length === 1 && values[spec.flag]) config[spec.key[0]] = false;
  const valid = validateConfig(config, "a flag", flagName);
  return rebasePaths(valid, cwd, baseDir);
}
function flagName(field) {
  const key = field.replace(/\[\d+\]$/, "").split(".");
  const spec = CHECK_FLAGS.find((s) => s.key.length === key.length && s.key.every((k, i) => k === key[i]) && s.kind !== "false");
  return spec ? `--${spec.flag}` : field;
}
function validateConfig(config, inputName, name) {
  return validateWithSchema(config_schema_default, config, inputName, "usage", name, [rules_schema_default]);
}
function discoverConfig(cwd) {
  const gitRoot = findGitRoot(cwd);
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (gitRoot === void 0 || dir === gitRoot || dirname(dir) === dir) return void 0;
  }
}
function findGitRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
      if (dirname(dir) === dir) return void 0;
    }
  }
}
function mergeConfig(file, over) {
  const merged = { ...file };
  if (over.failOn !== void 0) merged.failOn = over.failOn;
  if (over.baseline !== void 0) merged.baseline = over.baseline;
  for (const section of SECTIONS) {
    const top = over[section];
    if (top === void 0) continue;
    const base = file[section];
    if (top === false) merged[section] = false;
    else if (top === true) merged[section] = typeof base === "object" ? base : true;
    else merged[section] = { ...typeof base === "object" ? base : {}, ...top };
  }
  return merged;
}
function sectionOf(config, section) {
  const value = config[section];
  if (value === void 0 || value === false) return void 0;
  return value === true ? {} : value;
}

export {
  SECTIONS,
  CONFIG_FILE,
  CONFIG_SCHEMA,
  loadConfig,
  configFromFlags,
  validateConfig,
  mergeConfig,
  sectionOf
};
