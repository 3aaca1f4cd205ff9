import { CORE_SCHEMA, defineScalarTag, floatCoreTag, NOT_RESOLVED, Schema } from 'js-yaml-5';

/*
 * js-yaml 5's own YAML 1.2 core schema, but for one corner: a float too large for a number
 * (`1e400`) is text there and infinity in the yaml library. With this, the fast path (js-yaml 5)
 * and the careful path (yaml) read every scalar alike (test/unit/yaml-core-schema.test.ts).
 */

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  ...floatCoreTag,
  resolve: (source, isExplicit, tagName) => {
    const value = floatCoreTag.resolve(source, isExplicit, tagName);
    if (value !== NOT_RESOLVED || !overflowPattern.test(source)) return value;
    return source.startsWith('-') ? -Infinity : Infinity;
  },
});

/** A float in the core schema's notation with an exponent: finite only when it is small enough. */
const overflowPattern = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

/** YAML 1.2 core: strings, mappings and lists, plus null, bool, int and float as the spec resolves them. */
export const yamlCoreSchema = new Schema([...CORE_SCHEMA.tags.filter((tag) => tag !== floatCoreTag), floatTag]);
