import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBudget } from '../../src/load/check-budget.js';

export interface ShortDiagnostic {
  code: string;
  /** `file:line`. */
  at: string;
  message: string;
  hint?: string;
}

/**
 * Writes small budgets into a scratch folder and checks them in-process: `files` (path → text)
 * over the defaults given. `dispose()` removes the scratch folder.
 */
export function tempBudgets(defaults: Record<string, string>) {
  const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-budget-'));
  let count = 0;
  return {
    validate(files: Record<string, string>): ShortDiagnostic[] {
      const dir = join(scratch, `b${count++}`);
      for (const [path, text] of Object.entries({ ...defaults, ...files })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return checkBudget(dir, { cwd: dir }).diagnostics.map((diagnostic) => ({
        code: diagnostic.code,
        at: `${diagnostic.file}:${diagnostic.range?.start.line ?? 0}`,
        message: diagnostic.message,
        ...(diagnostic.hint ? { hint: diagnostic.hint } : {}),
      }));
    },
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
