import type { Command } from 'commander';

/**
 * The Norwegian example that ends a command's English `--help` (issue 14): what a climate adviser
 * types, and why, in their language. `--help` itself stays English, as commander writes it. The
 * examples name a budget folder `porsgrunn` beside the current folder; a test runs every one.
 */
export const norwegianExamples: Readonly<Record<string, { why: string; args: string }>> = {
  init: {
    why: 'nytt budsjett med Miljødirektoratets tall for kommunen',
    args: 'init porsgrunn --mdir telemark-2026.csv',
  },
  validate: { why: 'sjekk alle filene; hver feil med fil, linje og kolonne', args: 'validate porsgrunn' },
  summary: { why: 'én side til saksframlegget, som Markdown', args: 'summary porsgrunn -o sammendrag.md' },
  pathway: { why: 'utslippsbanen år for år, til Excel', args: 'pathway porsgrunn --excel-csv -o utslippsbane.csv' },
  measures: {
    why: 'vedtatte og pågående tiltak, summert per ansvarlig',
    args: 'measures porsgrunn --status adopted,in_progress --by responsible',
  },
  progress: { why: 'oppfølgingen etter tertialet: er vi i rute?', args: 'progress porsgrunn' },
  costs: { why: 'kostnader per år og kroner per tonn', args: 'costs porsgrunn' },
  factors: { why: 'utslippsfaktorene som brukes, og kildene deres', args: 'factors porsgrunn --search diesel' },
  export: { why: 'rapporten med figurer, én fil til saksframlegget', args: 'export porsgrunn -o klimabudsjett.html' },
  report: { why: 'regneark og rapporter for alle kommunene i fylket', args: 'report */ --out-dir rapporter' },
  diff: { why: 'hva endringene dine gjør med tallene, mot main', args: 'diff main -C porsgrunn' },
  'import mdir': {
    why: 'kommunens utslippstall fra Miljødirektoratet',
    args: 'import mdir telemark-2026.csv -m Porsgrunn -o utslipp.yaml',
  },
  'import measures': {
    why: 'sjekk tiltakene tjenestene fylte ut i Excel, og se dem som YAML',
    args: 'import measures tiltak.xlsx --budget porsgrunn',
  },
};

/** The full name of a command as the examples key it: `summary`, `import mdir`. */
function fullName(command: Command): string {
  const parent = command.parent;
  return parent?.parent ? `${fullName(parent)} ${command.name()}` : command.name();
}

/** Ends the help of `command` and of its subcommands with their Norwegian example, where there is one. */
export function addNorwegianExamples(command: Command): void {
  for (const sub of command.commands) {
    const example = norwegianExamples[fullName(sub)];
    if (example) sub.addHelpText('after', `\nEksempel – ${example.why}:\n  klimabudsjett ${example.args}`);
    addNorwegianExamples(sub);
  }
}
