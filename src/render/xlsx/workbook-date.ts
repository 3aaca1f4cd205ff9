/** The document date of a workbook built without SOURCE_DATE_EPOCH: fixed, so outputs are reproducible. */
export const fixedWorkbookDate = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * `SOURCE_DATE_EPOCH` (whole seconds since 1970, the reproducible-builds convention) as a date,
 * when it is set and well formed.
 */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || !/^\d{1,12}$/.test(epoch)) return undefined;
  return new Date(Number(epoch) * 1000);
}

/** Picks the dates written into a workbook: `SOURCE_DATE_EPOCH`, else 2000-01-01T00:00:00Z. */
export function workbookDate(env: Readonly<Record<string, string | undefined>>): Date {
  return sourceDateEpoch(env) ?? fixedWorkbookDate;
}
