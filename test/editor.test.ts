/**
 * What an editor shows: the YAML language server (VS Code's YAML extension) over every example and
 * conformance case file, with the schemas as `init`'s .vscode/settings.json maps them (by glob) or
 * as the file's modeline names them. Year keys (`2024:`) are numbers to it, strings to the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { kindGlobs } from '../src/init/editor-templates.js';
import { schemaUrl } from '../src/schema-url.js';
import { projectRoot } from './helpers/run-cli.js';
import { hasShared, sharedDir } from './helpers/shared.js';

const schemaFile = (kind: string) => join(projectRoot, 'schemas', `${kind}.schema.json`);

/** The published schema URLs (modelines of `init` and `import`) served from schemas/: no network. */
async function requestSchema(uri: string): Promise<string> {
  const published = /^https:\/\/cdn\.jsdelivr\.net\/npm\/klimabudsjett@[^/]+\/schemas\/(\w+)\.schema\.json$/.exec(uri);
  if (published?.[1]) return readFileSync(schemaFile(published[1]), 'utf8');
  if (uri.startsWith('file:')) return readFileSync(fileURLToPath(uri), 'utf8');
  throw new Error(`no network in tests: ${uri}`);
}

const service = getLanguageService({
  schemaRequestService: requestSchema,
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
});
service.configure({
  validate: true,
  hover: false,
  completion: false,
  format: false,
  yamlVersion: '1.2',
  schemas: kindGlobs.map(([kind, globs]) => ({ uri: pathToFileURL(schemaFile(kind)).href, fileMatch: globs })),
});

/** The language server caches a document's parse by URI and version: every text gets a new version. */
let version = 0;

async function problems(file: string, text = readFileSync(file, 'utf8')): Promise<string[]> {
  version += 1;
  const document = TextDocument.create(pathToFileURL(file).href, 'yaml', version, text);
  const diagnostics = await service.doValidation(document, false);
  return diagnostics.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('the YAML language server', () => {
  const examples = yamlFiles(join(projectRoot, 'examples'));

  it('reports nothing on the examples (year keys included)', async () => {
    expect(examples.length).toBeGreaterThan(5);
    expect(examples.some((file) => /^ {2}20\d\d:/m.test(readFileSync(file, 'utf8')))).toBe(true);
    expect((await Promise.all(examples.map((file) => problems(file)))).flat()).toEqual([]);
  });

  it.skipIf(!hasShared)('reports nothing on the conformance cases', async () => {
    const cases = yamlFiles(join(sharedDir, 'conformance', 'cases'));
    expect(cases.length).toBeGreaterThan(5);
    expect((await Promise.all(cases.map((file) => problems(file)))).flat()).toEqual([]);
  });

  it('reports a status that does not exist, once', async () => {
    const file = examples.find((path) => path.includes('measures') && /status: \w+/.test(readFileSync(path, 'utf8')));
    expect(file).toBeDefined();
    const text = readFileSync(file as string, 'utf8').replace(/status: \w+/, 'status: done');
    expect(await problems(file as string, text)).toHaveLength(1);
  });

  it('checks year keys in the editor too: a year out of range, a key that is no year', async () => {
    const file = join(projectRoot, 'inventory', 'bad.yaml');
    const text =
      'schema_version: 1\nsource: x\nyears:\n  2024: { road_traffic: 1 }\n  1800: { road_traffic: 1 }\n  abc: { road_traffic: 1 }\n';
    expect((await problems(file, text)).map((line) => line.split(' ')[0]?.split(':').slice(-2).join(':'))).toEqual([
      '5:3',
      '6:3',
    ]);
  });

  it('reads the published schema URL that init and import write', async () => {
    const file = join(projectRoot, 'somewhere', 'measures.yaml');
    const text = `# yaml-language-server: $schema=${schemaUrl('measures', '0.1.0')}\nschema_version: 1\nmeasures: []\nwrong: 1\n`;
    expect(await problems(file, text)).toHaveLength(1);
  });
});
