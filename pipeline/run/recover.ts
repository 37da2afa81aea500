// Repairs what a killed run left: records whose JSON Lines copy was delivered are committed, the
// rest are dropped (the next fetch redoes them; the SQL sinks' upsert makes the redo harmless).
import { existsSync, unlinkSync } from 'node:fs';
import { recoverAppended } from '../sinks/jsonl.js';
import type { StateStore } from '../state/store.js';

/** What recovery did. */
export interface Recovery {
  runs: number;
  committed: number;
  dropped: number;
}

/** Settles every pending row left by killed runs. Call with the run lock held. */
export function recoverState(state: StateStore): Recovery {
  const runs = state.abandonRuns().length;
  let committed = 0;
  let dropped = 0;
  for (const { target, tmp, count } of state.pendingTargets()) {
    let promoted = 0;
    if (target.startsWith('segment:')) {
      // the rename is the commit point: a completed file was delivered whole, a temporary one not at all
      if (existsSync(target.slice('segment:'.length))) promoted = state.settle(target);
      else state.settle(target, new Set());
    } else if (target.startsWith('append:')) {
      const file = target.slice('append:'.length);
      const offset = Number(state.getMeta(target) ?? 0);
      const { delivered, size } = recoverAppended(file, offset);
      promoted = state.settle(target, new Set(delivered.map((d) => `${d.id}@${d.version}`)), {
        [target]: String(size),
      });
    } else {
      state.settle(target, new Set());
    }
    if (tmp && existsSync(tmp)) {
      try {
        unlinkSync(tmp);
      } catch {
        // left for the next run
      }
    }
    committed += promoted;
    dropped += count - promoted;
  }
  return { runs, committed, dropped };
}
