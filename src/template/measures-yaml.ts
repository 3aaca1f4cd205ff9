import { Document, isMap, isSeq, visit } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messagesFor, say } from '../i18n/messages/index.js';
import type { Language } from '../model/budget.js';
import { activityLines } from './columns.js';
import { cellDiagnostic, type ImportedMeasure } from './read-template.js';

const measuresSchemaUrl = 'https://klimabudsjett.github.io/schemas/v1/measures.schema.json';

/** Keys written in flow style (`{ t_co2e: 120 }`), as the examples write them. */
const flowKeys = new Set(['effect', 'cost', 'phase', 'tags']);

/** The measures file of imported measures: one mapping per measure, short parts in flow style. */
export function buildMeasuresYaml(measures: readonly ImportedMeasure[], source: string): string {
  const doc = new Document({ schema_version: 1, measures: measures.map((measure) => measure.data) });
  doc.commentBefore = ` yaml-language-server: $schema=${measuresSchemaUrl}\n Imported from ${source} by klimabudsjett import measures.`;
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? '');
      if (flowKeys.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      if ((key === 'activity' || key === 'indicators') && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Measure fields a budget's file may hold that the template does not carry: kept by id on import. */
export function keepUncarried(
  measure: ImportedMeasure,
  existing: Record<string, unknown> | undefined,
  file: string,
  sheet: string,
): Diagnostic | undefined {
  if (existing === undefined) return undefined;
  const kept: string[] = [];
  let activity: [number, number] | undefined;
  let indicators: number | undefined;
  const data = measure.data;
  for (const key of Object.keys(existing)) {
    if (key.startsWith('x_') && !(key in data)) {
      data[key] = existing[key];
      kept.push(key);
    }
  }
  const oldActivity = Array.isArray(existing.activity) ? existing.activity : [];
  const newActivity = Array.isArray(data.activity) ? data.activity : [];
  if (oldActivity.length > activityLines && newActivity.length === activityLines) {
    data.activity = [...newActivity, ...oldActivity.slice(activityLines)];
    activity = [activityLines + 1, oldActivity.length];
  }
  const oldIndicators = Array.isArray(existing.indicators) ? (existing.indicators as { id?: unknown }[]) : [];
  const newIndicators = Array.isArray(data.indicators) ? (data.indicators as { id?: unknown }[]) : [];
  if (oldIndicators.length > 1 && newIndicators.length === 1 && newIndicators[0]?.id === oldIndicators[0]?.id) {
    data.indicators = [...newIndicators, ...oldIndicators.slice(1)];
    indicators = oldIndicators.length;
  }
  if (kept.length === 0 && activity === undefined && indicators === undefined) return undefined;
  return cellDiagnostic(file, sheet, measure.row, measure.cells.get('["id"]') ?? 1, {
    code: 'import-value',
    severity: 'info',
    ...say('templateMessage', {
      message: ['keptFields', String(data.id), kept, activity, indicators],
      hint: ['keptFieldsHint'],
    }),
  });
}

/**
 * A diagnostic about the imported file, moved to the cell its path came from: the longest part of
 * the path inside a measure that a cell gave, else the measure's ID cell.
 */
export function toCell(
  diagnostic: Diagnostic,
  measures: readonly ImportedMeasure[],
  file: string,
  sheet: string,
  headerRow: number,
): Diagnostic {
  const [root, index, ...rest] = diagnostic.path;
  const measure = root === 'measures' && typeof index === 'number' ? measures[index] : undefined;
  const what = {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    hint: diagnostic.hint,
    ...(diagnostic.said === undefined ? {} : { said: diagnostic.said }),
  };
  if (measure === undefined) return cellDiagnostic(file, sheet, headerRow, 1, what);
  for (let length = rest.length; length > 0; length--) {
    const column = measure.cells.get(JSON.stringify(rest.slice(0, length)));
    if (column !== undefined) return cellDiagnostic(file, sheet, measure.row, column, what);
  }
  return cellDiagnostic(file, sheet, measure.row, measure.cells.get('["id"]') ?? 1, what);
}

/** What an import changes against the measures it replaces: ids added, removed, and changed with their fields. */
export interface MeasureChanges {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export function measureChanges(
  before: readonly Record<string, unknown>[],
  after: readonly Record<string, unknown>[],
): MeasureChanges {
  const oldById = new Map(before.map((measure) => [String(measure.id), measure]));
  const newIds = new Set(after.map((measure) => String(measure.id)));
  const changes: MeasureChanges = {
    added: [],
    removed: [...oldById.keys()].filter((id) => !newIds.has(id)),
    changed: [],
  };
  for (const measure of after) {
    const id = String(measure.id);
    const old = oldById.get(id);
    if (old === undefined) {
      changes.added.push(id);
      continue;
    }
    const keys = [...new Set([...Object.keys(old), ...Object.keys(measure)])];
    const fields = keys.filter((key) => canonical(old[key]) !== canonical(measure[key]));
    if (fields.length > 0) changes.changed.push({ id, fields });
  }
  return changes;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** `2 added (A, B); 1 removed (C); 1 changed (D: status, effect)`, or `no changes`. */
export function describeChanges(changes: MeasureChanges, language: Language): string {
  const words = messagesFor(language).template;
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`${changes.added.length} ${words.added(changes.added.join(', '))}`);
  if (changes.removed.length > 0) parts.push(`${changes.removed.length} ${words.removed(changes.removed.join(', '))}`);
  if (changes.changed.length > 0) {
    const listed = changes.changed.map((change) => `${change.id}: ${change.fields.join(', ')}`).join('; ');
    parts.push(`${changes.changed.length} ${words.changed(listed)}`);
  }
  return parts.length > 0 ? parts.join('; ') : words.noChanges;
}
