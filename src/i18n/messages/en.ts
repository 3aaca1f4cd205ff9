import { importEn } from './import-en.js';
import type { Messages, PathProblem, Subject, Words } from './index.js';
import { schemaEn } from './schema-en.js';
import { templateEn } from './template-en.js';
import { templateWords } from './template-text.js';
import { usageEn } from './usage-en.js';

const what = ({ target, milestone }: Subject): string =>
  milestone === undefined ? `Target "${target}"` : `Milestone ${milestone} of target "${target}"`;
const idList = (ids: readonly string[], more: number): string =>
  more > 0 ? `${quoted(ids)} and ${more} more` : quoted(ids);
const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');
const years = (list: readonly number[]): string =>
  list.length > 6 ? `${list[0]}–${list.at(-1)} (${list.length} years)` : list.join(', ');

/** The tool's words in English: the library's own language and that of `--lang en`. */
export const en: Messages = {
  diagnostics: {
    ...importEn,
    ...schemaEn,
    measureWithoutIndicator: ({ id }) => ({
      message: `Measure "${id}" has no indicator to follow it up with.`,
      hint: 'Add `indicators: [{ id: …, title: …, baseline: …, target: …, target_year: … }]`.',
    }),
    measureWithoutResponsible: ({ id }) => ({
      message: `Measure "${id}" has no \`responsible\`.`,
      hint: 'Add the agency or unit that carries it out, e.g. `responsible: "Eiendom og drift"`.',
    }),
    reductionNoCut: ({ what: subject, pct }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, which is no cut: a reduction is a positive percentage.`,
      hint:
        pct < 0
          ? `A cut of ${-pct} % is written \`reduction_pct: ${-pct}\` (without the minus); for a level in tonnes use \`level_t:\`.`
          : 'A cut of 55 % is written `reduction_pct: 55`; the reduction lies above 0 and at most 100.',
    }),
    reductionAbove100: ({ what: subject, pct }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, a cut of more than 100 %.`,
      hint: 'A cut of 55 % is written `reduction_pct: 55`; the reduction lies above 0 and at most 100.',
    }),
    reductionFraction: ({ what: subject, pct, asPercent }) => ({
      message: `${what(subject)} has \`reduction_pct: ${pct}\`, a cut of only ${pct} %.`,
      hint: `Did you mean \`reduction_pct: ${asPercent}\` (${asPercent} %)? The reduction is written in percent, not as a fraction.`,
    }),
    planPeriodOrder: ({ start, end }) => ({
      message: `The plan period ends (${end}) before it starts (${start}).`,
      hint: 'A four-year plan runs from start to start + 3, e.g. 2026–2029.',
    }),
    horizonBeforePlanEnd: ({ horizon, end }) => ({
      message: `The horizon ${horizon} is before the end of the plan period (${end}).`,
      hint: 'Set the horizon to the plan end or later, or leave it out.',
    }),
    fullEffectBeforeStart: ({ id, fullEffect, start }) => ({
      message: `Measure "${id}" reaches full effect (${fullEffect}) before it starts (${start}).`,
      hint: '`full_effect` must be the start year or later.',
    }),
    endBeforeStart: ({ id, end, start }) => ({
      message: `Measure "${id}" ends (${end}) before it starts (${start}).`,
      hint: '`end` is the last year with effect; it must be the start year or later.',
    }),
    fullEffectAfterEnd: ({ id, fullEffect, end }) => ({
      message: `Measure "${id}" reaches full effect (${fullEffect}) after its end (${end}).`,
      hint: 'Move `full_effect` to the end year or earlier, or `end` later.',
    }),
    targetYearBeforeBase: ({ id, year, baseYear }) => ({
      message: `Target "${id}" has its target year (${year}) at or before its base year (${baseYear}).`,
      hint: 'The base year is the year the reduction is measured from; the target year comes after it.',
    }),
    milestoneOutside: ({ id, year, baseYear, targetYear }) => ({
      message: `Milestone ${year} of target "${id}" is not between its base year ${baseYear} and target year ${targetYear}.`,
      hint: 'Milestones are intermediate points: strictly after the base year and before the target year.',
    }),
    milestoneTwice: ({ id, year }) => ({
      message: `Target "${id}" has two milestones in ${year}.`,
      hint: 'Keep one milestone per year.',
    }),
    unknownFactor: ({ id, factor, near }) => ({
      message: `Measure "${id}" uses the emission factor "${factor}", which is not defined.`,
      hint: near.length
        ? `Did you mean ${quoted(near)}? Or define it in factors/*.yaml.`
        : 'Define it in factors/*.yaml; `klimabudsjett factors` lists the built-in ones.',
    }),
    unitMismatch: ({ id, unit, factorUnit, factor, dimension, suggestion }) => ({
      message: `Measure "${id}" gives an amount in ${unit}, which cannot be converted to ${factorUnit}, the unit of factor "${factor}".`,
      hint:
        suggestion !== undefined
          ? `Units are case-sensitive: did you mean ${suggestion}?`
          : `Give the amount in ${factorUnit}${dimension ? ` (or another ${dimension} unit)` : ''}, or use a factor per ${unit}.`,
    }),
    targetBaseYearMissing: ({ id, baseYear, scope, years: list }) => ({
      message: `Target "${id}" is measured from ${baseYear}, but the ${scope} inventory has no figures for that year.`,
      hint: `The inventory has ${years(list)}; add ${baseYear} or choose one of those years.`,
    }),
    unknownSector: ({ sector, near, allowed }) => ({
      message: `"${sector}" is not a sector id.`,
      hint: near.length ? `Did you mean ${quoted(near)}?` : `Sector ids: ${allowed.join(', ')}.`,
    }),
    unknownMeasure: ({ measure, near }) => ({
      message: `The follow-up names measure "${measure}", which is not defined.`,
      hint: near.length ? `Did you mean ${quoted(near)}?` : 'Check the id against measures/*.yaml.',
    }),
    duplicateId: ({ kind, id, first, measure }) => ({
      message: `The ${kind}${measure === undefined ? '' : ` of measure "${measure}"`} id "${id}" is used twice.`,
      hint: `The first is in ${first}; give one of them another id.`,
    }),
    aliasLimit: ({ limit }) => ({
      message: `The aliases in this file expand to more than ${limit} nodes, which looks like a “billion laughs” attack.`,
      hint: 'Write the data out instead of nesting aliases.',
    }),
    unclosedQuote: ({ quote }) => ({
      message: `This ${quote} opens a quoted text that is never closed.`,
      hint: `Add the closing ${quote} at the end of the text.`,
    }),
    targetWithoutInventory: ({ id, scope }) => ({
      message: `Target "${id}" is for the ${scope} scope, which has no inventory.`,
      hint:
        scope === 'territorial'
          ? 'Add an inventory file, e.g. from Miljødirektoratet’s statistics: `klimabudsjett import mdir FILE --municipality NAME -o inventory/mdir.yaml`.'
          : `Add an inventory file with \`scope: ${scope}\`.`,
    }),
    effectLowAbove: ({ id, low, central }) => ({
      message: `Measure "${id}" has a low estimate (${low}) above its central estimate (${central}).`,
      hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
    }),
    effectHighBelow: ({ id, high, central }) => ({
      message: `Measure "${id}" has a high estimate (${high}) below its central estimate (${central}).`,
      hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
    }),
    effectNeither: ({ id }) => ({
      message: `Measure "${id}" is quantified but has neither \`effect\` nor \`activity\`.`,
      hint: 'Add `effect: { t_co2e: … }` or `activity:`, or set `kind: not_quantified` (or in_baseline).',
    }),
    effectBoth: ({ id }) => ({
      message: `Measure "${id}" gives both \`effect\` and \`activity\`; give only one.`,
      hint: 'Keep the direct estimate (`effect`) or the calculation (`activity`), not both.',
    }),
    followupPeriodOutside: ({ period, first, last }) => ({
      message: `The period ${period} lies outside the budget's years (${first}–${last}).`,
      hint: 'Check the year of the period; follow-up records belong to the years the budget covers.',
    }),
    baselineYearIgnored: ({ year, latest, scope }) => ({
      message: `The baseline year ${year} is at or before ${latest}, the latest ${scope} inventory year, so it is ignored.`,
      hint: `The baseline starts from the inventory's ${latest} figures and projects the years after it; remove ${year} or give a later year.`,
    }),
    targetBeforeLatest: ({ id, year, latest, scope }) => ({
      message: `Target "${id}" is for ${year}, at or before ${latest}, the latest ${scope} inventory year: only its progress is shown.`,
      hint: 'Its outcome is in the inventory already; there is no path, need or gap left to compute for it.',
    }),
    effectBeforeLatest: ({ id, start, latest, scope }) => ({
      message:
        `Measure "${id}" starts in ${start}, in or before ${latest}, the latest inventory year of ` +
        `${scope}: its effect may already be in the inventory.`,
      hint: `Start it after ${latest}, or set \`kind: in_baseline\` if the inventory already shows its effect.`,
    }),
    measureOutsideHorizon: ({ id, year, horizon, planStart, typo }) => ({
      message: `Measure "${id}" starts in ${year}, after ${horizon}, the last year the budget computes: it has no effect.`,
      hint:
        `${typo ? `Did you mean ${typo}? ` : ''}The budget computes ${planStart}–${horizon} ` +
        '(the plan period up to `horizon:`, or to the last target year); set a later `horizon:` if the measure really starts then.',
    }),
    multipleDocuments: () => ({
      message: 'The file holds several YAML documents (separated by ---); a budget file holds one.',
      hint: 'Split it into several files, or remove the extra `---`.',
    }),
    tabIndent: () => ({
      message: 'A tab is used for indentation; YAML indents with spaces.',
      hint: 'Replace the tab with spaces.',
    }),
    yamlDoesNotParse: ({ sentence }) => ({
      message: `The YAML does not parse: ${sentence}`,
      hint: 'Check quotes, brackets, colons and indentation on this line and the one before.',
    }),
    duplicateKey: ({ key, firstLine }) => ({
      message: `The key \`${key}\` appears twice in the same mapping (first on line ${firstLine}).`,
      hint: 'Remove one of the two, or merge them.',
    }),
    utf16: () => ({ message: 'The file is UTF-16, not UTF-8.', hint: 'Save it as UTF-8.' }),
    notUtf8: () => ({
      message: 'The file is not UTF-8 text (an invalid byte sequence).',
      hint: 'Save it as UTF-8; files saved as Latin-1 (ISO-8859-1) or Windows-1252 show this for æ, ø and å.',
    }),
    nulBytes: () => ({
      message:
        'The file holds NUL bytes, so it is not UTF-8 text (UTF-16 without a byte order mark, or a binary file?).',
      hint: 'Save it as UTF-8.',
    }),
    sectorExceeded: ({ ids, more, sector, scope, tonnes, year, baseline }) => ({
      message:
        `${ids.length + more === 1 ? `Measure ${idList(ids, more)} reduces` : `Measures ${idList(ids, more)} together reduce`} ${sector} (${scope}) by ` +
        `${tonnes} t CO2e in ${year}, more than the sector's baseline of ${baseline} t CO2e.`,
      hint: 'Check these measures for double counting, and check that the inventory and baseline cover the whole sector.',
    }),
    overlapExceeded: ({ ids, more, group, sector, scope, tonnes, year, baseline }) => ({
      message:
        `Measures ${idList(ids, more)} of overlap group "${group}" together reduce ${sector} ` +
        `(${scope}) by ${tonnes} t CO2e in ${year}, more than the sector's baseline of ${baseline} t CO2e.`,
      hint: 'Measures in one overlap group may count the same reduction twice: lower their effects or merge them.',
    }),
    manifestMissing: ({ folder }) => ({
      message:
        folder === undefined ? 'The current folder has no budget.yaml.' : `The folder ${folder} has no budget.yaml.`,
      hint: 'Run `klimabudsjett init` to create a budget folder, or give the path of one.',
    }),
    fileMissing: ({ pattern }) => ({
      message: `The file ${pattern} named in \`files:\` does not exist.`,
      hint: 'Fix the path in `files:` of budget.yaml, or create the file.',
    }),
    absolutePath: ({ pattern }) => ({
      message: `\`files:\` names the absolute path ${pattern}; a budget reads only files inside its folder (or its git working tree).`,
      hint: 'Write the path relative to budget.yaml, and keep the file in the budget folder or its repository.',
    }),
    fileEmpty: () => ({ message: 'The file is empty.', hint: 'Start it with `schema_version: 1`, or delete it.' }),
    factorOverridesBuiltin: ({ id }) => ({
      message: `The local factor "${id}" replaces the built-in factor of that id.`,
      hint: 'Give it another id if you meant to add a factor rather than replace one.',
    }),
    periodUnparsed: ({ period }) => ({
      message: `The period "${period}" is not a year, tertial, half-year or quarter.`,
      hint: 'Write YYYY, YYYY-T1 … T3, YYYY-H1/H2 or YYYY-Q1 … Q4, e.g. 2026-T2.',
    }),
    unknownIndicator: ({ measure, indicator, near, known }) => ({
      message: `Measure "${measure}" has no indicator "${indicator}".`,
      hint: known.length
        ? `${near ? `Did you mean "${near}"? ` : ''}Its indicators: ${known.join(', ')}.`
        : 'Add the indicator to the measure first.',
    }),
    unknownSource: ({ id, source, scope, sector, near, known }) => ({
      message: known.length
        ? `Measure "${id}" names the source "${source}", which the ${scope} inventory does not have in ${sector}.`
        : `Measure "${id}" names the source "${source}", but the ${scope} inventory gives ${sector} without sources.`,
      hint: near.length
        ? `Did you mean ${quoted(near)}?`
        : known.length
          ? `The sources of ${sector}: ${quoted(known.slice(0, 8))}${known.length > 8 ? ', …' : ''}.`
          : 'Remove `source:`, or give the sector by source in the inventory.',
    }),
    inventoryDuplicate: ({ scope, sector, source, year, firstFile }) => ({
      message: `The ${scope} inventory gives ${source === undefined ? `sector ${sector}` : `source "${source}" of sector ${sector}`} in ${year} twice${firstFile === undefined ? '' : ` (first in ${firstFile})`}.`,
      hint:
        source === undefined
          ? 'Give each sector of a year once: either as a number or as sources, in one file.'
          : 'Remove one of them; several inventory files must not overlap.',
    }),
    decimalComma: ({ written, whole, key }) => ({
      message: `\`${written}\` has a decimal comma; inside { } a comma separates entries, so YAML reads ${whole} and a key \`${key}\`.`,
      hint: `Write decimals with a point: ${whole}.${key}.`,
    }),
    tabIndentMended: ({ width }) => ({
      message: 'A tab is used for indentation; YAML indents with spaces.',
      hint: `Replace the tab with spaces${width > 0 ? ` (${width} to line up with the lines around it)` : ''}.`,
    }),
    colonSpace: ({ key, rest }) => ({
      message: `\`${key}:${rest}\` lacks a space after the colon, so YAML reads it as one text rather than a key and its value.`,
      hint: `Put a space after the colon: \`${key}: ${rest}\`.`,
    }),
    folderProblem: ({ folder, problem, errno }) => ({
      message: {
        file: `${folder} is a file, not a budget folder.`,
        denied: `The folder ${folder} cannot be read: permission denied.`,
        missing: `The folder ${folder} does not exist.`,
        unlistable: `The folder ${folder} cannot be read${errno === 'EACCES' ? ': permission denied' : ` (${errno ?? 'unknown error'})`}.`,
      }[problem],
      hint: 'Give the path of a budget folder (the folder with budget.yaml).',
    }),
    templateMessage: templateWords(templateEn),
    pathProblem: ({ kind, shown, detail }) => pathProblems[kind](shown, detail),
    yamlTooDeep: ({ limit }) => ({
      message: `The YAML nests deeper than ${limit} levels here; a budget file needs fewer than ten.`,
      hint: 'Flatten the data: nesting this deep is a generated or hostile file, not a budget.',
    }),
    aliasUndefined: ({ alias }) => ({
      message: `The alias ${alias} refers to an anchor that is not defined before it.`,
      hint: `Define the anchor (&${alias.slice(1)}) before the alias, or write the value out.`,
    }),
    categoryIsSector: ({ id, scope }) => ({
      message: `The category id "${id}" is ${id === 'default' ? "reserved (a baseline's growth_pct key)" : 'already a sector id'}.`,
      hint: `Use the sector "${id}" as it is, or give the category another id (e.g. "${id}_${scope === 'indirect' ? 'consumption' : 'own'}").`,
    }),
    categoryTwice: ({ id, scope, first }) => ({
      message: `The category id "${id}" is declared twice for the ${scope} scope.`,
      hint: `The first is at categories.${scope}[${first}]; give one of them another id.`,
    }),
    secondBaseline: ({ scope, first }) => ({
      message: `A second baseline for the ${scope} scope; ${first} already gives one.`,
      hint: 'Keep one baseline file per scope.',
    }),
    unclosedFlow: ({ kind }) => {
      const [open, close, what] = kind === 'map' ? ['{', '}', 'mapping'] : ['[', ']', 'list'];
      return {
        message: `This ${open} starts a ${what} that is never closed with ${close}.`,
        hint: `Add the ${close} at the end of the ${what}; a ${what} that goes on over several lines needs those lines indented further.`,
      };
    },
    sectorOfOtherScope: ({ sector, scope, elsewhere, label, near, allowed }) => ({
      message:
        sector === 'other'
          ? 'The sector "other" exists only in the own_operations and indirect scopes.'
          : elsewhere !== undefined
            ? `"${sector}" is a category of the ${elsewhere} scope, not of the ${scope} scope.`
            : `"${sector}" is not a sector id.`,
      hint: label
        ? `Did you mean \`${label.id}\`?${label.label === undefined ? '' : ` "${label.label}" is how outputs name it; the files take the id.`}`
        : near.length
          ? `Did you mean ${near.map((id) => `"${id}"`).join(', ')}?`
          : `Sector ids: ${allowed.join(', ')}.`,
    }),
    fileUnreadable: ({ errno }) => {
      if (errno === 'ENOENT') return { message: 'The file does not exist.' };
      if (errno === 'EISDIR')
        return {
          message: 'This is a folder where a file is expected.',
          hint: 'Rename the folder, or change the glob in `files:` of budget.yaml so that it matches files only.',
        };
      if (errno === 'EACCES' || errno === 'EPERM')
        return { message: 'The file cannot be read: permission denied.', hint: 'Check the file permissions.' };
      return { message: `The file cannot be read (${errno ?? 'unknown error'}).` };
    },
  },
  status: {
    hint: 'hint',
    errors: (count) => `${count} error${count === 1 ? '' : 's'}`,
    warnings: (count) => `${count} warning${count === 1 ? '' : 's'}`,
    infos: (count) => `${count} info${count === 1 ? '' : 's'}`,
    problems: (count) => `${count} problem${count === 1 ? '' : 's'}`,
    clean: (dirs) => `${dirs}: 0 errors, 0 warnings`,
    wrote: (file) => `Wrote ${file}.`,
    wroteInventory: (file, municipality, rows) => `Wrote ${file}: ${municipality}, ${rows} rows.`,
    noVintage: 'the inventory has no vintage (which publication it is); give it with --vintage, e.g. --vintage 2026.',
    note: 'note',
    budgetsWritten: (written, total) => `${written} of ${total} budgets written.`,
    budgetsFailed: (written, total, failed) => `${written} of ${total} budgets written; failed: ${failed}.`,
    wroteDocuments: (what, files) => `${what}: wrote ${files}`,
    removedDocuments: (what, files) => `${what}: removed ${files} (of an earlier run)`,
    skippedOutDir: (dir) => `${dir}: skipped, it is the --out-dir`,
    couldNotWriteReports: (reason) => `could not write the reports: ${reason}`,
    noBudgetFolderAbove: (paths) => `no budget folder (with a budget.yaml) above ${paths}; skipped.`,
    tooManyWarnings: (warnings, max) =>
      `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max}.`,
    initCreated: (folder, municipality) => `Created ${folder}/ for ${municipality}:`,
    initNext: 'Next:',
    initInventory: (first, last, file, vintage) =>
      `the inventory has ${first}–${last} from ${file}${vintage ? ` (vintage ${vintage})` : ''}`,
    initImportInventory: 'import the inventory from Miljødirektoratet’s statistics:',
    initReplaceTarget: (folder) => `replace the suggested target in ${folder}/budget.yaml by the adopted ones`,
    initAddMeasures: (folder) => `add the measures to ${folder}/measures/tiltak.yaml`,
    initCheck: (folder) => `check it: klimabudsjett validate ${folder}`,
    initCi: (variable) =>
      `CI installs ${variable} from .github/workflows/klimabudsjett.yml: point it at a git URL or a .tgz until klimabudsjett is on npm`,
    overview: 'overview',
    hiddenAnnotations: (counts, perKind) =>
      `${counts}; GitHub annotates ${perKind} of each kind per step, the log above lists them all.`,
    writingTable: (first, others) =>
      `note: writing the table ${first}; the others are ${others} (choose one with --table).`,
  },
  usage: usageEn,
  template: templateEn,
};

const outsideHint = 'Keep the file in the budget folder (or its git repository) and name it with a relative path.';
const pathProblems: Record<PathProblem, (shown: string, detail?: string) => Words> = {
  linkToNothing: (shown) => ({
    message: `${shown} is a symbolic link to a file that does not exist.`,
    hint: 'Fix or remove the link.',
  }),
  linkLoops: (shown) => ({
    message: `${shown} is a symbolic link that loops (it leads back to itself).`,
    hint: 'Fix or remove the link.',
  }),
  linkOutside: (shown) => ({
    message: `${shown} leads outside the budget folder and its git working tree (a symbolic link); it is not read.`,
    hint: outsideHint,
  }),
  inGitFolder: (shown) => ({
    message: `${shown} lies in the repository's .git folder, which is not part of the budget; it is not read.`,
    hint: outsideHint,
  }),
  notRegular: (shown, detail) => ({
    message: `${shown} is not a regular file (${detail === 'fifo' ? 'a FIFO' : detail === 'socket' ? 'a socket' : 'a device'}).`,
    hint: 'Name only YAML files in `files:` of budget.yaml.',
  }),
  folderOutside: (shown) => ({
    message: `The folder ${shown} leads outside the budget folder and its git working tree (a symbolic link); its files are not read.`,
    hint: outsideHint,
  }),
  folderLoop: (shown) => ({
    message: `The folder ${shown} is a symbolic link back to a folder that contains it (a loop); it is not followed.`,
    hint: 'Remove the link, or narrow the glob in `files:` of budget.yaml.',
  }),
  folderUnreadable: (shown, detail) => ({
    message: `The folder ${shown} cannot be read${detail === 'EACCES' ? ': permission denied' : ` (${detail ?? 'unknown error'})`}.`,
    hint: "Check the folder's permissions.",
  }),
  globOutside: (shown) => ({
    message: `The path ${shown} in \`files:\` leads outside the budget folder and its git working tree; it is not read.`,
    hint: outsideHint,
  }),
};
