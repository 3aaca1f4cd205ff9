import type { Measure, Status } from '../model/budget.js';

/** True when a measure enters effect sums: its written status is counted and its kind is quantified (SPEC §5.2). */
export function isCounted(measure: Pick<Measure, 'status' | 'kind'>, countStatuses: ReadonlySet<Status>): boolean {
  return measure.kind === 'quantified' && countStatuses.has(measure.status);
}

/** True when a measure's costs enter cost sums: its written status is counted, whatever its kind (SPEC §5.5). */
export function isCostCounted(measure: Pick<Measure, 'status'>, countStatuses: ReadonlySet<Status>): boolean {
  return countStatuses.has(measure.status);
}

/** The statuses of measures the council has already decided on (SPEC §5.4: the decided view). */
export const decidedStatuses: ReadonlySet<Status> = new Set<Status>(['adopted', 'in_progress', 'completed']);

/**
 * True when a measure is already decided: its written status (the adopted budget, not a follow-up's)
 * is adopted, in_progress or completed. The decided view sums the counted measures that are decided.
 */
export function isDecided(measure: Pick<Measure, 'status'>): boolean {
  return decidedStatuses.has(measure.status);
}
