import { schemaUrl } from '../schema-url.js';

/**
 * The editor settings `init` writes for VS Code: each file kind's schema by glob (files without a
 * modeline get checked too) and the YAML extension that reads them. Globs start with `**` so that
 * they hold whether the budget is the workspace or a folder in it. Pure.
 */

/** The globs of each file kind (SPEC §2's layout). */
export const kindGlobs: readonly [kind: string, globs: string[]][] = [
  ['budget', ['**/budget.yaml']],
  ['inventory', ['**/inventory/*.yaml']],
  ['baseline', ['**/baseline.yaml']],
  ['factors', ['**/factors/*.yaml']],
  ['measures', ['**/measures/*.yaml']],
  ['followup', ['**/followup/*.yaml']],
];

export function vscodeSettingsJson(version: string): string {
  const schemas = Object.fromEntries(kindGlobs.map(([kind, globs]) => [schemaUrl(kind, version), globs]));
  return `${JSON.stringify({ 'yaml.schemas': schemas }, null, 2)}\n`;
}

export function vscodeExtensionsJson(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}
