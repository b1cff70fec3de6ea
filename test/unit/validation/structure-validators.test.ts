/**
 * The structure rule validates with code ajv wrote at build time (structure/validators.generated.ts,
 * from structure/validatorCode.ts). That file must be exactly what a fresh generation from today's
 * schemas gives, and its validators must answer exactly as ajv compiling the same schemas at run time
 * (as the rule did before), verdicts and errors alike, on the corpus and on mutations of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { STATE_TYPES, type StateType } from '../../../server/src/core/index';
import * as precompiled from '../../../server/src/core/validation/structure/validators.generated';
import { structureAjv, validatedSchemas, validatorModuleSource } from '../../../server/src/core/validation/structure/validatorCode';
import { MACHINE_VALIDATOR, stateValidatorName } from '../../../server/src/core/validation/structure/validatorNames';
import { isAslFile, listSharedFiles } from '../../support/shared';
import { mutateJson, seededRandom } from '../../support/mutation';

const generatedFile = join(process.cwd(), 'server', 'src', 'core', 'validation', 'structure', 'validators.generated.ts');
const shipped = precompiled as unknown as Record<string, ValidateFunction>;

test('validators.generated.ts is what scripts/generate-structure-validators.mjs writes from the schemas today', () => {
  const fresh = validatorModuleSource();
  assert.ok(
    readFileSync(generatedFile, 'utf8') === fresh,
    'structure/validators.generated.ts is out of date with the schemas: run node scripts/generate-structure-validators.mjs',
  );
});

test('it exports a validator for the machine and for every state type in each query language', () => {
  const names = [...validatedSchemas().keys()];
  assert.equal(names.length, 1 + STATE_TYPES.length * 2);
  assert.ok(names.includes(MACHINE_VALIDATOR));
  for (const type of STATE_TYPES as readonly StateType[])
    for (const language of ['JSONPath', 'JSONata'] as const) assert.ok(names.includes(stateValidatorName(type, language)));
  for (const name of names) assert.equal(typeof shipped[name], 'function', name);
});

/** An error as the rule reads it; the top-level schema of a generated validator also carries its $id. */
function comparable(errors: ErrorObject[] | null | undefined): unknown[] {
  return (errors ?? []).map((error) => {
    const { $id: _id, ...parentSchema } = (error.parentSchema ?? {}) as Record<string, unknown>;
    return { ...error, parentSchema };
  });
}

test('on the corpus and on mutations of it, the generated validators answer exactly as ajv compiling the schemas at run time', () => {
  // The options the rule compiled with before the validators were generated.
  const ajv = structureAjv({ code: { optimize: false } });
  const runtime = new Map<string, ValidateFunction>([...validatedSchemas()].map(([name, schema]) => [name, ajv.compile(schema)]));
  const next = seededRandom(20261207);
  const vocabulary = {
    fields: ['Type', 'Next', 'End', 'Resource', 'Retry', 'Catch', 'ErrorEquals', 'Branches', 'ItemProcessor', 'Seconds', 'Parameters', 'x'],
    values: [null, true, 0, -1, 1.5, 1e999, '', '$.x', '${X}', '{% $x %}', 'JSONata', [], [1], {}, { StartAt: 'A', States: {} }],
  };
  let checked = 0;
  let refused = 0;
  const compare = (name: string, value: unknown, label: string): void => {
    const generated = shipped[name]!;
    const compiled = runtime.get(name)!;
    const verdict = generated(value);
    assert.equal(verdict, compiled(value), `${label}: verdicts differ for ${name}`);
    assert.deepEqual(comparable(generated.errors), comparable(compiled.errors), `${label}: errors differ for ${name}`);
    checked++;
    if (!verdict) refused++;
  };
  for (const path of listSharedFiles('corpus', isAslFile).filter((file) => file.endsWith('.json'))) {
    let definition: { States?: Record<string, { Type?: string; QueryLanguage?: string }>; QueryLanguage?: string };
    try {
      definition = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    if (!definition || typeof definition !== 'object') continue;
    compare(MACHINE_VALIDATOR, definition, path);
    compare(MACHINE_VALIDATOR, mutateJson(definition, next, vocabulary), `${path} mutated`);
    for (const [stateName, state] of Object.entries(definition.States ?? {})) {
      if (!state || typeof state !== 'object' || !(STATE_TYPES as readonly string[]).includes(String(state.Type))) continue;
      const language = (state.QueryLanguage ?? definition.QueryLanguage) === 'JSONata' ? 'JSONata' : 'JSONPath';
      const name = stateValidatorName(state.Type as StateType, language);
      compare(name, state, `${path} ${stateName}`);
      for (let round = 0; round < 3; round++) compare(name, mutateJson(state, next, vocabulary), `${path} ${stateName} mutation ${round}`);
    }
  }
  assert.ok(checked > 5000 && refused > 1000, `${checked} objects checked, ${refused} refused`);
});
