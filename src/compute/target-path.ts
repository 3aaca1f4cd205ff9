import type { Target, Trajectory } from '../model/budget.js';

/** A point the path (utslippsramme) runs through. */
export interface PathAnchor {
  year: number;
  value: number;
}

/** Computes a target's or milestone's level in tonnes: base × (1 − reduction_pct/100), or level_t. */
export function targetLevel(base: number, point: { reductionPct: number | null; levelT: number | null }): number {
  if (point.levelT !== null) return point.levelT;
  return base * (1 - (point.reductionPct ?? 0) / 100);
}

/**
 * Lists the anchors of a target's path (SPEC §5.4): linear_from_latest starts at (L, latest) and
 * keeps only the milestones after L; linear_from_base starts at (base_year, base) with every milestone.
 */
export function pathAnchors(
  trajectory: Trajectory,
  target: Pick<Target, 'baseYear' | 'year'>,
  base: number,
  level: number,
  milestones: readonly { year: number; level: number }[],
  latest: PathAnchor | null,
): PathAnchor[] {
  const start =
    trajectory === 'linear_from_latest' && latest !== null ? latest : { year: target.baseYear, value: base };
  const anchors: PathAnchor[] = [start];
  for (const milestone of [...milestones].sort((a, b) => a.year - b.year)) {
    if (milestone.year > start.year && milestone.year < target.year)
      anchors.push({ year: milestone.year, value: milestone.level });
  }
  anchors.push({ year: target.year, value: level });
  return anchors;
}

/** Evaluates a piecewise-linear path at a year; held flat before the first and after the last anchor. */
export function pathValueAt(anchors: readonly PathAnchor[], year: number): number {
  const first = anchors[0];
  if (first === undefined) return Number.NaN;
  if (year <= first.year) return first.value;
  for (let index = 1; index < anchors.length; index++) {
    const next = anchors[index] as PathAnchor;
    const previous = anchors[index - 1] as PathAnchor;
    if (year <= next.year) {
      if (next.year === previous.year) return next.value;
      return previous.value + ((next.value - previous.value) * (year - previous.year)) / (next.year - previous.year);
    }
  }
  return (anchors[anchors.length - 1] as PathAnchor).value;
}
