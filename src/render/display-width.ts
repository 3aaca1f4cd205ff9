/** ANSI colour and style sequences (chalk writes only these). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what these sequences start with.
const ansiPattern = /\u001b\[[0-9;]*m/g;
const zeroWidthPattern = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const pictographicPattern = /^\p{Extended_Pictographic}$/u;

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ansiPattern, '');
}

const printableAscii = /^[\x20-\x7e]*$/;
const regionalIndicator = /^\p{Regional_Indicator}$/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Counts the terminal columns a text takes, per grapheme cluster (what a terminal draws as one
 * character): colour codes, combining marks and format characters take none; East Asian wide
 * characters, emoji (ZWJ sequences and flags included) take two; everything else one.
 */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  if (printableAscii.test(plain)) return plain.length;
  let width = 0;
  for (const { segment } of graphemes.segment(plain)) width += graphemeWidth(segment);
  return width;
}

/** The graphemes of a text, each with its width in columns. */
export function graphemeWidths(text: string): { grapheme: string; width: number }[] {
  return [...graphemes.segment(text)].map(({ segment }) => ({ grapheme: segment, width: graphemeWidth(segment) }));
}

/** A cluster is as wide as its widest code point: é (e + U+0301) is one column, 👩‍💻 two. */
function graphemeWidth(grapheme: string): number {
  let width = 0;
  for (const character of grapheme) width = Math.max(width, characterWidth(character));
  if (width === 1 && grapheme.includes('\uFE0F')) return 2; // emoji presentation of a text symbol
  return width;
}

function characterWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x300) return code < 0x20 || (code >= 0x7f && code < 0xa0) ? 0 : 1;
  if (zeroWidthPattern.test(character)) return 0;
  if (code >= 0x1f000 && (pictographicPattern.test(character) || regionalIndicator.test(character))) return 2;
  return isWide(code) ? 2 : 1;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Cuts a text to at most `width` columns, ending it with … when anything was cut; never inside a cluster. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let result = '';
  let used = 0;
  for (const { grapheme, width: next } of graphemeWidths(text)) {
    if (used + next > width - 1) break;
    result += grapheme;
    used += next;
  }
  return `${result.trimEnd()}…`;
}

/**
 * Breaks a text into lines of at most `width` columns at spaces; a word longer than a line is cut
 * with … (see truncateToWidth).
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = truncateToWidth(word, width);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
