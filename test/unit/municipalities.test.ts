import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vintageFromFileName } from '../../src/cli/commands/import.js';
import { municipalityFromOption, numberForName } from '../../src/cli/municipality.js';
import {
  municipalities,
  municipalitiesNamed,
  municipalityByNumber,
  nearestMunicipalityNames,
} from '../../src/data/municipalities.js';
import { hasShared, sharedDir } from '../helpers/shared.js';

/** The 2024 division: municipalities per county (Ålesund's split gave Møre og Romsdal its 27th, 1580 Haram). */
const perCounty: Record<string, number> = {
  Oslo: 1,
  Rogaland: 23,
  'Møre og Romsdal': 27,
  Nordland: 41,
  Østfold: 12,
  Akershus: 21,
  Buskerud: 18,
  Innlandet: 46,
  Vestfold: 6,
  Telemark: 17,
  Agder: 25,
  Vestland: 43,
  Trøndelag: 38,
  Troms: 21,
  Finnmark: 18,
};

/** The first two digits of a municipality number are its county's number in 2024. */
const countyNumbers: Record<string, string> = {
  Oslo: '03',
  Rogaland: '11',
  'Møre og Romsdal': '15',
  Nordland: '18',
  Østfold: '31',
  Akershus: '32',
  Buskerud: '33',
  Innlandet: '34',
  Vestfold: '39',
  Telemark: '40',
  Agder: '42',
  Vestland: '46',
  Trøndelag: '50',
  Troms: '55',
  Finnmark: '56',
};

describe('the built-in list of municipalities (data/municipalities.csv)', () => {
  const all = municipalities();

  it('has the 357 municipalities of 2024, each number once, in number order', () => {
    expect(all).toHaveLength(357);
    expect(new Set(all.map((municipality) => municipality.number)).size).toBe(357);
    expect(all.map((municipality) => municipality.number)).toEqual(all.map((m) => m.number).sort());
  });

  it('has the counties of 2024 with their counts, numbers under their county number', () => {
    const counts: Record<string, number> = {};
    for (const municipality of all) {
      counts[municipality.county] = (counts[municipality.county] ?? 0) + 1;
      expect(municipality.number.slice(0, 2), municipality.name).toBe(countyNumbers[municipality.county]);
    }
    expect(counts).toEqual(perCounty);
  });

  it('has Telemark as 4001–4036, every name of the Telemark extract among them', () => {
    const telemark = all.filter((municipality) => municipality.county === 'Telemark');
    expect(telemark.map((municipality) => municipality.number)).toEqual([
      '4001',
      '4003',
      '4005',
      '4010',
      '4012',
      '4014',
      '4016',
      '4018',
      '4020',
      '4022',
      '4024',
      '4026',
      '4028',
      '4030',
      '4032',
      '4034',
      '4036',
    ]);
    if (!hasShared) return;
    const csv = readFileSync(join(sharedDir, 'data/mdir/telemark-2026.csv'), 'utf8');
    const names = new Set(
      csv
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .filter(Boolean),
    );
    for (const name of names) expect(municipalitiesNamed(name as string).map((m) => m.county)).toEqual(['Telemark']);
  });

  it('finds a municipality by number, also without the leading zero', () => {
    expect(municipalityByNumber('4012')?.name).toBe('Bamble');
    expect(municipalityByNumber('301')?.name).toBe('Oslo');
    expect(municipalityByNumber('1580')?.name).toBe('Haram');
    expect(municipalityByNumber('4229')).toBeUndefined();
  });

  it('finds a name in any case, by a parallel name, and as the statistics write two names', () => {
    expect(municipalitiesNamed('bamble').map((m) => m.number)).toEqual(['4012']);
    expect(municipalitiesNamed('Guovdageaidnu').map((m) => m.number)).toEqual(['5612']);
    expect(municipalitiesNamed('Kautokeino - Guovdageaidnu').map((m) => m.number)).toEqual(['5612']);
    expect(municipalitiesNamed('Herøy').map((m) => m.number)).toEqual(['1515', '1818']);
    expect(municipalitiesNamed('Bamle')).toEqual([]);
  });

  it('suggests names for a typo or æøå written in ASCII', () => {
    expect(nearestMunicipalityNames('Kragero')).toContain('Kragerø');
    expect(nearestMunicipalityNames('Baerum')).toContain('Bærum');
    expect(nearestMunicipalityNames('Porsgrun')).toEqual(['Porsgrunn']);
  });
});

describe('--municipality by name or number', () => {
  it('gives the number of a name and the name of a number', () => {
    expect(municipalityFromOption('Bamble')).toEqual({ name: 'Bamble', number: '4012' });
    expect(municipalityFromOption('4012')).toEqual({ name: 'Bamble', number: '4012' });
    expect(() => municipalityFromOption('9999')).toThrow('No municipality of Norway has number 9999');
  });

  it('spells a known name as the list does, keeps an unknown one, and refuses a blank one', () => {
    expect(municipalityFromOption('midt telemark')).toEqual({ name: 'Midt-Telemark', number: '4020' });
    expect(municipalityFromOption('Guovdageaidnu - Kautokeino').name).toBe('Guovdageaidnu - Kautokeino');
    expect(municipalityFromOption('Bamle').name).toBe('Bamle');
    expect(() => municipalityFromOption('  ')).toThrow('The municipality name is empty.');
  });

  it('warns when a name matches none, or two', () => {
    expect(numberForName('Bamle').warning?.('en').hint).toBe(
      'Did you mean "Bamble"? Or give the number with --number.',
    );
    expect(numberForName('Våler').warning?.('en').message).toContain(
      'Våler (Østfold, 3114) and Våler (Innlandet, 3419)',
    );
    expect(numberForName('Bamle').warning?.('nb').hint).toBe(
      'Mente du "Bamble"? Ellers kan du oppgi nummeret med --number.',
    );
    expect(numberForName('Våler').warning?.('nn').message).toContain(
      'Våler (Østfold, 3114) og Våler (Innlandet, 3419)',
    );
    expect(numberForName('Våler').number).toBeUndefined();
  });
});

describe('the vintage from the file name', () => {
  it('is a year after the data, not a data year', () => {
    expect(vintageFromFileName('data/telemark-2026.csv', [2009, 2024])).toBe('2026');
    expect(vintageFromFileName('utslipp-2009-2024.csv', [2009, 2024])).toBeNull();
    expect(vintageFromFileName('kommuner.xlsx', [2009, 2024])).toBeNull();
    expect(vintageFromFileName('x20261.csv', [2024])).toBeNull();
  });
});
