import type { ErrorObject } from 'ajv';

/** A compiled validator as ajv's standalone code exports it. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
