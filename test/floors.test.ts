import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Floors that hold (STYLE.md §5): a module imports only from its own folder and from folders on a
 * lower floor. A file directly in src/ (arrays, safe-text, package-version …) stands on the ground
 * floor; src/index.ts, the library's front door, may import anything but the CLI.
 */
const floors: readonly (readonly string[])[] = [
  ['.', 'types'],
  ['model'],
  ['data', 'diagnostics'],
  ['i18n'],
  ['compute'],
  ['checks'],
  ['load'],
  ['render'],
  ['diff', 'import', 'init', 'documents', 'template'],
  ['cli'],
];

/** Known imports against the floors, each with the reason it is left. */
const exceptions: Readonly<Record<string, string>> = {
  // A leaf text measure (East Asian width) that the stylish code frame and the terminal tables share.
  'diagnostics/format-stylish.ts -> render/display-width.ts': 'render owns display-width',
};

const src = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(src, path)] : [];
  });
}

/** The src-relative paths a module imports (static and dynamic, types too). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => relative(src, resolve(src, dirname(file), specifier)).replace(/\.js$/, '.ts'));
}

/** The top folder of a src-relative path: `.` for the files directly in src/. */
function folderOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] ?? '.') : '.';
}

function floorOf(folder: string): number {
  const floor = floors.findIndex((names) => names.includes(folder));
  if (floor < 0) throw new Error(`src/${folder}/ stands on no floor: add it to the list in test/floors.test.ts`);
  return floor;
}

const files = sourceFiles(src).filter((file) => !file.endsWith('.d.ts'));
// Imports from outside src/ (the generated validators in dist/) stand on no floor.
const edges = files.flatMap((file) =>
  importsOf(file)
    .filter((target) => !target.startsWith('..'))
    .map((target) => ({ file, target })),
);

describe('floors', () => {
  it('every module imports only from its own folder and from lower floors', () => {
    const upward = edges
      .filter(({ file }) => file !== 'index.ts')
      .filter(({ file, target }) => folderOf(file) !== folderOf(target) || folderOf(file) === '.')
      .filter(({ file, target }) => floorOf(folderOf(target)) >= floorOf(folderOf(file)) && file !== target)
      .filter(({ file, target }) => folderOf(file) !== '.' || floorOf(folderOf(target)) > 0)
      .map(({ file, target }) => `${file} -> ${target}`)
      .filter((edge) => exceptions[edge] === undefined);
    expect(upward).toEqual([]);
  });

  it('the library entry imports nothing from the command line', () => {
    expect(importsOf('index.ts').filter((target) => folderOf(target) === 'cli')).toEqual([]);
  });

  it('no command imports cli/run.ts, the module that imports the commands', () => {
    const intoRun = edges.filter(({ file, target }) => target === 'cli/run.ts' && file !== 'cli/main.ts');
    expect(intoRun.map(({ file }) => file)).toEqual([]);
  });

  it('sees the imports it judges (a broken reader would pass everything)', () => {
    expect(importsOf('cli/run.ts')).toContain('package-version.ts');
    expect(edges.length).toBeGreaterThan(500);
    expect(
      Object.keys(exceptions).every((edge) => edges.some(({ file, target }) => `${file} -> ${target}` === edge)),
    ).toBe(true);
  });
});
