import { readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { packageFile } from '../package-root.js';

/**
 * Norway's municipalities (the division of 1 January 2024) from `data/municipalities.csv`: the
 * number of a name and the name of a number, for `init` and `import mdir` (whose reduced CSV has
 * names only). The file's header says where the list comes from and what is uncertain.
 */

export interface Municipality {
  /** Four digits. */
  number: string;
  /** The Norwegian name. */
  name: string;
  county: string;
  /** Official Sami, Kven or other parallel names. */
  otherNames: readonly string[];
}

let cached: readonly Municipality[] | undefined;

/** Every municipality, in number order; read once per process. */
export function municipalities(): readonly Municipality[] {
  cached ??= parseMunicipalities(readFileSync(packageFile('data/municipalities.csv'), 'utf8'));
  return cached;
}

/** Parses the data file: `#` comment lines, a header row, then `number,name,county,other_names`. */
export function parseMunicipalities(text: string): Municipality[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [number = '', name = '', county = '', others = ''] = line.split(',');
    // Shipped data, checked by test/unit/municipalities.test.ts; a broken line is a bug, not user input.
    if (!/^\d{4}$/.test(number) || name === '') throw new Error(`data/municipalities.csv: bad line "${line}"`);
    return { number, name, county, otherNames: others === '' ? [] : others.split('/') };
  });
}

/** The municipality with this number (`4012`, or `401`/`301` without the leading zero). */
export function municipalityByNumber(number: string): Municipality | undefined {
  const wanted = number.trim().padStart(4, '0');
  return municipalities().find((municipality) => municipality.number === wanted);
}

/**
 * The municipalities a name names: its Norwegian name or a parallel one, in any case and spacing,
 * also written as the statistics write it (`Guovdageaidnu - Kautokeino`). Two for Herøy and Våler.
 */
export function municipalitiesNamed(name: string): Municipality[] {
  const parts = name.split(/\s+[-–]\s+/).map(foldName);
  return municipalities().filter((municipality) =>
    namesOf(municipality).some((known) => parts.includes(foldName(known))),
  );
}

/** Up to three names close to `name` (a typo, or æøå written as ae/o/a), nearest first. */
export function nearestMunicipalityNames(name: string): string[] {
  const wanted = asciiFold(name);
  return municipalities()
    .flatMap((municipality) =>
      namesOf(municipality).map((known) => ({ known, score: distance(wanted, asciiFold(known)) })),
    )
    .filter(({ known, score }) => score <= Math.max(1, Math.floor(Math.max(wanted.length, known.length) / 4)))
    .sort((a, b) => a.score - b.score || (a.known < b.known ? -1 : 1))
    .map(({ known }) => known)
    .filter((known, index, all) => all.indexOf(known) === index)
    .slice(0, 3);
}

/** `Herøy (Møre og Romsdal, 1515)`: a name that says which one. */
export function describeMunicipality(municipality: Municipality): string {
  return `${municipality.name} (${municipality.county}, ${municipality.number})`;
}

function namesOf(municipality: Municipality): string[] {
  return [municipality.name, ...municipality.otherNames];
}

/** Case aside, and spaces, `-` and `_` alike: `nord_fron` and `Nord-Fron` are one name. */
function foldName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** How the list spells a name written in other case or spacing (`bamble` → `Bamble`), if it has it. */
export function listSpelling(name: string): string | undefined {
  const wanted = foldName(name);
  for (const municipality of municipalities()) {
    const known = namesOf(municipality).find((candidate) => foldName(candidate) === wanted);
    if (known !== undefined) return known;
  }
  return undefined;
}

/** Lower case without diacritics, æ → ae, ø → o, å → a: `Kragero` is near `Kragerø`. */
function asciiFold(name: string): string {
  return foldName(name).replaceAll('æ', 'ae').replaceAll('ø', 'o').normalize('NFD').replace(/\p{M}/gu, '');
}
