import { listAll } from '../list-some.js';
import type { LeftOutReason, Refusal, UsageMessages } from './index.js';

/** `a, b eller c`. */
const listOr = (values: readonly string[]): string => listAll(values, 'eller');
const listAnd = (values: readonly string[]): string => listAll(values, 'og');
const meaning = (meant: string | undefined): string => (meant === undefined ? '' : `Mente du \`${meant}\`? `);
const suggestion = (near: readonly string[]): string =>
  near.length > 1 ? `\n(Mente du en av ${near.join(', ')}?)` : near.length === 1 ? `\n(Mente du ${near[0]}?)` : '';

const refusals: Record<Refusal, string> = {
  folder: 'det er en mappe',
  pathFile: 'en del av stien er en fil',
  denied: 'ingen tilgang',
  readOnly: 'filsystemet er skrivebeskyttet',
  diskFull: 'disken er full',
  quota: 'diskkvoten er brukt opp',
  nameTooLong: 'navnet er for langt',
  noReader: 'ingen leser fra den',
  symlink: 'det er en symbolsk lenke, og den blir aldri erstattet (skriv til fila den peker på, eller bruk -o -)',
  exists: 'den finnes allerede',
  socket: 'det er en socket',
};

const leftOut: Record<LeftOutReason, string> = {
  outside: 'den peker ut av repositoriet',
  nothing: 'den peker på noe som ikke finnes i revisjonen',
  loops: 'den går i ring',
};

/** The CLI's error lines in bokmål. */
export const usageNb: UsageMessages = {
  commanderError: 'feil',
  unknownOption: ({ option, near }) => `ukjent valg '${option}'${suggestion(near)}`,
  unknownCommand: ({ command, near }) => `ukjent kommando '${command}'${suggestion(near)}`,
  missingArgument: ({ argument }) => `argumentet '${argument}' mangler`,
  optionMissingArgument: ({ option }) => `valget '${option}' mangler en verdi`,
  missingMandatoryOption: ({ option }) => `valget '${option}' må være med`,
  excessArguments: ({ command, expected, received, details }) =>
    `for mange argumenter${command === undefined ? '' : ` til '${command}'`}: ventet ${expected}, fikk ${received}: ${details}.`,
  takesYear: ({ option, value }) => ({ message: `${option} skal ha et årstall, ikke "${value}".` }),
  takesCount: ({ option, value, min, max }) => ({
    message: `${option} skal ha et helt tall ${max === undefined ? `≥ ${min}` : `fra ${min} til ${max}`}, ikke "${value}".`,
  }),
  takesChoice: ({ option, allowed, value, meant }) => ({
    message: `${option} skal være ${listOr(allowed)}, ikke "${value}".`,
    hint: `${meaning(meant)}Bruk ${listOr(allowed)}.`,
  }),
  takesList: ({ option, text, allowed }) => ({
    message: `${option} skal ha en liste med komma mellom, ikke "${text}".`,
    hint: `Bruk ${listOr(allowed)}.`,
  }),
  notInList: ({ option, value, allowed, meant }) => ({
    message: `${option}: "${value}" er ingen status.`,
    hint: `${meaning(meant)}Bruk ${listOr(allowed)}.`,
  }),
  formatOfExtension: ({ file, near, formats, exportOnly }) => ({
    message: `Filendelsen til ${file} sier ikke hvilket format fila skal ha.`,
    hint:
      `${near ? `Mente du ${near}? ` : ''}Bruk ${listOr(formats)} ` +
      `(export også ${listAnd(exportOnly)}), eller oppgi --format.`,
  }),
  excelCsvNotCsv: ({ format }) => ({
    message: `--excel-csv gjelder CSV, ikke ${format}.`,
    hint: 'Oppgi -o FIL.csv (export også FIL.zip), eller --format csv.',
  }),
  noSuchTable: ({ table, near, ids }) => ({
    message: `Her finnes ingen tabell "${table}".`,
    hint: `${near ? `Mente du ${near}? ` : ''}Velg en av: ${ids.join(', ')}.`,
  }),
  noTable: () => ({ message: 'Det finnes ingen tabell å skrive.' }),
  csvOneTable: ({ ids }) => ({
    message: 'En CSV-fil rommer én tabell: velg den med --table, eller skriv alle tabellene med -o rapport.zip.',
    hint: `Tabellene: ${ids.join(', ')}.`,
  }),
  binaryToTerminal: ({ format, template }) => ({
    message: `${format === 'xlsx' ? 'En xlsx-arbeidsbok' : 'Et zip-arkiv'} er binær og skrives ikke til terminalen.`,
    hint: template ? 'Oppgi -o tiltak.xlsx.' : `Oppgi -o rapport.${format}, eller send utdata til en fil.`,
  }),
  templateIsXlsx: () => ({ message: 'Malen er en Excel-arbeidsbok.', hint: 'Oppgi -o tiltak.xlsx.' }),
  listingFormat: ({ listing, format, dir }) => ({
    message: `Kommandoen ${listing} skriver table, csv, md eller json; ${format} skrives av export.`,
    hint: `klimabudsjett export ${dir} -o rapport.${format}`,
  }),
  yearOutside: ({ year, first, horizon }) => ({
    message: `--year ${year} ligger utenfor budsjettets år ${first}–${horizon}.`,
    hint: 'Oppgi et år fra planstart til tidshorisonten.',
  }),
  noSchema: ({ name, kinds }) => ({
    message: `Det finnes ikke noe skjema "${name}".`,
    hint: `Velg et av: ${kinds.join(', ')}.`,
  }),
  outDirIsFile: ({ dir }) => ({ message: `--out-dir ${dir} er en fil, ikke en mappe.` }),
  diffFormat: ({ format }) => ({
    message: `diff skriver table, md eller json, ikke ${format}.`,
    hint: 'Bruk -o endringer.md, eller --format json.',
  }),
  overwritesInput: () => ({ message: 'Utdata ville skrevet over innfila.', hint: 'Velg en annen sti for -o.' }),
  overwritesWorkbook: () => ({ message: 'Utdata ville skrevet over arbeidsboka.', hint: 'Velg en annen sti for -o.' }),
  outputExists: ({ file, listed }) => ({
    message: `${file} finnes allerede; import erstatter den ikke.`,
    hint: `Oppgi --force for å erstatte den${listed ? ' (endringene blir listet opp)' : ''}, eller velg en annen sti for -o.`,
  }),
  cannotRead: ({ file, of }) => ({
    message: `Klarer ikke å lese ${file}.`,
    hint:
      of === 'statistics'
        ? 'Oppgi stien til en CSV-fil eller til Excel-arbeidsboka fra Miljødirektoratet.'
        : 'Oppgi stien til arbeidsboka som `export --template` laget.',
  }),
  noBudgetForImport: () => ({
    message: 'import measures sjekker tiltakene mot budsjettet sitt, men fant ingen budsjettmappe.',
    hint: 'Oppgi --budget MAPPE (mappa med budget.yaml), eller en sti for -o inne i budsjettet.',
  }),
  notAFolder: ({ path }) => ({
    message: `${path} er en fil, ikke en mappe.`,
    hint: 'Oppgi stien til en ny eller tom mappe.',
  }),
  numberDigits: ({ number }) => ({
    message: `Kommunenummeret skal ha fire sifre, ikke "${number}".`,
    hint: 'F.eks. --number 4001.',
  }),
  filesExist: ({ files, budgetFolder }) => ({
    message: `${files.join(', ')} finnes allerede; init skriver bare nye filer.`,
    hint:
      budgetFolder === undefined
        ? 'Velg en annen mappe, eller flytt de filene et annet sted.'
        : `${budgetFolder} er allerede en budsjettmappe: sjekk den med \`klimabudsjett validate ${budgetFolder}\`.`,
  }),
  nameFromFolder: ({ words }) => ({
    message: `${words.message.replace(/\.$/, '')}; navnet er hentet fra mappenavnet.`,
    hint: `${words.hint ? `${words.hint} ` : ''}Oppgi kommunen med --municipality NAVN eller NUMMER.`,
  }),
  noMunicipalityNumbered: ({ number }) => ({
    message: `Ingen kommune i Norge har nummeret ${number} (kommuneinndelingen fra 2024).`,
    hint: 'Oppgi navnet, eller et nummer som 0301 eller 4001.',
  }),
  municipalityNameEmpty: () => ({
    message: 'Kommunenavnet er tomt.',
    hint: 'Oppgi navnet eller nummeret, f.eks. --municipality Skien.',
  }),
  nameShared: ({ name, municipalities, number }) => ({
    message: `${municipalities.length} kommuner heter "${name}": ${listAnd(municipalities)}; kommunenummeret er ikke fylt inn.`,
    hint: `Oppgi nummeret: --number ${number ?? 'NNNN'} (init), eller --municipality med nummeret.`,
  }),
  nameUnknown: ({ name, near }) => ({
    message: `Ingen kommune i Norge (kommuneinndelingen fra 2024) heter "${name}"; kommunenummeret er ikke fylt inn.`,
    hint:
      near.length > 0
        ? `Mente du ${near.map((known) => `"${known}"`).join(' eller ')}? Ellers kan du oppgi nummeret med --number.`
        : 'Sjekk skrivemåten, eller oppgi nummeret med --number.',
  }),
  warning: 'advarsel',
  symlinkLeftOut: ({ revision, path, reason }) =>
    `merk: ${revision}:${path} er en symbolsk lenke og er holdt utenfor sammenligningen: ${leftOut[reason]}.`,
  couldNotWrite: ({ file, refusal, error }) =>
    `Klarte ikke å skrive ${file}: ${refusal === undefined ? error : refusals[refusal]}.`,
  cannotWriteOutput: ({ refusal, error }) =>
    `klarte ikke å skrive utdataene: ${refusal === undefined ? error : refusals[refusal]}`,
  refusingInput: ({ file, reader }) =>
    `Skriver ikke ${file}: fila leses av ${reader === 'import' ? 'denne importen' : `budsjettet ${reader.budget}`}.`,
  internalError: ({ message, url }) => `intern feil: ${message}\nDette er en programfeil; meld den gjerne på ${url}.`,
};
