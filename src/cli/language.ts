import { type Budget, defaultLanguage, type Language } from '../model/budget.js';

/**
 * The language of the outputs, resolved in this one place: `--lang`, else the budget's `language`,
 * else the default. Renderers take it as an argument; the computed report does not carry it.
 */
export function outputLanguage(lang: Language | undefined, budget?: Budget): Language {
  return lang ?? budget?.manifest.language ?? defaultLanguage;
}
