import type { Language } from '../model/budget.js';
import { en } from './en.js';
import type { Labels } from './labels.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

export type * from './labels.js';

const labelsByLanguage: Record<Language, Labels> = { nb, nn, en };

/** Returns the labels of a language. */
export function labelsFor(language: Language): Labels {
  return labelsByLanguage[language];
}
