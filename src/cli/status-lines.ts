import { displayWidth } from '../render/display-width.js';
import type { CliIo } from './io.js';

/**
 * Progress and status lines on stderr, fitted to the terminal: broken at spaces, and a path too
 * long for a line at its `/`, never inside a word or a folder name; continuation lines are
 * indented. Off a terminal (a CI log, a pipe) a line stays whole, for grep and for the log viewer's
 * own wrapping.
 */

const indent = '  ';

/**
 * Breaks one line of text into lines of at most `width` columns; a line's own indentation is kept
 * and continuation lines get two spaces more (a word longer than a whole line is cut).
 */
export function wrapStatusLine(text: string, width: number): string[] {
  const leading = /^ */.exec(text)?.[0] ?? '';
  const next = leading + indent;
  const lines: string[] = [];
  let line = leading;
  let fresh = true;
  const room = () => width - displayWidth(line);
  const breakLine = () => {
    lines.push(line);
    line = next;
    fresh = true;
  };
  for (const word of text.slice(leading.length).split(' ')) {
    const gap = fresh ? '' : ' ';
    if (displayWidth(gap + word) <= room()) {
      line += gap + word;
      fresh = false;
      continue;
    }
    // A word that fits on a line of its own goes there; a path longer than any line starts here
    // when its first folder fits, and goes on at its `/`.
    const pieces = pathPieces(word);
    const fitsAlone = displayWidth(next + word) <= width;
    if (!fresh && (fitsAlone || displayWidth(gap + (pieces[0] ?? '')) > room())) breakLine();
    else line += gap;
    for (const piece of pieces) {
      if (displayWidth(piece) > room() && !fresh) breakLine();
      line += piece;
      fresh = false;
      while (displayWidth(line) > width) {
        const [head, tail] = cutAt(line, width);
        lines.push(head);
        line = next + tail;
      }
    }
  }
  if (!fresh || lines.length === 0) lines.push(line);
  return lines;
}

/** A word cut after each `/`: `a/b/c.xlsx,` → `a/`, `b/`, `c.xlsx,`. */
function pathPieces(word: string): string[] {
  return word.match(/[^/]*\/|[^/]+$/g) ?? [word];
}

/** The first `width` columns of a line and the rest. */
function cutAt(line: string, width: number): [string, string] {
  let head = '';
  for (const character of line) {
    if (displayWidth(head + character) > width) break;
    head += character;
  }
  return [head, line.slice(head.length)];
}

/** The width status lines are wrapped to: the terminal's, or none off a terminal. */
export function statusWidth(io: CliIo): number | undefined {
  if (!io.stderr.isTTY) return undefined;
  const columns = io.stderr.columns;
  return columns !== undefined && columns > 20 ? columns : 80;
}

/** Writes status lines (without their line ends) on stderr, each wrapped to the terminal. */
export function writeStatus(io: CliIo, text: string): void {
  const width = statusWidth(io);
  const lines = text.split('\n').flatMap((line) => (width === undefined ? [line] : wrapStatusLine(line, width)));
  io.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * A path shortened from the left to fit `width` columns, at a `/`: `…/budsjett/skien`; cut inside a
 * name only when its last part alone does not fit.
 */
export function shortenPath(path: string, width: number): string {
  if (displayWidth(path) <= width) return path;
  const parts = path.split('/');
  for (let start = 1; start < parts.length; start++) {
    const shown = `…/${parts.slice(start).join('/')}`;
    if (displayWidth(shown) <= width) return shown;
  }
  const characters = [...path];
  let tail = '';
  for (let index = characters.length - 1; index >= 0; index--) {
    const longer = `${characters[index]}${tail}`;
    if (displayWidth(`…${longer}`) > width) break;
    tail = longer;
  }
  return `…${tail}`;
}
