/**
 * The URL of a file kind's JSON Schema as published: the npm package's file on jsDelivr's CDN,
 * pinned to the version, so a modeline keeps pointing at the schema its file was written for (the
 * schemas' `$id` names them; it is not where they are served).
 */
export function schemaUrl(kind: string, version: string): string {
  return `https://cdn.jsdelivr.net/npm/klimabudsjett@${version}/schemas/${kind}.schema.json`;
}
