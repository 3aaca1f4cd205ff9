/**
 * The arithmetic of SPEC §5.4 between the columns of a pathway row, written once for every table
 * that shows it (the workbook keeps them as live formulas): tiltaksbane, gap, tiltaksbehov and
 * coverage.
 */
export const pathwayFormulas = {
  projected: '{baseline} - {effect}',
  gap: '{projected} - {path}',
  need: '{baseline} - {path}',
  coverage: 'IF({need} > 0, {effect} / {need}, "")',
} as const;
