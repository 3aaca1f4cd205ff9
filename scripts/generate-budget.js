#!/usr/bin/env node
// Writes a large synthetic budget for benchmarks and scale tests:
//   node scripts/generate-budget.js DIR [--measures 10000] [--files 100] [--horizon 2045]
// Deterministic: the same arguments give the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    measures: { type: 'string', default: '10000' },
    files: { type: 'string', default: '100' },
    horizon: { type: 'string', default: '2045' },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: generate-budget.js DIR [--measures N] [--files N] [--horizon YEAR]');
  process.exit(2);
}
const measureCount = Number(values.measures);
const fileCount = Number(values.files);
const horizon = Number(values.horizon);

const sectors = ['heating', 'road_traffic', 'other_mobile', 'agriculture', 'waste_wastewater', 'fgas_products'];
const statuses = ['proposed', 'adopted', 'in_progress', 'completed', 'postponed', 'cancelled'];
const responsibles = [
  'Eiendom og drift',
  'Byutvikling',
  'Renovasjon',
  'Landbrukskontoret',
  'HMS',
  'Kultur',
  'Oppvekst',
];
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'inventory'), { recursive: true });
mkdirSync(join(dir, 'measures'), { recursive: true });
writeFileSync(
  join(dir, 'budget.yaml'),
  `schema_version: 1
municipality: { name: Storby, number: "9998" }
plan_period: { start: 2026, end: 2029 }
horizon: ${horizon}
targets:
  - { id: t2030, base_year: 2015, year: 2030, reduction_pct: 55, exclude_sectors: [industry] }
  - { id: t2040, base_year: 2009, year: 2040, reduction_pct: 80, milestones: [{ year: 2035, reduction_pct: 70 }] }
`,
);
const years = [2009, 2011, 2013, ...Array.from({ length: 10 }, (_, index) => 2015 + index)];
const inventoryLines = ['schema_version: 1', 'source: synthetic', 'years:'];
for (const year of years) {
  const scale = 1 - (year - 2009) * 0.01;
  const parts = sectors.map(
    (sector, index) => `${sector}: { A: ${Math.round(90000 * scale * (index + 1))}, B: ${Math.round(40000 * scale)} }`,
  );
  inventoryLines.push(`  ${year}: { industry: 500000, ${parts.join(', ')} }`);
}
writeFileSync(join(dir, 'inventory', 'synthetic.yaml'), `${inventoryLines.join('\n')}\n`);
const perFile = Math.ceil(measureCount / fileCount);
let id = 0;
for (let file = 0; file < fileCount; file++) {
  const lines = ['schema_version: 1', 'measures:'];
  for (let index = 0; index < perFile && id < measureCount; index++, id++) {
    const start = 2025 + Math.floor(random() * 8);
    const sector = pick(sectors);
    lines.push(`  - id: M-${String(id).padStart(5, '0')}`);
    lines.push(`    title: "Tiltak ${id} i ${sector}"`);
    lines.push(`    sector: ${sector}`);
    lines.push(`    responsible: "${pick(responsibles)}"`);
    lines.push(`    status: ${pick(statuses)}`);
    lines.push(`    start: ${start}`);
    if (random() < 0.5) lines.push(`    full_effect: ${start + 1 + Math.floor(random() * 3)}`);
    if (random() < 0.2) lines.push(`    end: ${start + 8}`);
    if (random() < 0.7) {
      const central = (random() * 3).toFixed(2);
      // The range holds the central estimate (effect-range-order).
      lines.push(`    effect: { t_co2e: ${central}, low: ${Math.min(0.1, Number(central))}, high: 3.5 }`);
    } else {
      lines.push(`    activity:`);
      lines.push(`      - { factor: diesel, amount: ${-Math.round(random() * 1000)} }`);
      lines.push(`      - { factor: electricity, amount: ${(random() * 5).toFixed(3)}, unit: MWh }`);
      lines.push(`    uncertainty_pct: 20`);
    }
    lines.push(
      `    cost: { investment: ${Math.round(random() * 1e6)}, annual: ${Math.round(random() * 1e5 - 3e4)}, lifetime: ${5 + Math.floor(random() * 20)} }`,
    );
    lines.push(`    indicators:`);
    lines.push(
      `      - { id: i1, title: "Indikator", unit: "%", baseline: 0, target: 100, target_year: ${start + 3} }`,
    );
  }
  writeFileSync(join(dir, 'measures', `m${String(file).padStart(3, '0')}.yaml`), `${lines.join('\n')}\n`);
}
