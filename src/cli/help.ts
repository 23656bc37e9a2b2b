import { TOOL } from '../version.ts'

export const MAIN_HELP = `${TOOL.name} ${TOOL.version} — guards a software supply chain

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
`

export const COMMAND_HELP: Record<string, string> = {
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
  --scan-gitignore          as --root, --include … are for chainseal scan
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
`,
}
