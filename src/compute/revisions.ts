import type { FollowUpRecord } from '../model/budget.js';
import type { AppliedRevision } from './budget-report.js';
import { sortFollowUps } from './followup-order.js';

/** Revisions of full effects by measure id, each list in record order. */
export type RevisionIndex = ReadonlyMap<string, readonly AppliedRevision[]>;

/** Collects the `revised_t_co2e` of follow-up records by measure id, in record order (period, then date). */
export function collectRevisions(followups: readonly FollowUpRecord[]): RevisionIndex {
  const index = new Map<string, AppliedRevision[]>();
  for (const record of sortFollowUps(followups)) {
    for (const [measureId, entry] of record.entries) {
      if (entry.revisedTCo2e === null) continue;
      const revision = { tCo2e: entry.revisedTCo2e, fromYear: record.period.year, period: record.period.label };
      const list = index.get(measureId);
      if (list === undefined) index.set(measureId, [revision]);
      else list.push(revision);
    }
  }
  return index;
}

/** Finds the revision in force in `year`: the last record whose period year is at or before it. */
export function revisionAt(
  revisions: readonly AppliedRevision[] | undefined,
  year: number,
): AppliedRevision | undefined {
  if (revisions === undefined) return undefined;
  let found: AppliedRevision | undefined;
  for (const revision of revisions) if (revision.fromYear <= year) found = revision;
  return found;
}

/** Finds the latest revision of a measure (the one in force from its year on), undefined when none. */
export function latestRevision(revisions: readonly AppliedRevision[] | undefined): AppliedRevision | undefined {
  return revisions?.[revisions.length - 1];
}
