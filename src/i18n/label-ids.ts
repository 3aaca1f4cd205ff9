import { allSectorInfos, type SectorInfo } from '../model/sectors.js';
import { en } from './en.js';
import type { Labels } from './labels.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

/** The fields whose values the tool prints as words: an adviser copies those words back into the YAML. */
export type LabelledField = 'status' | 'rating' | 'scope' | 'kind' | 'sector';

export interface PrintedLabel {
  field: LabelledField;
  id: string;
  language: 'nb' | 'nn' | 'en';
  label: string;
}

const fields = ['status', 'rating', 'scope', 'kind'] as const satisfies readonly (keyof Labels)[];

/** Every label the tool prints for an id of a labelled field, in nb, nn and en. */
export const printedLabels: readonly PrintedLabel[] = [
  ...[nb, nn, en].flatMap((labels) =>
    fields.flatMap((field) =>
      Object.entries(labels[field]).map(([id, label]) => ({ field, id, language: labels.language, label })),
    ),
  ),
  ...allSectorInfos.flatMap((sector) => sectorLabels(sector)),
];

/** Case, spacing and `_`/`-` aside: `Annen mobil forbrenning`, `annen  mobil-forbrenning`. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ')
    .trim();
}

/**
 * The id of `allowed` that `text` names as the tool prints it (`vedtatt` → adopted, `gul` →
 * yellow, `Jordbruk` → agriculture), or as the id in other case or spacing (`In progress`).
 */
export function idForLabel(text: string, allowed: readonly string[]): string | undefined {
  return labelFor(text, allowed)?.id;
}

/** Like idForLabel, with the label as the tool prints it; `label` is absent when `text` was the id itself. */
export function labelFor(
  text: string,
  allowed: readonly string[],
  categories: readonly SectorInfo[] = [],
): { id: string; label?: string } | undefined {
  const wanted = fold(text);
  const byId = allowed.find((id) => fold(id) === wanted);
  if (byId !== undefined) return { id: byId };
  const entry = [...printedLabels, ...categories.flatMap(sectorLabels)].find(
    (candidate) => allowed.includes(candidate.id) && fold(candidate.label) === wanted,
  );
  return entry ? { id: entry.id, label: entry.label } : undefined;
}

/** The labels of a sector (or a manifest's category) in nb, nn and en. */
function sectorLabels(sector: SectorInfo): PrintedLabel[] {
  return (['nb', 'nn', 'en'] as const).map((language) => ({
    field: 'sector' as const,
    id: sector.id,
    language,
    label: sector[language],
  }));
}
