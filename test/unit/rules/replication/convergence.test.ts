/**
 * R8.3 convergence, by property: random histories on three replicas (each ticking its own clock,
 * sometimes receiving another's), delivered to each replica in its own random order, with
 * duplicates and delays, always end in one state — the state of all operations applied once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, stateOf } from '../../../../shared/rules/replication/applyOps';
import { joinStates } from '../../../../shared/rules/replication/joinStates';
import { assembleSnapshot, makeSnapshot, ownCovered } from '../../../../shared/rules/replication/snapshot';
import { emptyState, type ReplicatedState } from '../../../../shared/rules/replication/state';
import { decodeSyncPayload, snapshotPayload } from '../../../../shared/rules/replication/syncPayload';
import type { WaitingRef } from '../../../../shared/rules/replication/waiting';
import { REPLICAS, delivery, historyArb, prng } from './opArbitraries';

const RUNS = { numRuns: 150 };
const seeds = fc.tuple(fc.integer(), fc.integer(), fc.integer());
/** What replica c holds of the mail: m1's thread only, so links elsewhere wait. */
const localC = { hasThread: (key: string) => key === 'mid:m1@x' || key === 'copy:c1' };

describe('R8.3 convergence (property-based)', () => {
  it('R8.3 three replicas that receive all operations in any order, duplicated and delayed, end in the same state', () => {
    fc.assert(
      fc.property(historyArb(), seeds, (ops, seedList) => {
        const all = applyOps(emptyState(), ops, localC);
        for (const seed of seedList) {
          let state = emptyState();
          let waiting: WaitingRef[] = [];
          for (const batch of delivery(ops, seed)) ({ state, waiting } = applyOps(state, batch, localC));
          expect(state).toStrictEqual(all.state);
          expect(waiting).toStrictEqual(all.waiting);
        }
      }),
      RUNS,
    );
  });

  it('R8.3 applying a prefix and then the rest equals applying all', () => {
    fc.assert(
      fc.property(historyArb(), fc.nat(), (ops, cut) => {
        const k = cut % (ops.length + 1);
        const prefix = applyOps(emptyState(), ops.slice(0, k)).state;
        expect(applyOps(prefix, ops.slice(k)).state).toStrictEqual(stateOf(ops));
      }),
      RUNS,
    );
  });

  it('R8.3 the join of two replicas’ states is the state of all their operations (and commutes)', () => {
    fc.assert(
      fc.property(historyArb(), fc.integer(), (ops, seed) => {
        const random = prng(seed);
        const left = ops.filter(() => random() < 0.6);
        const right = ops.filter(() => random() < 0.6);
        const union = [...new Map([...left, ...right].map((o) => [o.id, o])).values()];
        const [a, b] = [stateOf(left), stateOf(right)];
        expect(joinStates(a, b)).toStrictEqual(stateOf(union));
        expect(joinStates(b, a)).toStrictEqual(joinStates(a, b));
        expect(joinStates(a, a)).toStrictEqual(a);
      }),
      RUNS,
    );
  });

  it('R8.3 a snapshot (in parts, through the sync payload, in any order) plus the later operations equals all operations', () => {
    fc.assert(
      fc.property(historyArb(), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.integer(), (ops, cut, perPart, seed) => {
        const k = cut % (ops.length + 1);
        const writer = 'a';
        const covered = stateOf(ops.slice(0, k));
        const parts = makeSnapshot(covered, writer, ops[0]!.clock.replace(/-[0-9a-z]+$/, `-${writer}`), perPart);
        const random = prng(seed);
        const arrived = parts
          .map((p) => snapshotPayload(p))
          .map((p) => decodeSyncPayload(p.header, p.json))
          .map((d) => (d.kind === 'snapshot' ? d.part : undefined))
          .filter((p) => p !== undefined)
          .sort(() => random() - 0.5);
        const restored = assembleSnapshot(arrived);
        expect(restored.complete).toBe(true);
        if (!restored.complete) return;
        expect(restored.state).toStrictEqual(covered);
        // a new device reads the snapshot, then every operation still in the folder (covered ones again)
        const replay = ops.filter(() => random() < 0.5);
        expect(applyOps(restored.state, [...replay, ...ops.slice(k)]).state).toStrictEqual(stateOf(ops));
      }),
      RUNS,
    );
  });

  it('R8.3 compaction: after expunging the writer’s own covered operations, the snapshot plus the rest still equals all', () => {
    fc.assert(
      fc.property(historyArb(), fc.nat(), fc.constantFrom(...REPLICAS), (ops, cut, writer) => {
        // the writer has applied its own operations in clock order, others' as they came
        const seen = ops.slice(0, cut % (ops.length + 1));
        const mine = ops.filter((o) => o.replica === writer);
        const known: ReplicatedState = stateOf([...seen, ...mine.filter((o) => seen.some((s) => s.replica === writer && o.clock <= s.clock))]);
        const [part] = makeSnapshot(known, writer, '000000000000-00000000-' + writer, 1_000_000);
        const expunged = new Set(ownCovered(part!, ops).map((o) => o.id));
        const left = ops.filter((o) => !expunged.has(o.id));
        expect(applyOps(part!.state, left).state).toStrictEqual(stateOf(ops));
      }),
      RUNS,
    );
  });
});
