/**
 * The CLI's own lines in the user's language (issue 14): usage errors (commander's and ours), the
 * warnings and diagnostics of `import`, `diff`'s revisions and the YAML explanations. A usage error
 * takes --lang when the command line has one, else the language of the budget folder it names,
 * else the environment; exit codes and codes stay.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenOutputLine } from '../src/cli/io.js';
import { binPath, childEnv, projectRoot, runCli, spawnCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-cli-language-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const nbLocale = { LANG: 'nb_NO.UTF-8' };

describe("commander's usage errors, by their code", () => {
  it('an unknown option: nynorsk with --lang nn, exit 2', async () => {
    const result = await runCli(['validate', '--lang', 'nn', '--strcit'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("feil: ukjend val '--strcit'\n(Meinte du --strict?)\n");
  });

  it('bokmål from the locale when the command line has no --lang; English stays as commander says it', async () => {
    const nb = await runCli(['validate', '--strcit'], projectRoot, { env: nbLocale });
    expect(nb.stderr).toBe("feil: ukjent valg '--strcit'\n(Mente du --strict?)\n");
    const en = await runCli(['validate', '--strcit'], projectRoot);
    expect(en.stderr).toBe("error: unknown option '--strcit'\n(Did you mean --strict?)\n");
    expect([nb.code, en.code]).toEqual([2, 2]);
  });

  it('--lang=nn reads too, and a command line naming no valid language falls back to the locale', async () => {
    expect((await runCli(['valdate', '--lang=nn'], projectRoot)).stderr).toBe(
      "feil: ukjend kommando 'valdate'\n(Meinte du validate?)\n",
    );
    expect((await runCli(['valdate', '--lang', 'fr'], projectRoot, { env: nbLocale })).stderr).toContain(
      "feil: ukjent kommando 'valdate'",
    );
  });

  it('a missing argument, a missing option value, a required option, too many arguments', async () => {
    const say = async (args: string[]) => (await runCli([...args, '--lang', 'nb'], projectRoot)).stderr;
    expect(await say(['import', 'mdir', '-m', 'Skien'])).toBe("feil: argumentet 'file' mangler\n");
    const missing = await runCli(['summary', '.', '--lang', 'nb', '--table'], projectRoot);
    expect(missing.stderr).toBe("feil: valget '--table <id>' mangler en verdi\n");
    expect(await say(['report', 'x'])).toBe("feil: valget '--out-dir <dir>' må være med\n");
    expect(await say(['summary', 'a', 'b'])).toBe(
      "feil: for mange argumenter til 'summary': ventet 1, fikk 2: a, b.\n",
    );
  });

  it('echoes no control character of the command line', async () => {
    const option = await runCli(['validate', '--x\u001b]0;title\u0007', '--lang', 'nb'], projectRoot);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("feil: ukjent valg '--x\uFFFD]0;title\uFFFD'\n");
    const value = await runCli(['measures', '.', '--by', 'sektor\u001b[2J'], projectRoot);
    expect(value.code).toBe(2);
    expect(value.stderr).not.toContain('\u001b');
  });

  it('the help stays English, whatever the language', async () => {
    const result = await runCli(['validate', '--help', '--lang', 'nb'], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: klimabudsjett validate');
  });
});

describe('our usage errors', () => {
  it('an option value, with its hint label, in nynorsk', async () => {
    const result = await runCli(['measures', 'examples/minimal', '--by', 'sektor', '--lang', 'nn'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'klimabudsjett: --by skal vere sector, responsible, status eller scope, ikkje "sektor".\n' +
        '  tips: Meinte du `sector`?\n',
    );
  });

  it('an option value nothing is near: no hint that repeats the list the message gave', async () => {
    const result = await runCli(['summary', 'examples/minimal', '--format', 'xls', '--lang', 'nb'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('klimabudsjett: --format skal være table, csv, md eller json, ikke "xls".\n');
  });

  it('a year outside the budget, in bokmål from the locale', async () => {
    const result = await runCli(['measures', 'examples/minimal', '--year', '1990'], projectRoot, { env: nbLocale });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--year 1990 ligger utenfor budsjettets år 2026–');
    expect(result.stderr).toContain('  tips: Oppgi et år fra planstart til tidshorisonten.');
  });

  it('an unknown extension and a file that cannot be written', async () => {
    const pdf = await runCli(['summary', 'examples/minimal', '-o', 'x.pdf', '--lang', 'nb'], projectRoot);
    expect(pdf.stderr).toMatch(
      /^klimabudsjett: Filendelsen til x\.pdf sier ikke hvilket format fila skal ha\.\n {2}tips: Bruk /,
    );
    const folder = join(scratch, 'a-folder.md');
    cpSync(join(projectRoot, 'examples/minimal/inventory'), folder, { recursive: true });
    const refused = await runCli(['summary', 'examples/minimal', '-o', folder, '--lang', 'nn'], projectRoot);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^klimabudsjett: Klarte ikkje å skrive .*a-folder\.md: det er ei mappe\.\n$/);
  });
});

describe('import mdir', () => {
  const csv = join(scratch, 'telemark.csv');
  writeFileSync(csv, 'Kommune,År,Sektor,Utslippskilde,Utslipp\nPorsgrunn,2024,Veitrafikk,Personbiler,25107\n');

  it('a municipality the file does not have: bokmål under LANG=nb_NO.UTF-8, exit 2', async () => {
    const result = await runCli(['import', 'mdir', csv, '-m', 'Porsgrun'], scratch, { env: nbLocale });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'klimabudsjett: Fila har ingen kommune som heter "Porsgrun".\n  tips: Mente du "Porsgrunn"?\n',
    );
    const english = await runCli(['import', 'mdir', csv, '-m', 'Porsgrun'], scratch);
    expect(english.stderr).toBe(
      'klimabudsjett: No municipality named "Porsgrun" in the file.\n  hint: Did you mean "Porsgrunn"?\n',
    );
  });

  it('a row that cannot be read: the diagnostic in nynorsk, its code as it was', async () => {
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'Kommune,År,Sektor,Utslippskilde,Utslipp\nPorsgrunn,20x4,Veitrafikk,Personbiler,1\n');
    const result = await runCli(['import', 'mdir', bad, '-m', 'Porsgrunn', '--lang', 'nn'], scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error  import-row');
    expect(result.stderr).toContain('"20x4" er ikkje eit årstal.');
    expect(result.stderr).toContain('tips: Skriv året med fire siffer, t.d. 2024.');
    expect(result.stderr).toContain('✖ 1 problem (1 feil, 0 åtvaringar, 0 merknader)');
  });

  it('the status lines and the warning about a name the list does not know', async () => {
    const plain = join(scratch, 'reduced.csv');
    writeFileSync(plain, 'Kommune,År,Sektor,Utslippskilde,Utslipp\nPorsgrun by,2024,Veitrafikk,Personbiler,1\n');
    const out = join(scratch, 'mdir.yaml');
    const result = await runCli(['import', 'mdir', plain, '-m', 'Porsgrun by', '-o', out, '--lang', 'nb'], scratch);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'advarsel: Ingen kommune i Norge (kommuneinndelingen fra 2024) heter "Porsgrun by"',
    );
    expect(result.stderr).toContain(`Skrev ${out}: Porsgrun by, 1 rad.`);
    expect(result.stderr).toContain('merk: utslippsregnskapet har ingen årgang');
  });
});

describe('import measures: the machine formats carry the same words', () => {
  const args = ['import', 'measures', 'test/fixtures/import/template-bad-status.xlsx', '--budget', 'examples/minimal'];

  it('json and sarif say in bokmål what stylish says', async () => {
    const stylish = await runCli([...args, '--lang', 'nb'], projectRoot);
    expect(stylish.code).toBe(1);
    const json = await runCli([...args, '--lang', 'nb', '--format', 'json'], projectRoot);
    const [diagnostic] = (JSON.parse(json.stderr) as { diagnostics: { code: string; message: string; hint: string }[] })
      .diagnostics;
    expect(diagnostic?.code).toBe('import-row');
    expect(diagnostic?.message).toMatch(/^"\w+" er ikke en verdi for "Status"\.$/);
    expect(stylish.stderr).toContain(diagnostic?.message);
    expect(stylish.stderr).toContain(`tips: ${diagnostic?.hint}`);
    const sarif = await runCli([...args, '--lang', 'nb', '--format', 'sarif'], projectRoot);
    expect(sarif.stderr).toContain(diagnostic?.message.replaceAll('"', '\\"'));
    expect(json.code).toBe(1);
  });
});

describe('the YAML explanations and a sector of another scope', () => {
  const budget = (name: string, measures: string) => {
    const dir = join(scratch, name);
    cpSync(join(projectRoot, 'examples/minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'measures/tiltak.yaml'), measures);
    return dir;
  };

  it('an unclosed { in bokmål, pointed at the bracket', async () => {
    const dir = budget(
      'unclosed',
      'schema_version: 1\nmeasures:\n  - id: T-1\n    title: "Tiltak"\n    sector: road_traffic\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 150\n    responsible: "Drift"\n',
    );
    const result = await runCli(['validate', '.', '--lang', 'nb'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('measures/tiltak.yaml:8:13');
    expect(result.stderr).toContain('Denne { starter en tabell som aldri lukkes med }.');
    const nn = await runCli(['validate', '.', '--lang', 'nn'], dir);
    expect(nn.stderr).toContain('Denne { startar ein tabell som aldri blir lukka med }.');
  });

  it('"other" outside its scopes, in nynorsk', async () => {
    const dir = budget(
      'other',
      'schema_version: 1\nmeasures:\n  - id: T-1\n    title: "Tiltak"\n    sector: other\n    responsible: "Drift"\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 150 }\n',
    );
    const result = await runCli(['validate', '.', '--lang', 'nn', '--format', 'json'], dir);
    const messages = (JSON.parse(result.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(messages.find((d) => d.code === 'unknown-sector')?.message).toBe(
      'Sektoren "other" finst berre i systemgrensene eiga verksemd (own_operations) og indirekte (indirect).',
    );
  });
});

describe('a path of `files:` that is not read', () => {
  it('a glob outside the budget folder, in bokmål; its code as before', async () => {
    const dir = join(scratch, 'outside');
    cpSync(join(projectRoot, 'examples/minimal'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'budget.yaml'),
      'schema_version: 1\nmunicipality: { name: Eksempelby }\nplan_period: { start: 2026, end: 2029 }\nfiles:\n  measures: ["measures/*.yaml", "../*.yaml"]\n',
    );
    const result = await runCli(['validate', '.', '--lang', 'nb', '--format', 'json'], dir);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(diagnostics.find((d) => d.code === 'file-outside-budget')?.message).toBe(
      'Stien ../*.yaml i `files:` peker ut av budsjettmappa og git-arbeidstreet; den blir ikke lest.',
    );
  });
});

describe("diff's revisions", () => {
  it('a revision outside any git repository, in bokmål; exit 2 as before', async () => {
    const dir = join(scratch, 'no-git');
    cpSync(join(projectRoot, 'examples/minimal'), dir, { recursive: true });
    const result = await runCli(['diff', 'main', '--lang', 'nb'], dir, { env: { GIT_CEILING_DIRECTORIES: scratch } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('klimabudsjett: "main" er ingen mappe, og');
    expect(result.stderr).toContain('  tips: Oppgi to budsjettmapper');
  });
});

describe('the line said when the output breaks', () => {
  const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('follows --lang, else the locale, else English (Node’s words kept)', () => {
    expect(brokenOutputLine(full, ['summary', '.', '--lang', 'nn'], {})).toBe(
      'klarte ikkje å skrive utdataa: disken er full',
    );
    expect(brokenOutputLine(full, ['summary', '.'], nbLocale)).toBe('klarte ikke å skrive utdataene: disken er full');
    expect(brokenOutputLine(full, ['summary', '.'], {})).toBe(
      'cannot write the output: ENOSPC: no space left on device, write',
    );
  });

  it('an error without a known code says Node’s words', () => {
    const odd = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    expect(brokenOutputLine(odd, ['--lang=nb'], {})).toBe('klarte ikke å skrive utdataene: EIO: i/o error, write');
  });

  it.skipIf(!existsSync('/dev/full'))('the built program to a full disk: bokmål from --lang, exit 2', () => {
    const result = spawnSync(
      process.execPath,
      [binPath, 'summary', join(projectRoot, 'examples/minimal'), '--lang', 'nb'],
      { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], env: childEnv(), encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('klimabudsjett: klarte ikke å skrive utdataene: disken er full\n');
  });
});

describe('a usage error on a budget speaks its language', () => {
  const porsgrunn = join(projectRoot, 'examples/porsgrunn');
  const csvInNb = 'klimabudsjett: En CSV-fil rommer én tabell: velg den med --table';
  const csvInNn = 'klimabudsjett: Ei CSV-fil';
  const csvInEn = 'klimabudsjett: A CSV file';
  let count = 0;
  /** A scratch folder holding a budget.yaml made by `make` (given its path), else none. */
  function folder(make?: (manifest: string) => void): string {
    const dir = join(scratch, `usage-${count++}`);
    mkdirSync(dir);
    make?.(join(dir, 'budget.yaml'));
    return dir;
  }
  const withManifest = (text: string) => folder((manifest) => writeFileSync(manifest, text));
  const csvError = (dir: string, env: Record<string, string> = {}) =>
    runCli(['export', dir, '-o', 'x.csv'], scratch, { env });
  // An option value commander refuses before the budget is read: a scratch manifest of one line does.
  const sortInNb = 'klimabudsjett: --sort skal være ';
  const sortInNn = 'klimabudsjett: --sort skal vere ';
  const sortInEn = 'klimabudsjett: --sort takes ';
  const sortError = (dir: string) => runCli(['measures', dir, '--sort', 'size'], scratch);

  it('bokmål for examples/porsgrunn (language: nb), through the built bin too, and nothing written', () => {
    const result = spawnCli(['export', porsgrunn, '-o', join(scratch, 'x.csv')], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(csvInNb)).toBe(true);
    expect(existsSync(join(scratch, 'x.csv'))).toBe(false);
  });

  it("the budget's language over the locale; --lang over both", async () => {
    const english = { LANG: 'en_GB.UTF-8' };
    expect((await csvError(porsgrunn, english)).stderr).toMatch(new RegExp(`^${csvInNb}`));
    const en = await runCli(['export', porsgrunn, '-o', 'x.csv', '--lang', 'en'], scratch, { env: nbLocale });
    expect(en.stderr).toMatch(new RegExp(`^${csvInEn}`));
    expect(en.code).toBe(2);
  });

  it('nynorsk for a budget whose language is nn, and commander speaks it too', async () => {
    const dir = folder();
    cpSync(porsgrunn, dir, { recursive: true });
    const manifest = join(dir, 'budget.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^language: nb$/m, 'language: nn'));
    const result = await csvError(dir);
    expect(result.stderr).toMatch(new RegExp(`^${csvInNn}`));
    expect(result.code).toBe(2);
    expect((await runCli(['measures', dir, '--strcit'], scratch)).stderr).toBe(
      "feil: ukjend val '--strcit'\n(Meinte du --sort?)\n",
    );
  });

  it('the current folder when no argument names a budget; bokmål for a budget without language', async () => {
    const dir = withManifest('schema_version: 1\n');
    const result = await runCli(['measures', '--sort', 'size'], dir);
    expect(result.stderr).toBe('klimabudsjett: --sort skal være effect, cost, nok_per_t eller id, ikke "size".\n');
  });

  it('English in a folder with no budget, unless the locale is Norwegian', async () => {
    const dir = folder();
    const args = ['measures', '--sort', 'size'];
    expect((await runCli(args, dir)).stderr).toBe(
      'klimabudsjett: --sort takes effect, cost, nok_per_t or id, not "size".\n',
    );
    expect((await runCli(args, dir, { env: nbLocale })).stderr).toMatch(/^klimabudsjett: --sort skal være /);
    expect((await runCli(args, dir, { env: { LC_MESSAGES: 'nn_NO.UTF-8' } })).stderr).toMatch(/ skal vere /);
  });

  it('takes only a top-level language line: not an indented one, not one after the first 64 KB', async () => {
    const nested = withManifest('schema_version: 1\nmunicipality:\n  name: X\n  language: en\n');
    expect((await sortError(nested)).stderr).toMatch(new RegExp(`^${sortInNb}`));
    const late = withManifest(`schema_version: 1\n${'# padding\n'.repeat(8000)}language: en\n`);
    expect((await sortError(late)).stderr).toMatch(new RegExp(`^${sortInNb}`));
    const quoted = withManifest('schema_version: 1\nlanguage: "en"  # for the council\n');
    expect((await sortError(quoted)).stderr).toMatch(new RegExp(`^${sortInEn}`));
  });

  it('reads a CRLF manifest and one that starts with a byte order mark', async () => {
    expect((await sortError(withManifest('schema_version: 1\r\nlanguage: nn\r\n'))).stderr).toMatch(
      new RegExp(`^${sortInNn}`),
    );
    expect((await sortError(withManifest('\uFEFFlanguage: en\nschema_version: 1\n'))).stderr).toMatch(
      new RegExp(`^${sortInEn}`),
    );
  });

  it('a budget.yaml that is a folder or a dangling link is no budget: English, exit 2', async () => {
    for (const dir of [
      folder((manifest) => mkdirSync(manifest)),
      folder((manifest) => symlinkSync('gone', manifest)),
    ]) {
      const result = await sortError(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^${sortInEn}`));
    }
  });

  it('a budget.yaml that is a FIFO is never opened: the built bin answers at once, in English', () => {
    const dir = folder((manifest) => spawnSync('mkfifo', [manifest]));
    const result = spawnSync(process.execPath, [binPath, 'measures', dir, '--sort', 'size'], {
      cwd: scratch,
      env: childEnv(),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(sortInEn)).toBe(true);
  });

  it('an unreadable budget.yaml falls back to bokmål (root reads it all the same)', async () => {
    const dir = withManifest('language: en\n');
    chmodSync(join(dir, 'budget.yaml'), 0o000);
    const result = await sortError(dir);
    expect(result.code).toBe(2);
    const root = process.getuid?.() === 0;
    expect(result.stderr).toMatch(new RegExp(`^${root ? sortInEn : sortInNb}`));
  });

  it('reads only the start of a huge budget.yaml (a 1 GB sparse file) and answers at once', async () => {
    const dir = withManifest('language: nn\n');
    truncateSync(join(dir, 'budget.yaml'), 1024 ** 3);
    const started = performance.now();
    const result = await sortError(dir);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.stderr).toMatch(new RegExp(`^${sortInNn}`));
    rmSync(join(dir, 'budget.yaml'));
  });
});
