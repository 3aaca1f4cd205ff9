import type { Origin } from '../model/budget.js';
import type { DiagnosticCode } from './codes.js';
import type { Said } from './diagnostic.js';

/**
 * A diagnostic before it has a place and a severity: what checks over the normalised budget
 * (and the engine) return. The loader locates it in the file (`origin.path`, pointing at the key
 * or the value) and applies the severity of the code and of the manifest's `rules:`.
 */
export interface Finding {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** The message and hint as a template key and params (see `Diagnostic.said`). */
  said?: Said;
  origin: Origin;
  /** Point at the key of `origin.path` rather than at its value. Default: the value. */
  at?: 'key' | 'value';
}
