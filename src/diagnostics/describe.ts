import { distance } from 'fastest-levenshtein';
import type { JsonPath } from './diagnostic.js';

const entityNames: Record<string, string> = {
  measures: 'measure',
  targets: 'target',
  factors: 'factor',
  indicators: 'indicator',
  milestones: 'milestone',
  activity: 'activity line',
};

/** A place in a file, in words any language can say: `cost.annual` of measure "VT-03". */
export interface Place {
  /** The innermost entity first: measure "VT-03", then what holds it. */
  entities: { kind: string; label: string }[];
  /** The key path below the innermost entity, e.g. `cost.annual`. */
  key?: string;
}

/** The place a data path points at: the entities it passes through and the key below them. */
export function placeOf(data: unknown, path: JsonPath): Place {
  const entities: Place['entities'] = [];
  let rest: (string | number)[] = [];
  let node = data;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index] as string | number;
    const child = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    const listName = path[index - 1];
    if (typeof segment === 'number' && typeof listName === 'string' && entityNames[listName]) {
      rest.pop(); // the list key itself is named by the entity
      const id = child && typeof child === 'object' ? (child as { id?: unknown }).id : undefined;
      const label =
        typeof id === 'string' || typeof id === 'number' ? `"${clipText(String(id), maxLabel)}"` : String(segment + 1);
      entities.unshift({ kind: listName, label });
      rest = [];
    } else {
      rest.push(segment);
    }
    node = child;
  }
  return rest.length === 0 ? { entities } : { entities, key: `\`${rest.join('.')}\`` };
}

/** The most characters of an id a place shows: a 100 000-character id is named by its start. */
const maxLabel = 60;

/** `text` whole, or its first `max` − 1 characters (code points, never half a pair) and `…`. */
export function clipText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** Names a place in English: '`cost.annual` of measure "VT-03"', or 'the file'. */
export function placeText(
  place: Place,
  names: Record<string, string> = entityNames,
  of = ' of ',
  file = 'the file',
): string {
  const entity = place.entities.map(({ kind, label }) => `${names[kind] ?? kind} ${label}`).join(of);
  if (place.key === undefined) return entity || file;
  return entity ? `${place.key}${of}${entity}` : place.key;
}

/** The candidate closest to `word`, when it is close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  return nearestList(word, candidates, 1)[0];
}

/** Up to `count` candidates close to `word`, nearest first: for “did you mean” hints. */
export function nearestList(word: string, candidates: readonly string[], count = 3): string[] {
  const lower = word.toLowerCase();
  const scored = candidates
    .map((candidate) => ({ candidate, score: distance(lower, candidate.toLowerCase()) }))
    .filter(({ candidate, score }) => score <= Math.max(2, Math.floor(Math.max(word.length, candidate.length) / 3)))
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1));
  return scored.slice(0, count).map(({ candidate }) => candidate);
}
