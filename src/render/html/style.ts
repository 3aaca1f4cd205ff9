/**
 * The report's stylesheet, inline: readable on a screen up to 1 600 px wide (every column of the
 * measure tables shows at 1 366 px: headers wrap, the title column is bounded), printable on A4
 * landscape with the same type scale for table text and captions, headings kept with what
 * follows, colours kept in print.
 */
export const reportStyle = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #0b5394; --good: #1e7b34; --bad: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1600px; padding: 24px 32px 48px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
body.wide { max-width: 1800px; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 8px; }
h1 { font-size: 28px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 21px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 4px; }
p.lead { color: var(--muted); margin: 0 0 12px; }
p.caption, p.note, figcaption { color: var(--muted); font-size: 13px; margin: 2px 0 8px; }
.target { margin-bottom: 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 6px 0 12px; }
.card { flex: 1 1 160px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: 13px; }
.card.good .value { color: var(--good); }
.card.bad .value { color: var(--bad); }
figure { margin: 8px 0 20px; max-width: 1100px; }
figure svg { max-width: 100%; height: auto; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; margin: 4px 0 8px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { font-weight: 600; border-bottom: 2px solid var(--ink); vertical-align: bottom; hyphens: auto; }
th.num { max-width: 9em; }
td { max-width: 30em; }
td a { overflow-wrap: anywhere; }
table#overview td a { overflow-wrap: normal; }
table#measures td:nth-child(2), table#measures-costs td:nth-child(2) { min-width: 14em; max-width: 26em; overflow-wrap: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.id { white-space: nowrap; }
tr.total td, tr.summary td { font-weight: 600; border-top: 1px solid var(--ink); }
td.good { color: var(--good); }
td.bad { color: var(--bad); }
.pill { display: inline-block; padding: 0 0.6em; border-radius: 10px; font-size: 0.92em; white-space: nowrap; background: #eceff1; }
.status-adopted { background: #dbeafe; } .status-in_progress { background: #fef3c7; } .status-completed { background: #dcfce7; }
.status-proposed { background: #f1f5f9; } .status-postponed { background: #fde68a; } .status-cancelled { background: #e5e7eb; text-decoration: line-through; }
.rating-green { background: #bbf7d0; } .rating-yellow { background: #fde68a; } .rating-red { background: #fecaca; }
details { margin: 4px 0 8px; } summary { cursor: pointer; color: var(--accent); font-size: 13px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 20px; } h2 { font-size: 15px; margin-top: 14px; } h3 { font-size: 12px; margin-top: 10px; }
  h1, h2, h3, p.caption, .table thead { break-after: avoid; page-break-after: avoid; }
  figure, .cards, .target, tr, figcaption { break-inside: avoid; page-break-inside: avoid; }
  details { display: none; }
  table { font-size: 9px; } th, td { padding: 2px 4px; }
  p.caption, p.note, figcaption, .card .label { font-size: 9px; }
  .card { padding: 4px 8px; } .card .value { font-size: 16px; }
  figure { max-width: none; margin: 4px 0 10px; } figure svg { max-height: 200px; width: auto; }
  /* Charts two by two on a landscape page. */
  .charts { display: grid; grid-template-columns: 1fr 1fr; column-gap: 16px; align-items: start; }
  .table { overflow: visible; }
}
`.trim();
