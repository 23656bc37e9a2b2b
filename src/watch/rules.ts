import { ruleMaker, type Rule } from '../findings/finding.ts'

/** A watch's event log whose hash chain does not hold: its history was edited, cut or reordered. */
export const LOG_RULES = {
  chainBroken: ruleMaker('log', 'integrity')('chain-broken', 'critical', 'A record of the event log was edited, deleted, inserted or moved: its hash or its link to the record before does not hold.'),
  headMissing: ruleMaker('log', 'integrity')('head-missing', 'critical', 'A record the log held before (its head, given with --head) is no longer in it: records were cut from its end, or it is another log.'),
  empty: ruleMaker('log', 'integrity')('empty', 'high', 'The event log holds no records. A watch writes its start record at once, so an empty log was never written by one or was emptied; it proves nothing.'),
} as const satisfies Record<string, Rule>
