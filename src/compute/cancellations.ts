import type { FollowUpRecord } from '../model/budget.js';
import type { AppliedRevision } from './budget-report.js';
import { sortFollowUps } from './followup-order.js';
import type { RevisionIndex } from './revisions.js';

/** Where a follow-up cancelled a measure: the first year without effect and the period that said so. */
export interface Cancellation {
  /** The period's year: from this year on E*(y) = 0, annual costs stop, later investments are not made. */
  fromYear: number;
  /** The period label as written. */
  period: string;
}

/** Cancellations by measure id. */
export type CancellationIndex = ReadonlyMap<string, Cancellation>;

/**
 * Finds the measures whose current status (SPEC §5.7: the latest record that gives a status) is
 * `cancelled`, each with the record that cancelled it (SPEC §5.2). A cancellation repeated in later
 * records keeps the year of the first one: the measure stopped then. A later record with another
 * status lifts it.
 */
export function collectCancellations(followups: readonly FollowUpRecord[]): CancellationIndex {
  const cancellations = new Map<string, Cancellation>();
  for (const record of sortFollowUps(followups)) {
    for (const [measureId, entry] of record.entries) {
      if (entry.status === null) continue;
      if (entry.status !== 'cancelled') cancellations.delete(measureId);
      else if (!cancellations.has(measureId)) {
        cancellations.set(measureId, { fromYear: record.period.year, period: record.period.label });
      }
    }
  }
  return cancellations;
}

/**
 * The revisions the effect arithmetic applies: the follow-up revisions, with a cancellation as a
 * last revision to 0 (central, low and high: the range around 0 is 0). Being last, it outranks any
 * revision of its year or later, while revisions before it still date the earlier years.
 */
export function effectRevisions(revisions: RevisionIndex, cancellations: CancellationIndex): RevisionIndex {
  if (cancellations.size === 0) return revisions;
  const merged = new Map<string, readonly AppliedRevision[]>(revisions);
  for (const [measureId, { fromYear, period }] of cancellations) {
    merged.set(measureId, [...(revisions.get(measureId) ?? []), { tCo2e: 0, fromYear, period }]);
  }
  return merged;
}
