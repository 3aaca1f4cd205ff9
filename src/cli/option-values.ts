/**
 * "Did you mean" for option values: `--status vedtatt` → `adopted`, `--by sektor` → `sector`,
 * `--format markdown` → `md`. A value is recognised as the tool prints it in outputs, through the
 * same label lookup the budget files' hints use (`labelFor` of src/i18n/label-ids.ts: statuses,
 * ratings, scopes, kinds and sectors in nb, nn and en), as a word of the option's own (a heading
 * such as `Sektor`, a plain synonym such as `markdown`), or as a typo of a value or a word.
 */
import { Option } from 'commander';
import { nearestList } from '../diagnostics/describe.js';
import { en } from '../i18n/en.js';
import { labelFor, printedLabels } from '../i18n/label-ids.js';
import type { Labels } from '../i18n/labels.js';
import { nb } from '../i18n/nb.js';
import { nn } from '../i18n/nn.js';
import { statuses } from '../model/budget.js';
import { usageError } from './errors.js';

/** Words that name a value, by value: what outputs print for it and plain synonyms. */
export type ValueWords = Readonly<Record<string, readonly string[]>>;

const languages: readonly Labels[] = [nb, nn, en];

/** The words the tool prints for the values of one label map (statuses, groupings …) in every language. */
function printedWords(pick: (labels: Labels) => Readonly<Record<string, string>>): ValueWords {
  const words: Record<string, string[]> = {};
  for (const labels of languages) {
    for (const [value, label] of Object.entries(pick(labels))) words[value] = [...(words[value] ?? []), label];
  }
  return words;
}

/** Words of the values options take, beside the values themselves. */
export const optionWords = {
  // The labels of the budget files' lookup, for the typos it does not catch (`foreslatt`).
  status: Object.fromEntries(
    statuses.map((status) => [
      status,
      printedLabels.filter((label) => label.field === 'status' && label.id === status).map((label) => label.label),
    ]),
  ),
  by: printedWords((labels) =>
    Object.fromEntries(Object.entries(labels.groups.groupHeader).map(([id, header]) => [id, header.full])),
  ),
  sort: {
    effect: ['effekt', 'virkning'],
    cost: ['kostnad', 'kostnader', 'kost', 'price', 'pris'],
    nok_per_t: ['kr/t', 'kroner per tonn', 'nok/t', 'kr per tonn', 'tiltakskostnad', 'abatement cost'],
    id: ['ID'],
  },
  lang: {
    nb: ['bokmål', 'bokmal', 'no', 'nob', 'norsk', 'norwegian', 'nb-no'],
    nn: ['nynorsk', 'nno', 'nn-no'],
    en: ['english', 'engelsk', 'eng', 'en-gb', 'en-us'],
  },
  format: {
    table: ['tabell', 'terminal', 'text', 'txt', 'tekst'],
    md: ['markdown'],
    xlsx: ['excel', 'xls', 'workbook', 'regneark'],
    html: ['htm', 'web'],
    zip: ['csv.zip'],
    junit: ['xml', 'junit-xml'],
    github: ['gh', 'github-actions', 'actions'],
    sarif: ['code-scanning'],
    stylish: ['pretty', 'human'],
  },
} satisfies Record<string, ValueWords>;

/** Lower case, `_`, `-` and spaces alike: `In progress`, `in-progress` and `in_progress` are one. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[_\s-]+/g, ' ')
    .trim();
}

/**
 * The value of `allowed` that `written` most likely means: the value in other case or spacing, a
 * word for it (a printed label or a synonym), or the nearest value or word; undefined when none is
 * close.
 */
export function meantValue(written: string, allowed: readonly string[], words: ValueWords = {}): string | undefined {
  const labelled = labelFor(written, allowed)?.id;
  if (labelled !== undefined) return labelled;
  const wanted = fold(written);
  const named = (value: string) => [value, ...(words[value] ?? [])];
  const exact = allowed.find((value) => named(value).some((word) => fold(word) === wanted));
  if (exact !== undefined) return exact;
  const candidates = allowed.flatMap((value) => named(value).map((word) => ({ value, word: fold(word) })));
  const [nearest] = nearestList(
    wanted,
    candidates.map(({ word }) => word),
    1,
  );
  return candidates.find(({ word }) => word === nearest)?.value;
}

/**
 * An option with fixed values (shown in --help as commander's choices) whose wrong value is a
 * usage error with "did you mean": `--by takes sector, responsible, status or scope, not "sektor".`
 */
export function choiceOption(
  flags: string,
  description: string,
  allowed: readonly string[],
  words: ValueWords = {},
): Option {
  const option = new Option(flags, description).choices(allowed);
  return option.argParser((value: string) => {
    if (allowed.includes(value)) return value;
    const meant = meantValue(value, allowed, words);
    throw usageError('takesChoice', {
      option: option.long ?? option.flags,
      allowed,
      value,
      ...(meant === undefined ? {} : { meant }),
    });
  });
}

/** A comma-separated list of values (`--status adopted,in_progress`), each checked with did you mean. */
export function parseValueList(
  optionName: string,
  what: 'status',
  text: string,
  allowed: readonly string[],
  words: ValueWords = {},
): string[] {
  const values = text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.length === 0) {
    throw usageError('takesList', { option: optionName, text, allowed });
  }
  const unknown = values.find((value) => !allowed.includes(value));
  if (unknown !== undefined) {
    const meant = meantValue(unknown, allowed, words);
    throw usageError('notInList', {
      option: optionName,
      value: unknown,
      what,
      allowed,
      ...(meant === undefined ? {} : { meant }),
    });
  }
  return values;
}
