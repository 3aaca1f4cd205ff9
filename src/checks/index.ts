import { checkBaselineYearIgnored } from './baseline-year-ignored.js';
import type { Check } from './check.js';
import { checkEffectMissing } from './effect-missing.js';
import { checkEffectRangeOrder } from './effect-range-order.js';
import { checkFollowupPeriod } from './followup-period.js';
import { checkMeasureOutsideHorizon } from './measure-outside-horizon.js';
import { checkMeasureWithoutIndicator } from './measure-without-indicator.js';
import { checkMeasureWithoutResponsible } from './measure-without-responsible.js';
import { checkTargetBaseYear } from './target-base-year-missing.js';
import { checkTargetBeforeLatest } from './target-before-latest.js';
import { checkTargetReduction } from './target-reduction.js';
import { checkUnknownSource } from './unknown-source.js';
import { checkYearOrder } from './year-order.js';

/** The semantic rules JSON Schema cannot express, run over the normalised budget in this order. */
export const checks: readonly Check[] = [
  checkYearOrder,
  checkEffectMissing,
  checkEffectRangeOrder,
  checkTargetReduction,
  checkTargetBaseYear,
  checkTargetBeforeLatest,
  checkBaselineYearIgnored,
  checkMeasureOutsideHorizon,
  checkUnknownSource,
  checkFollowupPeriod,
  checkMeasureWithoutResponsible,
  checkMeasureWithoutIndicator,
];
