import type { Language } from '../model/budget.js';
import type { InitSettings } from './templates.js';
import { commented } from './templates.js';

/**
 * The CI workflow `init` writes, and the install script it shares with the GitHub Action in
 * action.yml (test/ci-workflow.test.ts runs both scripts against the packed tarball). Pure.
 */

/** The variable that names where the CLI comes from: anything `npm install` takes. */
export const packageVariable = 'KLIMABUDSJETT_PACKAGE';

/**
 * Installs the CLI from $KLIMABUDSJETT_PACKAGE into the runner's temporary folder and puts its bin
 * on the PATH of the following steps. Not `npm install --global`: for a global install from git,
 * npm runs the package's build without its build tools (npm/cli#8440). On failure, one annotation
 * that names the source and npm's reason (a 404 before publication, a missing tarball, an
 * unreachable git host) and where to change the source: never npm's log.
 */
export function installScript(where: string): string {
  return [
    'if ! command -v npm >/dev/null 2>&1; then',
    `  echo "::error::klimabudsjett: npm is missing; set up Node.js ≥ 22.12 first (actions/setup-node)."`,
    '  exit 1',
    'fi',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not JavaScript
    'cli="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/klimabudsjett-cli"',
    'log="$(mktemp)"',
    'mkdir -p "$cli"',
    `if ! npm install --prefix "$cli" --no-save --no-audit --no-fund --fetch-retries=1 "$${packageVariable}" >"$log" 2>&1; then`,
    `  reason="$(sed -n 's/^npm error //p' "$log" | grep -v -E '^(code|errno|syscall) |^[0-9]+$' | head -n 1)"`,
    `  echo "::error::klimabudsjett: could not install \\"$${packageVariable}\\" (\${reason:-npm failed}). Set ${packageVariable} ${where}: klimabudsjett@VERSION once published, a git URL or a .tgz before."`,
    '  exit 1',
    'fi',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not JavaScript
    'echo "$cli/node_modules/.bin" >> "${GITHUB_PATH:-/dev/null}"',
    '"$cli/node_modules/.bin/klimabudsjett" --version',
  ].join('\n');
}

/** A YAML block scalar of `text`, indented by `indent` spaces. */
function block(text: string, indent: number): string[] {
  return text.split('\n').map((line) => `${' '.repeat(indent)}${line}`);
}

/** The workflow's comments and step names, in the new budget's language. */
interface WorkflowWords {
  heading: string;
  push: string;
  source: readonly [string, string, string];
  fetchDepth: string;
  install: string;
  diff: string;
  firstBudget: string;
  reports: string;
  folder: string;
}

const workflowWords: Record<Language, WorkflowWords> = {
  en: {
    heading: 'Checks the climate budget on every push and pull request; findings show on the changed lines.',
    push: "a push to a pull request's branch runs once, as the pull request",
    source: [
      'Where the klimabudsjett CLI comes from (anything `npm install` takes): klimabudsjett@VERSION',
      'once it is published on npm; before that a git URL (github:OWNER/klimabudsjett#TAG) or the',
      'URL or path of a packed .tgz (`npm pack` in a clone of klimabudsjett).',
    ],
    fetchDepth: 'diff reads the base branch',
    install: 'Install klimabudsjett',
    diff: 'What a pull request does to the numbers, in the summary of the run.',
    firstBudget: 'the first budget has nothing to compare with',
    reports: 'The workbook, the HTML report and the Markdown report of this version, to download from the run.',
    folder: 'reports',
  },
  nb: {
    heading: 'Sjekker klimabudsjettet ved hver push og pull request; funn vises på linjene som er endret.',
    push: 'en push til grenen til en pull request kjører én gang, som pull request',
    source: [
      'Hvor klimabudsjett-programmet hentes fra (alt `npm install` tar): klimabudsjett@VERSJON',
      'når det er publisert på npm; før det en git-URL (github:EIER/klimabudsjett#TAG) eller en',
      'URL eller sti til en pakket .tgz (`npm pack` i en klone av klimabudsjett).',
    ],
    fetchDepth: 'diff leser grenen det flettes inn i',
    install: 'Installer klimabudsjett',
    diff: 'Hva en pull request gjør med tallene, i sammendraget av kjøringen.',
    firstBudget: 'det første budsjettet har ingenting å sammenligne med',
    reports: 'Regnearket, HTML-rapporten og Markdown-rapporten for denne versjonen, til nedlasting fra kjøringen.',
    folder: 'rapporter',
  },
  nn: {
    heading: 'Sjekkar klimabudsjettet ved kvar push og pull request; funn blir viste på linjene som er endra.',
    push: 'ein push til greina til ein pull request køyrer éin gong, som pull request',
    source: [
      'Kvar klimabudsjett-programmet blir henta frå (alt `npm install` tek): klimabudsjett@VERSJON',
      'når det er publisert på npm; før det ein git-URL (github:EIGAR/klimabudsjett#TAG) eller ein',
      'URL eller sti til ein pakka .tgz (`npm pack` i ein klone av klimabudsjett).',
    ],
    fetchDepth: 'diff les greina det blir fletta inn i',
    install: 'Installer klimabudsjett',
    diff: 'Kva ein pull request gjer med tala, i samandraget av køyringa.',
    firstBudget: 'det første budsjettet har ingenting å samanlikne med',
    reports: 'Reknearket, HTML-rapporten og Markdown-rapporten for denne versjonen, til nedlasting frå køyringa.',
    folder: 'rapportar',
  },
};

export function workflowYaml(settings: InitSettings): string {
  const words = workflowWords[settings.language];
  const [source1, source2, source3] = words.source;
  const lines = [
    `# ${words.heading}`,
    'name: klimabudsjett',
    'on:',
    `  push: { branches: [main, master] }   # ${words.push}`,
    '  pull_request:',
    '  workflow_dispatch:',
    'permissions:',
    '  contents: read',
    'concurrency:',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not JavaScript
    '  group: klimabudsjett-${{ github.ref }}',
    '  cancel-in-progress: true',
    'env:',
    `  # ┌ ${source1}`,
    `  # │ ${source2}`,
    `  # └ ${source3}`,
    `  ${packageVariable}: klimabudsjett@${settings.version}`,
    'jobs:',
    '  validate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    commented('        with: { fetch-depth: 0 }', words.fetchDepth),
    '      - uses: actions/setup-node@v6',
    '        with: { node-version: 24 }',
    `      - name: ${words.install}`,
    '        run: |',
    ...block(installScript('at the top of this workflow'), 10),
    '      - run: klimabudsjett validate --format github --max-warnings 0 .',
    `      # ${words.diff}`,
    "      - if: github.event_name == 'pull_request'",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not JavaScript
    '        run: klimabudsjett diff "origin/${{ github.base_ref }}" --format md >> "$GITHUB_STEP_SUMMARY"',
    commented('        continue-on-error: true', words.firstBudget),
    `      # ${words.reports}`,
    `      - run: klimabudsjett report . --out-dir ${words.folder}`,
    '      - uses: actions/upload-artifact@v7',
    `        with: { name: klimabudsjett, path: ${words.folder}/ }`,
  ];
  return `${lines.join('\n')}\n`;
}
