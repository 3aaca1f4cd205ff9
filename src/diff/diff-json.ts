import { safeJsonText } from '../safe-text.js';
import { type BudgetDiff, type Compared, delta, type FieldChange, hasChanges, type YearValues } from './budget-diff.js';

/** A side of a diff for machines: a folder (as given, or the budget folder on disk) or a git revision. */
export interface DiffSide {
  kind: 'folder' | 'revision';
  /** The folder's path or the revision as given on the command line. */
  name: string;
}

/** The two sides of a diff. */
export interface DiffSides {
  old: DiffSide;
  new: DiffSide;
}

/**
 * Renders a diff as JSON for machines (CI bots, dashboards), in the conventions of the JSON report
 * (SPEC §7.1): snake_case keys, year keys as strings, unrounded numbers, absent values null, field
 * values as written (status ids, not their labels). Every number pair carries its `delta`.
 */
export function renderDiffJson(diff: BudgetDiff, sides: DiffSides): string {
  const document = {
    schema_version: 1,
    old: sides.old,
    new: sides.new,
    changed: hasChanges(diff),
    municipality: diff.municipality,
    years: diff.years,
    basis: diff.basis.map((change) => ({ field: change.field, scope: change.scope, old: change.old, new: change.new })),
    targets: diff.targets.map((target) => ({
      id: target.id,
      title: target.title,
      change: target.change,
      fields: target.fields.map(fieldJson),
      years: Object.fromEntries(
        target.years.map((row) => [
          String(row.year),
          {
            need: numbers(row.need),
            effect: numbers(row.effect),
            gap: numbers(row.gap),
            coverage: numbers(row.coverage),
          },
        ]),
      ),
      projected_at_year: numbers(target.projectedAtYear),
      meets_target: target.meetsTarget,
    })),
    measure_counts: diff.measureCounts,
    measures: diff.measures.map((measure) => ({
      id: measure.id,
      title: measure.title,
      change: measure.change,
      fields: measure.fields.map(fieldJson),
      counted_effect: byYear(measure.countedEffect),
      counted_cost: byYear(measure.countedCost),
    })),
    totals: {
      effect: byYear(diff.effect),
      effect_by_scope: Object.fromEntries(diff.effectByScope.map((item) => [item.scope, byYear(item.values)])),
      cost: byYear(diff.cost),
    },
  };
  return safeJsonText(`${JSON.stringify(document, null, 2)}\n`);
}

function fieldJson(change: FieldChange) {
  return { field: change.field, old: change.old, new: change.new };
}

function numbers(value: Compared<number>) {
  return { old: finite(value.old), new: finite(value.new), delta: finite(delta(value)) };
}

function byYear(values: readonly YearValues[]) {
  return Object.fromEntries(values.map((value) => [String(value.year), numbers(value)]));
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
