/** Excel's longest sheet name, in UTF-16 code units. */
const maxLength = 31;

/**
 * Turns table titles into sheet names Excel accepts: no `[]:*?/\` and no apostrophes (so a name
 * never needs escaping inside a quoted reference), at most 31 characters, never empty, never the
 * reserved "History", and unique without regard to case (a clash gets " (2)", " (3)" …).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = cleanName(title);
    let name = base;
    for (let counter = 2; taken.has(name.toLowerCase()); counter++) {
      const suffix = ` (${counter})`;
      name = truncate(base, maxLength - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function cleanName(title: string): string {
  const cleaned = truncate(
    title
      .replace(/[[\]:*?/\\']/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    maxLength,
  ).trim();
  if (cleaned === '') return 'Sheet';
  return cleaned.toLowerCase() === 'history' ? `${cleaned} (2)` : cleaned;
}

/** Cuts text to `length` code units without splitting a surrogate pair. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
