import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  renderGithub
} from "./chunk-AABWAGWO.js";
import {
  EXPORT_FORMATS
} from "./chunk-A7PEBY3R.js";
import {
  renderText
} from "./chunk-JNS5VHXW.js";
import {
  bundleBeside,
  hasSignatureFlags
} from "./chunk-IJEYIB5L.js";
import {
  standardStreamAt,
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  DEFAULT_FAIL_ON,
  IncompleteRunError,
  TOOL,
  buildReport,
  errorReport,
  exitCodeFor,
  parseFailOn
} from "./chunk-XCZ3W7XS.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-BHXCY7IC.js";
import {
  ALGORITHMS
} from "./chunk-DUQ2JHVY.js";
import {
  byteSize,
  checkFlagOptions
} from "./chunk-S4YNLDET.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/cli/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/cli/main.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/findings/reporters/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/cli/help.ts
var MAIN_HELP = `${TOOL.name} ${TOOL.version} \u2014 guards a software supply chain

Usage: chainseal <command> [options]

Commands:
  check                run the checks .chainseal.json configures (manifest, signature, deps, scan) as one
  manifest <path>...   hash files, symlinks and archive members into a manifest
  verify <manifest>    compare a tree or downloaded artifacts with a manifest (and its signature)
  sign <manifest>      sign a manifest into a Sigstore bundle (keyless, or with --key)
  watch <manifest>     monitor a tree against its manifest in real time: alert, restore, quarantine
  log verify|summary FILE   check a watch's hash-chained event log, or count its events
  keygen --output DIR  write a signing key pair: DIR/chainseal.key and DIR/chainseal.pub
  deps [lockfile...]   check a lockfile against the registry before installing
  scan [path...]       find leaked secrets, code injection and unsafe GitHub Actions workflows
  sigstore sign-bundle|verify-bundle   the sigstore-conformance client protocol

Options for every command:
  --format FORMAT      text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --report FILE        write the report to FILE instead of stdout
  --baseline FILE      accept the findings FILE lists: only new ones are reported and fail
  --write-baseline FILE  record this run's findings as accepted (then nothing fails for them)
  --fail-on SEVERITY   critical|high|medium|low|info|none: the least severe finding that fails (default high)
  --color auto|always|never   colour the text report (honours NO_COLOR and FORCE_COLOR)
  -h, --help           help for a command
  --version            print the version

Exit codes: 0 pass, 1 findings at or above --fail-on (any integrity mismatch), 2 usage or operational error.
`;
var COMMAND_HELP = {
  check: `Usage: chainseal check [options]

Runs every configured check in one pass, under one policy, as one report: the manifest (create, or
verify), its signature (sign, or verify), the lockfiles against the registry, and the scan. The
configuration is .chainseal.json (schemas/config.schema.json; add "$schema" for editor completion);
every key but scan.allowlist (on the command line, a rules file) is also a flag below, and flags
win. Paths in the file are relative to its directory.

  --config FILE             the configuration (else CHAINSEAL_CONFIG, else the nearest .chainseal.json
                            up to the git root)
  --no-config               ignore configuration files: only the flags count

Manifest (config "manifest"):
  --manifest FILE           the manifest to verify or create (default chainseal.manifest.json)
  --mode create|verify      default verify: a missing manifest is an error, never a fresh start
  --path PATH               what to hash when creating (repeatable; default ".")
  --artifact FILE           verify these downloaded files by name and digest instead of the tree
  --root DIR, --include GLOB, --exclude GLOB, --no-default-excludes, --gitignore, --algorithm ALG
                            as for chainseal manifest
  --no-manifest             skip the manifest section of the configuration

Signature (config "signature"; needs the manifest):
  --sign                    create: sign the manifest (keyless, or with --key); verify: check its bundle
  --bundle FILE             the bundle to write or read (default <manifest>.sigstore.json)
  --key FILE                the private key to sign with, or the public key to verify with
  --certificate-identity ID, --certificate-identity-regexp RE, --certificate-oidc-issuer URL
                            who must have signed (verify)
  --trusted-root FILE       a Sigstore trusted_root.json (default the public-good root shipped)
  --identity-token TOKEN, --staging, --fulcio-url URL, --rekor-url URL, --tsa-url URL
                            as for chainseal sign
  --no-signature            skip the signature section of the configuration

Dependencies (config "deps"):
  --deps / --no-deps        run or skip the lockfile check
  --lockfile FILE           a lockfile to check (repeatable; default those in the config's directory)
  --registry URL, --allow-host HOST, --tarballs, --concurrency N
                            as for chainseal deps

Scan (config "scan"):
  --scan / --no-scan        run or skip the scan
  --scan-path PATH          what to scan (repeatable; default ".")
  --scan-root DIR, --scan-include GLOB, --scan-exclude GLOB, --no-scan-default-excludes,
  --scan-gitignore          as --root, --include \u2026 are for chainseal scan
  --rules FILE              a rules file, chainseal JSON or .gitleaks.toml (repeatable)
  --max-file-size SIZE      skip larger files, counting them (default 5m)

Example .chainseal.json:
  {
    "$schema": "./node_modules/chainseal/schemas/config.schema.json",
    "failOn": "high",
    "manifest": { "mode": "create", "paths": ["dist"] },
    "signature": true,
    "deps": { "lockfiles": ["package-lock.json"] },
    "scan": { "exclude": ["dist/**"] }
  }
`,
  manifest: `Usage: chainseal manifest <path>... --output FILE [options]

Hashes the files, symlinks and special files under each path (default ".") into a JSON manifest,
including the members of .tar, .tgz and .tar.gz archives, and prints the tree digest.

  -o, --output FILE         where to write the manifest (required; written atomically); - for
                            stdout, and the report then goes to stderr
  --root DIR                base of every manifest path; paths must lie inside it (default ".")
  --include GLOB            record only files matching GLOB (repeatable)
  --exclude GLOB            leave out paths matching GLOB (repeatable)
  --no-default-excludes     also walk .git and node_modules
  --gitignore               honour .gitignore files
  --algorithm sha256|sha512 digest algorithm (default sha256)
  --export FORMAT[=FILE]    also write sha256sum, sha512sum or mtree (default FILE: <output>.<format>)
  --store DIR               keep a copy of each file by digest in DIR, for chainseal watch --restore
  --update MANIFEST PATH... re-baseline: hash PATHs again and replace what MANIFEST lists under them
                            (an authorized change; deleted paths leave it, new files join it)
  --report, --format, --fail-on, --color  as for every command

Set SOURCE_DATE_EPOCH for byte-identical manifests of the same tree.
`,
  watch: `Usage: chainseal watch <manifest> [options]

Monitors the tree under --root against the manifest in real time, until SIGINT or SIGTERM. Every
filesystem event is a hint: the path is stat'ed and hashed again and compared with the manifest.
A scan at start reports what changed while nobody watched; --interval rescans everything.
Events (created, modified, deleted, renamed, mode-changed, type-changed, retargeted) go to a
hash-chained JSON-lines log: --log FILE, else stderr. Check it with chainseal log verify.

  --root DIR                base of the manifest's paths (default ".")
  --interval DURATION       full rescan this often, 0 for never (default 1h)
  --debounce DURATION       quiet time before a batch of events is checked (default 100ms)
  --log FILE                append the event log here (mode 0600), continuing its chain
  --restore --store DIR     put back changed and deleted files from the store chainseal manifest
                            --store filled (digest checked; what was there kept in DIR/evidence)
  --quarantine DIR          move files the manifest does not list into DIR, with their metadata
  --config FILE, --no-config
                            per-path rules in .chainseal.json's "watch" section, before the two above:
                            {"watch": {"rules": [{"paths": ["uploads/**"], "action": "alert"},
                                                 {"paths": ["www/**"], "action": "restore"}]}}
                            (alert only; restore: put the tree back; quarantine: move new files)
Alerts (one at the first change, then one per window however many changes):
  --webhook URL             POST the alert as JSON (repeatable; or CHAINSEAL_WEBHOOK_URL)
  --slack-webhook URL       POST a Slack-compatible payload (repeatable)
  --smtp-url URL --mail-to ADDRESS [--mail-from ADDRESS]
                            mail it (smtp:// or smtps://; the URL may come from CHAINSEAL_SMTP_URL)
  --sms-to NUMBER --sms-from NUMBER [--sms-api URL]
                            text it through Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
  --alert-warning N         changes in a window that make a warning (default 1)
  --alert-critical N        changes in a window that make it critical (default 50)
  --alert-window DURATION   after an alert, gather changes this long into the next (default 60s)
`,
  log: `Usage: chainseal log verify FILE [--head HASH]
       chainseal log summary FILE [--head HASH] [--since 7d]

verify: checks every record of a watch's event log and the hash chain between them; an edited,
deleted, inserted or reordered line is a critical finding (exit 1), and so is an empty log.
summary: the same, and counts the events by kind and by path (--since 7d, 12h, 30m or a date).

  --head HASH               a head this log printed before, kept where the watched machine cannot
                            write: records cut from the end of the log leave a valid shorter chain,
                            so the check fails unless that record is still in it
`,
  deps: `Usage: chainseal deps [LOCKFILE...] [options]

Proves from the lockfile alone that each registry package is the one the registry publishes: the
integrity it was locked with is the registry's for that name and version, it resolves over https to
a configured registry, and its URL names that very package. Links, workspaces, file: and git
dependencies and bundled packages are counted as skipped. Reads package-lock.json,
npm-shrinkwrap.json, yarn.lock and pnpm-lock.yaml, found in the working directory when none is given.

  --registry URL            the registry to ask (default: .npmrc's, else https://registry.npmjs.org/)
  --allow-host HOST         also accept tarballs from HOST (repeatable)
  --concurrency N           requests at once (default 32)
  --tarballs                also download each tarball and compare its digest with the lockfile
  --report, --format, --fail-on, --color  as for every command

An unreachable registry, a refused token or an answer that is not JSON is an error (exit 2), never a pass.
`,
  scan: `Usage: chainseal scan [PATH...] [options]

Scans the text files under each path (default ".") with the built-in rules: secrets (provider
tokens, private keys, JWTs, credentials in URLs, high-entropy password/token assignments), code
injection (SQL, shell, eval, DOM, deserialisation) and GitHub Actions workflows (untrusted contexts
in scripts, pull_request_target checkouts, unpinned third-party actions). Binary files and files
over --max-file-size are skipped and counted. Secrets are redacted in every format.

  --root DIR                base of reported paths; paths must lie inside it (default ".")
  --include GLOB            scan only files matching GLOB (repeatable)
  --exclude GLOB            leave out paths matching GLOB (repeatable)
  --no-default-excludes     also walk .git and node_modules
  --gitignore               honour .gitignore files
  --rules FILE              add, disable or override rules: chainseal JSON (schemas/rules.schema.json)
                            or a gitleaks .gitleaks.toml (repeatable)
  --max-file-size BYTES     skip larger files (default 5242880; suffixes k, m allowed)
  --threads N               worker threads (default: the cores available)
  --list-rules              print the rules (id, severity, description) and exit
  --report, --format, --fail-on, --baseline, --write-baseline, --color  as for every command

Suppress one finding in place with a comment on its line or the line above:
  chainseal-ignore: <rule-id> <reason>     (gitleaks:allow is honoured too)
`,
  verify: `Usage: chainseal verify <manifest> [options]

Compares the tree under --root with the manifest, or, with --artifact, downloaded files by name
and digest. Each difference is a finding: modified, added, deleted, mode-changed, type-changed,
symlink-retargeted, and changes inside archives. A manifest of - is read from stdin
(curl -sL URL | chainseal verify - --bundle B --key K).

  --root DIR                the tree to check (default ".")
  --artifact FILE           check FILE against the manifest entry of the same name (repeatable)
  -o, --output FILE         the same as --report: write the report to FILE instead of stdout
  --report, --format, --fail-on, --color  as for every command

Signature (checked first; a failure stops verify before the tree is compared):
  --bundle FILE             the Sigstore bundle (default <manifest>.sigstore.json when a signer is
                            named; required with a manifest from stdin)
  --key PUB.pem             signed with this key (chainseal keygen, cosign generate-key-pair), or
  --certificate-identity ID | --certificate-identity-regexp RE   signed keyless by this identity
  --certificate-oidc-issuer URL   whose token came from this issuer
                            (GitHub Actions: https://token.actions.githubusercontent.com)
  --trusted-root FILE       a Sigstore trusted_root.json (default: the public-good root shipped
                            with chainseal, so no network is needed)
  --tuf-refresh             update the public-good root through TUF first (network)

The report prints the equivalent cosign verify-blob-attestation command.
`,
  sign: `Usage: chainseal sign <manifest> [--key FILE] [--output FILE]

Signs the manifest's exact bytes as an in-toto Statement v1 (predicate type
https://chainseal.dev/attestation/manifest/v1; subjects: the manifest and up to 1,024 of the files it
lists) in a DSSE envelope, written as a Sigstore bundle v0.3.

  -o, --output FILE         where to write the bundle (default <manifest>.sigstore.json); - for
                            stdout, and the report then goes to stderr
  --key FILE                sign with this PEM private key (ECDSA P-256 or Ed25519); no network
Keyless (the default): a Fulcio certificate for the OIDC identity and a Rekor entry.
  --identity-token JWT      the OIDC token (default: GitHub Actions' token, which needs
                            permissions: id-token: write, or SIGSTORE_ID_TOKEN)
  --staging                 use Sigstore's staging services
  --fulcio-url URL, --rekor-url URL   other Fulcio and Rekor instances
  --tsa-url URL             also get an RFC 3161 timestamp from this authority
  --report, --format, --fail-on, --color  as for every command
`,
  keygen: `Usage: chainseal keygen --output DIR

Writes a new ECDSA P-256 key pair: DIR/chainseal.key (unencrypted PKCS#8 PEM, mode 0600) and
DIR/chainseal.pub. An existing key is never overwritten. Keep the private key in a secret store.
`,
  sigstore: `Usage: chainseal sigstore sign-bundle [--staging] [--in-toto] --identity-token T --bundle F FILE
       chainseal sigstore verify-bundle --bundle F (--certificate-identity I --certificate-oidc-issuer U | --key K)
                                        [--trusted-root R] FILE_OR_sha256:DIGEST

The sigstore-conformance client protocol. sign-bundle signs FILE as a message signature, or with
--in-toto the in-toto statement in FILE as DSSE (--signing-config picks the services). verify-bundle
verifies offline; exit 0 on success, 1 when verification fails, 2 on bad input.
`
};

// src/cli/progress.ts
var DELAY_MS = 500;
var INTERVAL_MS = 100;
function progressBar(write, now = Date.now) {
  const started = now();
  let last = 0;
  let shown = false;
  const update = (p) => {
    const t = now();
    if (t - started < DELAY_MS || t - last < INTERVAL_MS) return;
    last = t;
    shown = true;
    const ratio = p.totalFiles ? p.files / p.totalFiles : 0;
    const width = 24;
    const filled = Math.round(ratio * width);
    const bar = "#".repeat(filled) + ".".repeat(width - filled);
    write(`\r\x1B[K${p.phase === "walk" ? "walking" : "hashing"} [${bar}] ${p.files.toLocaleString("en")}/${p.totalFiles.toLocaleString("en")} files, ${formatBytes(p.bytes)}`);
  };
  const done = () => {
    if (shown) write("\r\x1B[K");
  };
  return { update, done };
}
function formatBytes(bytes) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

// src/cli/main.ts
var COMMON_OPTIONS = {
  format: { type: "string" },
  report: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "fail-on": { type: "string" },
  color: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var SIGNATURE_OPTIONS = {
  key: { type: "string" },
  "certificate-identity": { type: "string" },
  "certificate-identity-regexp": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  "trusted-root": { type: "string" },
  "tuf-refresh": { type: "boolean" }
};
var COMMANDS = {
  check: {
    options: {
      config: { type: "string" },
      "no-config": { type: "boolean" },
      "identity-token": { type: "string" },
      ...checkFlagOptions()
    },
    async configure(values, io) {
      const { configFromFlags, loadConfig, mergeConfig } = await import("./chunk-YGEGHG2P.js");
      const loaded = loadConfig(io.cwd, io.env, configSource(values));
      return { config: mergeConfig(loaded.config, configFromFlags(values, io.cwd, loaded.baseDir)), baseDir: loaded.baseDir };
    },
    async execute(values, positionals, { io, policy, configured, onProgress }) {
      if (positionals.length) throw usage(`check takes no arguments (got ${positionals.join(" ")}); name paths with --path or --scan-path`);
      const { checkCommand } = await import("./chunk-Q3FJ263A.js");
      const { report } = await checkCommand({
        cwd: configured.baseDir,
        env: io.env,
        config: configured.config,
        policy,
        ...strings(values, { identityToken: "identity-token" }),
        ...onProgress && { onProgress }
      });
      return report;
    }
  },
  manifest: {
    options: {
      output: { type: "string", short: "o" },
      root: { type: "string" },
      include: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "no-default-excludes": { type: "boolean" },
      gitignore: { type: "boolean" },
      algorithm: { type: "string" },
      export: { type: "string", multiple: true },
      store: { type: "string" },
      update: { type: "string" }
    },
    writes: (values) => [
      { flag: `--output ${values.output}`, file: outputPath(values.output) },
      ...(values.export ?? []).map((e) => ({ flag: `--export ${e}`, file: parseExport(e).file }))
    ],
    async execute(values, positionals, { io, policy, onProgress }) {
      const update = values.update;
      if (update !== void 0) {
        if (values.output !== void 0 || values.export !== void 0) throw usage("--update rewrites the manifest it names; --output and --export do not apply");
        const { updateManifestCommand } = await import("./chunk-GSTWZJRL.js");
        const { report: report2 } = await updateManifestCommand({
          cwd: io.cwd,
          env: io.env,
          manifest: update,
          paths: positionals,
          ...strings(values, { root: "root", store: "store" }),
          policy
        });
        return report2;
      }
      const output = outputPath(values.output);
      if (!output) throw usage("manifest needs --output FILE: where to write the manifest (- for stdout)");
      const exports = (values.export ?? []).map(parseExport);
      const unnamed = exports.find((e) => e.file === void 0);
      if (output === STDOUT && unnamed) throw usage(`--export ${unnamed.format} needs a file name when the manifest goes to stdout: --export ${unnamed.format}=FILE`);
      const algorithm = oneOf("--algorithm", values.algorithm ?? "sha256", ALGORITHMS);
      const { manifestCommand } = await import("./chunk-GSTWZJRL.js");
      const { report } = await manifestCommand({
        cwd: io.cwd,
        env: io.env,
        paths: positionals,
        output,
        ...values.root !== void 0 && { root: values.root },
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        defaultExcludes: !values["no-default-excludes"],
        gitignore: Boolean(values.gitignore),
        algorithm,
        exports,
        ...strings(values, { store: "store" }),
        policy,
        ...onProgress && { onProgress }
      });
      return report;
    }
  },
  deps: {
    options: {
      registry: { type: "string" },
      "allow-host": { type: "string", multiple: true },
      concurrency: { type: "string" },
      tarballs: { type: "boolean" }
    },
    async execute(values, positionals, { io, policy }) {
      const concurrency = values.concurrency === void 0 ? void 0 : wholeNumber("--concurrency", values.concurrency, 1, 256);
      const { depsCommand } = await import("./chunk-VGIUTPV5.js");
      return depsCommand({
        cwd: io.cwd,
        env: io.env,
        lockfiles: positionals,
        ...values.registry !== void 0 && { registry: values.registry },
        allowHosts: values["allow-host"] ?? [],
        ...concurrency !== void 0 && { concurrency },
        tarballs: Boolean(values.tarballs),
        policy
      });
    }
  },
  scan: {
    options: {
      root: { type: "string" },
      include: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "no-default-excludes": { type: "boolean" },
      gitignore: { type: "boolean" },
      rules: { type: "string", multiple: true },
      "max-file-size": { type: "string" },
      threads: { type: "string" },
      "list-rules": { type: "boolean" }
    },
    async execute(values, positionals, { io, policy }) {
      const threads = values.threads === void 0 ? void 0 : wholeNumber("--threads", values.threads, 1, 64);
      const { scanCommand } = await import("./chunk-FOPAFJ44.js");
      return scanCommand({
        cwd: io.cwd,
        paths: positionals,
        ...values.root !== void 0 && { root: values.root },
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        defaultExcludes: !values["no-default-excludes"],
        gitignore: Boolean(values.gitignore),
        rules: values.rules ?? [],
        ...values["max-file-size"] !== void 0 && { maxFileSize: byteSize("max-file-size", values["max-file-size"]) },
        policy,
        ...threads !== void 0 && { threads }
      });
    }
  },
  verify: {
    reportAlias: "output",
    options: {
      root: { type: "string" },
      artifact: { type: "string", multiple: true },
      output: { type: "string", short: "o" },
      bundle: { type: "string" },
      ...SIGNATURE_OPTIONS
    },
    async execute(values, positionals, { io, policy, onProgress }) {
      if (positionals.length !== 1) throw usage(`verify takes exactly one manifest (got ${positionals.length})`);
      const manifest = positionals[0];
      const flags = signatureFlags(values);
      const bundle = values.bundle;
      if (manifest === "-" && bundle === void 0 && hasSignatureFlags(flags)) throw usage("verify - reads the manifest from stdin, which has no bundle beside it: name it with --bundle");
      const { verifyCommand } = await import("./chunk-JB5HB22U.js");
      return verifyCommand({
        cwd: io.cwd,
        env: io.env,
        manifest,
        // Naming a signer without a bundle means the bundle sign wrote beside the manifest.
        ...(bundle !== void 0 || hasSignatureFlags(flags)) && { signature: { bundle: bundle ?? bundleBeside(manifest), flags } },
        ...values.root !== void 0 && { root: values.root },
        artifacts: values.artifact ?? [],
        policy,
        ...onProgress && { onProgress }
      });
    }
  },
  sign: {
    options: {
      output: { type: "string", short: "o" },
      key: { type: "string" },
      "identity-token": { type: "string" },
      staging: { type: "boolean" },
      "fulcio-url": { type: "string" },
      "rekor-url": { type: "string" },
      "tsa-url": { type: "string" }
    },
    writes: (values) => [{ flag: `--output ${values.output}`, file: outputPath(values.output) }],
    async execute(values, positionals, { io, policy }) {
      if (positionals.length !== 1) throw usage(`sign takes exactly one manifest (got ${positionals.length})`);
      const { signCommand } = await import("./chunk-V6VE4FJJ.js");
      const { report } = await signCommand({
        cwd: io.cwd,
        env: io.env,
        manifest: positionals[0],
        policy,
        ...strings(values, { key: "key", identityToken: "identity-token", fulcioURL: "fulcio-url", rekorURL: "rekor-url", tsaURL: "tsa-url" }),
        ...values.output !== void 0 && { output: outputPath(values.output) },
        staging: Boolean(values.staging)
      });
      return report;
    }
  },
  watch: {
    options: {
      root: { type: "string" },
      interval: { type: "string" },
      debounce: { type: "string" },
      restore: { type: "boolean" },
      store: { type: "string" },
      quarantine: { type: "string" },
      log: { type: "string" },
      webhook: { type: "string", multiple: true },
      "slack-webhook": { type: "string", multiple: true },
      "smtp-url": { type: "string" },
      "mail-from": { type: "string" },
      "mail-to": { type: "string", multiple: true },
      "sms-to": { type: "string", multiple: true },
      "sms-from": { type: "string" },
      "sms-api": { type: "string" },
      "alert-warning": { type: "string" },
      "alert-critical": { type: "string" },
      "alert-window": { type: "string" },
      config: { type: "string" },
      "no-config": { type: "boolean" }
    },
    async execute(values, positionals, { io, policy }) {
      if (positionals.length !== 1) throw usage(`watch takes exactly one manifest (got ${positionals.length})`);
      const [{ watchCommand }, { loadConfig }] = await Promise.all([import("./chunk-JRUNAGWB.js"), import("./chunk-YGEGHG2P.js")]);
      const { config } = loadConfig(io.cwd, io.env, configSource(values));
      const smtpUrl = values["smtp-url"] ?? io.env.CHAINSEAL_SMTP_URL;
      const mailTo = values["mail-to"] ?? [];
      const smsTo = values["sms-to"] ?? [];
      if (mailTo.length && !smtpUrl) throw usage("--mail-to needs --smtp-url smtp://[user:password@]host[:port] (or CHAINSEAL_SMTP_URL)");
      if (smsTo.length && values["sms-from"] === void 0) throw usage("--sms-to needs --sms-from: the sending number");
      const webhooks = [
        ...(values.webhook ?? []).map((url) => ({ url, format: "json" })),
        ...(values["slack-webhook"] ?? []).map((url) => ({ url, format: "slack" })),
        ...io.env.CHAINSEAL_WEBHOOK_URL ? [{ url: io.env.CHAINSEAL_WEBHOOK_URL, format: "json" }] : []
      ];
      return watchCommand({
        cwd: io.cwd,
        env: io.env,
        manifest: positionals[0],
        ...strings(values, { root: "root", store: "store", quarantine: "quarantine", log: "log" }),
        intervalMs: duration("--interval", values.interval ?? "1h"),
        debounceMs: duration("--debounce", values.debounce ?? "100ms"),
        restore: Boolean(values.restore),
        ...config.watch?.rules && { rules: config.watch.rules },
        webhooks,
        ...mailTo.length && { email: { smtpUrl, from: values["mail-from"] ?? "chainseal@localhost", to: mailTo } },
        ...smsTo.length && { sms: { api: values["sms-api"] ?? "https://api.twilio.com", from: values["sms-from"], to: smsTo } },
        alertPolicy: {
          ...values["alert-warning"] !== void 0 && { warning: wholeNumber("--alert-warning", values["alert-warning"], 1, 1e9) },
          ...values["alert-critical"] !== void 0 && { critical: wholeNumber("--alert-critical", values["alert-critical"], 1, 1e9) },
          ...values["alert-window"] !== void 0 && { windowMs: duration("--alert-window", values["alert-window"]) }
        },
        policy,
        signal: io.signal ?? new AbortController().signal,
        ...io.log && { echo: io.log }
      });
    }
  },
  log: {
    options: { since: { type: "string" }, head: { type: "string" } },
    async execute(values, positionals, { io, policy }) {
      const [action, file, ...extra] = positionals;
      if (action !== "verify" && action !== "summary" || file === void 0 || extra.length) throw usage("usage: chainseal log verify|summary FILE [--head HASH] [--since 7d]");
      const { logCommand } = await import("./chunk-UI2I6MLB.js");
      const since = values.since;
      if (since !== void 0 && action === "verify") throw usage("--since applies to log summary");
      const head = values.head;
      if (head !== void 0 && !/^[0-9a-f]{64}$/.test(head)) throw usage(`--head must be a record's hash, 64 hex digits as log verify prints it (got "${head}")`);
      return logCommand(action, { cwd: io.cwd, file, ...since !== void 0 && { since: sinceDate(since) }, ...head !== void 0 && { head }, policy });
    }
  },
  keygen: {
    options: { output: { type: "string", short: "o" } },
    async execute(values, positionals, { io, policy }) {
      if (positionals.length) throw usage(`keygen takes no arguments; name the directory with --output DIR`);
      const output = values.output;
      if (!output) throw usage("keygen needs --output DIR: where to write chainseal.key and chainseal.pub");
      const { keygenCommand } = await import("./chunk-FR6SN6CX.js");
      return keygenCommand({ cwd: io.cwd, output, policy });
    }
  },
  sigstore: {
    options: {
      bundle: { type: "string" },
      "identity-token": { type: "string" },
      staging: { type: "boolean" },
      "in-toto": { type: "boolean" },
      "signing-config": { type: "string" },
      ...SIGNATURE_OPTIONS
    },
    async execute(values, positionals, { io, policy }) {
      const [sub, file, ...extra] = positionals;
      if (sub !== "sign-bundle" && sub !== "verify-bundle" || file === void 0 || extra.length)
        throw usage("usage: chainseal sigstore sign-bundle|verify-bundle [flags] FILE (see chainseal sigstore --help)");
      const bundle = values.bundle;
      if (!bundle) throw usage(`sigstore ${sub} needs --bundle FILE`);
      const staging = Boolean(values.staging);
      const { signBundleCommand, verifyBundleCommand } = await import("./chunk-M7UCHFGW.js");
      if (sub === "verify-bundle") return verifyBundleCommand({ cwd: io.cwd, env: io.env, artifact: file, bundle, flags: signatureFlags(values), staging, policy });
      const identityToken = values["identity-token"];
      if (!identityToken) throw usage("sigstore sign-bundle needs --identity-token TOKEN");
      return signBundleCommand({
        cwd: io.cwd,
        env: io.env,
        file,
        bundle,
        identityToken,
        staging,
        inToto: Boolean(values["in-toto"]),
        ...strings(values, { signingConfig: "signing-config" }),
        policy
      });
    }
  }
};
async function run(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help") return { exitStatus: 0, stdout: MAIN_HELP, stderr: "" };
  if (name === "help") {
    const topic = rest[0];
    return topic && COMMAND_HELP[topic] ? { exitStatus: 0, stdout: COMMAND_HELP[topic], stderr: "" } : { exitStatus: 0, stdout: MAIN_HELP, stderr: "" };
  }
  if (name === "--version" || name === "-V") return { exitStatus: 0, stdout: `${TOOL.version}
`, stderr: "" };
  const spec = COMMANDS[name];
  if (!spec) return usageFailure(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (see chainseal --help)`);
  let format = "text";
  let policy = { failOn: DEFAULT_FAIL_ON };
  let baseline;
  let destination;
  let streamed = [];
  try {
    const { values, positionals } = parseCommandArgs(name, spec, rest);
    if (values.help) return { exitStatus: 0, stdout: COMMAND_HELP[name], stderr: "" };
    if (values["list-rules"]) return { exitStatus: 0, stdout: (await import("./chunk-FOPAFJ44.js")).listScanRules(io.cwd, values.rules ?? []), stderr: "" };
    format = oneOf("--format", values.format ?? "text", ["text", "json", "sarif", "github"]);
    const configured = await spec.configure?.(values, io);
    policy = { failOn: configured ? configured.config.failOn ?? DEFAULT_FAIL_ON : parseFailOn(values["fail-on"] ?? DEFAULT_FAIL_ON) };
    const baselineName = configured ? configured.config.baseline : values.baseline;
    baseline = baselineName === void 0 ? void 0 : (await import("./chunk-XDLNIJI3.js")).readBaseline(resolve(configured?.baseDir ?? io.cwd, baselineName), baselineName);
    const baselineOut = values["write-baseline"];
    const color = useColor(values.color ?? "auto", io);
    destination = reportDestination(values, spec);
    streamed = (spec.writes?.(values) ?? []).filter(({ file }) => file !== void 0 && standardStreamAt(resolve(io.cwd, file)) === 1).map(({ flag }) => flag);
    const reportToStdout = destination !== void 0 && standardStreamAt(resolve(io.cwd, destination)) === 1;
    const onStdout = reportToStdout ? [...streamed, `--report ${destination}`] : streamed;
    if (onStdout.length > 1) throw usage(`${onStdout.join(" and ")} each write to stdout; send all but one to files`);
    const bar = io.progress ? progressBar(io.progress) : void 0;
    let report;
    try {
      report = await spec.execute(values, positionals, { io, policy, ...configured && { configured }, ...bar && { onProgress: bar.update } });
    } finally {
      bar?.done();
    }
    if (baselineOut !== void 0) (await import("./chunk-XDLNIJI3.js")).writeBaseline(resolve(io.cwd, baselineOut), report.findings);
    const accepted = baselineOut !== void 0 ? new Set(report.findings.map((f) => f.fingerprint)) : baseline;
    if (accepted) report = buildReport(report.command, report.findings, { ...policy, baseline: accepted }, report.stats);
    const rendered = await render(report, format, color && !destination && !streamed.length);
    if (streamed.length && !destination) return { exitStatus: exitCodeFor(report.status), stdout: "", stderr: rendered };
    if (destination) {
      writeFileAtomic(resolve(io.cwd, destination), [rendered]);
      return { exitStatus: exitCodeFor(report.status), stdout: "", stderr: renderText({ ...report, findings: [] }, { color: false }) };
    }
    return { exitStatus: exitCodeFor(report.status), stdout: rendered, stderr: "" };
  } catch (error) {
    if (!(error instanceof ChainsealError)) throw error;
    const stderr = `chainseal ${name}: error: ${error.message}
`;
    if (!(error instanceof IncompleteRunError)) {
      const json = format === "json" ? renderJson(errorReport(name, error, policy)) : "";
      return streamed.length ? { exitStatus: 2, stdout: "", stderr: stderr + json } : { exitStatus: 2, stdout: json, stderr };
    }
    const rendered = await render(errorReport(name, error, { ...policy, ...baseline && { baseline } }), format, false);
    if (destination === void 0) return { exitStatus: 2, stdout: rendered, stderr };
    writeFileAtomic(resolve(io.cwd, destination), [rendered]);
    return { exitStatus: 2, stdout: "", stderr };
  }
}
function parseCommandArgs(name, spec, args) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...spec.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage(`${error.message.replace(/\. To specify a positional argument.*$/s, "")} (see chainseal ${name} --help)`);
  }
}
async function render(report, format, color) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif": {
      const [{ renderSarif }, { RULE_CATALOG }] = await Promise.all([import("./chunk-ZGRCYU7E.js"), import("./chunk-FWKAS4Z4.js")]);
      return renderSarif(report, RULE_CATALOG);
    }
    case "github":
      return renderGithub(report);
    default:
      return renderText(report, { color });
  }
}
function reportDestination(values, spec) {
  const report = values.report;
  const alias = spec.reportAlias ? values[spec.reportAlias] : void 0;
  if (report !== void 0 && alias !== void 0) throw usage(`--report and --${spec.reportAlias} both name the report file; give one`);
  const destination = report ?? alias;
  return destination === "-" ? void 0 : destination;
}
var STDOUT = "/dev/stdout";
function outputPath(given) {
  return given === "-" ? STDOUT : given;
}
function signatureFlags(values) {
  return {
    ...strings(values, {
      key: "key",
      certificateIdentity: "certificate-identity",
      certificateIdentityRegexp: "certificate-identity-regexp",
      certificateOidcIssuer: "certificate-oidc-issuer",
      trustedRoot: "trusted-root"
    }),
    ...values["tuf-refresh"] === true && { tufRefresh: true }
  };
}
function configSource(values) {
  return { ...strings(values, { config: "config" }), noConfig: Boolean(values["no-config"]) };
}
function strings(values, names) {
  const picked = {};
  for (const [key, flag] of Object.entries(names)) if (typeof values[flag] === "string") picked[key] = values[flag];
  return picked;
}
function parseExport(value) {
  const [format, ...file] = value.split("=");
  const request = { format: oneOf("--export", format, EXPORT_FORMATS) };
  if (file.length) {
    const path = file.join("=");
    if (!path) throw usage(`--export ${value}: the file name after "=" is empty`);
    request.file = outputPath(path);
  }
  return request;
}
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function duration(flag, value) {
  const ms = durationMs(value);
  if (ms === void 0) throw usage(`${flag} must be a duration such as 500ms, 30s, 5m or 1h (got "${value}")`);
  return ms;
}
function durationMs(value) {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(value);
  return match ? Number(match[1]) * DURATION_UNITS[match[2] ?? "s"] : void 0;
}
function sinceDate(value) {
  const ago = durationMs(value);
  const date = ago === void 0 ? new Date(value) : new Date(Date.now() - ago);
  if (Number.isNaN(date.getTime())) throw usage(`--since must be a duration such as 7d, 12h or 30m, or a date (got "${value}")`);
  return date;
}
function wholeNumber(flag, value, min, max) {
  const number = Number(value);
  if (/^\d+$/.test(value) && number >= min && number <= max) return number;
  throw usage(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
}
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw usage(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}
function useColor(mode, io) {
  const choice = oneOf("--color", mode, ["auto", "always", "never"]);
  if (choice !== "auto") return choice === "always";
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0";
  return io.stdoutIsTTY;
}
function usage(message) {
  return new ChainsealError("usage", message);
}
function usageFailure(message) {
  return { exitStatus: 2, stdout: "", stderr: `chainseal: error: ${message}
` };
}

// src/cli/worker.ts
var { stdoutIsTTY, stderrIsTTY } = isMainThread ? { stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY) } : workerData;
var send = (message) => parentPort.postMessage(message);
var stop = new AbortController();
if (isMainThread && process.argv[2] === "watch") for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => stop.abort());
var result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY,
  signal: stop.signal,
  log: (line) => process.stderr.write(line),
  ...stderrIsTTY && { progress: (text) => isMainThread ? process.stderr.write(text) : send({ progress: text }) }
});
if (isMainThread) {
  process.exitCode = result.exitStatus;
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
} else send({ result });
