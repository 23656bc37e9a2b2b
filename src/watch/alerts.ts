import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { ChainsealError } from '../errors.ts'
import type { LogEvent } from './event-log.ts'

/** What one alert says: how many changes of which kinds, and the first of them. */
export interface Alert {
  severity: 'warning' | 'critical'
  text: string
  events: number
  byKind: Record<string, number>
  sample: { kind: string; path?: string }[]
  host: string
  root: string
}

/** Somewhere an alert goes; named without its secrets (a webhook URL often is one). */
export interface AlertChannel {
  name: string
  send(alert: Alert, signal: AbortSignal): Promise<void>
}

export interface AlertPolicy {
  /** Changes in one window that make a warning, and a critical alert. */
  warning: number
  critical: number
  /** After an alert, changes are gathered this long and sent as one: a mass change is one alert, not thousands. */
  windowMs: number
  /** Tries per alert and channel; the waits between them double from retryMs. */
  attempts: number
  retryMs: number
  timeoutMs: number
}

export const DEFAULT_ALERT_POLICY: AlertPolicy = { warning: 1, critical: 50, windowMs: 60_000, attempts: 3, retryMs: 500, timeoutMs: 10_000 }
const SAMPLE = 20

/**
 * Thresholds and rate limiting over the channels. The first change after a quiet window alerts at
 * once; what follows within the window is counted and sent as one alert when it closes. A channel
 * that fails is retried with backoff and then logged as failed: nothing here ever stops the monitor.
 */
export class Alerter {
  readonly #channels: AlertChannel[]
  readonly #policy: AlertPolicy
  readonly #log: (event: LogEvent) => void
  readonly #root: string
  #pending: { kind: string; path?: string }[] = []
  #windowEnds = 0
  #timer: NodeJS.Timeout | undefined
  readonly #sending = new Set<Promise<void>>()
  readonly #abort = new AbortController()

  constructor(channels: AlertChannel[], policy: AlertPolicy, root: string, log: (event: LogEvent) => void) {
    this.#channels = channels
    this.#policy = policy
    this.#root = root
    this.#log = log
  }

  add(events: readonly { kind: string; path?: string }[]): void {
    if (!this.#channels.length || !events.length) return
    this.#pending.push(...events)
    const now = Date.now()
    if (now >= this.#windowEnds) this.#flush()
    else this.#timer ??= setTimeout(() => this.#flush(), this.#windowEnds - now)
  }

  /** Sends what is gathered and waits for every send under way (bounded by their retries and timeouts). */
  async close(): Promise<void> {
    if (this.#pending.length) this.#flush()
    clearTimeout(this.#timer)
    await Promise.allSettled([...this.#sending])
  }

  #flush(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const events = this.#pending
    this.#pending = []
    this.#windowEnds = Date.now() + this.#policy.windowMs
    if (events.length < this.#policy.warning) return
    const alert = this.#describe(events)
    for (const channel of this.#channels) {
      const sending = this.#deliver(channel, alert).finally(() => this.#sending.delete(sending))
      this.#sending.add(sending)
    }
  }

  #describe(events: { kind: string; path?: string }[]): Alert {
    const byKind: Record<string, number> = {}
    for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1
    const severity = events.length >= this.#policy.critical ? 'critical' : 'warning'
    const host = hostname()
    const counts = Object.entries(byKind).map(([kind, n]) => `${n} ${kind}`).join(', ')
    const first = events.slice(0, 3).map((e) => `${e.kind} ${e.path ?? ''}`.trim()).join('; ')
    return {
      severity,
      text: `chainseal ${severity}: ${events.length} unauthorized change${events.length === 1 ? '' : 's'} under ${this.#root} on ${host} (${counts}): ${first}${events.length > 3 ? '; …' : ''}`,
      events: events.length,
      byKind,
      sample: events.slice(0, SAMPLE),
      host,
      root: this.#root,
    }
  }

  async #deliver(channel: AlertChannel, alert: Alert): Promise<void> {
    let reason = ''
    for (let attempt = 1; attempt <= this.#policy.attempts; attempt++) {
      try {
        await channel.send(alert, AbortSignal.any([this.#abort.signal, AbortSignal.timeout(this.#policy.timeoutMs)]))
        this.#log({ kind: 'alert-sent', channel: channel.name, severity: alert.severity, events: alert.events, attempt })
        return
      } catch (error) {
        reason = (error as Error).message
        if (attempt < this.#policy.attempts) await sleep(this.#policy.retryMs * 2 ** (attempt - 1))
      }
    }
    this.#log({ kind: 'alert-failed', channel: channel.name, severity: alert.severity, events: alert.events, reason })
  }
}

/** A generic JSON POST of the alert, or Slack's incoming-webhook payload (`text`, with blocks). */
export function webhookChannel(url: string, format: 'json' | 'slack'): AlertChannel {
  const parsed = parseUrl(url, '--webhook')
  return {
    // The path of a Slack or Discord webhook URL is its secret: only the host is ever shown.
    name: `webhook ${parsed.host}`,
    async send(alert, signal) {
      const body = format === 'slack' ? { text: alert.text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: alert.text } }] } : { source: 'chainseal', ...alert }
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
    },
  }
}

/** Mail over SMTP (an smtp:// or smtps:// URL, credentials in it), sent with nodemailer. */
export async function emailChannel(smtpUrl: string, from: string, to: string[]): Promise<AlertChannel> {
  const parsed = parseUrl(smtpUrl, 'the SMTP URL')
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new ChainsealError('usage', `the SMTP URL must start smtp:// or smtps:// (got ${parsed.protocol}//…)`)
  const { createTransport } = await import('nodemailer')
  const transport = createTransport(smtpUrl)
  return {
    name: `email ${parsed.hostname}`,
    async send(alert, signal) {
      signal.throwIfAborted()
      await transport.sendMail({
        from,
        to,
        subject: `[chainseal] ${alert.severity}: ${alert.events} change${alert.events === 1 ? '' : 's'} under ${alert.root} on ${alert.host}`,
        text: `${alert.text}\n\n${alert.sample.map((e) => `${e.kind}\t${e.path ?? ''}`).join('\n')}\n`,
      })
    },
  }
}

/** SMS through Twilio's Messages API (form-encoded POST, basic auth with the account SID and token). */
export function smsChannel(api: string, accountSid: string, authToken: string, from: string, to: string[]): AlertChannel {
  const base = parseUrl(api, '--sms-api')
  const endpoint = new URL(`/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, base)
  const auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`
  return {
    name: `sms ${base.host}`,
    async send(alert, signal) {
      for (const number of to) {
        const body = new URLSearchParams({ To: number, From: from, Body: alert.text.slice(0, 1500) })
        const response = await fetch(endpoint, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' }, body, signal })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
      }
    },
  }
}

function parseUrl(url: string, name: string): URL {
  try {
    return new URL(url)
  } catch {
    throw new ChainsealError('usage', `${name} is not a URL`)
  }
}
