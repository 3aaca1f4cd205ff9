/**
 * The one sanitiser for text from budget files on its way to people (SPEC §7): a terminal table,
 * a diagnostic, a Markdown or HTML file, a workbook cell. Control characters (C0 but tab and
 * newline, DEL, C1) and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) are replaced, so a measure's title cannot clear the screen, set the window
 * title, make an OSC 8 hyperlink or reorder a line (Trojan Source). The code frames of stylish
 * diagnostics replace the same characters (with a space, to keep the caret in place).
 */
/** What is replaced. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
export const unsafeTextPattern = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** What takes an unsafe character's place: U+FFFD, the replacement character, visible and inert. */
export const replacementCharacter = '\uFFFD';

/** The text with every unsafe character replaced (by U+FFFD unless `replacement` is given). */
export function safeText(text: string, replacement = replacementCharacter): string {
  return text.replace(unsafeTextPattern, replacement);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: as unsafeTextPattern, without the g flag (test keeps no state).
const unsafeCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when the text holds an unsafe character. */
export function hasUnsafeText(text: string): boolean {
  return unsafeCharacter.test(text);
}

/**
 * JSON text with DEL, C1 and bidi characters written as `\uXXXX` (JSON.stringify escapes only C0):
 * the data read back is unchanged, but the bytes are safe to print. Outside strings JSON text is
 * ASCII, so every such character is inside a string, where the escape is valid.
 */
export function safeJsonText(json: string): string {
  return json.replace(unsafeTextPattern, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
