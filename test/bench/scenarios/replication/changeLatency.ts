/**
 * A change's way from device A to device B (R8.3), from the times the two cores and A's page
 * reported: committed on A → main got the pump's upload → the APPEND answered → B's main emitted
 * the batch holding it → B's store committed it (its ack). A change is shown on B when B holds
 * every operation it recorded, so its latency is that of its last operation to arrive, and the
 * split is that operation's. Pure: the unit tests feed it plain numbers.
 */
import { type Distribution, distribution } from '../../support/stats';

export interface UploadTimes {
  receivedAt: number;
  answeredAt: number;
}

/** What the two logs say about one operation (CommitLog answers these). */
export interface OpTimeline {
  uploaded(opId: string): UploadTimes | undefined;
  emittedOnB(opId: string): number | undefined;
  committedOnB(opId: string): number | undefined;
}

export interface ChangeSample {
  /** committed on A → committed on B */
  totalMs: number;
  /** committed on A → main has the upload (the pump noticing it, reading it, the IPC hop) */
  pumpMs: number;
  /** main appending it to the sync folder (one IMAP session) */
  appendMs: number;
  /** appended → B's main emitted it (the server's IDLE notice to B, B fetching and decoding) */
  deliveryMs: number;
  /** emitted → committed in B's store (IPC, applying and materializing, the ack) */
  storeMs: number;
}

/** The change's sample, or undefined while B does not hold every one of its operations. */
export function changeSample(change: { committedAt: number; opIds: readonly string[] }, times: OpTimeline): ChangeSample | undefined {
  if (change.opIds.length === 0) return undefined;
  let last: { opId: string; at: number } | undefined;
  for (const opId of change.opIds) {
    const at = times.committedOnB(opId);
    if (at === undefined) return undefined;
    if (last === undefined || at > last.at) last = { opId, at };
  }
  if (last === undefined) return undefined;
  const upload = times.uploaded(last.opId);
  const emitted = times.emittedOnB(last.opId) ?? last.at;
  // an operation B got without A's upload being seen (cannot happen with one writer): all delivery
  const receivedAt = upload?.receivedAt ?? change.committedAt;
  const answeredAt = upload?.answeredAt ?? receivedAt;
  return {
    totalMs: last.at - change.committedAt,
    pumpMs: receivedAt - change.committedAt,
    appendMs: answeredAt - receivedAt,
    deliveryMs: emitted - answeredAt,
    storeMs: last.at - emitted,
  };
}

export interface LatencySummary {
  changes: number;
  totalMs: Distribution;
  pumpMs: Distribution;
  appendMs: Distribution;
  deliveryMs: Distribution;
  storeMs: Distribution;
}

export function summarizeSamples(samples: readonly ChangeSample[]): LatencySummary {
  const of = (f: (s: ChangeSample) => number) => distribution(samples.map(f));
  return {
    changes: samples.length,
    totalMs: of((s) => s.totalMs),
    pumpMs: of((s) => s.pumpMs),
    appendMs: of((s) => s.appendMs),
    deliveryMs: of((s) => s.deliveryMs),
    storeMs: of((s) => s.storeMs),
  };
}
