import { listAll } from '../list-some.js';
import type { LeftOutReason, Refusal, UsageMessages } from './index.js';

/** `a, b eller c`. */
const listOr = (values: readonly string[]): string => listAll(values, 'eller');
const listAnd = (values: readonly string[]): string => listAll(values, 'og');
const meaning = (meant: string | undefined): string => (meant === undefined ? '' : `Meinte du \`${meant}\`? `);
const suggestion = (near: readonly string[]): string =>
  near.length > 1 ? `\n(Meinte du eitt av ${near.join(', ')}?)` : near.length === 1 ? `\n(Meinte du ${near[0]}?)` : '';

const refusals: Record<Refusal, string> = {
  folder: 'det er ei mappe',
  pathFile: 'ein del av stien er ei fil',
  denied: 'ingen tilgang',
  readOnly: 'filsystemet er skriveverna',
  diskFull: 'disken er full',
  quota: 'diskkvoten er brukt opp',
  nameTooLong: 'namnet er for langt',
  noReader: 'ingen les frå han',
  symlink: 'det er ei symbolsk lenke, og ho blir aldri erstatta (skriv til fila ho peikar på, eller bruk -o -)',
  exists: 'ho finst alt',
  socket: 'det er ein socket',
};

const leftOut: Record<LeftOutReason, string> = {
  outside: 'ho peikar ut av repositoriet',
  nothing: 'ho peikar på noko som ikkje finst i revisjonen',
  loops: 'ho går i ring',
};

/** The CLI's error lines in nynorsk. */
export const usageNn: UsageMessages = {
  commanderError: 'feil',
  unknownOption: ({ option, near }) => `ukjend val '${option}'${suggestion(near)}`,
  unknownCommand: ({ command, near }) => `ukjend kommando '${command}'${suggestion(near)}`,
  missingArgument: ({ argument }) => `argumentet '${argument}' manglar`,
  optionMissingArgument: ({ option }) => `valet '${option}' manglar ein verdi`,
  missingMandatoryOption: ({ option }) => `valet '${option}' må vere med`,
  excessArguments: ({ command, expected, received, details }) =>
    `for mange argument${command === undefined ? '' : ` til '${command}'`}: venta ${expected}, fekk ${received}: ${details}.`,
  takesYear: ({ option, value }) => ({ message: `${option} skal ha eit årstal, ikkje "${value}".` }),
  takesCount: ({ option, value, min, max }) => ({
    message: `${option} skal ha eit heilt tal ${max === undefined ? `≥ ${min}` : `frå ${min} til ${max}`}, ikkje "${value}".`,
  }),
  takesChoice: ({ option, allowed, value, meant }) => ({
    message: `${option} skal vere ${listOr(allowed)}, ikkje "${value}".`,
    hint: `${meaning(meant)}Bruk ${listOr(allowed)}.`,
  }),
  takesList: ({ option, text, allowed }) => ({
    message: `${option} skal ha ei liste med komma mellom, ikkje "${text}".`,
    hint: `Bruk ${listOr(allowed)}.`,
  }),
  notInList: ({ option, value, allowed, meant }) => ({
    message: `${option}: "${value}" er ingen status.`,
    hint: `${meaning(meant)}Bruk ${listOr(allowed)}.`,
  }),
  formatOfExtension: ({ file, near, formats, exportOnly }) => ({
    message: `Filendinga til ${file} seier ikkje kva format fila skal ha.`,
    hint:
      `${near ? `Meinte du ${near}? ` : ''}Bruk ${listOr(formats)} ` +
      `(export også ${listAnd(exportOnly)}), eller oppgje --format.`,
  }),
  excelCsvNotCsv: ({ format }) => ({
    message: `--excel-csv gjeld CSV, ikkje ${format}.`,
    hint: 'Oppgje -o FIL.csv (export også FIL.zip), eller --format csv.',
  }),
  noSuchTable: ({ table, near, ids }) => ({
    message: `Her finst ingen tabell "${table}".`,
    hint: `${near ? `Meinte du ${near}? ` : ''}Vel ein av: ${ids.join(', ')}.`,
  }),
  noTable: () => ({ message: 'Det finst ingen tabell å skrive.' }),
  csvOneTable: ({ ids }) => ({
    message: 'Ei CSV-fil rommar éin tabell: vel han med --table, eller skriv alle tabellane med -o rapport.zip.',
    hint: `Tabellane: ${ids.join(', ')}.`,
  }),
  binaryToTerminal: ({ format, template }) => ({
    message: `${format === 'xlsx' ? 'Ei xlsx-arbeidsbok' : 'Eit zip-arkiv'} er binær og blir ikkje skriven til terminalen.`,
    hint: template ? 'Oppgje -o tiltak.xlsx.' : `Oppgje -o rapport.${format}, eller send utdata til ei fil.`,
  }),
  templateIsXlsx: () => ({ message: 'Malen er ei Excel-arbeidsbok.', hint: 'Oppgje -o tiltak.xlsx.' }),
  listingFormat: ({ listing, format, dir }) => ({
    message: `Kommandoen ${listing} skriv table, csv, md eller json; ${format} blir skriven av export.`,
    hint: `klimabudsjett export ${dir} -o rapport.${format}`,
  }),
  yearOutside: ({ year, first, horizon }) => ({
    message: `--year ${year} ligg utanfor åra i budsjettet, ${first}–${horizon}.`,
    hint: 'Oppgje eit år frå planstart til tidshorisonten.',
  }),
  noSchema: ({ name, kinds }) => ({
    message: `Det finst ikkje noko skjema "${name}".`,
    hint: `Vel eitt av: ${kinds.join(', ')}.`,
  }),
  outDirIsFile: ({ dir }) => ({ message: `--out-dir ${dir} er ei fil, ikkje ei mappe.` }),
  diffFormat: ({ format }) => ({
    message: `diff skriv table, md eller json, ikkje ${format}.`,
    hint: 'Bruk -o endringar.md, eller --format json.',
  }),
  overwritesInput: () => ({ message: 'Utdata ville skrive over innfila.', hint: 'Vel ein annan sti for -o.' }),
  overwritesWorkbook: () => ({ message: 'Utdata ville skrive over arbeidsboka.', hint: 'Vel ein annan sti for -o.' }),
  outputExists: ({ file, listed }) => ({
    message: `${file} finst alt; import erstattar ho ikkje.`,
    hint: `Oppgje --force for å erstatte ho${listed ? ' (endringane blir lista opp)' : ''}, eller vel ein annan sti for -o.`,
  }),
  cannotRead: ({ file, of }) => ({
    message: `Klarer ikkje å lese ${file}.`,
    hint:
      of === 'statistics'
        ? 'Oppgje stien til ei CSV-fil eller til Excel-arbeidsboka frå Miljødirektoratet.'
        : 'Oppgje stien til arbeidsboka som `export --template` laga.',
  }),
  noBudgetForImport: () => ({
    message: 'import measures sjekkar tiltaka mot budsjettet sitt, men fann inga budsjettmappe.',
    hint: 'Oppgje --budget MAPPE (mappa med budget.yaml), eller ein sti for -o inne i budsjettet.',
  }),
  notAFolder: ({ path }) => ({
    message: `${path} er ei fil, ikkje ei mappe.`,
    hint: 'Oppgje stien til ei ny eller tom mappe.',
  }),
  numberDigits: ({ number }) => ({
    message: `Kommunenummeret skal ha fire siffer, ikkje "${number}".`,
    hint: 'T.d. --number 4001.',
  }),
  filesExist: ({ files, budgetFolder }) => ({
    message: `${files.join(', ')} finst alt; init skriv berre nye filer.`,
    hint:
      budgetFolder === undefined
        ? 'Vel ei anna mappe, eller flytt dei filene ein annan stad.'
        : `${budgetFolder} er alt ei budsjettmappe: sjekk ho med \`klimabudsjett validate ${budgetFolder}\`.`,
  }),
  nameFromFolder: ({ words }) => ({
    message: `${words.message.replace(/\.$/, '')}; namnet er henta frå mappenamnet.`,
    hint: `${words.hint ? `${words.hint} ` : ''}Oppgje kommunen med --municipality NAMN eller NUMMER.`,
  }),
  noMunicipalityNumbered: ({ number }) => ({
    message: `Ingen kommune i Noreg har nummeret ${number} (kommuneinndelinga frå 2024).`,
    hint: 'Oppgje namnet, eller eit nummer som 0301 eller 4001.',
  }),
  municipalityNameEmpty: () => ({
    message: 'Kommunenamnet er tomt.',
    hint: 'Oppgje namnet eller nummeret, t.d. --municipality Skien.',
  }),
  nameShared: ({ name, municipalities, number }) => ({
    message: `${municipalities.length} kommunar heiter "${name}": ${listAnd(municipalities)}; kommunenummeret er ikkje fylt inn.`,
    hint: `Oppgje nummeret: --number ${number ?? 'NNNN'} (init), eller --municipality med nummeret.`,
  }),
  nameUnknown: ({ name, near }) => ({
    message: `Ingen kommune i Noreg (kommuneinndelinga frå 2024) heiter "${name}"; kommunenummeret er ikkje fylt inn.`,
    hint:
      near.length > 0
        ? `Meinte du ${near.map((known) => `"${known}"`).join(' eller ')}? Elles kan du oppgje nummeret med --number.`
        : 'Sjekk skrivemåten, eller oppgje nummeret med --number.',
  }),
  warning: 'åtvaring',
  symlinkLeftOut: ({ revision, path, reason }) =>
    `merk: ${revision}:${path} er ei symbolsk lenke og er halden utanfor samanlikninga: ${leftOut[reason]}.`,
  couldNotWrite: ({ file, refusal, error }) =>
    `Klarte ikkje å skrive ${file}: ${refusal === undefined ? error : refusals[refusal]}.`,
  cannotWriteOutput: ({ refusal, error }) =>
    `klarte ikkje å skrive utdataa: ${refusal === undefined ? error : refusals[refusal]}`,
  refusingInput: ({ file, reader }) =>
    `Skriv ikkje ${file}: fila blir lesen av ${reader === 'import' ? 'denne importen' : `budsjettet ${reader.budget}`}.`,
  internalError: ({ message, url }) => `intern feil: ${message}\nDette er ein programfeil; meld han gjerne på ${url}.`,
};
