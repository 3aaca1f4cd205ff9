import type { ConditionalFormattingOptions, ConditionalFormattingRule } from 'exceljs';
import type { Rating, Status } from '../../model/budget.js';
import type { CellType, Column, Table } from '../table.js';
import { columnLetter, dataRow, type ValueLabels } from './sheet-plan.js';

/** Fill and text colour of a coloured value (Excel's "Good", "Neutral" and "Bad" styles and kin). */
interface Colours {
  fill: string;
  text: string;
}

const green: Colours = { fill: 'FFC6EFCE', text: 'FF006100' };
const yellow: Colours = { fill: 'FFFFEB9C', text: 'FF9C5700' };
const red: Colours = { fill: 'FFFFC7CE', text: 'FF9C0006' };

const ratingColours: Record<Rating, Colours> = { green, yellow, red };

const statusColours: Record<Status, Colours> = {
  proposed: { fill: 'FFEDEDED', text: 'FF3A3A3A' },
  adopted: { fill: 'FFDDEBF7', text: 'FF1F4E78' },
  in_progress: yellow,
  completed: green,
  postponed: { fill: 'FFFCE4D6', text: 'FF833C0B' },
  cancelled: red,
};

/**
 * Colours cells by conditional formatting, so a value typed in later is coloured too: status and
 * rating cells by the label they show; a column marked `colorBy: 'gap'` red above zero and green
 * at or below; `colorBy: 'verdict'` green for yes and red for no.
 */
export function conditionalFormats(table: Table, labels: ValueLabels): ConditionalFormattingOptions[] {
  if (table.rows.length === 0) return [];
  const formats: ConditionalFormattingOptions[] = [];
  let priority = 0;
  const style = (colour: Colours) => ({
    fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: colour.fill } },
    font: { color: { argb: colour.text } },
  });
  const equals = ([label, colour]: [string, Colours]): ConditionalFormattingRule => ({
    type: 'cellIs',
    operator: 'equal',
    formulae: [`"${label.replace(/"/g, '""')}"`],
    priority: ++priority,
    style: style(colour),
  });
  const rulesFor = (colorBy: Column['colorBy'], type: CellType, first: string): ConditionalFormattingRule[] => {
    if (type === 'status') return entries(statusColours, labels.status).map(equals);
    if (type === 'rating') return entries(ratingColours, labels.rating).map(equals);
    if (colorBy === 'verdict') {
      return [
        [labels.yes, green],
        [labels.no, red],
      ].map((entry) => equals(entry as [string, Colours]));
    }
    if (colorBy !== 'gap') return [];
    return [
      { type: 'expression', formulae: [`AND(ISNUMBER(${first}),${first}>0)`], priority: ++priority, style: style(red) },
      {
        type: 'expression',
        formulae: [`AND(ISNUMBER(${first}),${first}<=0)`],
        priority: ++priority,
        style: style(green),
      },
    ];
  };
  // A record row (label, then values) is coloured along the row, by its own hint.
  table.rows.forEach((row, index) => {
    if (row.type === undefined || table.columns.length < 2) return;
    const first = `B${dataRow(index)}`;
    const rules = rulesFor(row.colorBy, row.type, first);
    if (rules.length > 0)
      formats.push({ ref: `${first}:${columnLetter(table.columns.length)}${dataRow(index)}`, rules });
  });
  table.columns.forEach((column, index) => {
    const letter = columnLetter(index + 1);
    const first = `${letter}${dataRow(0)}`;
    const rules = rulesFor(column.colorBy, column.type, first);
    if (rules.length > 0) formats.push({ ref: `${first}:${letter}${dataRow(table.rows.length - 1)}`, rules });
  });
  return formats;
}

function entries<Key extends string>(colours: Record<Key, Colours>, names: Record<Key, string>): [string, Colours][] {
  return (Object.keys(colours) as Key[]).map((key) => [names[key], colours[key]]);
}
