import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../model/budget.js';
import { type Said, wordsOf } from './index.js';

/**
 * Diagnostics with their message and hint in `language`: the edge (the CLI, a caller of the
 * library) says them in the user's language; the loader and the checks make them in English, as
 * values with a template key and params, and stay free of any language setting.
 */
export function localizeDiagnostics(diagnostics: readonly Diagnostic[], language: Language): Diagnostic[] {
  if (language === 'en') return [...diagnostics];
  return diagnostics.map((diagnostic) => localizeDiagnostic(diagnostic, language));
}

function localizeDiagnostic(diagnostic: Diagnostic, language: Language): Diagnostic {
  if (diagnostic.said === undefined) return diagnostic;
  const { hint: _hint, ...rest } = diagnostic;
  // Made by `say`, which typed the params against the key's template.
  const words = wordsOf(diagnostic.said as Said, language);
  return { ...rest, message: words.message, ...(words.hint === undefined ? {} : { hint: words.hint }) };
}
