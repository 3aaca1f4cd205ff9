import type { TemplateMessages } from './index.js';

/** `import measures` in bokmål. */
export const templateNb: TemplateMessages = {
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
