import { ruleMaker, type Rule } from '../findings/finding.ts'

/** A watch's event log whose hash chain does not hold: its history was edited, cut or reordered. */
export const LOG_RULES = {
  chainBroken: ruleMaker('log', 'integrity')('chain-broken', 'critical', 'A record of the event log was edited, deleted, inserted or moved: its hash or its link to the record before does not hold.'),
} as const satisfies Record<string, Rule>
