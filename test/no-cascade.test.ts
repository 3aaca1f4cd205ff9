/**
 * One mistake, one error (SPEC §3): a schema or syntax error in a file neither hides that file's
 * other problems nor makes false errors in the files that refer to it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempBudgets } from './helpers/temp-budget.js';

const manifest = `schema_version: 1
municipality: { name: Testby }
plan_period: { start: 2026, end: 2029 }
targets:
  - { id: t2030, base_year: 2015, year: 2030, reduction_pct: 50 }
`;
const inventory = `schema_version: 1
source: test
years:
  2015: { road_traffic: 1000, heating: 500 }
  2024: { road_traffic: 800, heating: 200 }
`;
const measure = (id: string, extra = '') => `  - id: ${id}
    title: x
    sector: heating
    responsible: r
    status: adopted
    start: 2026
    effect: { t_co2e: 1 }
    indicators: [{ id: i, title: t }]
${extra}`;

const budgets = tempBudgets({ 'budget.yaml': manifest, 'inventory/i.yaml': inventory });
afterAll(() => budgets.dispose());
const validate = budgets.validate;

const codes = (diagnostics: { code: string; at: string }[]) => diagnostics.map((d) => `${d.code} ${d.at}`);

describe('a reference check skips what failed to load', () => {
  it('a measure with a schema error makes no unknown-measure in a follow-up; a real typo still does', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('status: adopted', 'status: vedtatt')}`,
      'followup/2026.yaml':
        'schema_version: 1\nperiod: 2026\nmeasures:\n  M1: { status: in_progress }\n  M9: { status: completed }\n',
    });
    expect(codes(diagnostics)).toEqual(['unknown-measure followup/2026.yaml:5', 'schema measures/m.yaml:7']);
  });

  it('a measures file that does not parse makes no unknown-measure for the ids it names', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1')}  - { id: M2, title: [ }\n`,
      'followup/2026.yaml':
        'schema_version: 1\nperiod: 2026\nmeasures:\n  M1: { status: in_progress }\n  M2: { status: adopted }\n',
    });
    expect(diagnostics.map((d) => d.code)).not.toContain('unknown-measure');
    expect(diagnostics.map((d) => d.code)).toContain('yaml-syntax');
  });

  it('a broken factor makes no unknown-factor in the measure that uses it', () => {
    const diagnostics = validate({
      'factors/f.yaml': 'schema_version: 1\nfactors:\n  - { id: lokal-diesel, unit: l, kg_co2e: "2,66" }\n',
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('effect: { t_co2e: 1 }', 'activity: [{ factor: lokal-diesel, amount: -100 }]')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema factors/f.yaml:3']);
    expect(diagnostics[0]?.hint).toContain('point');
  });

  it('an inventory with a schema error makes no "has no inventory" and no missing base year', () => {
    const diagnostics = validate({
      'inventory/i.yaml': inventory.replace('heating: 500', 'heating: "500 t"'),
    });
    expect(codes(diagnostics)).toEqual(['schema inventory/i.yaml:4']);
    const whole = validate({
      'inventory/i.yaml': inventory.replace('source: test', 'scope: territorial\nyears: 2015'),
    });
    expect(whole.map((d) => d.code)).not.toContain('target-base-year-missing');
  });
});

describe('a schema error does not hide the file’s other problems', () => {
  it('leaves out a measure with `__proto__` and `constructor` keys without touching prototypes', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1', '    __proto__: { polluted: 1 }\n    constructor: 2\n')}${measure('M2').replace('sector: heating', 'sector: jordbruk')}`,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['schema', 'schema', 'unknown-sector']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a manifest broken beyond salvage still lets the other files be checked', () => {
    const diagnostics = validate({
      'budget.yaml': 'schema_version: 1\nmunicipality: { name: Testby }\nplan_period: { start: 2026 }\n',
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1', '    end: 2020\n').replace('sector: heating', 'sector: jordbruk')}`,
      'followup/2090.yaml': 'schema_version: 1\nperiod: 2090\nmeasures:\n  M1: { status: completed }\n',
    });
    // No followup-unknown-period: the budget's years are not known.
    expect(codes(diagnostics)).toEqual([
      'schema budget.yaml:3',
      'unknown-sector measures/m.yaml:5',
      'year-order measures/m.yaml:11',
    ]);
  });

  it('a manifest that did not load makes no unknown-sector for its categories', () => {
    const diagnostics = validate({
      'budget.yaml':
        'schema_version: 1\nmunicipality: { name: Testby }\nplan_period: { start: 2026 }\ncategories:\n  indirect:\n    - { id: food, nb: Mat }\n',
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('sector: heating', 'sector: food\n    scope: indirect')}${measure('M2').replace('sector: heating', 'sector: jordbruk')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema budget.yaml:3', 'unknown-sector measures/m.yaml:14']);
  });

  it('a broken `targets:` leaves the rest of the manifest and the other files checked', () => {
    const diagnostics = validate({
      'budget.yaml': `${manifest.replace(/targets:[\s\S]*/, '')}targets: t2030\n`,
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('sector: heating', 'sector: jordbruk')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema budget.yaml:4', 'unknown-sector measures/m.yaml:5']);
  });

  it('reports a broken measure and the year order of the next one', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('status: adopted', 'status: vedtatt')}${measure('M2', '    end: 2025\n')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema measures/m.yaml:7', 'year-order measures/m.yaml:19']);
  });

  it('reports every schema error of a file and the checks of the other files', () => {
    const diagnostics = validate({
      'budget.yaml': `${manifest}horizn: 2040\n`,
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('sector: heating', 'sector: jordbruk')}${measure('M2').replace('start: 2026', 'start: 2035')}`,
    });
    // The unknown key leaves the horizon in doubt: no measure-outside-horizon for M2.
    expect(codes(diagnostics)).toEqual(['schema budget.yaml:6', 'unknown-sector measures/m.yaml:5']);
    expect(diagnostics[1]?.hint).toContain('`agriculture`');
  });
});

describe('one syntax mistake, one error', () => {
  it('one tab in the indentation', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('    title: x', '\ttitle: x')}`,
    });
    expect(codes(diagnostics)).toEqual(['yaml-syntax measures/m.yaml:4']);
    expect(diagnostics[0]?.hint).toContain('4');
  });

  it('a key without a space after its colon', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('status: adopted', 'status:in_progress')}`,
    });
    expect(codes(diagnostics)).toEqual(['yaml-syntax measures/m.yaml:7']);
    expect(diagnostics[0]?.hint).toBe('Put a space after the colon: `status: in_progress`.');
  });

  it('a tab and, further on, a mistake of its own: both', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('    title: x', '\ttitle: x')}${measure('M2').replace('title: x', 'title: "x')}`,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-syntax', 'yaml-syntax']);
    expect(diagnostics[0]?.message).toContain('tab');
    expect(diagnostics[1]?.message).toContain('quoted text');
  });
});

describe('values that lead to the real problem', () => {
  it('an unquoted municipality number', () => {
    const diagnostics = validate({
      'budget.yaml': manifest.replace('{ name: Testby }', '{ name: Oslo, number: 0301 }'),
    });
    expect(codes(diagnostics)).toEqual(['schema budget.yaml:2']);
    expect(diagnostics[0]?.hint).toContain('"0301"');
  });

  it('a decimal comma in flow style', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('t_co2e: 1 }', 't_co2e: 12,5 }')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema measures/m.yaml:9']);
    expect(diagnostics[0]?.hint).toBe('Write decimals with a point: 12.5.');
  });

  it('decimal commas in a flow mapping of years: one error each, not a year error and an empty value too', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1', '    phase: { 2026: 0,2, 2027: 0,5 }\n')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema measures/m.yaml:11', 'schema measures/m.yaml:11']);
    expect(diagnostics.map((d) => d.hint)).toEqual([
      'Write decimals with a point: 0.2.',
      'Write decimals with a point: 0.5.',
    ]);
  });

  it('a cut copied with its typographic minus (−55)', () => {
    const diagnostics = validate({ 'budget.yaml': manifest.replace('reduction_pct: 50', 'reduction_pct: −55') });
    expect(codes(diagnostics)).toEqual(['schema budget.yaml:5']);
    expect(diagnostics[0]?.hint).toContain('`reduction_pct: 55`');
    const effect = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('t_co2e: 1 }', 't_co2e: −2.5 }')}`,
    });
    expect(effect[0]?.hint).toBe('The minus sign is a typographic one (−); write it as a hyphen: -2.5.');
  });

  it('a category written as its label in the manifest', () => {
    const diagnostics = validate({
      'budget.yaml': `${manifest}categories:\n  indirect:\n    - { id: food, nb: Mat, nn: Mat, en: Food }\n`,
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('sector: heating', 'sector: mat\n    scope: indirect')}`,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-sector']);
    expect(diagnostics[0]?.hint).toContain('Did you mean `food`?');
  });

  it('a start year beyond the years a budget names', () => {
    const diagnostics = validate({
      'measures/m.yaml': `schema_version: 1\nmeasures:\n${measure('M1').replace('start: 2026', 'start: 2209')}`,
    });
    expect(codes(diagnostics)).toEqual(['schema measures/m.yaml:8']);
    expect(diagnostics[0]?.hint).toContain('1900 and 2200');
  });
});
