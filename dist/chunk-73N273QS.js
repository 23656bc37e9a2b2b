import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  kindOf
} from "./chunk-XDBVDJOU.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/deps/npm-lockfile.ts
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
  const packages = data.packages && version !== 1 ? fromPackages(data.packages, path) : fromDependencies(data.dependencies ?? {}, "node_modules");
  return { path, format: `npm lockfile v${version}`, packages };
}
function fromPackages(entries, path) {
  const packages = [];
  for (const [location, entry] of Object.entries(entries)) {
    if (location === "") continue;
    if (!entry || typeof entry !== "object") throw new ChainsealError("lockfile-invalid", `${path}: packages[${JSON.stringify(location)}] is not an object`);
    const installedAs = nameFromLocation(location);
    const name = entry.name ?? installedAs ?? location;
    const pkg = { location, name, version: entry.version ?? "", kind: "registry" };
    if (entry.resolved !== void 0) pkg.resolved = entry.resolved;
    if (entry.integrity !== void 0) pkg.integrity = entry.integrity;
    if (installedAs && entry.name && entry.name !== installedAs) pkg.alias = installedAs;
    if (entry.dev || entry.devOptional) pkg.dev = true;
    if (entry.optional || entry.devOptional) pkg.optional = true;
    if (entry.link) pkg.kind = "link";
    else if (!installedAs) pkg.kind = "workspace";
    else if (entry.inBundle) pkg.kind = "bundled";
    else pkg.kind = kindOf(entry.resolved) ?? "registry";
    packages.push(pkg);
  }
  return packages;
}
function fromDependencies(entries, parent) {
  const packages = [];
  for (const [installedAs, entry] of Object.entries(entries)) {
    const location = `${parent}/${installedAs}`;
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version ?? "");
    const pkg = {
      location,
      name: alias ? alias[1] : installedAs,
      version: alias ? alias[2] : entry.version ?? "",
      kind: "registry"
    };
    if (alias) pkg.alias = installedAs;
    if (entry.resolved !== void 0) pkg.resolved = entry.resolved;
    if (entry.integrity !== void 0) pkg.integrity = entry.integrity;
    if (entry.dev) pkg.dev = true;
    if (entry.optional) pkg.optional = true;
    pkg.kind = entry.bundled ? "bundled" : kindOf(entry.version) ?? kindOf(entry.resolved) ?? "registry";
    packages.push(pkg, ...fromDependencies(entry.dependencies ?? {}, `${location}/node_modules`));
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
