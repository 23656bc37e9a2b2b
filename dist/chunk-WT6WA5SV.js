import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  entriesOf,
  kindOf,
  textFields
} from "./chunk-MP2BE5PZ.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/deps/npm-lockfile.ts
var TEXT = ["name", "version", "resolved", "integrity"];
function parseNpmLockfile(text, path) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ChainsealError("lockfile-invalid", `${path} is not valid JSON (${error.message}); regenerate it with npm install`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new ChainsealError("lockfile-invalid", `${path} is not an npm lockfile: expected a JSON object with "lockfileVersion"`);
  const version = data.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3)
    throw new ChainsealError("lockfile-invalid", `${path} has lockfileVersion ${JSON.stringify(version)}; chainseal reads npm lockfile versions 1, 2 and 3`);
  if (version === 3 && data.packages === void 0) throw new ChainsealError("lockfile-invalid", `${path} is lockfileVersion 3 without "packages"; regenerate it with npm install`);
  const packages = version !== 1 && data.packages !== void 0 ? fromPackages(entriesOf(data.packages, path, "packages"), path) : fromDependencies(entriesOf(data.dependencies, path, "dependencies"), "node_modules", path);
  return { path, format: `npm lockfile v${version}`, packages };
}
function fromPackages(entries, path) {
  const packages = [];
  for (const [location, entry] of Object.entries(entries)) {
    if (location === "") continue;
    const fields = textFields(entry, TEXT, path, `packages[${JSON.stringify(location)}]`);
    const installedAs = nameFromLocation(location);
    const name = fields.name ?? installedAs ?? location;
    const pkg = { location, name, version: fields.version ?? "", kind: "registry" };
    if (fields.resolved !== void 0) pkg.resolved = fields.resolved;
    if (fields.integrity !== void 0) pkg.integrity = fields.integrity;
    if (installedAs && fields.name && fields.name !== installedAs) pkg.alias = installedAs;
    if (entry.dev || entry.devOptional) pkg.dev = true;
    if (entry.optional || entry.devOptional) pkg.optional = true;
    if (entry.link) pkg.kind = "link";
    else if (!installedAs) pkg.kind = "workspace";
    else if (entry.inBundle) pkg.kind = "bundled";
    else pkg.kind = kindOf(fields.resolved) ?? "registry";
    packages.push(pkg);
  }
  return packages;
}
function fromDependencies(entries, parent, path) {
  const packages = [];
  for (const [installedAs, entry] of Object.entries(entries)) {
    const location = `${parent}/${installedAs}`;
    const fields = textFields(entry, TEXT, path, `dependencies of ${location}`);
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(fields.version ?? "");
    const pkg = {
      location,
      name: alias ? alias[1] : installedAs,
      version: alias ? alias[2] : fields.version ?? "",
      kind: "registry"
    };
    if (alias) pkg.alias = installedAs;
    if (fields.resolved !== void 0) pkg.resolved = fields.resolved;
    if (fields.integrity !== void 0) pkg.integrity = fields.integrity;
    if (entry.dev) pkg.dev = true;
    if (entry.optional) pkg.optional = true;
    pkg.kind = entry.bundled ? "bundled" : kindOf(fields.version) ?? kindOf(fields.resolved) ?? "registry";
    packages.push(pkg, ...fromDependencies(entriesOf(entry.dependencies, path, `${location}.dependencies`), `${location}/node_modules`, path));
  }
  return packages;
}
function nameFromLocation(location) {
  const at = location.lastIndexOf("node_modules/");
  if (at === -1) return void 0;
  return location.slice(at + "node_modules/".length);
}
export {
  parseNpmLockfile
};
