import type { Language } from '../model/budget.js';

/** What a text renderer needs besides the tables. */
export interface RenderOptions {
  /** Language of words and number formats. */
  language: Language;
  /** ANSI colours (terminal only); the CLI decides from --no-color, NO_COLOR, FORCE_COLOR and the TTY. */
  color: boolean;
  /** Terminal columns (terminal only). */
  width: number;
  /** A heading over the whole document (Markdown and the terminal). */
  documentTitle?: string;
}
