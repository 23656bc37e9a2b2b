import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  require_dist
} from "./chunk-355TBZ3U.js";
import {
  entriesOf,
  entryOf,
  textFields
} from "./chunk-MP2BE5PZ.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/deps/pnpm-lockfile.ts
var import_yaml = __toESM(require_dist(), 1);
function parsePnpmLockfile(text, path) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { maxAliasCount: 1e3 });
  } catch (error) {
    throw new ChainsealError("lockfile-invalid", `${path} is not valid YAML (${error.message}); regenerate it with pnpm install`);
  }
  const declared = data?.lockfileVersion;
  const version = typeof declared === "number" && Number.isInteger(declared) ? `${declared}.0` : String(declared ?? "");
  if (!/^[69]\./.test(version))
    throw new ChainsealError("lockfile-invalid", `${path} has lockfileVersion ${JSON.stringify(declared ?? null)}; chainseal reads pnpm lockfile versions 6 and 9`);
  const packages = [];
  for (const [key, entry] of Object.entries(entriesOf(data.packages, path, "packages"))) {
    const where = `packages[${JSON.stringify(key)}]`;
    const [name, version2] = splitKey(key);
    const fields = textFields(entry, ["name", "version"], path, where);
    const pkg = { location: key, name: fields.name ?? name, version: fields.version ?? version2, kind: "registry" };
    const resolution = textFields(entryOf(entry.resolution ?? {}, path, `${where}.resolution`), ["integrity", "tarball", "directory", "type", "repo"], path, `${where}.resolution`);
    if (resolution.integrity !== void 0) pkg.integrity = resolution.integrity;
    if (resolution.tarball !== void 0) pkg.resolved = resolution.tarball;
    if (entry.dev) pkg.dev = true;
    if (entry.optional) pkg.optional = true;
    if (resolution.directory !== void 0) pkg.kind = "link";
    else if (resolution.type === "git" || resolution.repo !== void 0) pkg.kind = "git";
    else if (resolution.tarball?.startsWith("file:")) pkg.kind = "file";
    packages.push(pkg);
  }
  return { path, format: `pnpm lockfile v${version}`, packages };
}
function splitKey(key) {
  const bare = key.replace(/^\//, "").replace(/\(.*$/, "");
  const at = bare.lastIndexOf("@");
  return at <= 0 ? [bare, ""] : [bare.slice(0, at), bare.slice(at + 1)];
}
export {
  parsePnpmLockfile
};
