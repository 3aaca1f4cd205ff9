import { importNb } from './import-nb.js';
import type { IdKind, Messages, PathProblem, Subject, Words } from './index.js';
import { schemaNb } from './schema-nb.js';
import { templateNb } from './template-nb.js';
import { templateWords } from './template-text.js';
import { usageNb } from './usage-nb.js';

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
