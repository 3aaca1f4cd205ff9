import {
  type FollowUpEntry,
  type FollowUpRecord,
  type Indicator,
  type Measure,
  type Rating,
  type Status,
  statuses,
} from '../model/budget.js';
import type { FollowUpSummary, IndicatorProgress, MeasureReport } from './budget-report.js';

/** Thresholds of SPEC §5.7: the smallest indicator ratio ≥ 0.9 is green, ≥ 0.6 yellow, else red. */
const greenFrom = 0.9;
const yellowFrom = 0.6;

/** A measure's follow-up state. */
export type FollowUpState = Pick<MeasureReport, 'currentStatus' | 'rating' | 'ratingBasis' | 'followUp'>;

/**
 * Computes a measure's current status and rating from follow-up records already in order (SPEC §5.7).
 * Status: the latest record that gives one, else the measure's own. Rating: the latest record's manual
 * rating; else green for a completed and red for a cancelled measure; else derived from the latest
 * record's indicator values; else null.
 */
export function computeFollowUp(
  measure: Pick<Measure, 'id' | 'status' | 'start' | 'indicators'>,
  orderedRecords: readonly FollowUpRecord[],
): FollowUpState {
  let latest: { record: FollowUpRecord; entry: FollowUpEntry } | undefined;
  let currentStatus: Status = measure.status;
  for (const record of orderedRecords) {
    const entry = record.entries.get(measure.id);
    if (entry === undefined) continue;
    latest = { record, entry };
    if (entry.status !== null) currentStatus = entry.status;
  }
  if (latest === undefined) return withoutFollowUp[currentStatus];
  const { record, entry } = latest;
  const indicators = indicatorProgress(measure, entry, record.period.year);
  const followUp: FollowUpSummary = {
    period: record.period.label,
    periodYear: record.period.year,
    date: record.date,
    status: entry.status,
    rating: entry.rating,
    revisedTCo2e: entry.revisedTCo2e,
    comment: entry.comment,
    indicators,
  };
  if (entry.rating !== null) return { currentStatus, rating: entry.rating, ratingBasis: 'manual', followUp };
  const byStatus = statusRating(currentStatus);
  if (byStatus.rating !== null) return { currentStatus, ...byStatus, followUp };
  const derived = rateIndicators(indicators);
  return { currentStatus, rating: derived, ratingBasis: derived === null ? null : 'indicators', followUp };
}

/** The state of a measure without follow-up records, one per status (shared: most measures have none). */
const withoutFollowUp = Object.fromEntries(
  statuses.map((status) => [status, { currentStatus: status, ...statusRating(status), followUp: null }]),
) as Record<Status, FollowUpState>;

function statusRating(status: Status): Pick<FollowUpState, 'rating' | 'ratingBasis'> {
  if (status === 'completed') return { rating: 'green', ratingBasis: 'status' };
  if (status === 'cancelled') return { rating: 'red', ratingBasis: 'status' };
  return { rating: null, ratingBasis: null };
}

/** Computes the expected value of an indicator in a year: linear from baseline at `start` to target at target_year, held after. */
export function expectedIndicatorValue(indicator: Indicator, start: number, year: number): number | null {
  const { baseline, target, targetYear } = indicator;
  if (baseline === null || target === null || targetYear === null) return null;
  if (year >= targetYear) return target;
  if (year <= start) return baseline;
  return baseline + ((target - baseline) * (year - start)) / (targetYear - start);
}

/** Rates indicator progress: the smallest defined ratio ≥ 0.9 green, ≥ 0.6 yellow, else red; null when none is defined. */
export function rateIndicators(indicators: readonly IndicatorProgress[]): Rating | null {
  let smallest: number | null = null;
  for (const { ratio } of indicators) if (ratio !== null && (smallest === null || ratio < smallest)) smallest = ratio;
  if (smallest === null) return null;
  return smallest >= greenFrom ? 'green' : smallest >= yellowFrom ? 'yellow' : 'red';
}

function indicatorProgress(
  measure: Pick<Measure, 'start' | 'indicators'>,
  entry: FollowUpEntry,
  periodYear: number,
): IndicatorProgress[] {
  const progress: IndicatorProgress[] = [];
  for (const indicator of measure.indicators) {
    const value = entry.indicators.get(indicator.id);
    if (value === undefined) continue;
    const expected = expectedIndicatorValue(indicator, measure.start, periodYear);
    const baseline = indicator.baseline;
    const ratio =
      expected === null || baseline === null || expected === baseline
        ? null
        : (value - baseline) / (expected - baseline);
    progress.push({ id: indicator.id, title: indicator.title, unit: indicator.unit, value, expected, ratio });
  }
  return progress;
}
