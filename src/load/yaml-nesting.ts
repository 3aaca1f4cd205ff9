/**
 * How deeply a YAML text nests, found before any parser sees it: both YAML parsers recurse once
 * per level, so a file of 3 000 nested levels would overflow the stack. A budget nests about six
 * levels; the limit leaves room for any `x_` notes.
 */
export const maxYamlNesting = 200;

/**
 * The offset of the first collection that opens deeper than `limit` levels, or undefined. One pass,
 * no recursion. Block collections are counted by indentation (a deeper line, or a `- ` / `? ` item
 * marker, opens a level), flow collections by their brackets where a value may start; quoted
 * text, comments and block scalars (`|`, `>`) are skipped. An estimate: it may count a level or two
 * off on odd layouts, which matters only near the limit.
 */
export function tooDeepAt(text: string, limit = maxYamlNesting): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  /** The indentation of the line that opened a block scalar, while its lines are skipped. */
  let scalarParent: number | undefined;
  // The next offset of each character that may open a flow collection or a block scalar; each is
  // searched for again only once passed, so the whole text is scanned once per character (a
  // character the text lacks gets its length, never searched again).
  const next = { '[': -1, '{': -1, '|': -1, '>': -1 };
  const nextOf = (char: keyof typeof next, from: number): number => {
    if (next[char] < from) {
      const found = text.indexOf(char, from);
      next[char] = found < 0 ? text.length : found;
    }
    return next[char];
  };
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    const indent = at - start;
    const blank = at === end || text[at] === '#' || (text[at] === '\r' && at + 1 === end);
    if (scalarParent !== undefined && (blank || indent > scalarParent)) {
      start = end + 1;
      continue;
    }
    scalarParent = undefined;
    if (!blank) {
      if (flow === 0) {
        while (indents.length > 0 && (indents[indents.length - 1] as number) > indent) indents.pop();
        if (indents.length === 0 || (indents[indents.length - 1] as number) < indent) indents.push(indent);
        // Item markers open a level each: `- - - x`.
        while (at + 1 < end && (text[at] === '-' || text[at] === '?') && text[at + 1] === ' ') {
          at += 2;
          while (at < end && text.charCodeAt(at) === 0x20) at++;
          indents.push(at - start);
          if (indents.length > limit) return at;
        }
        if (indents.length > limit) return at;
      }
      // Most lines open no flow collection: scan only those with a bracket (found by indexOf).
      const nextBracket = Math.min(nextOf('[', start), nextOf('{', start));
      const mayOpenScalar = Math.min(nextOf('|', start), nextOf('>', start)) < end;
      if (flow === 0 && nextBracket >= end) {
        if (mayOpenScalar && opensBlockScalar(text, at, end)) scalarParent = indent;
        start = end + 1;
        continue;
      }
      const scanned = scanLine(text, at, end, flow, limit - indents.length);
      if (typeof scanned === 'object') return scanned.tooDeep;
      flow = scanned;
      if (flow === 0 && mayOpenScalar && opensBlockScalar(text, at, end)) scalarParent = indent;
    }
    start = end + 1;
  }
  return undefined;
}

/** True when the line ends with a block scalar header (`key: |`, `- >-`, `|2 # note`). */
function opensBlockScalar(text: string, at: number, end: number): boolean {
  const from = Math.max(at, end - 64);
  const tail = text.slice(from, end);
  return (from === at ? /(^|[:?-][ \t]+)[|>][-+0-9]*[ \t]*(#.*)?\r?$/ : /[:?-][ \t]+[|>][-+0-9]*[ \t]*(#.*)?\r?$/).test(
    tail,
  );
}

/**
 * Scans one line's flow brackets from `at`: returns the flow depth at its end, or where it went
 * deeper than `room`. A bracket opens a collection only where a value may start (after `: `, `- `,
 * `,`, another bracket, or at the start of the content); elsewhere it is part of plain text.
 */
function scanLine(text: string, at: number, end: number, flow: number, room: number): number | { tooDeep: number } {
  let depth = flow;
  let valueMayStart = true;
  for (let index = at; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === space || code === tab) continue;
    if (code === hash && (index === at || isBlank(text.charCodeAt(index - 1)))) break;
    if ((code === doubleQuote || code === singleQuote) && valueMayStart) {
      index = closingQuote(text, index, end);
      valueMayStart = false;
    } else if ((code === openSquare || code === openCurly) && valueMayStart) {
      depth++;
      if (depth > room) return { tooDeep: index };
    } else if ((code === closeSquare || code === closeCurly) && depth > 0) {
      depth--;
      valueMayStart = false;
    } else if (code === comma && depth > 0) {
      valueMayStart = true;
    } else if (
      (code === colon || code === dash || code === question) &&
      (index + 1 >= end || endsToken(text.charCodeAt(index + 1)))
    ) {
      valueMayStart = true;
    } else {
      valueMayStart = false;
    }
  }
  return depth;
}

const [space, tab, hash, doubleQuote, singleQuote, comma, colon, dash, question] = [...' \t#"\',:-?'].map((c) =>
  c.charCodeAt(0),
);
const [openSquare, closeSquare, openCurly, closeCurly] = [...'[]{}'].map((c) => c.charCodeAt(0));

function isBlank(code: number): boolean {
  return code === space || code === tab;
}

/** A character after `:`, `-` or `?` that makes it an indicator: blank, line end or flow punctuation. */
function endsToken(code: number): boolean {
  return (
    isBlank(code) ||
    code === 10 ||
    code === 13 ||
    code === comma ||
    code === openSquare ||
    code === closeSquare ||
    code === openCurly ||
    code === closeCurly
  );
}

/** The index of the quote closing the one at `open` on this line (or the line's end). */
function closingQuote(text: string, open: number, end: number): number {
  const quote = text[open];
  for (let index = open + 1; index < end; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index;
    }
  }
  return end;
}
