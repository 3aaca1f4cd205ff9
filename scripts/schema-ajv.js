// The one ajv configuration for our schemas: used by the build (standalone validators) and by
// the test that compiles every schema in strict mode.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Creates an Ajv 2020-12 instance in strict mode, collecting all errors. */
export function createSchemaAjv(code) {
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    verbose: true,
    ...(code ? { code } : {}),
  });
  addFormats.default(ajv, ['date', 'uri']);
  return ajv;
}
