import type { Language } from '../../model/budget.js';

/**
 * Renders the charts' vega-lite specifications to SVG with vega, without a browser. vega and
 * vega-lite load only when a report is written.
 *
 * Compiling a vega-lite specification and parsing the vega one cost more than drawing the chart,
 * and a batch draws the same charts for every budget with only the data changed. So a chart's
 * inline data is taken out and named (`kb_values_0`, …); what is left — the shape: marks,
 * encodings, scale domains and colours, titles, the language — is compiled and parsed once per
 * process, and each chart is drawn by a View of that parsed shape, kept for the next chart of the
 * shape, with its values put in (a new View costs 8 ms a budget; the View's dataflow, run again,
 * less than from scratch). The SVG is the same, byte for byte, as compiling the whole
 * specification (test/unit/chart-render.test.ts compares the two on hostile budgets, each drawn
 * after every other).
 */

/** A vega-lite specification (the parts used here). */
export type Spec = Record<string, unknown>;

/** A chart's specification without its values, and the values, in the order of the names. */
interface SeparatedSpec {
  shape: Spec;
  values: unknown[][];
}

const valuesName = (index: number) => `kb_values_${index}`;

/**
 * Replaces every inline `data: { values }` of a specification (top level, layers, a facet's inner
 * spec) by a named data source, and returns the values apart.
 */
export function separateValues(spec: Spec): SeparatedSpec {
  const values: unknown[][] = [];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const inline = key === 'data' ? inlineValues(value) : undefined;
      if (inline === undefined) {
        copy[key] = walk(value);
      } else {
        copy[key] = { name: valuesName(values.length) };
        values.push(inline);
      }
    }
    return copy;
  };
  return { shape: walk(spec) as Spec, values };
}

/** The values of an inline data source (`{ values: [...] }` and nothing else), else undefined. */
function inlineValues(data: unknown): unknown[] | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const keys = Object.keys(data);
  const values = (data as { values?: unknown }).values;
  return keys.length === 1 && Array.isArray(values) ? values : undefined;
}

type Vega = typeof import('vega');
type Runtime = ReturnType<Vega['parse']>;

type View = InstanceType<Vega['View']>;

/**
 * Parsed shapes by language and shape, each with a View of it that is not drawing (taken out while
 * it draws). A batch of a county's budgets needs a few dozen; past the limit the cache starts
 * again, so that memory stays flat however varied the budgets.
 */
const parsedShapes = new Map<string, { runtime: Runtime; idle?: View }>();
const shapeLimit = 64;
/**
 * How many charts a View draws before a new one takes over: what a View keeps of earlier runs
 * (vega's caches of items and groups) would otherwise grow with the batch (peak 252 → 326 MB for
 * 30 → 300 budgets), and a new View every 16 charts costs little.
 */
const drawsPerView = 16;
const viewDraws = new WeakMap<View, number>();

/** How charts are rendered: `reuse: false` compiles every specification whole (the reference). */
export interface RenderChartOptions {
  reuse?: boolean;
}

/** Renders vega-lite specifications to SVG, numbers in the language's format. */
export async function renderCharts(
  specs: readonly Spec[],
  language: Language,
  options: RenderChartOptions = {},
): Promise<string[]> {
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  vega.formatLocale(formatLocale(language) as Parameters<Vega['formatLocale']>[0]);
  const parse = (spec: Spec): Runtime => vega.parse(compile(spec as unknown as Parameters<typeof compile>[0]).spec);
  const svgs: string[] = [];
  for (const spec of specs) {
    if (options.reuse === false) {
      const view = new vega.View(parse(spec), { renderer: 'none' });
      svgs.push(await view.toSVG());
      view.finalize();
      continue;
    }
    const { shape, values } = separateValues(spec);
    const key = `${language}\n${JSON.stringify(shape)}`;
    let entry = parsedShapes.get(key);
    if (entry === undefined) {
      if (parsedShapes.size >= shapeLimit) forgetShapes();
      entry = { runtime: withoutKeys(parse(shape)) };
      parsedShapes.set(key, entry);
    }
    const view = entry.idle ?? reusableView(vega, entry.runtime);
    entry.idle = undefined;
    values.forEach((rows, index) => {
      view.data(valuesName(index), rows);
    });
    // A View lays itself out (autosize) only when asked to: without this, a reused View would keep
    // the size worked out for the previous data (1004 px wide instead of 1109, for longer labels).
    view.resize();
    svgs.push(await view.toSVG());
    const draws = (viewDraws.get(view) ?? 0) + 1;
    viewDraws.set(view, draws);
    if (parsedShapes.get(key) === entry && entry.idle === undefined && draws < drawsPerView) entry.idle = view;
    else view.finalize();
  }
  return svgs;
}

/**
 * Mark items keyed by a field (vega keys axis ticks and legend entries by their value) outlive a
 * change of data in a reused View and keep their old place, so the SVG's order would depend on the
 * data drawn before. Without the key every item is new, as in a View drawn once.
 */
function withoutKeys(runtime: Runtime): Runtime {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'datajoin' && typeof record.params === 'object' && record.params !== null) {
      delete (record.params as Record<string, unknown>).key;
    }
    for (const value of Object.values(record)) walk(value);
  };
  walk(runtime);
  return runtime;
}

/**
 * A View for drawing chart after chart. vega keeps the items of data gone (for transitions) until a
 * map holds 10 000 of them; a View drawing one chart at a time drops them after every run, so that
 * its memory stays that of one chart.
 */
function reusableView(vega: Vega, runtime: Runtime): View {
  const view = new vega.View(runtime, { renderer: 'none', expr: sharedCodegen(vega) });
  // The dataflow's threshold (not in vega's type declarations).
  (view as unknown as { cleanThreshold: number }).cleanThreshold = 0;
  return view;
}

function forgetShapes(): void {
  for (const entry of parsedShapes.values()) entry.idle?.finalize();
  parsedShapes.clear();
}

/** What vega makes of the expressions of a parsed spec: a function, bound to a view's functions. */
type Generate = (context: { functions?: object }, expression: unknown) => (...args: unknown[]) => unknown;
type Codegen = Record<'operator' | 'parameter' | 'event' | 'handler' | 'encode', Generate>;

let codegen: Codegen | undefined;
/** The functions made from expressions, by their code: a few hundred per shape. */
const madeFunctions = new Map<string, (...args: unknown[]) => unknown>();
const functionLimit = 20_000;

/**
 * vega's expression code generator (the View's `expr` option), sharing the functions it makes: each
 * new View would otherwise compile every expression of its spec again with `Function()`, and run
 * them cold. The functions hold no state (they see the view only through `this`, its functions),
 * so one compiled function serves every view, bound to each view's functions as vega binds it.
 */
function sharedCodegen(vega: Vega): Codegen {
  if (codegen !== undefined) return codegen;
  // vega's own generator is the default of a runtime context (not in vega's type declarations).
  const { runtimeContext } = vega as unknown as {
    runtimeContext: (dataflow: { events: () => void }, transforms: object) => { expr: Codegen };
  };
  const base = runtimeContext({ events: () => undefined }, {}).expr;
  const share =
    (kind: keyof Codegen): Generate =>
    (context, expression) => {
      const key = `${kind}\n${JSON.stringify(expression)}`;
      let made = madeFunctions.get(key);
      if (made === undefined) {
        if (madeFunctions.size >= functionLimit) madeFunctions.clear();
        made = base[kind]({}, expression);
        madeFunctions.set(key, made);
      }
      return context.functions === undefined ? made : made.bind(context.functions);
    };
  codegen = {
    ...base,
    operator: share('operator'),
    parameter: share('parameter'),
    event: share('event'),
    handler: share('handler'),
    encode: share('encode'),
  };
  return codegen;
}

/** d3 number formats by language: `1 234,5` in Norwegian (no-break spaces), `1,234.5` in English. */
function formatLocale(language: Language) {
  return language === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' NOK'] }
    : { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', ' kr'], minus: '\u2212' };
}
