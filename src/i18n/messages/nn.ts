import { importNn } from './import-nn.js';
import type { IdKind, Messages, PathProblem, Subject, Words } from './index.js';
import { schemaNn } from './schema-nn.js';
import { templateNn } from './template-nn.js';
import { templateWords } from './template-text.js';
import { usageNn } from './usage-nn.js';

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
