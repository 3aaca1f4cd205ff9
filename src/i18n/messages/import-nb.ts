import { listAll } from '../list-some.js';
import type { ImportMessages } from './index.js';

const sheet = 'Oversikt - detaljert';
const quoted = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'og'): string => listAll(names.map(quoted), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} og ${values.length - 10} til` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'rad' : 'rader'}`;
const csvHint = `Bruk arbeidsboka fra Miljødirektoratet (arket "${sheet}") eller en CSV-fil med kolonnene Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), eller Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Mente du ${list(near, 'eller')}?` : `Fila har ${examples(names)}.`;
const meanings = { notAvailable: 'ikke tilgjengelig', notApplicable: 'ikke aktuelt', confidential: 'konfidensielt' };

/** `import mdir` and `diff`'s revisions in bokmål. */
export const importNb: ImportMessages = {
  mdirEmpty: () => ({ message: 'Fila er tom.', hint: csvHint }),
  mdirHeader: ({ missing, header }) => ({
    message: `Overskriftsraden er ikke fra en av Miljødirektoratets tabeller: den mangler ${list(missing)}.`,
    hint: `${csvHint} Overskriftsraden som ble lest: ${header}`,
  }),
  mdirNotWorkbook: () => ({
    message: 'Fila er ikke en Excel-arbeidsbok (.xlsx).',
    hint: `Bruk xlsx-fila fra Miljødirektoratet, eller arket "${sheet}" lagret som CSV.`,
  }),
  mdirNoSheet: ({ sheets }) => ({
    message: `Arbeidsboka har ikke noe ark "${sheet}".`,
    hint: `Arkene er ${sheets.map((name) => `"${name}"`).join(', ') || 'ingen'}; arbeidsboka med kommunestatistikken fra Miljødirektoratet har dette arket.`,
  }),
  mdirNoHeaderRow: ({ sheet: name, columns }) => ({
    message: `Arket "${name}" har ingen overskriftsrad med kolonnene ${list(columns)}.`,
    hint: csvHint,
  }),
  mdirFieldCount: ({ fields, expected, delimiter }) => ({
    message: `Raden har ${fields} felt; overskriftsraden har ${expected}.`,
    hint:
      fields > expected
        ? `Sett et felt som inneholder ${delimiter === '\t' ? 'en tabulator' : `"${delimiter}"`} i doble anførselstegn, f.eks. "Industri, olje og gass".`
        : 'Gi hver kolonne i overskriftsraden en verdi, selv om den er tom.',
  }),
  mdirNumberEmpty: () => ({
    message: 'Kommunenummeret er tomt.',
    hint: 'Hver rad trenger kommunenummeret sitt (fire sifre, f.eks. 4001).',
  }),
  mdirNumberInvalid: ({ written }) => ({
    message: `Kommunenummeret "${written}" er ikke et nummer på fire sifre.`,
    hint: 'Kommunenumre har fire sifre, f.eks. 0301 eller 4001.',
  }),
  mdirNameEmpty: () => ({ message: 'Kommunenavnet er tomt.', hint: 'Hver rad trenger navnet på kommunen sin.' }),
  mdirYear: ({ written }) => ({
    message: written === '' ? 'Året er tomt.' : `"${written}" er ikke et årstall.`,
    hint: 'Skriv året med fire sifre, f.eks. 2024.',
  }),
  mdirSector: ({ written, near, sectors }) => ({
    message: written === '' ? 'Sektoren er tom.' : `"${written}" er ikke en av Miljødirektoratets sektorer.`,
    hint: `${near.length > 0 ? `Mente du ${list(near, 'eller')}? ` : ''}Sektorene er ${list(sectors)}.`,
  }),
  mdirSourceEmpty: () => ({
    message: 'Utslippskilden (Utslippskilde) er tom.',
    hint: 'Hver rad trenger navnet på utslippskilden sin, f.eks. Personbiler.',
  }),
  mdirTonnes: ({ written, pointed }) => ({
    message: `Utslippet "${written}" er ikke et tall.`,
    hint:
      pointed === undefined
        ? 'Skriv utslippet i tonn CO2e som et rent tall, f.eks. 1234,5.'
        : `I en kommaseparert fil er desimaltegnet punktum: ${pointed}.`,
  }),
  mdirLandUse: ({ name, count }) => ({
    message: `Sektoren "${name}" er hoppet over (${rows(count)}): skog og arealbruk holdes utenfor utslippsregnskapet.`,
    hint: 'Miljødirektoratet publiserer utslipp og opptak fra arealbruk for seg, atskilt fra de ti sektorene som målene settes for.',
  }),
  mdirMissingSymbol: ({ symbol, meaning, count }) => ({
    message: `Utslippet "${symbol}" (${meanings[meaning]}) er lest som 0 (${rows(count)}).`,
    hint: 'Sjekk disse tallene med Miljødirektoratet før du stoler på summene.',
  }),
  mdirCsvSyntax: ({ reason }) => ({
    message: `Raden er ikke gyldig CSV: ${
      reason === 'unclosed'
        ? 'et anførselstegn som åpnes her, lukkes aldri'
        : reason === 'closing'
          ? 'et felt i anførselstegn følges av andre tegn'
          : `csv-parse melder ${reason.code}`
    }.`,
    hint: 'Sett et felt som inneholder skilletegnet eller et anførselstegn i anførselstegn, og doble anførselstegnene inni det ("").',
  }),
  mdirNotUtf8: () => ({
    message: 'Fila er ikke UTF-8; den er lest som Windows-1252 (slik Excel lagrer CSV i Norge).',
    hint: 'Sjekk at æ, ø og å ser riktige ut i resultatet, eller lagre fila som UTF-8.',
  }),
  mdirNoMunicipality: ({ example }) => ({
    message: 'Ingen kommune er oppgitt.',
    hint: `Oppgi navnet, f.eks. ${example}.`,
  }),
  mdirNoRows: () => ({ message: 'Fila har ingen rader å importere.', hint: csvHint }),
  mdirNoNumber: ({ number, known }) => ({
    message: `Ingen kommune i fila har nummeret ${number}.`,
    hint: `Fila har ${examples(known)}.`,
  }),
  mdirSeveralMatch: ({ query, names }) => ({
    message: `"${query}" passer med flere kommuner: ${list(names)}.`,
    hint: 'Oppgi hele navnet eller nummeret.',
  }),
  mdirNoName: ({ query, near, names }) => ({
    message: `Fila har ingen kommune som heter "${query}".`,
    hint: noName(near, names),
  }),
  mdirSameName: ({ name, numbers }) => ({
    message: `Flere kommuner heter "${name}": ${numbers.join(', ')}.`,
    hint: `Oppgi nummeret i stedet, f.eks. ${numbers[0]}.`,
  }),
  mdirUnknownNumber: ({ number, example }) => ({
    message: `Ingen kommune i Norge har nummeret ${number} (kommuneinndelingen fra 2024), og fila har ingen kommunenumre.`,
    hint: `Oppgi navnet i stedet, f.eks. ${example}.`,
  }),
  mdirNumberNotInFile: ({ number, name, near, names }) => ({
    message: `Nummer ${number} er ${name}, som ikke finnes i fila (den har ingen kommunenumre).`,
    hint: noName(near, names),
  }),
  revisionDash: ({ revision }) => ({ message: `"${revision}" er verken en mappe eller en git-revisjon.` }),
  revisionNoRepository: ({ revision, dir }) => ({
    message: `"${revision}" er ingen mappe, og ${dir} ligger ikke i et git-repositorium der den kan leses som en revisjon.`,
    hint: 'Oppgi to budsjettmapper, eller kjør diff inne i budsjettets repositorium (eller oppgi mappa med --dir).',
  }),
  revisionUnknown: ({ revision, top }) => ({
    message: `"${revision}" er verken en mappe eller en revisjon i git-repositoriet ${top}.`,
    hint: 'Oppgi en mappe, en gren, en tagg eller en commit (se git log --oneline).',
  }),
  revisionNoFolder: ({ folder, revision }) => ({
    message: `Budsjettmappa ${folder} finnes ikke i revisjonen ${revision}.`,
    hint: 'Sammenlign med en revisjon som har mappa, eller oppgi det gamle budsjettet som en mappe.',
  }),
  revisionCopyFailed: ({ revision, reason }) => ({
    message: `Revisjonen ${revision} kunne ikke kopieres til en midlertidig mappe (${reason}).`,
    hint: 'Sjekk ledig plass og tilgangene til den midlertidige mappa (TMPDIR).',
  }),
  revisionPathOutside: ({ revision, path }) => ({
    message: `Revisjonen ${revision} har stien "${path}", som ville havnet utenfor kopien; ingenting fra revisjonen blir lest.`,
    hint: 'git selv nekter å sjekke ut et slikt tre: commiten er laget med vilje. Sammenlign med en annen revisjon.',
  }),
  revisionNoGit: ({ reason }) => ({
    message: `git kunne ikke kjøres (${reason}), så revisjoner kan ikke leses.`,
    hint: 'Installer git, eller oppgi det gamle budsjettet som en mappe.',
  }),
};
