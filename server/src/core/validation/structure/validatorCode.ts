/**
 * The source of validators.generated.ts: ajv's standalone code for every schema of schemas.ts, so
 * the structure rule runs validation code that ajv wrote at build time instead of compiling the
 * schemas in each process (compiling the schemas a repository's files need took about 65-80 ms of
 * a cold `asl validate`). Only the generator script (scripts/generate-structure-validators.mjs) and
 * the drift test (test/unit/validation/structure-validators.test.ts) import this module; the
 * shipped bundles never load ajv's compiler.
 *
 * The options are the ones the rule compiled with at run time (all errors, verbose errors with the
 * schema objects the messages read their x-kind and x-expected annotations from), with ajv's code
 * optimizer on: it only simplifies the code it emits, and build time is free.
 */
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { STATE_TYPES, type QueryLanguage } from '../../model/types';
import { EXPECTED, KIND, OTHER_LANGUAGE_FIELDS, machineSchema, sharedSchemas, stateSchema } from './schemas';
import { MACHINE_VALIDATOR, stateValidatorName } from './validatorNames';

export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  strict: true,
  validateSchema: false,
  addUsedSchema: false,
  inlineRefs: false,
};

const QUERY_LANGUAGES: readonly QueryLanguage[] = ['JSONPath', 'JSONata'];

/** Every schema the rule validates with, by the name its validator is exported under. */
export function validatedSchemas(): Map<string, Record<string, unknown>> {
  const schemas = new Map<string, Record<string, unknown>>([[MACHINE_VALIDATOR, machineSchema()]]);
  for (const language of QUERY_LANGUAGES) {
    for (const type of STATE_TYPES) schemas.set(stateValidatorName(type, language), stateSchema(type, language));
  }
  return schemas;
}

/** An ajv instance that knows the annotation keywords and the shared (Retry, Catch) schemas. */
export function structureAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  ajv.addVocabulary([KIND, EXPECTED, OTHER_LANGUAGE_FIELDS]);
  for (const schema of sharedSchemas()) ajv.addSchema(schema);
  return ajv;
}

/** The whole text of validators.generated.ts. */
export function validatorModuleSource(): string {
  const ajv = structureAjv({ code: { source: true, esm: true, lines: true } });
  const refs: Record<string, string> = {};
  for (const [name, schema] of validatedSchemas()) {
    const id = `${name}.json`;
    ajv.addSchema({ ...schema, $id: id });
    refs[name] = id;
  }
  const code = standaloneCode(ajv, refs);
  // The core may not load Node modules or ajv's runtime helpers: a keyword that needs one (minLength
  // needs ucs2length, a format needs ajv-formats) must be rewritten or checked outside the schema.
  if (/\brequire\(|^import /m.test(code)) throw new Error('the standalone validators load other modules; the core cannot ship them');
  return `${HEADER}${code}\n`;
}

const HEADER = `// GENERATED FILE, do not edit. Written by scripts/generate-structure-validators.mjs from the
// schemas of ./schemas.ts (see ./validatorCode.ts): ajv's standalone validation code for the state
// machine's top level and for each state type in each query language.
// test/unit/validation/structure-validators.test.ts fails when this file differs from a fresh generation.
// @ts-nocheck
`;
