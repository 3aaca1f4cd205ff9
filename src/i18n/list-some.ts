/** How many items a list names before "and N more". */
const named = 3;

/**
 * Lists a few items and counts the rest, in the words of a language: ("og", "til") gives
 * "A, B og C" or "A, B, C og 4 til"; ("and", "more") gives "A, B, C and 4 more".
 */
export function listSome(items: readonly string[], and: string, more: string): string {
  if (items.length <= named + 1) return listAll(items, and);
  return `${items.slice(0, named).join(', ')} ${and} ${items.length - named} ${more}`;
}

/** Lists every item, the last after a conjunction of a language: ("eller") gives "A, B eller C". */
export function listAll(items: readonly string[], conjunction: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** An inventory file's source (else its path) and vintage, as `inventoryNote` names them. */
interface InventorySource {
  source: string;
  vintage: string | null;
}

/** The inventory's sources, each with its vintage after the language's word for it: "SSB, årgang 2025; Egen". */
export function listSources(sources: readonly InventorySource[], vintageWord: string): string {
  const named = ({ source, vintage }: InventorySource): string =>
    `${source.replace(/\.$/, '')}${vintage === null ? '' : `, ${vintageWord} ${vintage}`}`;
  return sources.map(named).join('; ');
}
