/**
 * The comparison rules of ../shared/conformance/compare.py: numbers within 1e-6 relative
 * (|a − b| ≤ 1e-6 · max(1, |b|)); strings, booleans and null exactly; lists of objects with an `id`
 * matched by id; other lists compared as sets; keys the output has and `expected` lacks ignored.
 */

const relativeTolerance = 1e-6;

/** Lists every difference between `got` and `expected` (empty when `got` conforms). */
export function compareWithExpected(got: unknown, expected: unknown, path = '$'): string[] {
  const problems: string[] = [];
  compareValue(got, expected, path, problems);
  return problems;
}

function compareValue(got: unknown, expected: unknown, path: string, problems: string[]): void {
  if (Array.isArray(expected)) {
    compareList(got, expected, path, problems);
  } else if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) {
      problems.push(`${path}: expected an object, got ${preview(got)}`);
      return;
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!Object.hasOwn(got, key)) problems.push(`${path}.${key}: missing`);
      else compareValue((got as Record<string, unknown>)[key], value, `${path}.${key}`, problems);
    }
  } else if (typeof expected === 'number') {
    const close =
      typeof got === 'number' && Math.abs(got - expected) <= relativeTolerance * Math.max(1, Math.abs(expected));
    if (!close) problems.push(`${path}: expected ${expected}, got ${preview(got)}`);
  } else if (got !== expected) {
    problems.push(`${path}: expected ${JSON.stringify(expected)}, got ${preview(got)}`);
  }
}

function compareList(got: unknown, expected: readonly unknown[], path: string, problems: string[]): void {
  if (!Array.isArray(got)) {
    problems.push(`${path}: expected a list, got ${preview(got)}`);
    return;
  }
  const byId = expected.length > 0 && expected.every((item) => isObject(item) && Object.hasOwn(item, 'id'));
  if (byId) {
    const gotById = new Map(got.filter(isObject).map((item) => [item.id, item]));
    for (const item of expected as Record<string, unknown>[]) {
      const match = gotById.get(item.id);
      if (match === undefined) problems.push(`${path}[id=${String(item.id)}]: missing`);
      else compareValue(match, item, `${path}[id=${String(item.id)}]`, problems);
    }
    return;
  }
  // compare.py compares the sorted JSON texts: exact, not within tolerance.
  const gotTexts = got.map((item) => JSON.stringify(item)).sort();
  const expectedTexts = expected.map((item) => JSON.stringify(item)).sort();
  if (gotTexts.join('\n') !== expectedTexts.join('\n')) {
    problems.push(`${path}: expected ${JSON.stringify(expected).slice(0, 120)} (any order), got ${preview(got)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function preview(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 80);
}
