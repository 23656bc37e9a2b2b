// Secret scanning, side by side with secretlint (its recommended preset), in one run:
//  1. detection: a labelled corpus generated here (true positives in many file types and styles;
//     realistic negatives), recall and false-positive rate for both tools;
//  2. speed: both tools on the same ~200 MB tree of installed packages, runs interleaved, medians.
// Usage: node bench/scan.mjs [runs]   (the machine's Node 24: node_modules/.bin/node)
// It installs secretlint into bench/work/secretlint and builds its trees under bench/work/.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { expandSample } from '../test/helpers/samples.ts'

const REPO = resolve(import.meta.dirname, '..')
const WORK = join(REPO, 'bench/work')
const RUNS = Number(process.argv[2] ?? 5)
const SECRETLINT_VERSION = '13.0.6'
const PRESET_VERSION = '13.0.7'

// ---------------------------------------------------------------------------------------------
// The corpus. Secrets are shapes expanded with a seed, as the tests do: nothing here is a token.

/** [name a team would give it, token shape] per provider. */
const TOKENS = [
  ['AWS_ACCESS_KEY_ID', 'AKIA{b32:16}'],
  ['aws_secret_access_key', '{b64:40}'],
  ['GOOGLE_API_KEY', 'AIza{url:35}'],
  ['GITHUB_TOKEN', 'ghp_{an:36}'],
  ['GH_TOKEN', 'github_pat_{an:22}_{an:59}'],
  ['githubAppToken', 'ghs_{an:36}'],
  ['GITLAB_TOKEN', 'glpat-{url:20}'],
  ['NPM_TOKEN', 'npm_{an:36}'],
  ['PYPI_API_TOKEN', 'pypi-AgEIcHlwaS5vcmc{url:120}'],
  ['SLACK_BOT_TOKEN', 'xoxb-{d:11}-{d:12}-{an:24}'],
  ['SLACK_WEBHOOK_URL', 'https://hooks.slack.com/services/T{up:8}/B{up:8}/{an:24}'],
  ['DISCORD_WEBHOOK', 'https://discord.com/api/webhooks/{d:18}/{url:68}'],
  ['TELEGRAM_BOT_TOKEN', '{d:10}:AA{url:33}'],
  ['STRIPE_SECRET_KEY', 'sk_live_{an:99}'],
  ['stripeWebhookSecret', 'whsec_{an:32}'],
  ['SENDGRID_API_KEY', 'SG.{url:22}.{url:43}'],
  ['MAILGUN_API_KEY', 'key-{hex:32}'],
  ['MAILCHIMP_KEY', '{hex:32}-us14'],
  ['TWILIO_API_KEY', 'SK{hex:32}'],
  ['OPENAI_API_KEY', 'sk-proj-{url:74}T3BlbkFJ{url:74}'],
  ['ANTHROPIC_API_KEY', 'sk-ant-api03-{url:93}AA'],
  ['HF_TOKEN', 'hf_{al:34}'],
  ['DIGITALOCEAN_TOKEN', 'dop_v1_{hex:64}'],
  ['SHOPIFY_ACCESS_TOKEN', 'shpat_{hex:32}'],
  ['VAULT_TOKEN', 'hvs.{url:100}'],
  ['DATADOG_API_KEY', '{hex:32}'],
  ['NEW_RELIC_API_KEY', 'NRAK-{up:27}'],
  ['DOCKERHUB_TOKEN', 'dckr_pat_{url:27}'],
  ['LINEAR_API_KEY', 'lin_api_{an:40}'],
  ['OP_SERVICE_ACCOUNT_TOKEN', 'ops_eyJ{b64:300}'],
  ['DATABRICKS_TOKEN', 'dapi{hex:32}'],
  ['HEROKU_API_KEY', '{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'],
  ['session_jwt', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{url:60}.{url:43}'],
  ['DB_PASSWORD', '{an:8}7{an:11}'],
  ['client_secret', '{an:12}4{an:19}'],
  ['apiKey', '{an:20}3{an:11}'],
]

/** How code and config carry a value: [file name, template with NAME and VALUE]. */
const STYLES = [
  ['config.js', 'export const config = {\n  region: "us-east-1",\n  NAME: "VALUE",\n}\n'],
  ['settings.py', 'import os\n\nDEBUG = False\nNAME = \'VALUE\'\n'],
  ['values.yaml', 'service:\n  port: 8080\n  NAME: VALUE\n'],
  ['.env', 'PORT=3000\nNAME=VALUE\n'],
  ['appsettings.json', '{\n  "Logging": { "Level": "Info" },\n  "NAME": "VALUE"\n}\n'],
  ['deploy.sh', '#!/bin/sh\nset -eu\nexport NAME="VALUE"\n./deploy\n'],
  ['main.go', 'package main\n\nconst NAME = "VALUE"\n'],
  ['Client.java', 'class Client {\n  private static final String NAME = "VALUE";\n}\n'],
  ['main.tf', 'variable "region" {}\nlocals {\n  NAME = "VALUE"\n}\n'],
  ['Dockerfile', 'FROM node:24\nENV NAME=VALUE\nCMD ["node", "server.js"]\n'],
  ['NOTES.md', '# Setup\n\nI used NAME `VALUE` for the staging run.\n'],
]

function positives() {
  const files = []
  TOKENS.forEach(([name, shape], i) => {
    for (let k = 0; k < 3; k++) {
      const [file, template] = STYLES[(i * 3 + k) % STYLES.length]
      files.push([`${name}-${k}/${file}`, template.replace('NAME', name).replace('VALUE', expandSample(shape, `${name}${k}`))])
    }
  })
  for (let k = 0; k < 6; k++) {
    files.push([`url-credentials-${k}/db.env`, `DATABASE_URL=postgres://app:${expandSample('{an:9}5{an:10}', `url${k}`)}@db.internal:5432/app\n`])
    const body = Array.from({ length: 6 }, (_, j) => expandSample('{b64:64}', `key${k}${j}`)).join('\n')
    const kind = ['RSA ', 'EC ', 'OPENSSH ', ''][k % 4]
    files.push([`private-key-${k}/id_${k}.pem`, `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----\n`])
    files.push([`curl-${k}/call.sh`, `curl -H "Authorization: Bearer ${expandSample('{url:40}', `bearer${k}`)}" https://api.acme.io/v1/jobs\n`])
  }
  return files
}

/** What looks like a secret and is not: the false positives a scanner must not raise. */
const NEGATIVES = [
  ['package-lock.json', (s) => `{\n  "node_modules/left-pad": {\n    "version": "1.3.0",\n    "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n    "integrity": "sha512-${expandSample('{b64:86}', s)}=="\n  }\n}\n`],
  ['yarn.lock', (s) => `left-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${expandSample('{hex:40}', s)}"\n  integrity sha1-${expandSample('{b64:27}', s)}=\n`],
  ['ci.yml', (s) => `steps:\n  - uses: actions/checkout@${expandSample('{hex:40}', s)} # v4\n`],
  ['CHANGELOG.md', (s) => `## 1.2.0\n\n- Fix token refresh (${expandSample('{hex:40}', s)})\n`],
  ['ids.json', (s) => `{ "id": "${expandSample('{hex:8}-{hex:4}-4{hex:3}-a{hex:3}-{hex:12}', s)}", "name": "widget" }\n`],
  ['Dockerfile', (s) => `FROM node:24@sha256:${expandSample('{hex:64}', s)}\n`],
  ['go.sum', (s) => `golang.org/x/text v0.14.0 h1:${expandSample('{b64:43}', s)}=\n`],
  ['index.html', (s) => `<script src="https://cdn.example.com/lib.js" integrity="sha384-${expandSample('{b64:64}', s)}" crossorigin="anonymous"></script>\n`],
  ['.env.example', () => 'API_KEY=<your-api-key>\nDB_PASSWORD=changeme\nGITHUB_TOKEN=\n'],
  ['config.js', () => 'const token = process.env.GITHUB_TOKEN\nconst password = process.env["DB_PASSWORD"]\n'],
  ['settings.py', () => 'SECRET_KEY = os.environ["SECRET_KEY"]\nDB_PASSWORD = os.getenv("DB_PASSWORD")\n'],
  ['workflow.yml', () => 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n'],
  ['README.md', () => 'Set `token: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"` in your config.\nExample: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'],
  ['login.html', () => '<label for="password">Password</label>\n<input type="password" name="password" placeholder="Enter your password">\n'],
  ['i18n.json', () => '{ "password_reset": "Reset your password", "token_expired": "Your session token has expired" }\n'],
  ['auth.ts', () => 'const passwordHash = await bcrypt.hash(password, 12)\nif (token === undefined) throw new Error("no token")\n'],
  ['theme.css', (s) => `.button { color: #${expandSample('{hex:6}', s)}; background: #${expandSample('{hex:6}', `${s}b`)}; }\n`],
  ['logo.svg.b64', (s) => `data:image/png;base64,${expandSample('{b64:200}', s)}\n`],
  ['docs.md', () => 'The API returns a token that expires after 30 days; rotate the secret with `acme rotate`.\n'],
  ['hash.py', (s) => `EXPECTED_SHA256 = "${expandSample('{hex:64}', s)}"\n`],
  ['request.json', (s) => `{ "requestId": "${expandSample('{an:32}', s)}", "status": "ok" }\n`],
  ['test_auth.py', () => 'def test_login(client):\n    assert client.login(username="alice", password="password")\n'],
  ['oauth.js', () => 'const tokenEndpoint = "https://auth.example.com/oauth/token"\nconst csrfTokenName = "X-CSRF-Token"\n'],
  ['k8s.yaml', () => 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  password: ${DB_PASSWORD}\n'],
]

function negatives() {
  const files = []
  NEGATIVES.forEach(([file, make]) => {
    for (let k = 0; k < 12; k++) files.push([`${file.replace(/\W/g, '_')}-${k}/${file}`, make(`${file}${k}`)])
  })
  return files
}

function writeCorpus(dir, files) {
  rmSync(dir, { recursive: true, force: true })
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

// ---------------------------------------------------------------------------------------------
// The tools.

const NODE = join(REPO, 'node_modules/.bin/node')
const CHAINSEAL = join(REPO, 'dist/cli.js')
const SECRETLINT_DIR = join(WORK, 'secretlint')
const SECRETLINT = join(SECRETLINT_DIR, 'node_modules/.bin/secretlint')

function installSecretlint() {
  if (existsSync(SECRETLINT)) return
  mkdirSync(SECRETLINT_DIR, { recursive: true })
  // Its own package.json, or npm would walk up and install into the repository.
  writeFileSync(join(SECRETLINT_DIR, 'package.json'), '{ "name": "bench-secretlint", "private": true }\n')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `secretlint@${SECRETLINT_VERSION}`, `@secretlint/secretlint-rule-preset-recommend@${PRESET_VERSION}`], { cwd: SECRETLINT_DIR, stdio: 'inherit' })
}

const SECRETLINTRC = join(WORK, 'secretlintrc.json')
writeFileSync(SECRETLINTRC, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))

/** Root-relative paths of the files each tool reported. */
function chainsealFlagged(dir) {
  const out = spawnSync(NODE, [CHAINSEAL, 'scan', '.', '--format', 'json', '--fail-on', 'none', '--no-default-excludes'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  return new Set(JSON.parse(out.stdout).findings.filter((f) => f.category === 'secret').map((f) => f.location.path.split('/')[0]))
}

function secretlintFlagged(dir) {
  const out = spawnSync(NODE, [SECRETLINT, '--secretlintrc', SECRETLINTRC, '--format', 'json', '**/*', '**/.*'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
  return new Set(JSON.parse(out.stdout).filter((r) => r.messages.length > 0).map((r) => relative(dir, r.filePath).split('/')[0]))
}

function timed(command, args, cwd) {
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 })
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`)
  return Number(process.hrtime.bigint() - started) / 1e9
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function treeBytes(dir) {
  let bytes = 0
  let files = 0
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        bytes += statSync(path).size
        files++
      }
    }
  }
  walk(dir)
  return { bytes, files }
}

/** ~200 MB of installed packages: the benchmark project's and this repository's, minus the Node binary. */
function speedTree() {
  const dir = join(WORK, 'speed-tree')
  if (existsSync(dir)) return dir
  const project = join(WORK, 'deps-project/node_modules')
  if (!existsSync(project)) throw new Error('bench/work/deps-project/node_modules is missing: run node bench/deps.mjs once first (it installs that project)')
  // Directories not named node_modules, so no tool leaves them out by default.
  cpSync(project, join(dir, 'a'), { recursive: true, verbatimSymlinks: true })
  cpSync(join(REPO, 'node_modules'), join(dir, 'b'), { recursive: true, verbatimSymlinks: true, filter: (src) => !/node_modules\/(?:node|@esbuild|esbuild)(?:\/|$)/.test(src) })
  return dir
}

// ---------------------------------------------------------------------------------------------

installSecretlint()
console.log(`machine: ${cpus()[0].model}, ${availableParallelism()} cores; ${RUNS} runs; Node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}`)

const corpus = join(WORK, 'corpus')
const pos = positives()
const neg = negatives()
writeCorpus(corpus, [...pos, ...neg])
const positiveDirs = new Set(pos.map(([p]) => p.split('/')[0]))
const negativeDirs = new Set(neg.map(([p]) => p.split('/')[0]))
console.log(`\ncorpus: ${positiveDirs.size} files with a secret, ${negativeDirs.size} without`)
for (const [tool, flagged] of [['chainseal', chainsealFlagged(corpus)], ['secretlint', secretlintFlagged(corpus)]]) {
  const found = [...positiveDirs].filter((d) => flagged.has(d))
  const falsePositives = [...negativeDirs].filter((d) => flagged.has(d))
  const missed = [...positiveDirs].filter((d) => !flagged.has(d)).map((d) => d.replace(/-\d+$/, ''))
  console.log(`${tool.padEnd(10)} recall ${((100 * found.length) / positiveDirs.size).toFixed(1)}% (${found.length}/${positiveDirs.size}); false positives ${((100 * falsePositives.length) / negativeDirs.size).toFixed(1)}% (${falsePositives.length}/${negativeDirs.size})`)
  if (missed.length) console.log(`           missed: ${[...new Set(missed)].join(', ')}`)
  if (falsePositives.length) console.log(`           false positives: ${[...new Set(falsePositives.map((d) => d.replace(/-\d+$/, '')))].join(', ')}`)
}

const tree = speedTree()
const { bytes, files } = treeBytes(tree)
console.log(`\nspeed: ${(bytes / 1e6).toFixed(0)} MB in ${files} files (${relative(REPO, tree)})`)
const times = { chainseal: [], secretlint: [] }
for (let run = 0; run < RUNS; run++) {
  // Interleaved, so drift on this shared machine hits both alike. Every file, however large.
  times.chainseal.push(timed(NODE, [CHAINSEAL, 'scan', '.', '--fail-on', 'none', '--max-file-size', '1000m'], tree))
  times.secretlint.push(timed(NODE, [SECRETLINT, '--secretlintrc', SECRETLINTRC, '--format', 'compact', '**/*'], tree))
  console.log(`run ${run + 1}: chainseal ${times.chainseal.at(-1).toFixed(2)} s, secretlint ${times.secretlint.at(-1).toFixed(2)} s`)
}
const c = median(times.chainseal)
const s = median(times.secretlint)
const ratio = median(times.chainseal.map((t, i) => times.secretlint[i] / t))
console.log(`median: chainseal ${c.toFixed(2)} s = ${(bytes / 1e6 / c).toFixed(0)} MB/s; secretlint ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(0)} MB/s`)
console.log(`secretlint time / chainseal time, median of the runs' ratios: ${ratio.toFixed(1)}×`)
