import { listAll } from '../list-some.js';
import type { ImportMessages } from './index.js';

const sheet = 'Oversikt - detaljert';
const quoted = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'og'): string => listAll(names.map(quoted), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} og ${values.length - 10} til` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'rad' : 'rader'}`;
const csvHint = `Bruk arbeidsboka frå Miljødirektoratet (arket "${sheet}") eller ei CSV-fil med kolonnane Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), eller Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Meinte du ${list(near, 'eller')}?` : `Fila har ${examples(names)}.`;
const meanings = { notAvailable: 'ikkje tilgjengeleg', notApplicable: 'ikkje aktuelt', confidential: 'konfidensielt' };

/** `import mdir` and `diff`'s revisions in nynorsk. */
export const importNn: ImportMessages = {
  mdirEmpty: () => ({ message: 'Fila er tom.', hint: csvHint }),
  mdirHeader: ({ missing, header }) => ({
    message: `Overskriftsrada er ikkje frå nokon av tabellane til Miljødirektoratet: ho manglar ${list(missing)}.`,
    hint: `${csvHint} Overskriftsrada som vart lesen: ${header}`,
  }),
  mdirNotWorkbook: () => ({
    message: 'Fila er ikkje ei Excel-arbeidsbok (.xlsx).',
    hint: `Bruk xlsx-fila frå Miljødirektoratet, eller arket "${sheet}" lagra som CSV.`,
  }),
  mdirNoSheet: ({ sheets }) => ({
    message: `Arbeidsboka har ikkje noko ark "${sheet}".`,
    hint: `Arka er ${sheets.map((name) => `"${name}"`).join(', ') || 'ingen'}; arbeidsboka med kommunestatistikken frå Miljødirektoratet har dette arket.`,
  }),
  mdirNoHeaderRow: ({ sheet: name, columns }) => ({
    message: `Arket "${name}" har inga overskriftsrad med kolonnane ${list(columns)}.`,
    hint: csvHint,
  }),
  mdirFieldCount: ({ fields, expected, delimiter }) => ({
    message: `Rada har ${fields} felt; overskriftsrada har ${expected}.`,
    hint:
      fields > expected
        ? `Set eit felt som inneheld ${delimiter === '\t' ? 'ein tabulator' : `"${delimiter}"`} i doble hermeteikn, t.d. "Industri, olje og gass".`
        : 'Gje kvar kolonne i overskriftsrada ein verdi, sjølv om han er tom.',
  }),
  mdirNumberEmpty: () => ({
    message: 'Kommunenummeret er tomt.',
    hint: 'Kvar rad treng kommunenummeret sitt (fire siffer, t.d. 4001).',
  }),
  mdirNumberInvalid: ({ written }) => ({
    message: `Kommunenummeret "${written}" er ikkje eit nummer på fire siffer.`,
    hint: 'Kommunenummer har fire siffer, t.d. 0301 eller 4001.',
  }),
  mdirNameEmpty: () => ({ message: 'Kommunenamnet er tomt.', hint: 'Kvar rad treng namnet på kommunen sin.' }),
  mdirYear: ({ written }) => ({
    message: written === '' ? 'Året er tomt.' : `"${written}" er ikkje eit årstal.`,
    hint: 'Skriv året med fire siffer, t.d. 2024.',
  }),
  mdirSector: ({ written, near, sectors }) => ({
    message: written === '' ? 'Sektoren er tom.' : `"${written}" er ikkje ein av sektorane til Miljødirektoratet.`,
    hint: `${near.length > 0 ? `Meinte du ${list(near, 'eller')}? ` : ''}Sektorane er ${list(sectors)}.`,
  }),
  mdirSourceEmpty: () => ({
    message: 'Utsleppskjelda (Utslippskilde) er tom.',
    hint: 'Kvar rad treng namnet på utsleppskjelda si, t.d. Personbiler.',
  }),
  mdirTonnes: ({ written, pointed }) => ({
    message: `Utsleppet "${written}" er ikkje eit tal.`,
    hint:
      pointed === undefined
        ? 'Skriv utsleppet i tonn CO2e som eit reint tal, t.d. 1234,5.'
        : `I ei kommaseparert fil er desimalteiknet punktum: ${pointed}.`,
  }),
  mdirLandUse: ({ name, count }) => ({
    message: `Sektoren "${name}" er hoppa over (${rows(count)}): skog og arealbruk blir haldne utanfor utsleppsrekneskapen.`,
    hint: 'Miljødirektoratet publiserer utslepp og opptak frå arealbruk for seg, skilt frå dei ti sektorane som måla blir sette for.',
  }),
  mdirMissingSymbol: ({ symbol, meaning, count }) => ({
    message: `Utsleppet "${symbol}" (${meanings[meaning]}) er lese som 0 (${rows(count)}).`,
    hint: 'Sjekk desse tala med Miljødirektoratet før du stolar på summane.',
  }),
  mdirCsvSyntax: ({ reason }) => ({
    message: `Rada er ikkje gyldig CSV: ${
      reason === 'unclosed'
        ? 'eit hermeteikn som blir opna her, blir aldri lukka'
        : reason === 'closing'
          ? 'eit felt i hermeteikn blir følgt av andre teikn'
          : `csv-parse melder ${reason.code}`
    }.`,
    hint: 'Set eit felt som inneheld skiljeteiknet eller eit hermeteikn i hermeteikn, og dobla hermeteikna inni det ("").',
  }),
  mdirNotUtf8: () => ({
    message: 'Fila er ikkje UTF-8; ho er lesen som Windows-1252 (slik Excel lagrar CSV i Noreg).',
    hint: 'Sjekk at æ, ø og å ser rette ut i resultatet, eller lagra fila som UTF-8.',
  }),
  mdirNoMunicipality: ({ example }) => ({
    message: 'Ingen kommune er oppgitt.',
    hint: `Oppgje namnet, t.d. ${example}.`,
  }),
  mdirNoRows: () => ({ message: 'Fila har ingen rader å importere.', hint: csvHint }),
  mdirNoNumber: ({ number, known }) => ({
    message: `Ingen kommune i fila har nummeret ${number}.`,
    hint: `Fila har ${examples(known)}.`,
  }),
  mdirSeveralMatch: ({ query, names }) => ({
    message: `"${query}" passar med fleire kommunar: ${list(names)}.`,
    hint: 'Oppgje heile namnet eller nummeret.',
  }),
  mdirNoName: ({ query, near, names }) => ({
    message: `Fila har ingen kommune som heiter "${query}".`,
    hint: noName(near, names),
  }),
  mdirSameName: ({ name, numbers }) => ({
    message: `Fleire kommunar heiter "${name}": ${numbers.join(', ')}.`,
    hint: `Oppgje nummeret i staden, t.d. ${numbers[0]}.`,
  }),
  mdirUnknownNumber: ({ number, example }) => ({
    message: `Ingen kommune i Noreg har nummeret ${number} (kommuneinndelinga frå 2024), og fila har ingen kommunenummer.`,
    hint: `Oppgje namnet i staden, t.d. ${example}.`,
  }),
  mdirNumberNotInFile: ({ number, name, near, names }) => ({
    message: `Nummer ${number} er ${name}, som ikkje finst i fila (ho har ingen kommunenummer).`,
    hint: noName(near, names),
  }),
  revisionDash: ({ revision }) => ({ message: `"${revision}" er verken ei mappe eller ein git-revisjon.` }),
  revisionNoRepository: ({ revision, dir }) => ({
    message: `"${revision}" er inga mappe, og ${dir} ligg ikkje i eit git-repositorium der han kan lesast som ein revisjon.`,
    hint: 'Oppgje to budsjettmapper, eller køyr diff inne i repositoriet til budsjettet (eller oppgje mappa med --dir).',
  }),
  revisionUnknown: ({ revision, top }) => ({
    message: `"${revision}" er verken ei mappe eller ein revisjon i git-repositoriet ${top}.`,
    hint: 'Oppgje ei mappe, ei grein, ein tagg eller ein commit (sjå git log --oneline).',
  }),
  revisionNoFolder: ({ folder, revision }) => ({
    message: `Budsjettmappa ${folder} finst ikkje i revisjonen ${revision}.`,
    hint: 'Samanlikn med ein revisjon som har mappa, eller oppgje det gamle budsjettet som ei mappe.',
  }),
  revisionCopyFailed: ({ revision, reason }) => ({
    message: `Revisjonen ${revision} kunne ikkje kopierast til ei mellombels mappe (${reason}).`,
    hint: 'Sjekk ledig plass og tilgangane til den mellombelse mappa (TMPDIR).',
  }),
  revisionPathOutside: ({ revision, path }) => ({
    message: `Revisjonen ${revision} har stien "${path}", som ville hamna utanfor kopien; ingenting frå revisjonen blir lese.`,
    hint: 'git sjølv nektar å sjekke ut eit slikt tre: commiten er laga med vilje. Samanlikn med ein annan revisjon.',
  }),
  revisionNoGit: ({ reason }) => ({
    message: `git kunne ikkje køyrast (${reason}), så revisjonar kan ikkje lesast.`,
    hint: 'Installer git, eller oppgje det gamle budsjettet som ei mappe.',
  }),
};
