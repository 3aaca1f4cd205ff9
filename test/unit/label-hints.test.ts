/**
 * Every word the tool prints for a status, rating, scope, kind or sector (nb, nn, en), written
 * back into a budget file where the id belongs, gets "did you mean <id>".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idForLabel, type PrintedLabel, printedLabels } from '../../src/i18n/label-ids.js';
import { loadBudget } from '../../src/load/load-budget.js';
import { kinds, scopes, statuses } from '../../src/model/budget.js';
import { allSectorInfos } from '../../src/model/sectors.js';

const idsOf: Record<PrintedLabel['field'], readonly string[]> = {
  status: statuses,
  rating: ['green', 'yellow', 'red'],
  scope: scopes,
  kind: kinds,
  sector: allSectorInfos.map((sector) => sector.id),
};

/** Labels that differ from their id (en `green` is the id itself, and valid). */
const misplaced = printedLabels.filter((entry) => entry.label !== entry.id);

describe('idForLabel', () => {
  it('knows every label of every labelled field in nb, nn and en', () => {
    for (const field of Object.keys(idsOf) as PrintedLabel['field'][]) {
      for (const language of ['nb', 'nn', 'en'] as const) {
        const labels = printedLabels.filter((entry) => entry.field === field && entry.language === language);
        expect(labels.map((entry) => entry.id).sort(), `${field} ${language}`).toEqual([...idsOf[field]].sort());
      }
    }
  });

  it.each(misplaced.map((entry) => [entry.field, entry.language, entry.label, entry.id]))(
    '%s (%s) "%s" → %s, in any case',
    (field, _language, label, id) => {
      const allowed = idsOf[field as PrintedLabel['field']];
      expect(idForLabel(label, allowed)).toBe(id);
      expect(idForLabel(label.toUpperCase(), allowed)).toBe(id);
      expect(idForLabel(` ${label.toLowerCase()} `, allowed)).toBe(id);
    },
  );

  it('gives nothing for a word that is no label', () => {
    expect(idForLabel('vedtatt i fjor', statuses)).toBeUndefined();
    expect(idForLabel('Veitrafikk', statuses)).toBeUndefined();
  });
});

describe('validate: a label where the id belongs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klimabudsjett-labels-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const measureFields = misplaced.filter((entry) => entry.field !== 'rating');
  const ratings = misplaced.filter((entry) => entry.field === 'rating');
  const measure = (entry: PrintedLabel, index: number) => {
    const value = JSON.stringify(entry.label);
    const fields: Record<string, string> = {
      sector: 'heating',
      status: 'adopted',
      scope: 'territorial',
      kind: 'quantified',
    };
    fields[entry.field] = value;
    // `other` is a sector of the own_operations scope only.
    if (entry.field === 'sector' && entry.id === 'other') fields.scope = 'own_operations';
    return [
      `  - id: M${index}`,
      '    title: x',
      ...Object.entries(fields).map(([key, written]) => `    ${key}: ${written}`),
      '    start: 2026',
      '    effect: { t_co2e: 1 }',
    ].join('\n');
  };
  mkdirSync(join(dir, 'measures'));
  mkdirSync(join(dir, 'followup'));
  writeFileSync(
    join(dir, 'budget.yaml'),
    'schema_version: 1\nmunicipality: { name: Testby }\nplan_period: { start: 2026, end: 2029 }\n',
  );
  writeFileSync(
    join(dir, 'measures', 'm.yaml'),
    `schema_version: 1\nmeasures:\n${measureFields.map(measure).join('\n')}\n  - { id: R, title: r, sector: heating, status: adopted, start: 2026, effect: { t_co2e: 1 } }\n`,
  );
  writeFileSync(
    join(dir, 'followup', '2026.yaml'),
    `schema_version: 1\nperiod: 2026\nmeasures:\n  R: { status: adopted, rating: ${JSON.stringify(ratings[0]?.label)} }\n`,
  );
  ratings.forEach((entry, index) => {
    writeFileSync(
      join(dir, 'followup', `2027-${index}.yaml`),
      `schema_version: 1\nperiod: 2027\nmeasures:\n  R: { rating: ${JSON.stringify(entry.label)} }\n`,
    );
  });
  const result = loadBudget(dir, { cwd: dir });

  it.each(measureFields.map((entry, index) => [entry.field, entry.language, entry.label, entry.id, index]))(
    'measure %s (%s) "%s" → did you mean `%s`',
    (field, _language, label, id, index) => {
      const about = result.diagnostics.filter(
        (diagnostic) =>
          diagnostic.file === 'measures/m.yaml' && diagnostic.path[1] === index && diagnostic.path[2] === field,
      );
      expect(about, `${label}: ${JSON.stringify(result.diagnostics.map((d) => [d.path, d.message]))}`).toHaveLength(1);
      expect(about[0]?.hint).toContain(`Did you mean \`${id}\``);
      expect(about[0]?.hint).not.toContain('æ, ø, å');
    },
  );

  it.each(ratings.map((entry, index) => [entry.language, entry.label, entry.id, index]))(
    'follow-up rating (%s) "%s" → did you mean `%s`',
    (_language, label, id, index) => {
      const about = result.diagnostics.filter((diagnostic) => diagnostic.file === `followup/2027-${index}.yaml`);
      expect(about.map((diagnostic) => diagnostic.code)).toEqual(['schema']);
      expect(about[0]?.hint, String(label)).toContain(`Did you mean \`${id}\``);
    },
  );
});
