/** ANSI colour and style sequences (chalk writes only these). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what these sequences start with.
const ansiPattern = /\u001b\[[0-9;]*m/g;
const zeroWidthPattern = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const pictographicPattern = /^\p{Extended_Pictographic}$/u;

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ansiPattern, '');
}

/**
 * Counts the terminal columns a text takes: colour codes, combining marks and format characters
 * take none; East Asian wide characters and emoji take two; everything else one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of stripAnsi(text)) width += characterWidth(character);
  return width;
}

function characterWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x300) return code < 0x20 || (code >= 0x7f && code < 0xa0) ? 0 : 1;
  if (zeroWidthPattern.test(character)) return 0;
  return isWide(code) || (code >= 0x1f000 && pictographicPattern.test(character)) ? 2 : 1;
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

/** Cuts a text to at most `width` columns, ending it with … when anything was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let result = '';
  let used = 0;
  for (const character of text) {
    const next = characterWidth(character);
    if (used + next > width - 1) break;
    result += character;
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
