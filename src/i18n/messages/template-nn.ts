import type { TemplateMessages } from './index.js';

/** `import measures` in nynorsk. */
export const templateNn: TemplateMessages = {
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
