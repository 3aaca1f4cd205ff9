import { type Place, placeText } from '../../diagnostics/describe.js';
import { listAll } from '../list-some.js';
import type {
  Comparison,
  IdKind,
  ImportMessages,
  LeftOutReason,
  Messages,
  NumberHint,
  PathProblem,
  PatternTitle,
  Refusal,
  SchemaForm,
  SchemaMessages,
  SectorGuess,
  Shown,
  Subject,
  TemplateMessages,
  UsageMessages,
  Words,
} from './index.js';
import { templateWords } from './template-text.js';

// Usage: the CLI's own error lines (commander's errors, files it refuses to write, …).

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
const usageNn: UsageMessages = {
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
    // The message lists the values already: the hint only says which one was meant.
    ...(meant === undefined ? {} : { hint: meaning(meant).trimEnd() }),
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

// Import: `import mdir` and `diff`'s revisions.

const sheet = 'Oversikt - detaljert';
const quotedName = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'og'): string => listAll(names.map(quotedName), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} og ${values.length - 10} til` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'rad' : 'rader'}`;
const csvHint = `Bruk arbeidsboka frå Miljødirektoratet (arket "${sheet}") eller ei CSV-fil med kolonnane Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), eller Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Meinte du ${list(near, 'eller')}?` : `Fila har ${examples(names)}.`;
const meanings = { notAvailable: 'ikkje tilgjengeleg', notApplicable: 'ikkje aktuelt', confidential: 'konfidensielt' };

/** `import mdir` and `diff`'s revisions in nynorsk. */
const importNn: ImportMessages = {
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

// Schema: the explanations of a file that breaks its JSON Schema.

const entities: Record<string, string> = {
  measures: 'tiltaket',
  targets: 'målet',
  factors: 'faktoren',
  indicators: 'indikatoren',
  milestones: 'delmålet',
  activity: 'aktivitetslina',
};
const place = (where: Place): string => placeText(where, entities, ' i ', 'fila');
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const the = (where: Place): string => capitalize(place(where));
const keys = (list: readonly string[], conjunction: string): string =>
  list.map((key) => `\`${key}\``).join(` ${conjunction} `);
const shown = (value: Shown): string => {
  if ('text' in value) return `teksten "${value.text}"`;
  if ('number' in value) return `${value.number}`;
  return {
    empty: 'tom',
    infinite: 'eit uendeleg tal',
    nan: '.nan (ikkje eit tal)',
    true: 'true',
    false: 'false',
    list: 'ei liste',
    mapping: 'ein tabell (mapping)',
  }[value.kind];
};

/** Forklaringane på ei fil som bryt JSON-skjemaet sitt, på nynorsk. */
const schemaNn: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Ukjend nøkkel \`${key}\` i ${place(where)}.`,
    hint: guess
      ? `Meinte du \`${guess}\`? (Nøklar som byrjar med \`x_\`, er frie til eigne notat.)`
      : `Tillatne nøklar: ${allowed.join(', ')}; nøklar som byrjar med \`x_\`, er frie til eigne notat.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} er ${shown(value)}, som ikkje er ein av dei tillatne verdiane.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Meinte du \`${label.id}\`? `
          : `Meinte du \`${label.id}\`? "${label.label}" er det rapportane kallar han; filene brukar id-en. `
        : guess
          ? `Meinte du \`${guess}\`? `
          : ''
    }Tillate: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} manglar den påkravde nøkkelen \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} må vere ${typeNames[expected] ?? expected}, ikkje ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} har feil form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Forventa: ${forms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} oppgjev både ${keys(present, 'og')}; oppgje berre éin av dei.`,
    hint: `Behald nøyaktig éin av ${keys(list, 'eller')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} treng éin av ${keys(list, 'eller')}.`,
    hint: `Legg til nøyaktig éin av ${keys(list, 'eller')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} er eit for stort tal.`, hint: 'Skriv eit endeleg tal.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} må vere ${expected}, ikkje ${shown(value)}.`,
    ...(version ? { hint: 'Denne versjonen av klimabudsjett les formatversjon 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} er ${shown(value)}, som ikkje er ${titles[title]}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} er ${shown(value)}; verdien må vere ${comparisons[comparison]} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Skriv renta som desimaltal: 0.04 for 4 %.'
              : `Årstal ligg mellom 1900 og 2200: eit budsjett nemner tidlegare år i utsleppsrekneskapen og plan- og målår framover. Er ${hint.year} ein skrivefeil?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} kan ikkje vere tom.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} er for lang (høgst ${limit} teikn).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} nemner ${shown(value)} to gonger.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} er ${shown(value)}, som ikkje er ${format === 'date' ? 'ein gyldig dato' : format === 'uri' ? 'ein gyldig URL' : `gyldig ${format}`}.`,
    ...(format === 'date' ? { hint: 'Skriv datoar som ÅÅÅÅ-MM-DD, t.d. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where }) => ({ message: `${the(where)} er ikkje gyldig.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` i ${place(where)} er ikkje eit årstal.`,
    hint: 'Skriv årstal med fire siffer, t.d. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` i ${place(where)} er ikkje ein sektor-id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` er ikkje ein gyldig nøkkel i ${place(where)}.` }),
};

const forms: Record<SchemaForm, string> = {
  Sectors: 'Sektorane målet gjeld: `all` (alle sektorane, standard) eller ei liste med sektor-id-ar.',
  'Sector emissions': 'Tonn CO2e for sektoren: eit tal, eller ein tabell frå utsleppskjelde til tonn.',
  Target:
    'Eit klimamål: referanseår, målår og ein reduksjon eller eit nivå, for ei systemgrense og eit sett med sektorar.',
  Milestone: 'Eit delmål på vegen mot målet: eit år og ein reduction_pct eller ein level_t.',
  'Emission factor': 'kg CO2e per eining aktivitet.',
};
const titles: Record<PatternTitle, string> = {
  'year key': 'eit gyldig årstal',
  'sector id': 'ein gyldig sektor-id',
  number: 'eit gyldig kommunenummer',
  'target id': 'ein gyldig mål-id',
  'factor id': 'ein gyldig faktor-id',
  'measure id': 'ein gyldig tiltaks-id',
  'indicator id': 'ein gyldig indikator-id',
  value: 'ein gyldig verdi',
};
const idHint =
  'Id-ar består av bokstavar (også æ, ø og å), siffer, `.`, `_` og `-`, og byrjar med ein bokstav eller eit siffer.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Skriv det firesifra kommunenummeret i hermeteikn, t.d. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};
const comparisons: Record<Comparison, string> = { '<=': 'høgst', '>=': 'minst', '<': 'under', '>': 'over' };

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Meinte du \`${label.id}\`?`
      : `Meinte du \`${label.id}\`? "${label.label}" er det rapportane kallar han; filene brukar id-en.`;
  return near.length
    ? `Meinte du ${near.map((id) => `\`${id}\``).join(', ')}? Sektor-id-ar skriv ein med små bokstavar (a–z) og understrek.`
    : `Sektor-id-ar skriv ein med små bokstavar (a–z) og understrek: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Set nummeret i hermeteikn: \`number: "${hint.quote}"\`. Utan hermeteikn les YAML det som eit tal${hint.quote.startsWith('0') ? ` og tek bort nullen framfor (${hint.read})` : ''}.`;
  return hint.cut
    ? `Eit kutt på ${hint.digits} % skriv ein \`reduction_pct: ${hint.digits}\`: positivt, utan minusteiknet som vart kopiert frå teksten.`
    : `Minusteiknet er eit typografisk teikn (${hint.minus}); skriv det som ein bindestrek: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Legg til `schema_version: 1` som første line.',
  title: 'Legg til ein kort `title:` som seier kva tiltaket går ut på.',
  start: 'Legg til det første året med effekt, t.d. `start: 2026`.',
  status: 'Legg til `status:` — proposed, adopted, in_progress, completed, postponed eller cancelled.',
  sector: 'Legg til sektor-id-en, t.d. `sector: road_traffic`.',
  plan_period: 'Legg til `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Legg til `municipality: { name: …, number: "…" }`.',
  years: 'Legg til `years:` med år → sektor → tonn.',
  measures: 'Legg til `measures:` med ei liste over tiltak.',
  method: 'Legg til `method:` — explicit, growth eller flat.',
};
const typeNames: Record<string, string> = {
  number: 'eit tal',
  integer: 'eit heiltal',
  string: 'tekst',
  object: 'ein tabell (nøkkel: verdi)',
  array: 'ei liste',
  boolean: 'true eller false',
  'string,integer': 'tekst eller eit heiltal',
};
const numberHints = {
  decimal: 'Skriv desimalar med punktum (1234.5) og utan tusenskilje.',
  spaces: 'Skriv talet utan mellomrom mellom sifra (1234.5, ikkje 1 234,5).',
  quotes: 'Fjern hermeteikn og einingar: skriv berre talet.',
};

// Template: `import measures` (the measures workbook).

/** `import measures` in nynorsk. */
const templateNn: TemplateMessages = {
  notWorkbook: 'Fila er ikkje ei Excel-arbeidsbok (.xlsx).',
  notWorkbookHint:
    'Bruk arbeidsboka som `klimabudsjett export --template` laga, lagra som .xlsx (ikkje .csv eller .xls) i Excel eller LibreOffice.',
  encrypted: 'Arbeidsboka er passordverna (kryptert), så ho kan ikkje lesast.',
  encryptedHint: 'Opne ho i Excel, fjern passordet (Fil → Informasjon → Beskytt arbeidsbok) og lagra ho på nytt.',
  tooLarge: (limit) => `Arbeidsboka blir pakka ut til meir enn ${limit}: for stor for ein tiltaksmal.`,
  tooLargeHint: 'Ein tiltaksmal er nokre hundre kilobyte; sjekk at dette er rett fil.',
  noSheet: (wanted, found) =>
    `Arbeidsboka har ikkje noko ark "${wanted}"; arka er ${found.map((name) => `"${name}"`).join(', ') || 'ingen'}.`,
  noSheetHint: 'Tiltaka skal stå på arket som heiter Tiltak i malen (Measures på engelsk): gje det namnet tilbake.',
  noHeader: 'Arket har inga overskriftsrad med kolonnane frå malen (ID, Tittel, Sektor, Status, Start …).',
  noHeaderHint: 'La den første rada i malen stå som ho er; start med ein ny mal om ho er borte.',
  missingColumn: (header) => `Kolonnen "${header}" manglar.`,
  missingColumnHint: 'Kvart tiltak treng han: legg kolonnen inn att med overskrifta slik malen har ho.',
  unknownColumn: (header) => `Kolonnen "${header}" høyrer ikkje til malen og blir ikkje lesen.`,
  unknownColumnHint:
    'Gje han same namn som i malen om han inneheld eit felt for tiltaket; eigne notat kan bli ståande.',
  tooManyRows: (limit) => `Arket har meir enn ${limit} rader; berre eit tiltaksark med høgst så mange rader blir lese.`,
  tooManyRowsHint: 'Slett dei tomme eller overflødige radene nedst i arket (merk dei, og vel Slett rader).',
  merged: (range) => `Cellene ${range} er slått saman; eit tiltak treng éin verdi per celle.`,
  mergedHint: 'Del opp cellene (Heim → Slå saman og midtstill → Del opp celler) og fyll ut kvar av dei.',
  formula: 'Cella inneheld ein formel; den sist rekna verdien blir lesen.',
  formulaHint: 'Sjekk verdien, eller skriv han inn som eit reint tal så han ikkje kan endre seg.',
  formulaNoValue: 'Cella inneheld ein formel utan rekna verdi.',
  formulaNoValueHint:
    'Opne og lagra arbeidsboka i Excel eller LibreOffice så formelen blir rekna ut, eller skriv inn verdien.',
  required: (header) => `"${header}" er tom; alle tiltak treng han.`,
  requiredHint: 'Fyll ut cella, eller slett heile rada om tiltaket ikkje skal vere med.',
  notNumber: (text) => `"${text}" er ikkje eit tal.`,
  notNumberHint: 'Skriv berre eit tal, utan einingar eller ord: 1200000 eller 12,5.',
  textNumber: (text, read) => `"${text}" er eit tal lagra som tekst; det vart lese som ${read}.`,
  textNumberHint: 'Formater cella som tal (eller skriv det inn på nytt) så reknearket kan summere det.',
  notYear: (text) => `"${text}" er ikkje eit årstal.`,
  notYearHint: 'Skriv året med fire siffer, t.d. 2027 (ein dato blir lesen som året sitt).',
  notLabel: (text, header) => `"${text}" er ikkje ein verdi for "${header}".`,
  notLabelHint: (allowed, near) =>
    `${near === undefined ? '' : `Meinte du "${near}"? `}Vel ein verdi frå nedtrekkslista: ${allowed}.`,
  badPhase: (text) => `"${text}" er inga innfasing: skriv par av år og del.`,
  badPhaseHint: 'Skriv t.d. 2026: 0,3; 2027: 0,6; 2028: 1 (den delen av full effekt som er nådd kvart år).',
  incompleteActivity: (line) =>
    `Aktivitetslina ${line} har ei mengd eller ei eining utan faktor, eller ein faktor utan mengd.`,
  incompleteActivityHint: 'Oppgje både faktoren (frå lista) og mengda per år ved full effekt.',
  incompleteIndicator: 'Indikatoren har verdiar, men ingen id.',
  incompleteIndicatorHint: 'Gje indikatoren ein kort id (t.d. nullutslepp-del), eller tøm cellene.',
  noRows: 'Arket har ingen tiltak.',
  noRowsHint: 'Fyll ut éi rad per tiltak under overskriftsradene.',
  keptFields: (id, fields, activity, indicators) => {
    const kept = [
      ...fields,
      ...(activity === undefined ? [] : [`aktivitetsline ${activity[0]}–${activity[1]}`]),
      ...(indicators === undefined ? [] : [`indikator 2–${indicators}`]),
    ];
    return `Tiltak ${id}: ${kept.join(', ')} får ikkje plass i malen; halde på frå fila til budsjettet.`;
  },
  keptFieldsHint: 'Rediger dei i YAML-fila.',
  printed: (count, changes) => `${count} tiltak; mot budsjettet: ${changes}.`,
  wrote: (path, count, changes) => `Skreiv ${path}: ${count} tiltak; ${changes}.`,
  added: (ids) => `lagt til (${ids})`,
  removed: (ids) => `fjerna (${ids})`,
  changed: (listed) => `endra (${listed})`,
  noChanges: 'ingen endringar',
};

// The whole set: the diagnostics, the status lines and the families above.

const what = ({ target, milestone }: Subject): string =>
  milestone === undefined ? `Målet "${target}"` : `Delmålet ${milestone} i målet "${target}"`;
const idList = (ids: readonly string[], more: number): string =>
  more > 0 ? `${quoted(ids)} og ${more} til` : quoted(ids);
const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');
const years = (list: readonly number[]): string =>
  list.length > 6 ? `${list[0]}–${list.at(-1)} (${list.length} år)` : list.join(', ');
const scopes: Record<string, string> = {
  territorial: 'geografisk',
  own_operations: 'eiga verksemd',
  indirect: 'indirekte',
};
const counts = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const kindWords: Record<IdKind, string> = {
  measure: 'tiltak',
  factor: 'faktorar',
  target: 'mål',
  indicator: 'indikatorar',
};
const dimensionWords: Record<string, string> = {
  volume: 'volum',
  mass: 'masse',
  energy: 'energi',
  distance: 'avstand',
};

/** Orda til verktøyet på nynorsk. */
export const nn: Messages = {
  diagnostics: {
    ...importNn,
    ...schemaNn,
    measureWithoutIndicator: ({ id }) => ({
      message: `Tiltaket "${id}" har ingen resultatindikator å følgje det opp med.`,
      hint: 'Legg til `indicators: [{ id: …, title: …, baseline: …, target: …, target_year: … }]`.',
    }),
    measureWithoutResponsible: ({ id }) => ({
      message: `Tiltaket "${id}" har ingen ansvarleg (\`responsible\`).`,
      hint: 'Skriv kva verksemd eller eining som gjennomfører det, t.d. `responsible: "Eigedom og drift"`.',
    }),
    reductionNoCut: ({ what: subject, pct }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, som ikkje er noko kutt: ein reduksjon vert skriven som ein positiv prosent.`,
      hint:
        pct < 0
          ? `Eit kutt på ${-pct} % vert skrive \`reduction_pct: ${-pct}\` (utan minus); for eit nivå i tonn brukar du \`level_t:\`.`
          : 'Eit kutt på 55 % vert skrive `reduction_pct: 55`; reduksjonen er over 0 og høgst 100.',
    }),
    reductionAbove100: ({ what: subject, pct }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, eit kutt på meir enn 100 %.`,
      hint: 'Eit kutt på 55 % vert skrive `reduction_pct: 55`; reduksjonen er over 0 og høgst 100.',
    }),
    reductionFraction: ({ what: subject, pct, asPercent }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, eit kutt på berre ${pct} %.`,
      hint: `Meinte du \`reduction_pct: ${asPercent}\` (${asPercent} %)? Reduksjonen vert skriven i prosent, ikkje som ein brøk.`,
    }),
    planPeriodOrder: ({ start, end }) => ({
      message: `Planperioden sluttar (${end}) før han byrjar (${start}).`,
      hint: 'Ein fireårig økonomiplan går frå start til start + 3, t.d. 2026–2029.',
    }),
    horizonBeforePlanEnd: ({ horizon, end }) => ({
      message: `Tidshorisonten ${horizon} ligg før slutten av planperioden (${end}).`,
      hint: 'Set tidshorisonten til det siste året i planperioden eller seinare, eller ta han bort.',
    }),
    fullEffectBeforeStart: ({ id, fullEffect, start }) => ({
      message: `Tiltaket "${id}" får full effekt (${fullEffect}) før det startar (${start}).`,
      hint: '`full_effect` må vere startåret eller seinare.',
    }),
    endBeforeStart: ({ id, end, start }) => ({
      message: `Tiltaket "${id}" sluttar (${end}) før det startar (${start}).`,
      hint: '`end` er det siste året med effekt; det må vere startåret eller seinare.',
    }),
    fullEffectAfterEnd: ({ id, fullEffect, end }) => ({
      message: `Tiltaket "${id}" får full effekt (${fullEffect}) etter at det er slutt (${end}).`,
      hint: 'Flytt `full_effect` til sluttåret eller tidlegare, eller `end` seinare.',
    }),
    targetYearBeforeBase: ({ id, year, baseYear }) => ({
      message: `Målet "${id}" har målåret (${year}) i eller før referanseåret (${baseYear}).`,
      hint: 'Referanseåret er året reduksjonen vert målt frå; målåret kjem etter det.',
    }),
    milestoneOutside: ({ id, year, baseYear, targetYear }) => ({
      message: `Delmålet ${year} i målet "${id}" ligg ikkje mellom referanseåret ${baseYear} og målåret ${targetYear}.`,
      hint: 'Delmål er punkt undervegs: etter referanseåret og før målåret.',
    }),
    milestoneTwice: ({ id, year }) => ({
      message: `Målet "${id}" har to delmål i ${year}.`,
      hint: 'Behald eitt delmål per år.',
    }),
    unknownFactor: ({ id, factor, near }) => ({
      message: `Tiltaket "${id}" brukar utsleppsfaktoren "${factor}", som ikkje er definert.`,
      hint: near.length
        ? `Meinte du ${quoted(near)}? Elles kan du definere han i factors/*.yaml.`
        : 'Definer han i factors/*.yaml; `klimabudsjett factors` viser dei innebygde faktorane.',
    }),
    unitMismatch: ({ id, unit, factorUnit, factor, dimension, suggestion }) => ({
      message: `Tiltaket "${id}" oppgjev ei mengd i ${unit}, som ikkje kan reknast om til ${factorUnit}, eininga til faktoren "${factor}".`,
      hint:
        suggestion !== undefined
          ? `Einingar skil mellom store og små bokstavar: meinte du ${suggestion}?`
          : `Oppgje mengda i ${factorUnit}${dimension ? ` (eller ei anna eining for ${dimensionWords[dimension] ?? dimension})` : ''}, eller bruk ein faktor per ${unit}.`,
    }),
    targetBaseYearMissing: ({ id, baseYear, scope, years: list }) => ({
      message: `Målet "${id}" vert målt frå ${baseYear}, men utsleppsrekneskapen (${scopes[scope] ?? scope}) har ingen tal for det året.`,
      hint: `Utsleppsrekneskapen har ${years(list)}; legg til ${baseYear} eller vel eitt av desse åra som referanseår.`,
    }),
    unknownSector: ({ sector, near, allowed }) => ({
      message: `"${sector}" er ikkje ein sektor-id.`,
      hint: near.length ? `Meinte du ${quoted(near)}?` : `Sektor-id-ar: ${allowed.join(', ')}.`,
    }),
    unknownMeasure: ({ measure, near }) => ({
      message: `Oppfølginga nemner tiltaket "${measure}", som ikkje er definert.`,
      hint: near.length ? `Meinte du ${quoted(near)}?` : 'Sjekk id-en mot measures/*.yaml.',
    }),
    duplicateId: ({ kind, id, first, measure }) => ({
      message: `Id-en "${id}" er brukt av to ${kindWords[kind]}${measure === undefined ? '' : ` i tiltaket "${measure}"`}.`,
      hint: `Den første står i ${first}; gje ein av dei ein annan id.`,
    }),
    aliasLimit: ({ limit }) => ({
      message: `Aliasa i denne fila vert utvida til meir enn ${limit} nodar, noko som ser ut som eit «billion laughs»-åtak.`,
      hint: 'Skriv dataa ut i staden for å neste alias.',
    }),
    unclosedQuote: ({ quote }) => ({
      message: `Denne ${quote} opnar ein tekst i hermeteikn som aldri vert lukka.`,
      hint: `Legg til den avsluttande ${quote} på slutten av teksten.`,
    }),
    targetWithoutInventory: ({ id, scope }) => ({
      message: `Målet "${id}" gjeld systemgrensa «${scopes[scope] ?? scope}», som ikkje har nokon utsleppsrekneskap.`,
      hint:
        scope === 'territorial'
          ? 'Legg til ein utsleppsrekneskap, t.d. frå statistikken til Miljødirektoratet: `klimabudsjett import mdir FIL --municipality NAMN -o inventory/mdir.yaml`.'
          : `Legg til ein utsleppsrekneskap med \`scope: ${scope}\`.`,
    }),
    effectLowAbove: ({ id, low, central }) => ({
      message: `Tiltaket "${id}" har eit lågt anslag (${low}) over det sentrale anslaget (${central}).`,
      hint: 'Spennet skal lesast low ≤ t_co2e ≤ high; byt om verdiane viss dei er førte inn i feil rekkjefølgje.',
    }),
    effectHighBelow: ({ id, high, central }) => ({
      message: `Tiltaket "${id}" har eit høgt anslag (${high}) under det sentrale anslaget (${central}).`,
      hint: 'Spennet skal lesast low ≤ t_co2e ≤ high; byt om verdiane viss dei er førte inn i feil rekkjefølgje.',
    }),
    effectNeither: ({ id }) => ({
      message: `Tiltaket "${id}" skal talfestast, men har verken \`effect\` eller \`activity\`.`,
      hint: 'Legg til `effect: { t_co2e: … }` eller `activity:`, eller set `kind: not_quantified` (eller in_baseline).',
    }),
    effectBoth: ({ id }) => ({
      message: `Tiltaket "${id}" oppgjev både \`effect\` og \`activity\`; oppgje berre éin av dei.`,
      hint: 'Behald anten det direkte anslaget (`effect`) eller utrekninga (`activity`), ikkje begge.',
    }),
    followupPeriodOutside: ({ period, first, last }) => ({
      message: `Perioden ${period} ligg utanfor åra budsjettet dekkjer (${first}–${last}).`,
      hint: 'Sjekk årstalet i perioden; oppfølginga høyrer til åra budsjettet dekkjer.',
    }),
    baselineYearIgnored: ({ year, latest, scope }) => ({
      message: `Året ${year} i referansebanen ligg i eller før ${latest}, det siste året i utsleppsrekneskapen (${scopes[scope] ?? scope}), og vert difor ikkje brukt.`,
      hint: `Referansebanen startar frå tala i rekneskapen for ${latest} og framskriv åra etter; fjern ${year} eller oppgje eit seinare år.`,
    }),
    targetBeforeLatest: ({ id, year, latest, scope }) => ({
      message: `Målet "${id}" gjeld ${year}, i eller før ${latest}, det siste året i utsleppsrekneskapen (${scopes[scope] ?? scope}): berre måloppnåinga vert vist.`,
      hint: 'Resultatet står alt i utsleppsrekneskapen; det er ingen målbane, behov eller gap att å rekne ut.',
    }),
    effectBeforeLatest: ({ id, start, latest, scope }) => ({
      message: `Tiltaket "${id}" startar i ${start}, i eller før ${latest}, det siste året i utsleppsrekneskapen (${scopes[scope] ?? scope}): effekten kan alt vere med i rekneskapen.`,
      hint: `La det starte etter ${latest}, eller set \`kind: in_baseline\` viss rekneskapen alt viser effekten.`,
    }),
    measureOutsideHorizon: ({ id, year, horizon, planStart, typo }) => ({
      message: `Tiltaket "${id}" startar i ${year}, etter ${horizon}, det siste året budsjettet reknar ut: det har ingen effekt.`,
      hint:
        `${typo ? `Meinte du ${typo}? ` : ''}Budsjettet reknar ut ${planStart}–${horizon} ` +
        '(planperioden fram til `horizon:`, eller til siste målår); set ein seinare `horizon:` viss tiltaket verkeleg startar då.',
    }),
    multipleDocuments: () => ({
      message: 'Fila inneheld fleire YAML-dokument (skilde med ---); ei budsjettfil skal ha eitt.',
      hint: 'Del henne opp i fleire filer, eller fjern dei ekstra `---`.',
    }),
    tabIndent: () => ({
      message: 'Eit tabulatorteikn er brukt til innrykk; YAML rykkjer inn med mellomrom.',
      hint: 'Byt ut tabulatorteiknet med mellomrom.',
    }),
    yamlDoesNotParse: ({ sentence }) => ({
      message: `YAML-en kan ikkje lesast (feilen på engelsk: ${sentence})`,
      hint: 'Sjekk hermeteikn, klammer, kolon og innrykk på denne lina og lina før.',
    }),
    duplicateKey: ({ key, firstLine }) => ({
      message: `Nøkkelen \`${key}\` står to gonger i same tabell (første gong på line ${firstLine}).`,
      hint: 'Fjern ein av dei, eller slå dei saman.',
    }),
    utf16: () => ({ message: 'Fila er lagra som UTF-16, ikkje UTF-8.', hint: 'Lagre henne som UTF-8.' }),
    notUtf8: () => ({
      message: 'Fila er ikkje UTF-8-tekst (ein ugyldig bytesekvens).',
      hint: 'Lagre henne som UTF-8; filer lagra som Latin-1 (ISO-8859-1) eller Windows-1252 gjev denne feilen for æ, ø og å.',
    }),
    nulBytes: () => ({
      message:
        'Fila inneheld NUL-byte og er difor ikkje UTF-8-tekst (UTF-16 utan byte order mark, eller ei binærfil?).',
      hint: 'Lagre henne som UTF-8.',
    }),
    sectorExceeded: ({ ids, more, sector, scope, tonnes, year, baseline }) => ({
      message:
        `${ids.length + more === 1 ? `Tiltaket ${idList(ids, more)} reduserer` : `Tiltaka ${idList(ids, more)} reduserer til saman`} ${sector} (${scopes[scope] ?? scope}) med ` +
        `${tonnes} t CO2e i ${year}, meir enn referansebanen for sektoren, ${baseline} t CO2e.`,
      hint: 'Sjekk om tiltaka tel det same kuttet fleire gonger, og at utsleppsrekneskapen og referansebanen dekkjer heile sektoren.',
    }),
    overlapExceeded: ({ ids, more, group, sector, scope, tonnes, year, baseline }) => ({
      message:
        `Tiltaka ${idList(ids, more)} i overlappgruppa "${group}" reduserer til saman ${sector} ` +
        `(${scopes[scope] ?? scope}) med ${tonnes} t CO2e i ${year}, meir enn referansebanen for sektoren, ${baseline} t CO2e.`,
      hint: 'Tiltak i same overlappgruppe kan telje det same kuttet to gonger: senk effektane eller slå dei saman.',
    }),
    manifestMissing: ({ folder }) => ({
      message: folder === undefined ? 'Denne mappa har inga budget.yaml.' : `Mappa ${folder} har inga budget.yaml.`,
      hint: 'Køyr `klimabudsjett init` for å lage ei budsjettmappe, eller oppgje stien til ei.',
    }),
    fileMissing: ({ pattern }) => ({
      message: `Fila ${pattern}, som står i \`files:\`, finst ikkje.`,
      hint: 'Rett stien i `files:` i budget.yaml, eller lag fila.',
    }),
    absolutePath: ({ pattern }) => ({
      message: `\`files:\` viser til den absolutte stien ${pattern}; eit budsjett les berre filer i si eiga mappe (eller git-arbeidskopien sin).`,
      hint: 'Skriv stien relativt til budget.yaml, og ha fila i budsjettmappa eller repositoriet.',
    }),
    fileEmpty: () => ({ message: 'Fila er tom.', hint: 'Byrj henne med `schema_version: 1`, eller slett henne.' }),
    factorOverridesBuiltin: ({ id }) => ({
      message: `Den lokale faktoren "${id}" erstattar den innebygde faktoren med same id.`,
      hint: 'Gje han ein annan id viss du ville leggje til ein faktor og ikkje erstatte ein.',
    }),
    periodUnparsed: ({ period }) => ({
      message: `Perioden "${period}" er ikkje eit år, eit tertial, eit halvår eller eit kvartal.`,
      hint: 'Skriv ÅÅÅÅ, ÅÅÅÅ-T1 … T3, ÅÅÅÅ-H1/H2 eller ÅÅÅÅ-Q1 … Q4, t.d. 2026-T2.',
    }),
    unknownIndicator: ({ measure, indicator, near, known }) => ({
      message: `Tiltaket "${measure}" har ingen indikator "${indicator}".`,
      hint: known.length
        ? `${near ? `Meinte du "${near}"? ` : ''}Indikatorane til tiltaket: ${known.join(', ')}.`
        : 'Legg først til indikatoren i tiltaket.',
    }),
    unknownSource: ({ id, source, scope, sector, near, known }) => ({
      message: known.length
        ? `Tiltaket "${id}" viser til kjelda "${source}", som utsleppsrekneskapen (${scopes[scope] ?? scope}) ikkje har i ${sector}.`
        : `Tiltaket "${id}" viser til kjelda "${source}", men utsleppsrekneskapen (${scopes[scope] ?? scope}) har ${sector} utan kjelder.`,
      hint: near.length
        ? `Meinte du ${quoted(near)}?`
        : known.length
          ? `Kjeldene i ${sector}: ${quoted(known.slice(0, 8))}${known.length > 8 ? ', …' : ''}.`
          : 'Fjern `source:`, eller før sektoren fordelt på kjelder i utsleppsrekneskapen.',
    }),
    inventoryDuplicate: ({ scope, sector, source, year, firstFile }) => ({
      message: `Utsleppsrekneskapen (${scopes[scope] ?? scope}) oppgjev ${source === undefined ? `sektoren ${sector}` : `kjelda "${source}" i sektoren ${sector}`} for ${year} to gonger${firstFile === undefined ? '' : ` (første gong i ${firstFile})`}.`,
      hint:
        source === undefined
          ? 'Oppgje kvar sektor berre éin gong per år: anten som eit tal eller fordelt på kjelder, i éi fil.'
          : 'Fjern den eine; fleire rekneskapsfiler kan ikkje overlappe.',
    }),
    decimalComma: ({ written, whole, key }) => ({
      message: `\`${written}\` har desimalkomma; inne i { } skil kommaet oppføringar, så YAML les ${whole} og ein nøkkel \`${key}\`.`,
      hint: `Skriv desimalar med punktum: ${whole}.${key}.`,
    }),
    tabIndentMended: ({ width }) => ({
      message: 'Eit tabulatorteikn er brukt til innrykk; YAML rykkjer inn med mellomrom.',
      hint: `Byt ut tabulatorteiknet med mellomrom${width > 0 ? ` (${width} for å stå likt med linene rundt)` : ''}.`,
    }),
    colonSpace: ({ key, rest }) => ({
      message: `\`${key}:${rest}\` manglar mellomrom etter kolonet, så YAML les det som éin tekst og ikkje som ein nøkkel med verdi.`,
      hint: `Set inn eit mellomrom etter kolonet: \`${key}: ${rest}\`.`,
    }),
    folderProblem: ({ folder, problem, errno }) => ({
      message: {
        file: `${folder} er ei fil, ikkje ei budsjettmappe.`,
        denied: `Mappa ${folder} kan ikkje lesast: ingen tilgang.`,
        missing: `Mappa ${folder} finst ikkje.`,
        unlistable: `Mappa ${folder} kan ikkje lesast${errno === 'EACCES' ? ': ingen tilgang' : ` (${errno ?? 'ukjend feil'})`}.`,
      }[problem],
      hint: 'Oppgje stien til ei budsjettmappe (mappa med budget.yaml).',
    }),
    templateMessage: templateWords(templateNn),
    pathProblem: ({ kind, shown, detail }) => pathProblems[kind](shown, detail),
    yamlTooDeep: ({ limit }) => ({
      message: `YAML-en er nøsta djupare enn ${limit} nivå her; ei budsjettfil treng færre enn ti.`,
      hint: 'Gjer dataa flatare: så djup nøsting er ei generert eller fiendtleg fil, ikkje eit budsjett.',
    }),
    aliasUndefined: ({ alias }) => ({
      message: `Aliaset ${alias} viser til eit anker som ikkje er definert før det.`,
      hint: `Definer ankeret (&${alias.slice(1)}) før aliaset, eller skriv verdien ut.`,
    }),
    categoryIsSector: ({ id, scope }) => ({
      message: `Kategori-id-en "${id}" er ${id === 'default' ? 'reservert (ein nøkkel i growth_pct i referansebanen)' : 'alt ein sektor-id'}.`,
      hint: `Bruk sektoren "${id}" som han er, eller gje kategorien ein annan id (t.d. "${id}_${scope === 'indirect' ? 'consumption' : 'own'}").`,
    }),
    categoryTwice: ({ id, scope, first }) => ({
      message: `Kategori-id-en "${id}" er oppgitt to gonger for systemgrensa «${scopes[scope] ?? scope}».`,
      hint: `Den første står i categories.${scope}[${first}]; gje ein av dei ein annan id.`,
    }),
    secondBaseline: ({ scope, first }) => ({
      message: `Ein referansebane til for systemgrensa «${scopes[scope] ?? scope}»; ${first} har alt ein.`,
      hint: 'Ha éi fil med referansebane per systemgrense.',
    }),
    unclosedFlow: ({ kind }) => {
      const [open, close, what] = kind === 'map' ? ['{', '}', 'tabellen'] : ['[', ']', 'lista'];
      return {
        message: `Denne ${open} startar ${kind === 'map' ? 'ein tabell' : 'ei liste'} som aldri blir lukka med ${close}.`,
        hint: `Set inn ${close} der ${what} sluttar; går ${what} over fleire linjer, må dei linjene rykkjast lenger inn.`,
      };
    },
    sectorOfOtherScope: ({ sector, scope, elsewhere, label, near, allowed }) => ({
      message:
        sector === 'other'
          ? 'Sektoren "other" finst berre i systemgrensene eiga verksemd (own_operations) og indirekte (indirect).'
          : elsewhere !== undefined
            ? `"${sector}" er ein kategori i systemgrensa «${scopes[elsewhere] ?? elsewhere}», ikkje i «${scopes[scope] ?? scope}».`
            : `"${sector}" er ikkje ein sektor-id.`,
      hint: label
        ? `Meinte du \`${label.id}\`?${label.label === undefined ? '' : ` "${label.label}" er det rapportane kallar han; filene brukar id-en.`}`
        : near.length
          ? `Meinte du ${quoted(near)}?`
          : `Sektor-id-ar: ${allowed.join(', ')}.`,
    }),
    fileUnreadable: ({ errno }) => {
      if (errno === 'ENOENT') return { message: 'Fila finst ikkje.' };
      if (errno === 'EISDIR')
        return {
          message: 'Dette er ei mappe der det skulle vore ei fil.',
          hint: 'Gje mappa eit anna namn, eller endra mønsteret i `files:` i budget.yaml så det berre treffer filer.',
        };
      if (errno === 'EACCES' || errno === 'EPERM')
        return { message: 'Fila kan ikkje lesast: ingen tilgang.', hint: 'Sjekk tilgangane til fila.' };
      return { message: `Fila kan ikkje lesast (${errno ?? 'ukjend feil'}).` };
    },
  },
  status: {
    hint: 'tips',
    errors: (count) => counts(count, 'feil', 'feil'),
    warnings: (count) => counts(count, 'åtvaring', 'åtvaringar'),
    infos: (count) => counts(count, 'merknad', 'merknader'),
    problems: (count) => counts(count, 'problem', 'problem'),
    clean: (dirs) => `${dirs}: 0 feil, 0 åtvaringar`,
    wrote: (file) => `Skreiv ${file}.`,
    wroteInventory: (file, municipality, rows) => `Skreiv ${file}: ${municipality}, ${counts(rows, 'rad', 'rader')}.`,
    noVintage:
      'utsleppsrekneskapen har ingen årgang (kva publisering tala er frå); oppgje han med --vintage, t.d. --vintage 2026.',
    note: 'merk',
    budgetsWritten: (written, total) => `${written} av ${total} budsjett skrivne.`,
    budgetsFailed: (written, total, failed) => `${written} av ${total} budsjett skrivne; feila: ${failed}.`,
    wroteDocuments: (what, files) => `${what}: skreiv ${files}`,
    removedDocuments: (what, files) => `${what}: fjerna ${files} (frå ei tidlegare køyring)`,
    skippedOutDir: (dir) => `${dir}: hoppa over, det er --out-dir`,
    couldNotWriteReports: (reason) => `kunne ikkje skrive rapportane: ${reason}`,
    noBudgetFolderAbove: (paths) => `inga budsjettmappe (med budget.yaml) over ${paths}; hoppa over.`,
    tooManyWarnings: (warnings, max) =>
      `${counts(warnings, 'åtvaring', 'åtvaringar')}, fleire enn --max-warnings ${max}.`,
    initCreated: (folder, municipality) => `Laga ${folder}/ for ${municipality}:`,
    initNext: 'Neste steg:',
    initInventory: (first, last, file, vintage) =>
      `utsleppsrekneskapen har ${first}–${last} frå ${file}${vintage ? ` (årgang ${vintage})` : ''}`,
    initImportInventory: 'hent utsleppsrekneskapen frå statistikken til Miljødirektoratet:',
    initReplaceTarget: (folder) => `byt ut framlegget til mål i ${folder}/budget.yaml med dei vedtekne måla`,
    initAddMeasures: (folder) => `skriv tiltaka inn i ${folder}/measures/tiltak.yaml`,
    initCheck: (folder) => `sjekk budsjettet: klimabudsjett validate ${folder}`,
    initCi: (variable) =>
      `CI installerer ${variable} frå .github/workflows/klimabudsjett.yml: la han peike på ein git-URL eller ein .tgz til klimabudsjett er på npm`,
    overview: 'oversyn',
    hiddenAnnotations: (counts, perKind) =>
      `${counts}; GitHub viser ${perKind} av kvar sort per steg, loggen over har alle.`,
    writingTable: (first, others) => `merk: skriv tabellen ${first}; dei andre er ${others} (vel ein med --table).`,
  },
  usage: usageNn,
  template: templateNn,
};

const outsideHint = 'Legg fila i budsjettmappa (eller i git-repositoriet) og oppgje ho med ein relativ sti.';
const pathProblems: Record<PathProblem, (shown: string, detail?: string) => Words> = {
  linkToNothing: (shown) => ({
    message: `${shown} er ei symbolsk lenke til ei fil som ikkje finst.`,
    hint: 'Rett opp eller fjern lenka.',
  }),
  linkLoops: (shown) => ({
    message: `${shown} er ei symbolsk lenke som går i ring (ho peikar tilbake på seg sjølv).`,
    hint: 'Rett opp eller fjern lenka.',
  }),
  linkOutside: (shown) => ({
    message: `${shown} peikar ut av budsjettmappa og git-arbeidstreet (ei symbolsk lenke); ho blir ikkje lesen.`,
    hint: outsideHint,
  }),
  inGitFolder: (shown) => ({
    message: `${shown} ligg i .git-mappa til repositoriet, som ikkje høyrer til budsjettet; ho blir ikkje lesen.`,
    hint: outsideHint,
  }),
  notRegular: (shown, detail) => ({
    message: `${shown} er ikkje ei vanleg fil (${detail === 'fifo' ? 'ein FIFO' : detail === 'socket' ? 'ein socket' : 'ei eining'}).`,
    hint: 'Oppgje berre YAML-filer i `files:` i budget.yaml.',
  }),
  folderOutside: (shown) => ({
    message: `Mappa ${shown} peikar ut av budsjettmappa og git-arbeidstreet (ei symbolsk lenke); filene i ho blir ikkje lesne.`,
    hint: outsideHint,
  }),
  folderLoop: (shown) => ({
    message: `Mappa ${shown} er ei symbolsk lenke tilbake til ei mappe ho ligg i (ei løkke); ho blir ikkje følgd.`,
    hint: 'Fjern lenka, eller gjer globben i `files:` i budget.yaml smalare.',
  }),
  folderUnreadable: (shown, detail) => ({
    message: `Mappa ${shown} kan ikkje lesast${detail === 'EACCES' ? ': ingen tilgang' : ` (${detail ?? 'ukjend feil'})`}.`,
    hint: 'Sjekk tilgangane til mappa.',
  }),
  globOutside: (shown) => ({
    message: `Stien ${shown} i \`files:\` peikar ut av budsjettmappa og git-arbeidstreet; han blir ikkje lesen.`,
    hint: outsideHint,
  }),
};
