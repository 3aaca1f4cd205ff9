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
const usageNb: UsageMessages = {
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
    // The message lists the values already: the hint only says which one was meant.
    ...(meant === undefined ? {} : { hint: meaning(meant).trimEnd() }),
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

// Import: `import mdir` and `diff`'s revisions.

const sheet = 'Oversikt - detaljert';
const quotedName = (name: string): string => `"${name}"`;
const list = (names: readonly string[], conjunction = 'og'): string => listAll(names.map(quotedName), conjunction);
const examples = (values: readonly string[]): string =>
  values.length > 10 ? `${values.slice(0, 10).join(', ')} og ${values.length - 10} til` : values.join(', ');
const rows = (count: number): string => `${count} ${count === 1 ? 'rad' : 'rader'}`;
const csvHint = `Bruk arbeidsboka fra Miljødirektoratet (arket "${sheet}") eller en CSV-fil med kolonnene Fylke, Kommunenummer, Kommune, År, Sektor, Utslippskilde, Klimagass, Utslipp (tonn CO2-ekvivalenter), eller Kommune, År, Sektor, Utslippskilde, Utslipp.`;
const noName = (near: readonly string[], names: readonly string[]): string =>
  near.length > 0 ? `Mente du ${list(near, 'eller')}?` : `Fila har ${examples(names)}.`;
const meanings = { notAvailable: 'ikke tilgjengelig', notApplicable: 'ikke aktuelt', confidential: 'konfidensielt' };

/** `import mdir` and `diff`'s revisions in bokmål. */
const importNb: ImportMessages = {
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

// Schema: the explanations of a file that breaks its JSON Schema.

const entities: Record<string, string> = {
  measures: 'tiltaket',
  targets: 'målet',
  factors: 'faktoren',
  indicators: 'indikatoren',
  milestones: 'delmålet',
  activity: 'aktivitetslinjen',
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
    infinite: 'et uendelig tall',
    nan: '.nan (ikke et tall)',
    true: 'true',
    false: 'false',
    list: 'en liste',
    mapping: 'en tabell (mapping)',
  }[value.kind];
};

/** Forklaringene på en fil som bryter JSON-skjemaet sitt, på bokmål. */
const schemaNb: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Ukjent nøkkel \`${key}\` i ${place(where)}.`,
    hint: guess
      ? `Mente du \`${guess}\`? (Nøkler som begynner med \`x_\`, er frie til egne notater.)`
      : `Tillatte nøkler: ${allowed.join(', ')}; nøkler som begynner med \`x_\`, er frie til egne notater.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} er ${shown(value)}, som ikke er en av de tillatte verdiene.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Mente du \`${label.id}\`? `
          : `Mente du \`${label.id}\`? "${label.label}" er det rapportene kaller den; filene bruker id-en. `
        : guess
          ? `Mente du \`${guess}\`? `
          : ''
    }Tillatt: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} mangler den påkrevde nøkkelen \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} må være ${typeNames[expected] ?? expected}, ikke ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} har feil form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Forventet: ${forms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} oppgir både ${keys(present, 'og')}; oppgi bare én av dem.`,
    hint: `Behold nøyaktig én av ${keys(list, 'eller')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} trenger én av ${keys(list, 'eller')}.`,
    hint: `Legg til nøyaktig én av ${keys(list, 'eller')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} er et for stort tall.`, hint: 'Skriv et endelig tall.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} må være ${expected}, ikke ${shown(value)}.`,
    ...(version ? { hint: 'Denne versjonen av klimabudsjett leser formatversjon 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} er ${shown(value)}, som ikke er ${titles[title]}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} er ${shown(value)}; verdien må være ${comparisons[comparison]} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Skriv renten som desimaltall: 0.04 for 4 %.'
              : `Årstall ligger mellom 1900 og 2200: et budsjett nevner tidligere år i utslippsregnskapet og plan- og målår framover. Er ${hint.year} en skrivefeil?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} kan ikke være tom.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} er for lang (høyst ${limit} tegn).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} nevner ${shown(value)} to ganger.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} er ${shown(value)}, som ikke er ${format === 'date' ? 'en gyldig dato' : format === 'uri' ? 'en gyldig URL' : `gyldig ${format}`}.`,
    ...(format === 'date' ? { hint: 'Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where }) => ({ message: `${the(where)} er ikke gyldig.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` i ${place(where)} er ikke et årstall.`,
    hint: 'Skriv årstall med fire siffer, f.eks. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` i ${place(where)} er ikke en sektor-id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` er ikke en gyldig nøkkel i ${place(where)}.` }),
};

const forms: Record<SchemaForm, string> = {
  Sectors: 'Sektorene målet gjelder: `all` (alle sektorene, standard) eller en liste med sektor-id-er.',
  'Sector emissions': 'Tonn CO2e for sektoren: et tall, eller en tabell fra utslippskilde til tonn.',
  Target: 'Et klimamål: referanseår, målår og en reduksjon eller et nivå, for en systemgrense og et sett med sektorer.',
  Milestone: 'Et delmål på veien mot målet: et år og en reduction_pct eller en level_t.',
  'Emission factor': 'kg CO2e per enhet aktivitet.',
};
const titles: Record<PatternTitle, string> = {
  'year key': 'et gyldig årstall',
  'sector id': 'en gyldig sektor-id',
  number: 'et gyldig kommunenummer',
  'target id': 'en gyldig mål-id',
  'factor id': 'en gyldig faktor-id',
  'measure id': 'en gyldig tiltaks-id',
  'indicator id': 'en gyldig indikator-id',
  value: 'en gyldig verdi',
};
const idHint =
  'Id-er består av bokstaver (også æ, ø og å), sifre, `.`, `_` og `-`, og begynner med en bokstav eller et siffer.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Skriv det firesifrede kommunenummeret i anførselstegn, f.eks. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};
const comparisons: Record<Comparison, string> = { '<=': 'høyst', '>=': 'minst', '<': 'under', '>': 'over' };

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Mente du \`${label.id}\`?`
      : `Mente du \`${label.id}\`? "${label.label}" er det rapportene kaller den; filene bruker id-en.`;
  return near.length
    ? `Mente du ${near.map((id) => `\`${id}\``).join(', ')}? Sektor-id-er skrives med små bokstaver (a–z) og understrek.`
    : `Sektor-id-er skrives med små bokstaver (a–z) og understrek: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Sett nummeret i anførselstegn: \`number: "${hint.quote}"\`. Uten anførselstegn leser YAML det som et tall${hint.quote.startsWith('0') ? ` og dropper nullen foran (${hint.read})` : ''}.`;
  return hint.cut
    ? `Et kutt på ${hint.digits} % skrives \`reduction_pct: ${hint.digits}\`: positivt, uten minustegnet som ble kopiert fra teksten.`
    : `Minustegnet er et typografisk tegn (${hint.minus}); skriv det som en bindestrek: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Legg til `schema_version: 1` som første linje.',
  title: 'Legg til en kort `title:` som sier hva tiltaket går ut på.',
  start: 'Legg til det første året med effekt, f.eks. `start: 2026`.',
  status: 'Legg til `status:` — proposed, adopted, in_progress, completed, postponed eller cancelled.',
  sector: 'Legg til sektor-id-en, f.eks. `sector: road_traffic`.',
  plan_period: 'Legg til `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Legg til `municipality: { name: …, number: "…" }`.',
  years: 'Legg til `years:` med år → sektor → tonn.',
  measures: 'Legg til `measures:` med en liste over tiltak.',
  method: 'Legg til `method:` — explicit, growth eller flat.',
};
const typeNames: Record<string, string> = {
  number: 'et tall',
  integer: 'et heltall',
  string: 'tekst',
  object: 'en tabell (nøkkel: verdi)',
  array: 'en liste',
  boolean: 'true eller false',
  'string,integer': 'tekst eller et heltall',
};
const numberHints = {
  decimal: 'Skriv desimaler med punktum (1234.5) og uten tusenskille.',
  spaces: 'Skriv tallet uten mellomrom mellom sifrene (1234.5, ikke 1 234,5).',
  quotes: 'Fjern anførselstegn og enheter: skriv bare tallet.',
};

// Template: `import measures` (the measures workbook).

/** `import measures` in bokmål. */
const templateNb: TemplateMessages = {
  notWorkbook: 'Fila er ikke en Excel-arbeidsbok (.xlsx).',
  notWorkbookHint:
    'Bruk arbeidsboka som `klimabudsjett export --template` laget, lagret som .xlsx (ikke .csv eller .xls) i Excel eller LibreOffice.',
  encrypted: 'Arbeidsboka er passordbeskyttet (kryptert), så den kan ikke leses.',
  encryptedHint: 'Åpne den i Excel, fjern passordet (Fil → Informasjon → Beskytt arbeidsbok) og lagre den på nytt.',
  tooLarge: (limit) => `Arbeidsboka pakkes ut til mer enn ${limit}: for stor for en tiltaksmal.`,
  tooLargeHint: 'En tiltaksmal er noen hundre kilobyte; sjekk at dette er riktig fil.',
  noSheet: (wanted, found) =>
    `Arbeidsboka har ikke noe ark "${wanted}"; arkene er ${found.map((name) => `"${name}"`).join(', ') || 'ingen'}.`,
  noSheetHint: 'Tiltakene skal stå på arket som heter Tiltak i malen (Measures på engelsk): gi det navnet tilbake.',
  noHeader: 'Arket har ingen overskriftsrad med kolonnene fra malen (ID, Tittel, Sektor, Status, Start …).',
  noHeaderHint: 'La den første raden i malen stå som den er; start med en ny mal hvis den er borte.',
  missingColumn: (header) => `Kolonnen "${header}" mangler.`,
  missingColumnHint: 'Hvert tiltak trenger den: legg kolonnen inn igjen med overskriften slik malen har den.',
  unknownColumn: (header) => `Kolonnen "${header}" hører ikke til malen og blir ikke lest.`,
  unknownColumnHint:
    'Gi den samme navn som i malen hvis den inneholder et felt for tiltaket; egne notater kan bli stående.',
  tooManyRows: (limit) => `Arket har mer enn ${limit} rader; bare et tiltaksark med høyst så mange rader blir lest.`,
  tooManyRowsHint: 'Slett de tomme eller overflødige radene nederst i arket (merk dem, og velg Slett rader).',
  merged: (range) => `Cellene ${range} er slått sammen; et tiltak trenger én verdi per celle.`,
  mergedHint: 'Del opp cellene (Hjem → Slå sammen og midtstill → Del opp celler) og fyll ut hver av dem.',
  formula: 'Cellen inneholder en formel; den sist beregnede verdien blir lest.',
  formulaHint: 'Sjekk verdien, eller skriv den inn som et rent tall så den ikke kan endre seg.',
  formulaNoValue: 'Cellen inneholder en formel uten beregnet verdi.',
  formulaNoValueHint:
    'Åpne og lagre arbeidsboka i Excel eller LibreOffice så formelen blir beregnet, eller skriv inn verdien.',
  required: (header) => `"${header}" er tom; alle tiltak trenger den.`,
  requiredHint: 'Fyll ut cellen, eller slett hele raden hvis tiltaket ikke skal være med.',
  notNumber: (text) => `"${text}" er ikke et tall.`,
  notNumberHint: 'Skriv bare et tall, uten enheter eller ord: 1200000 eller 12,5.',
  textNumber: (text, read) => `"${text}" er et tall lagret som tekst; det ble lest som ${read}.`,
  textNumberHint: 'Formater cellen som tall (eller skriv det inn på nytt) så regnearket kan summere det.',
  notYear: (text) => `"${text}" er ikke et årstall.`,
  notYearHint: 'Skriv året med fire sifre, f.eks. 2027 (en dato leses som året sitt).',
  notLabel: (text, header) => `"${text}" er ikke en verdi for "${header}".`,
  notLabelHint: (allowed, near) =>
    `${near === undefined ? '' : `Mente du "${near}"? `}Velg en verdi fra nedtrekkslista: ${allowed}.`,
  badPhase: (text) => `"${text}" er ingen innfasing: skriv par av år og andel.`,
  badPhaseHint: 'Skriv f.eks. 2026: 0,3; 2027: 0,6; 2028: 1 (andelen av full effekt som er nådd hvert år).',
  incompleteActivity: (line) =>
    `Aktivitetslinje ${line} har en mengde eller en enhet uten faktor, eller en faktor uten mengde.`,
  incompleteActivityHint: 'Oppgi både faktoren (fra lista) og mengden per år ved full effekt.',
  incompleteIndicator: 'Indikatoren har verdier, men ingen id.',
  incompleteIndicatorHint: 'Gi indikatoren en kort id (f.eks. nullutslipp-andel), eller tøm cellene.',
  noRows: 'Arket har ingen tiltak.',
  noRowsHint: 'Fyll ut én rad per tiltak under overskriftsradene.',
  keptFields: (id, fields, activity, indicators) => {
    const kept = [
      ...fields,
      ...(activity === undefined ? [] : [`aktivitetslinje ${activity[0]}–${activity[1]}`]),
      ...(indicators === undefined ? [] : [`indikator 2–${indicators}`]),
    ];
    return `Tiltak ${id}: ${kept.join(', ')} får ikke plass i malen; beholdt fra budsjettets fil.`;
  },
  keptFieldsHint: 'Rediger dem i YAML-fila.',
  printed: (count, changes) => `${count} tiltak; mot budsjettet: ${changes}.`,
  wrote: (path, count, changes) => `Skrev ${path}: ${count} tiltak; ${changes}.`,
  added: (ids) => `lagt til (${ids})`,
  removed: (ids) => `fjernet (${ids})`,
  changed: (listed) => `endret (${listed})`,
  noChanges: 'ingen endringer',
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
  own_operations: 'egen virksomhet',
  indirect: 'indirekte',
};
const counts = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Verktøyets ord på bokmål: standard for et budsjett uten `language`. */
export const nb: Messages = {
  diagnostics: {
    ...importNb,
    ...schemaNb,
    measureWithoutIndicator: ({ id }) => ({
      message: `Tiltaket "${id}" har ingen resultatindikator å følge det opp med.`,
      hint: 'Legg til `indicators: [{ id: …, title: …, baseline: …, target: …, target_year: … }]`.',
    }),
    measureWithoutResponsible: ({ id }) => ({
      message: `Tiltaket "${id}" har ingen ansvarlig (\`responsible\`).`,
      hint: 'Skriv hvilken virksomhet eller enhet som gjennomfører det, f.eks. `responsible: "Eiendom og drift"`.',
    }),
    reductionNoCut: ({ what: subject, pct }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, som ikke er noe kutt: en reduksjon skrives som en positiv prosent.`,
      hint:
        pct < 0
          ? `Et kutt på ${-pct} % skrives \`reduction_pct: ${-pct}\` (uten minus); for et nivå i tonn bruker du \`level_t:\`.`
          : 'Et kutt på 55 % skrives `reduction_pct: 55`; reduksjonen er over 0 og høyst 100.',
    }),
    reductionAbove100: ({ what: subject, pct }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, et kutt på mer enn 100 %.`,
      hint: 'Et kutt på 55 % skrives `reduction_pct: 55`; reduksjonen er over 0 og høyst 100.',
    }),
    reductionFraction: ({ what: subject, pct, asPercent }) => ({
      message: `${what(subject)} har \`reduction_pct: ${pct}\`, et kutt på bare ${pct} %.`,
      hint: `Mente du \`reduction_pct: ${asPercent}\` (${asPercent} %)? Reduksjonen skrives i prosent, ikke som en brøk.`,
    }),
    planPeriodOrder: ({ start, end }) => ({
      message: `Planperioden slutter (${end}) før den begynner (${start}).`,
      hint: 'En fireårig økonomiplan går fra start til start + 3, f.eks. 2026–2029.',
    }),
    horizonBeforePlanEnd: ({ horizon, end }) => ({
      message: `Tidshorisonten ${horizon} ligger før slutten av planperioden (${end}).`,
      hint: 'Sett tidshorisonten til planperiodens siste år eller senere, eller ta den bort.',
    }),
    fullEffectBeforeStart: ({ id, fullEffect, start }) => ({
      message: `Tiltaket "${id}" får full effekt (${fullEffect}) før det starter (${start}).`,
      hint: '`full_effect` må være startåret eller senere.',
    }),
    endBeforeStart: ({ id, end, start }) => ({
      message: `Tiltaket "${id}" slutter (${end}) før det starter (${start}).`,
      hint: '`end` er siste år med effekt; det må være startåret eller senere.',
    }),
    fullEffectAfterEnd: ({ id, fullEffect, end }) => ({
      message: `Tiltaket "${id}" får full effekt (${fullEffect}) etter at det er slutt (${end}).`,
      hint: 'Flytt `full_effect` til sluttåret eller tidligere, eller `end` senere.',
    }),
    targetYearBeforeBase: ({ id, year, baseYear }) => ({
      message: `Målet "${id}" har målåret (${year}) i eller før referanseåret (${baseYear}).`,
      hint: 'Referanseåret er året reduksjonen måles fra; målåret kommer etter det.',
    }),
    milestoneOutside: ({ id, year, baseYear, targetYear }) => ({
      message: `Delmålet ${year} i målet "${id}" ligger ikke mellom referanseåret ${baseYear} og målåret ${targetYear}.`,
      hint: 'Delmål er punkter underveis: etter referanseåret og før målåret.',
    }),
    milestoneTwice: ({ id, year }) => ({
      message: `Målet "${id}" har to delmål i ${year}.`,
      hint: 'Behold ett delmål per år.',
    }),
    unknownFactor: ({ id, factor, near }) => ({
      message: `Tiltaket "${id}" bruker utslippsfaktoren "${factor}", som ikke er definert.`,
      hint: near.length
        ? `Mente du ${quoted(near)}? Ellers kan du definere den i factors/*.yaml.`
        : 'Definer den i factors/*.yaml; `klimabudsjett factors` viser de innebygde faktorene.',
    }),
    unitMismatch: ({ id, unit, factorUnit, factor, dimension, suggestion }) => ({
      message: `Tiltaket "${id}" oppgir en mengde i ${unit}, som ikke kan regnes om til ${factorUnit}, enheten til faktoren "${factor}".`,
      hint:
        suggestion !== undefined
          ? `Enheter skiller mellom store og små bokstaver: mente du ${suggestion}?`
          : `Oppgi mengden i ${factorUnit}${dimension ? ` (eller en annen enhet for ${dimensionWords[dimension] ?? dimension})` : ''}, eller bruk en faktor per ${unit}.`,
    }),
    targetBaseYearMissing: ({ id, baseYear, scope, years: list }) => ({
      message: `Målet "${id}" måles fra ${baseYear}, men utslippsregnskapet (${scopes[scope] ?? scope}) har ingen tall for det året.`,
      hint: `Utslippsregnskapet har ${years(list)}; legg til ${baseYear} eller velg ett av disse årene som referanseår.`,
    }),
    unknownSector: ({ sector, near, allowed }) => ({
      message: `"${sector}" er ikke en sektor-id.`,
      hint: near.length ? `Mente du ${quoted(near)}?` : `Sektor-id-er: ${allowed.join(', ')}.`,
    }),
    unknownMeasure: ({ measure, near }) => ({
      message: `Oppfølgingen nevner tiltaket "${measure}", som ikke er definert.`,
      hint: near.length ? `Mente du ${quoted(near)}?` : 'Sjekk id-en mot measures/*.yaml.',
    }),
    duplicateId: ({ kind, id, first, measure }) => ({
      message: `Id-en "${id}" er brukt av to ${kindWords[kind]}${measure === undefined ? '' : ` i tiltaket "${measure}"`}.`,
      hint: `Den første står i ${first}; gi en av dem en annen id.`,
    }),
    aliasLimit: ({ limit }) => ({
      message: `Aliasene i denne fila utvides til mer enn ${limit} noder, noe som ser ut som et «billion laughs»-angrep.`,
      hint: 'Skriv dataene ut i stedet for å neste aliaser.',
    }),
    unclosedQuote: ({ quote }) => ({
      message: `Denne ${quote} åpner en tekst i anførselstegn som aldri lukkes.`,
      hint: `Legg til den avsluttende ${quote} på slutten av teksten.`,
    }),
    targetWithoutInventory: ({ id, scope }) => ({
      message: `Målet "${id}" gjelder systemgrensen «${scopes[scope] ?? scope}», som ikke har noe utslippsregnskap.`,
      hint:
        scope === 'territorial'
          ? 'Legg til et utslippsregnskap, f.eks. fra Miljødirektoratets statistikk: `klimabudsjett import mdir FIL --municipality NAVN -o inventory/mdir.yaml`.'
          : `Legg til et utslippsregnskap med \`scope: ${scope}\`.`,
    }),
    effectLowAbove: ({ id, low, central }) => ({
      message: `Tiltaket "${id}" har et lavt anslag (${low}) over det sentrale anslaget (${central}).`,
      hint: 'Spennet leses low ≤ t_co2e ≤ high; bytt om verdiene hvis de er ført inn i feil rekkefølge.',
    }),
    effectHighBelow: ({ id, high, central }) => ({
      message: `Tiltaket "${id}" har et høyt anslag (${high}) under det sentrale anslaget (${central}).`,
      hint: 'Spennet leses low ≤ t_co2e ≤ high; bytt om verdiene hvis de er ført inn i feil rekkefølge.',
    }),
    effectNeither: ({ id }) => ({
      message: `Tiltaket "${id}" skal tallfestes, men har verken \`effect\` eller \`activity\`.`,
      hint: 'Legg til `effect: { t_co2e: … }` eller `activity:`, eller sett `kind: not_quantified` (eller in_baseline).',
    }),
    effectBoth: ({ id }) => ({
      message: `Tiltaket "${id}" oppgir både \`effect\` og \`activity\`; oppgi bare én av dem.`,
      hint: 'Behold enten det direkte anslaget (`effect`) eller beregningen (`activity`), ikke begge.',
    }),
    followupPeriodOutside: ({ period, first, last }) => ({
      message: `Perioden ${period} ligger utenfor årene budsjettet dekker (${first}–${last}).`,
      hint: 'Sjekk årstallet i perioden; oppfølgingen hører til årene budsjettet dekker.',
    }),
    baselineYearIgnored: ({ year, latest, scope }) => ({
      message: `Året ${year} i referansebanen ligger i eller før ${latest}, siste år i utslippsregnskapet (${scopes[scope] ?? scope}), og blir derfor ikke brukt.`,
      hint: `Referansebanen starter fra regnskapets tall for ${latest} og framskriver årene etter; fjern ${year} eller oppgi et senere år.`,
    }),
    targetBeforeLatest: ({ id, year, latest, scope }) => ({
      message: `Målet "${id}" gjelder ${year}, i eller før ${latest}, siste år i utslippsregnskapet (${scopes[scope] ?? scope}): bare måloppnåelsen vises.`,
      hint: 'Resultatet står allerede i utslippsregnskapet; det er ingen målbane, behov eller gap igjen å beregne.',
    }),
    effectBeforeLatest: ({ id, start, latest, scope }) => ({
      message: `Tiltaket "${id}" starter i ${start}, i eller før ${latest}, siste år i utslippsregnskapet (${scopes[scope] ?? scope}): effekten kan allerede være med i regnskapet.`,
      hint: `La det starte etter ${latest}, eller sett \`kind: in_baseline\` hvis regnskapet allerede viser effekten.`,
    }),
    measureOutsideHorizon: ({ id, year, horizon, planStart, typo }) => ({
      message: `Tiltaket "${id}" starter i ${year}, etter ${horizon}, det siste året budsjettet beregner: det har ingen effekt.`,
      hint:
        `${typo ? `Mente du ${typo}? ` : ''}Budsjettet beregner ${planStart}–${horizon} ` +
        '(planperioden fram til `horizon:`, eller til siste målår); sett en senere `horizon:` hvis tiltaket virkelig starter da.',
    }),
    multipleDocuments: () => ({
      message: 'Fila inneholder flere YAML-dokumenter (skilt med ---); en budsjettfil skal ha ett.',
      hint: 'Del den opp i flere filer, eller fjern de ekstra `---`.',
    }),
    tabIndent: () => ({
      message: 'Et tabulatortegn er brukt til innrykk; YAML rykker inn med mellomrom.',
      hint: 'Bytt ut tabulatortegnet med mellomrom.',
    }),
    yamlDoesNotParse: ({ sentence }) => ({
      message: `YAML-en kan ikke leses (feilen på engelsk: ${sentence})`,
      hint: 'Sjekk anførselstegn, klammer, kolon og innrykk på denne linjen og linjen før.',
    }),
    duplicateKey: ({ key, firstLine }) => ({
      message: `Nøkkelen \`${key}\` står to ganger i samme tabell (første gang på linje ${firstLine}).`,
      hint: 'Fjern en av dem, eller slå dem sammen.',
    }),
    utf16: () => ({ message: 'Fila er lagret som UTF-16, ikke UTF-8.', hint: 'Lagre den som UTF-8.' }),
    notUtf8: () => ({
      message: 'Fila er ikke UTF-8-tekst (en ugyldig bytesekvens).',
      hint: 'Lagre den som UTF-8; filer lagret som Latin-1 (ISO-8859-1) eller Windows-1252 gir denne feilen for æ, ø og å.',
    }),
    nulBytes: () => ({
      message:
        'Fila inneholder NUL-byte og er derfor ikke UTF-8-tekst (UTF-16 uten byte order mark, eller en binærfil?).',
      hint: 'Lagre den som UTF-8.',
    }),
    sectorExceeded: ({ ids, more, sector, scope, tonnes, year, baseline }) => ({
      message:
        `${ids.length + more === 1 ? `Tiltaket ${idList(ids, more)} reduserer` : `Tiltakene ${idList(ids, more)} reduserer til sammen`} ${sector} (${scopes[scope] ?? scope}) med ` +
        `${tonnes} t CO2e i ${year}, mer enn referansebanen for sektoren, ${baseline} t CO2e.`,
      hint: 'Sjekk om tiltakene teller det samme kuttet flere ganger, og at utslippsregnskapet og referansebanen dekker hele sektoren.',
    }),
    overlapExceeded: ({ ids, more, group, sector, scope, tonnes, year, baseline }) => ({
      message:
        `Tiltakene ${idList(ids, more)} i overlappgruppen "${group}" reduserer til sammen ${sector} ` +
        `(${scopes[scope] ?? scope}) med ${tonnes} t CO2e i ${year}, mer enn referansebanen for sektoren, ${baseline} t CO2e.`,
      hint: 'Tiltak i samme overlappgruppe kan telle det samme kuttet to ganger: senk effektene eller slå dem sammen.',
    }),
    manifestMissing: ({ folder }) => ({
      message: folder === undefined ? 'Denne mappen har ingen budget.yaml.' : `Mappen ${folder} har ingen budget.yaml.`,
      hint: 'Kjør `klimabudsjett init` for å lage en budsjettmappe, eller oppgi stien til en.',
    }),
    fileMissing: ({ pattern }) => ({
      message: `Fila ${pattern}, som står i \`files:\`, finnes ikke.`,
      hint: 'Rett stien i `files:` i budget.yaml, eller lag fila.',
    }),
    absolutePath: ({ pattern }) => ({
      message: `\`files:\` viser til den absolutte stien ${pattern}; et budsjett leser bare filer i sin egen mappe (eller git-arbeidskopien sin).`,
      hint: 'Skriv stien relativt til budget.yaml, og ha fila i budsjettmappen eller repositoriet.',
    }),
    fileEmpty: () => ({ message: 'Fila er tom.', hint: 'Begynn den med `schema_version: 1`, eller slett den.' }),
    factorOverridesBuiltin: ({ id }) => ({
      message: `Den lokale faktoren "${id}" erstatter den innebygde faktoren med samme id.`,
      hint: 'Gi den en annen id hvis du ville legge til en faktor og ikke erstatte en.',
    }),
    periodUnparsed: ({ period }) => ({
      message: `Perioden "${period}" er ikke et år, et tertial, et halvår eller et kvartal.`,
      hint: 'Skriv ÅÅÅÅ, ÅÅÅÅ-T1 … T3, ÅÅÅÅ-H1/H2 eller ÅÅÅÅ-Q1 … Q4, f.eks. 2026-T2.',
    }),
    unknownIndicator: ({ measure, indicator, near, known }) => ({
      message: `Tiltaket "${measure}" har ingen indikator "${indicator}".`,
      hint: known.length
        ? `${near ? `Mente du "${near}"? ` : ''}Indikatorene til tiltaket: ${known.join(', ')}.`
        : 'Legg først til indikatoren i tiltaket.',
    }),
    unknownSource: ({ id, source, scope, sector, near, known }) => ({
      message: known.length
        ? `Tiltaket "${id}" viser til kilden "${source}", som utslippsregnskapet (${scopes[scope] ?? scope}) ikke har i ${sector}.`
        : `Tiltaket "${id}" viser til kilden "${source}", men utslippsregnskapet (${scopes[scope] ?? scope}) har ${sector} uten kilder.`,
      hint: near.length
        ? `Mente du ${quoted(near)}?`
        : known.length
          ? `Kildene i ${sector}: ${quoted(known.slice(0, 8))}${known.length > 8 ? ', …' : ''}.`
          : 'Fjern `source:`, eller før sektoren fordelt på kilder i utslippsregnskapet.',
    }),
    inventoryDuplicate: ({ scope, sector, source, year, firstFile }) => ({
      message: `Utslippsregnskapet (${scopes[scope] ?? scope}) oppgir ${source === undefined ? `sektoren ${sector}` : `kilden "${source}" i sektoren ${sector}`} for ${year} to ganger${firstFile === undefined ? '' : ` (første gang i ${firstFile})`}.`,
      hint:
        source === undefined
          ? 'Oppgi hver sektor bare én gang per år: enten som et tall eller fordelt på kilder, i én fil.'
          : 'Fjern den ene; flere regnskapsfiler kan ikke overlappe.',
    }),
    decimalComma: ({ written, whole, key }) => ({
      message: `\`${written}\` har desimalkomma; inne i { } skiller kommaet oppføringer, så YAML leser ${whole} og en nøkkel \`${key}\`.`,
      hint: `Skriv desimaler med punktum: ${whole}.${key}.`,
    }),
    tabIndentMended: ({ width }) => ({
      message: 'Et tabulatortegn er brukt til innrykk; YAML rykker inn med mellomrom.',
      hint: `Bytt ut tabulatortegnet med mellomrom${width > 0 ? ` (${width} for å stå likt med linjene rundt)` : ''}.`,
    }),
    colonSpace: ({ key, rest }) => ({
      message: `\`${key}:${rest}\` mangler mellomrom etter kolonet, så YAML leser det som én tekst og ikke som en nøkkel med verdi.`,
      hint: `Sett inn et mellomrom etter kolonet: \`${key}: ${rest}\`.`,
    }),
    folderProblem: ({ folder, problem, errno }) => ({
      message: {
        file: `${folder} er en fil, ikke en budsjettmappe.`,
        denied: `Mappen ${folder} kan ikke leses: ingen tilgang.`,
        missing: `Mappen ${folder} finnes ikke.`,
        unlistable: `Mappen ${folder} kan ikke leses${errno === 'EACCES' ? ': ingen tilgang' : ` (${errno ?? 'ukjent feil'})`}.`,
      }[problem],
      hint: 'Oppgi stien til en budsjettmappe (mappen med budget.yaml).',
    }),
    templateMessage: templateWords(templateNb),
    pathProblem: ({ kind, shown, detail }) => pathProblems[kind](shown, detail),
    yamlTooDeep: ({ limit }) => ({
      message: `YAML-en er nøstet dypere enn ${limit} nivåer her; en budsjettfil trenger færre enn ti.`,
      hint: 'Gjør dataene flatere: så dyp nøsting er en generert eller fiendtlig fil, ikke et budsjett.',
    }),
    aliasUndefined: ({ alias }) => ({
      message: `Aliaset ${alias} viser til et anker som ikke er definert før det.`,
      hint: `Definer ankeret (&${alias.slice(1)}) før aliaset, eller skriv verdien ut.`,
    }),
    categoryIsSector: ({ id, scope }) => ({
      message: `Kategori-id-en "${id}" er ${id === 'default' ? 'reservert (en nøkkel i growth_pct i referansebanen)' : 'allerede en sektor-id'}.`,
      hint: `Bruk sektoren "${id}" som den er, eller gi kategorien en annen id (f.eks. "${id}_${scope === 'indirect' ? 'consumption' : 'own'}").`,
    }),
    categoryTwice: ({ id, scope, first }) => ({
      message: `Kategori-id-en "${id}" er oppgitt to ganger for systemgrensen «${scopes[scope] ?? scope}».`,
      hint: `Den første står i categories.${scope}[${first}]; gi en av dem en annen id.`,
    }),
    secondBaseline: ({ scope, first }) => ({
      message: `En referansebane til for systemgrensen «${scopes[scope] ?? scope}»; ${first} har allerede en.`,
      hint: 'Ha én fil med referansebane per systemgrense.',
    }),
    unclosedFlow: ({ kind }) => {
      const [open, close, what] = kind === 'map' ? ['{', '}', 'tabellen'] : ['[', ']', 'lista'];
      return {
        message: `Denne ${open} starter ${kind === 'map' ? 'en tabell' : 'en liste'} som aldri lukkes med ${close}.`,
        hint: `Sett inn ${close} der ${what} slutter; går ${what} over flere linjer, må de linjene rykkes lenger inn.`,
      };
    },
    sectorOfOtherScope: ({ sector, scope, elsewhere, label, near, allowed }) => ({
      message:
        sector === 'other'
          ? 'Sektoren "other" finnes bare i systemgrensene egen virksomhet (own_operations) og indirekte (indirect).'
          : elsewhere !== undefined
            ? `"${sector}" er en kategori i systemgrensen «${scopes[elsewhere] ?? elsewhere}», ikke i «${scopes[scope] ?? scope}».`
            : `"${sector}" er ikke en sektor-id.`,
      hint: label
        ? `Mente du \`${label.id}\`?${label.label === undefined ? '' : ` "${label.label}" er det rapportene kaller den; filene bruker id-en.`}`
        : near.length
          ? `Mente du ${quoted(near)}?`
          : `Sektor-id-er: ${allowed.join(', ')}.`,
    }),
    fileUnreadable: ({ errno }) => {
      if (errno === 'ENOENT') return { message: 'Fila finnes ikke.' };
      if (errno === 'EISDIR')
        return {
          message: 'Dette er en mappe der det skulle vært en fil.',
          hint: 'Gi mappen et annet navn, eller endre mønsteret i `files:` i budget.yaml så det bare treffer filer.',
        };
      if (errno === 'EACCES' || errno === 'EPERM')
        return { message: 'Fila kan ikke leses: ingen tilgang.', hint: 'Sjekk tilgangene til fila.' };
      return { message: `Fila kan ikke leses (${errno ?? 'ukjent feil'}).` };
    },
  },
  status: {
    hint: 'tips',
    errors: (count) => counts(count, 'feil', 'feil'),
    warnings: (count) => counts(count, 'advarsel', 'advarsler'),
    infos: (count) => counts(count, 'merknad', 'merknader'),
    problems: (count) => counts(count, 'problem', 'problemer'),
    clean: (dirs) => `${dirs}: 0 feil, 0 advarsler`,
    wrote: (file) => `Skrev ${file}.`,
    wroteInventory: (file, municipality, rows) => `Skrev ${file}: ${municipality}, ${counts(rows, 'rad', 'rader')}.`,
    noVintage:
      'utslippsregnskapet har ingen årgang (hvilken publisering tallene er fra); oppgi den med --vintage, f.eks. --vintage 2026.',
    note: 'merk',
    budgetsWritten: (written, total) => `${written} av ${total} budsjetter skrevet.`,
    budgetsFailed: (written, total, failed) => `${written} av ${total} budsjetter skrevet; feilet: ${failed}.`,
    wroteDocuments: (what, files) => `${what}: skrev ${files}`,
    removedDocuments: (what, files) => `${what}: fjernet ${files} (fra en tidligere kjøring)`,
    skippedOutDir: (dir) => `${dir}: hoppet over, det er --out-dir`,
    couldNotWriteReports: (reason) => `kunne ikke skrive rapportene: ${reason}`,
    noBudgetFolderAbove: (paths) => `ingen budsjettmappe (med budget.yaml) over ${paths}; hoppet over.`,
    tooManyWarnings: (warnings, max) =>
      `${counts(warnings, 'advarsel', 'advarsler')}, flere enn --max-warnings ${max}.`,
    initCreated: (folder, municipality) => `Laget ${folder}/ for ${municipality}:`,
    initNext: 'Neste steg:',
    initInventory: (first, last, file, vintage) =>
      `utslippsregnskapet har ${first}–${last} fra ${file}${vintage ? ` (årgang ${vintage})` : ''}`,
    initImportInventory: 'hent utslippsregnskapet fra Miljødirektoratets statistikk:',
    initReplaceTarget: (folder) => `bytt ut forslaget til mål i ${folder}/budget.yaml med de vedtatte målene`,
    initAddMeasures: (folder) => `skriv tiltakene inn i ${folder}/measures/tiltak.yaml`,
    initCheck: (folder) => `sjekk budsjettet: klimabudsjett validate ${folder}`,
    initCi: (variable) =>
      `CI installerer ${variable} fra .github/workflows/klimabudsjett.yml: la den peke på en git-URL eller en .tgz til klimabudsjett er på npm`,
    overview: 'oversikt',
    hiddenAnnotations: (counts, perKind) =>
      `${counts}; GitHub viser ${perKind} av hver sort per steg, loggen over har alle.`,
    writingTable: (first, others) => `merk: skriver tabellen ${first}; de andre er ${others} (velg en med --table).`,
  },
  usage: usageNb,
  template: templateNb,
};

const kindWords: Record<IdKind, string> = {
  measure: 'tiltak',
  factor: 'faktorer',
  target: 'mål',
  indicator: 'indikatorer',
};
const dimensionWords: Record<string, string> = {
  volume: 'volum',
  mass: 'masse',
  energy: 'energi',
  distance: 'avstand',
};

const outsideHint = 'Legg fila i budsjettmappa (eller i git-repositoriet) og oppgi den med en relativ sti.';
const pathProblems: Record<PathProblem, (shown: string, detail?: string) => Words> = {
  linkToNothing: (shown) => ({
    message: `${shown} er en symbolsk lenke til en fil som ikke finnes.`,
    hint: 'Rett opp eller fjern lenken.',
  }),
  linkLoops: (shown) => ({
    message: `${shown} er en symbolsk lenke som går i ring (den peker tilbake på seg selv).`,
    hint: 'Rett opp eller fjern lenken.',
  }),
  linkOutside: (shown) => ({
    message: `${shown} peker ut av budsjettmappa og git-arbeidstreet (en symbolsk lenke); den blir ikke lest.`,
    hint: outsideHint,
  }),
  inGitFolder: (shown) => ({
    message: `${shown} ligger i repositoriets .git-mappe, som ikke hører til budsjettet; den blir ikke lest.`,
    hint: outsideHint,
  }),
  notRegular: (shown, detail) => ({
    message: `${shown} er ikke en vanlig fil (${detail === 'fifo' ? 'en FIFO' : detail === 'socket' ? 'en socket' : 'en enhet'}).`,
    hint: 'Oppgi bare YAML-filer i `files:` i budget.yaml.',
  }),
  folderOutside: (shown) => ({
    message: `Mappa ${shown} peker ut av budsjettmappa og git-arbeidstreet (en symbolsk lenke); filene i den blir ikke lest.`,
    hint: outsideHint,
  }),
  folderLoop: (shown) => ({
    message: `Mappa ${shown} er en symbolsk lenke tilbake til en mappe den ligger i (en løkke); den blir ikke fulgt.`,
    hint: 'Fjern lenken, eller gjør globben i `files:` i budget.yaml smalere.',
  }),
  folderUnreadable: (shown, detail) => ({
    message: `Mappa ${shown} kan ikke leses${detail === 'EACCES' ? ': ingen tilgang' : ` (${detail ?? 'ukjent feil'})`}.`,
    hint: 'Sjekk tilgangene til mappa.',
  }),
  globOutside: (shown) => ({
    message: `Stien ${shown} i \`files:\` peker ut av budsjettmappa og git-arbeidstreet; den blir ikke lest.`,
    hint: outsideHint,
  }),
};
