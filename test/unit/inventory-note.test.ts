import { describe, expect, it } from 'vitest';
import type { ScopeReport } from '../../src/compute/budget-report.js';
import { computeReport } from '../../src/compute/report.js';
import { labelsFor } from '../../src/i18n/index.js';
import { inventoryNotes } from '../../src/render/tables/inventory-note.js';
import { buildPathwayTables } from '../../src/render/tables/pathway.js';
import { buildProgressTable } from '../../src/render/tables/progress.js';
import { sampleBudget } from '../fixtures/sample-budget.js';

/** A scope report carrying only the inventory files the note reads. */
const scopeWith = (files: ScopeReport['inventoryFiles']) => ({ inventoryFiles: files }) as unknown as ScopeReport;
const file = (name: string, source: string | null, vintage: string | null) => ({
  file: name,
  source,
  vintage,
  gwp: null,
});

describe('the note on which inventory the figures come from', () => {
  it('names each source (else the file) with its vintage, once each, in the language', () => {
    const scopes = [
      scopeWith([file('inventory/mdir.yaml', 'Miljødirektoratet (publ. 2026).', '2026')]),
      scopeWith([
        file('inventory/mdir.yaml', 'Miljødirektoratet (publ. 2026).', '2026'),
        file('inventory/own.yaml', null, null),
      ]),
    ];
    expect(inventoryNotes(scopes, labelsFor('nb'))).toEqual([
      'Utslippstall: Miljødirektoratet (publ. 2026), årgang 2026; inventory/own.yaml.',
    ]);
    expect(inventoryNotes(scopes, labelsFor('en'))).toEqual([
      'Emission figures: Miljødirektoratet (publ. 2026), vintage 2026; inventory/own.yaml.',
    ]);
    expect(inventoryNotes([scopeWith([])], labelsFor('nn'))).toEqual([]);
  });

  it('closes the progress table and every pathway table', () => {
    const report = computeReport(sampleBudget());
    const files = report.scopes.flatMap((scope) => scope.inventoryFiles.map((item) => item.source ?? item.file));
    expect(files.length).toBeGreaterThan(0);
    const expected = `Emission figures: ${[...new Set(files)].join('; ')}.`;
    expect(buildProgressTable(report, { language: 'en' }).notes?.at(-1)).toBe(expected);
    for (const table of buildPathwayTables(report, { language: 'en' })) expect(table.notes?.at(-1)).toBe(expected);
  });
});
