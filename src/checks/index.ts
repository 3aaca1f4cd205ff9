import type { Check } from './check.js';
import { checkEffectMissing } from './effect-missing.js';
import { checkFollowupPeriod } from './followup-period.js';
import { checkMeasureWithoutIndicator } from './measure-without-indicator.js';
import { checkMeasureWithoutResponsible } from './measure-without-responsible.js';
import { checkTargetBaseYear } from './target-base-year-missing.js';
import { checkYearOrder } from './year-order.js';

/** The semantic rules JSON Schema cannot express, run over the normalised budget in this order. */
export const checks: readonly Check[] = [
  checkYearOrder,
  checkEffectMissing,
  checkTargetBaseYear,
  checkFollowupPeriod,
  checkMeasureWithoutResponsible,
  checkMeasureWithoutIndicator,
];
