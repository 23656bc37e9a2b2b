import { resolve } from 'node:path'
import picomatch from 'picomatch'
import type { WatchRule } from '../config/check-config.ts'
import { ChainsealError, osReason } from '../errors.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { readManifest } from '../integrity/manifest.ts'
import { relativeToRoot, resolveRoot } from '../integrity/root.ts'
import { makeDirectory } from '../io/make-directory.ts'
import { Alerter, DEFAULT_ALERT_POLICY, emailChannel, smsChannel, webhookChannel, type AlertChannel, type AlertPolicy } from '../watch/alerts.ts'
import { EventLog } from '../watch/event-log.ts'
import { Monitor } from '../watch/monitor.ts'
import { watchTree } from '../watch/watcher.ts'

export interface WatchCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  manifest: string
  root?: string
  /** Full rescans, this often (0: never). */
  intervalMs: number
  debounceMs: number
  /** Put back changed and deleted files from this store (`chainseal manifest --store`). */
  store?: string
  restore: boolean
  /** Per-path actions (the config's watch.rules), before --restore and --quarantine. */
  rules?: WatchRule[]
  quarantine?: string
  /** The event log; without one, events go to `echo` (stderr) only. */
  log?: string
  webhooks: { url: string; format: 'json' | 'slack' }[]
  email?: { smtpUrl: string; from: string; to: string[] }
  sms?: { api: string; from: string; to: string[] }
  alertPolicy?: Partial<AlertPolicy>
  policy: Policy
  /** Ends the watch (SIGINT, SIGTERM). */
  signal: AbortSignal
  /** Where event lines go as they happen (stderr) when there is no log file. */
  echo?: (line: string) => void
  /** Called once the startup scan is done and the watch is live. */
  onReady?: () => void
}

/**
 * `chainseal watch`: monitors the tree under root against the manifest until the signal ends it,
 * logging every change to a hash-chained event log, alerting, and restoring or quarantining as
 * asked. The report at the end counts what it saw.
 */
export async function watchCommand(options: WatchCommandOptions): Promise<Report> {
  const manifest = readManifest(resolve(options.cwd, options.manifest), options.manifest)
  const root = resolveRoot(options.cwd, options.root)
  const rules = options.rules ?? []
  if ((options.restore || rules.some((r) => r.action === 'restore')) && options.store === undefined)
    throw new ChainsealError('usage', `${options.restore ? '--restore' : 'a watch rule with action restore'} needs --store DIR: the store \`chainseal manifest --store DIR\` filled with the manifest's files`)
  if (rules.some((r) => r.action === 'quarantine') && options.quarantine === undefined) throw new ChainsealError('usage', 'a watch rule with action quarantine needs --quarantine DIR: where to move the files')
  const store = options.store !== undefined ? resolve(options.cwd, options.store) : undefined
  const quarantine = options.quarantine !== undefined ? resolve(options.cwd, options.quarantine) : undefined
  // Made now, so that a directory that cannot be is an error at start, not at the first new file.
  if (quarantine !== undefined) {
    try {
      makeDirectory(quarantine, 0o700)
    } catch (error) {
      throw new ChainsealError('io', `cannot create the quarantine directory ${options.quarantine}: ${osReason(error)}; give --quarantine a directory that exists or can be made`, { cause: error })
    }
  }
  const logFile = options.log !== undefined ? resolve(options.cwd, options.log) : undefined
  // What the monitor writes itself must not look like a change to what it watches.
  const own = [store, quarantine, logFile, resolve(options.cwd, options.manifest)]
    .filter((p): p is string => p !== undefined)
    .map((p) => relativeToRoot(root, options.cwd, p))
    .filter((p): p is string => p !== undefined && p !== '')

  const channels: AlertChannel[] = options.webhooks.map((w) => webhookChannel(w.url, w.format))
  if (options.email) channels.push(await emailChannel(options.email.smtpUrl, options.email.from, options.email.to))
  if (options.sms) {
    const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token } = options.env
    if (!sid || !token) throw new ChainsealError('usage', '--sms-to needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the environment')
    channels.push(smsChannel(options.sms.api, sid, token, options.sms.from, options.sms.to))
  }

  const log = new EventLog(logFile, logFile === undefined ? options.echo : undefined, options.log)
  const alerter = new Alerter(channels, { ...DEFAULT_ALERT_POLICY, ...options.alertPolicy }, root, (event) => log.append(event))
  const monitor = new Monitor({
    root,
    manifest,
    log,
    alerter,
    // The store is given to the monitor whenever there is one; rules and --restore decide when it is used.
    ...(store !== undefined && { restore: { store, evidence: resolve(store, 'evidence') } }),
    ...(quarantine !== undefined && { quarantine }),
    rules: rules.map((r) => ({ matches: picomatch(r.paths, { dot: true }), action: r.action })),
    defaults: { restore: options.restore, quarantine: quarantine !== undefined },
    own,
    debounceMs: options.debounceMs,
    maxWaitMs: Math.max(options.debounceMs * 5, 500),
    intervalMs: options.intervalMs,
    startWatcher: (handlers) => watchTree(root, handlers),
  })
  try {
    log.append({ kind: 'start', manifest: options.manifest, root, channels: channels.map((c) => c.name) })
    if (!options.signal.aborted) {
      await monitor.start()
      options.onReady?.()
      await new Promise<void>((done) => (options.signal.aborted ? done() : options.signal.addEventListener('abort', () => done(), { once: true })))
    }
  } finally {
    await monitor.close()
    await alerter.close()
    log.append({ kind: 'stop', ...monitor.stats })
    log.close()
  }
  return buildReport('watch', [], options.policy, { ...monitor.stats, ...(logFile && { log: options.log! }) })
}
