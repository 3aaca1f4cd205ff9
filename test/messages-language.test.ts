/**
 * Messages in the user's language (issue 14): every diagnostic code says its message and hint in
 * bokmål, nynorsk and English, none left in English in nb/nn; the language comes from `--lang`, the
 * budget's `language`, the environment, else bokmål (or English for a message about no budget).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentLanguage, messageLanguage, outputLanguage } from '../src/cli/language.js';
import { messagesFor } from '../src/i18n/messages/index.js';
import { runCli } from './helpers/run-cli.js';

const fixturesDir = fileURLToPath(new URL('fixtures/invalid', import.meta.url));
const fixtures = readdirSync(fixturesDir).sort();

interface JsonDiagnostic {
  code: string;
  message: string;
  hint?: string;
}

async function diagnosticsIn(dir: string, lang: string): Promise<JsonDiagnostic[]> {
  const result = await runCli(['validate', '.', '--format', 'json', '--lang', lang], dir);
  return (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

/**
 * English words that no Norwegian sentence of ours holds (a heuristic): the backticked keys, values
 * and quoted ids are taken out first, as they stay as written in the files.
 */
const englishWords = /\b(the|is|are|which|with|does|not|has|have|of|add|give|remove|check|write|did you mean)\b/i;

function prose(text: string): string {
  return text.replace(/`[^`]*`/g, '').replace(/"[^"]*"/g, '');
}

describe.each(fixtures)('fixtures/invalid/%s in three languages', (fixture) => {
  const dir = join(fixturesDir, fixture);

  it('has a message and hint in nb, nn and en, the same codes in each, and no English in nb or nn', async () => {
    const english = await diagnosticsIn(dir, 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const lang of ['nb', 'nn']) {
      const said = await diagnosticsIn(dir, lang);
      expect(said.map((d) => d.code)).toEqual(english.map((d) => d.code));
      said.forEach((diagnostic, index) => {
        const en = english[index] as JsonDiagnostic;
        expect(diagnostic.message).not.toBe(en.message);
        expect(diagnostic.hint === undefined).toBe(en.hint === undefined);
        expect(prose(diagnostic.message), `${lang}: ${diagnostic.message}`).not.toMatch(englishWords);
        if (diagnostic.hint !== undefined) {
          expect(prose(diagnostic.hint), `${lang}: ${diagnostic.hint}`).not.toMatch(englishWords);
        }
      });
    }
  });
});

describe('the broken conformance cases', () => {
  const casesDir = fileURLToPath(new URL('../../shared/conformance/invalid', import.meta.url));
  let cases: string[] = [];
  try {
    cases = readdirSync(casesDir).sort();
  } catch {
    // The shared conformance folder lives beside the repository in development only.
  }
  it.skipIf(cases.length === 0).each(cases)('%s: Norwegian with --lang nb, English with --lang en', async (name) => {
    for (const diagnostic of await diagnosticsIn(join(casesDir, name), 'nb')) {
      expect(prose(diagnostic.message)).not.toMatch(englishWords);
      expect(prose(diagnostic.hint ?? '')).not.toMatch(englishWords);
    }
    const english = await diagnosticsIn(join(casesDir, name), 'en');
    expect(english.map((d) => `${d.message} ${d.hint ?? ''}`).join(' ')).toMatch(englishWords);
  });
});

describe('which language', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-lang-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const budget = (name: string, language?: string) => {
    const dir = join(scratch, name);
    cpSync(join(fixturesDir, 'unknown-factor'), dir, { recursive: true });
    if (language !== undefined) {
      const manifest = join(dir, 'budget.yaml');
      writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}language: ${language}\n`);
    }
    return dir;
  };

  it('a budget without `language` gets bokmål, whatever an English locale says', async () => {
    const result = await runCli(['validate', '.'], budget('plain'), { env: { LANG: 'en_US.UTF-8' } });
    expect(result.stderr).toContain('som ikke er definert');
    expect(result.stderr).toMatch(/✖ 1 problem \(1 feil, 0 advarsler, 0 merknader\)/);
  });

  it("the budget's `language` comes before the environment, and --lang before both", async () => {
    const dir = budget('nynorsk', 'nn');
    expect((await runCli(['validate', '.'], dir, { env: { LANG: 'nb_NO.UTF-8' } })).stderr).toContain(
      'som ikkje er definert',
    );
    expect((await runCli(['validate', '.', '--lang', 'en'], dir)).stderr).toContain('which is not defined');
  });

  it('a Norwegian locale speaks for a budget without `language`', async () => {
    const result = await runCli(['validate', '.'], budget('locale'), { env: { LC_ALL: 'nn_NO.UTF-8' } });
    expect(result.stderr).toContain('som ikkje er definert');
  });

  it('status lines follow the language', async () => {
    const dir = budget('status');
    rmSync(join(dir, 'measures'), { recursive: true });
    const nb = await runCli(['summary', '.', '-o', 'summary.md'], dir);
    expect(nb.stderr).toBe('Skrev summary.md.\n');
    const nn = await runCli(['summary', '.', '-o', 'summary.md', '--lang', 'nn'], dir);
    expect(nn.stderr).toBe('Skreiv summary.md.\n');
    const en = await runCli(['summary', '.', '-o', 'summary.md', '--lang', 'en'], dir);
    expect(en.stderr).toBe('Wrote summary.md.\n');
  });

  it('resolves the locale as POSIX does: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(environmentLanguage({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(environmentLanguage({ LANG: 'no_NO' })).toBe('nb');
    expect(environmentLanguage({ LC_MESSAGES: 'nn_NO.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'nn_NO' })).toBeUndefined();
    expect(environmentLanguage({ LC_ALL: '', LANG: 'nn_NO' })).toBe('nn');
    expect(environmentLanguage({})).toBeUndefined();
    expect(messageLanguage(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(messageLanguage(undefined, { LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(messageLanguage('nn', { LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(outputLanguage(undefined, undefined, { LANG: 'en_GB.UTF-8' })).toBe('nb');
  });

  it('every status line is said in each language, and differs from the English', () => {
    const english = messagesFor('en').status;
    for (const lang of ['nb', 'nn'] as const) {
      const words = messagesFor(lang).status;
      expect(words.wrote('x')).not.toBe(english.wrote('x'));
      expect(words.budgetsWritten(2, 3)).not.toBe(english.budgetsWritten(2, 3));
      expect(words.problems(3)).not.toBe(english.problems(3));
      expect(words.warnings(2)).not.toBe(english.warnings(2));
      expect(prose(words.noBudgetFolderAbove('x'))).not.toMatch(englishWords);
      expect(prose(words.writingTable('a', 'b'))).not.toMatch(englishWords);
    }
  });
});
