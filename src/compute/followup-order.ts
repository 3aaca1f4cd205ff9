import type { FollowUpRecord } from '../model/budget.js';

/** Orders follow-up records by period year, then the period's end month, then date (undated first); stable otherwise. */
export function sortFollowUps(records: readonly FollowUpRecord[]): FollowUpRecord[] {
  return [...records].sort(compareFollowUps);
}

/** Compares two follow-up records in the order of SPEC §5.7. */
export function compareFollowUps(a: FollowUpRecord, b: FollowUpRecord): number {
  if (a.period.year !== b.period.year) return a.period.year - b.period.year;
  if (a.period.endMonth !== b.period.endMonth) return a.period.endMonth - b.period.endMonth;
  const dateA = a.date ?? '';
  const dateB = b.date ?? '';
  return dateA < dateB ? -1 : dateA > dateB ? 1 : 0;
}
