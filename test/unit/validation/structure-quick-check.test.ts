/**
 * The structure rule skips ajv when its quick check (structure/fastCheck.ts) says an object
 * certainly satisfies its schema. That "yes" must never be wrong: on every state and machine of
 * the corpus, and on thousands of seeded mutations of them, a quick yes implies ajv's yes. And
 * the quick check must actually say yes to valid states, or it is dead code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  buildStateMachine,
  formatForFileName,
  parseDocument,
  STATE_TYPES,
  type ObjectNode,
  type StateType,
} from '../../../server/src/core/index';
import { schemaVerdicts } from '../../../server/src/core/validation/rules/structure';
import {
  STATE_FIELDS,
  itemBatcherSpec,
  itemReaderSpec,
  machineFields,
  processorConfigSpec,
  resultWriterSpec,
  type ObjectSpec,
} from '../../../server/src/core/validation/structure/fields';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';
import { mutateJson, seededRandom as random } from '../../support/mutation';

/** Field names a mutation may add: every field the tables describe, plus a few no table has. */
const FIELDS = [
  ...new Set([
    ...Object.keys(STATE_FIELDS),
    ...Object.keys(machineFields),
    ...[itemReaderSpec, itemBatcherSpec, resultWriterSpec, processorConfigSpec].flatMap(objectSpecFields),
    '__proto__',
    'x',
  ]),
];

function objectSpecFields(spec: ObjectSpec): string[] {
  return [...Object.keys(spec.fields), ...Object.values(spec.objects ?? {}).flatMap(objectSpecFields)];
}
const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  3,
  100000000,
  1e999,
  '',
  'x',
  '$',
  '$.x',
  '${X}',
  '{% $x %}',
  'States.ALL',
  'FULL',
  'NONE',
  'INLINE',
  'DISTRIBUTED',
  'STANDARD',
  'EXPRESS',
  'JSONata',
  'JSONPath',
  'Task',
  'Pass',
  [],
  [''],
  ['States.ALL'],
  [1],
  [{}],
  [[]],
  {},
  { a: 1 },
  { StartAt: 'A', States: {} },
  { ErrorEquals: ['States.ALL'], Next: 'A' },
  { ErrorEquals: [] },
];

interface Checked {
  objects: number;
  quickYes: number;
  ajvYes: number;
}

/** Every state and the machine of one document: a quick yes must be ajv's yes too. */
function checkDocument(text: string, format: 'json' | 'yaml', label: string, counts: Checked): void {
  const machine = buildStateMachine(parseDocument(text, format));
  const objects: [Parameters<typeof schemaVerdicts>[0], ObjectNode][] = [];
  if (machine.node) objects.push(['machine', machine.node]);
  for (const state of machine.states) {
    if (state.node && state.type) objects.push([{ type: state.type, language: state.queryLanguage }, state.node]);
  }
  for (const [target, node] of objects) {
    const verdicts = schemaVerdicts(target, node);
    counts.objects++;
    if (verdicts.ajv) counts.ajvYes++;
    if (verdicts.quick) {
      counts.quickYes++;
      assert.ok(
        verdicts.ajv,
        `${label}: the quick check accepts ${JSON.stringify(target)} at offset ${node.offset}, ajv does not: ${text.slice(node.offset, node.offset + 300)}`,
      );
    }
  }
}

const corpus = listSharedFiles('corpus', isAslFile);

test('every state schema has a quick check', () => {
  const node = buildStateMachine(parseDocument('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}', 'json')).node!;
  assert.notEqual(schemaVerdicts('machine', node).quick, undefined);
  for (const type of STATE_TYPES as readonly StateType[]) {
    for (const language of ['JSONPath', 'JSONata'] as const) {
      assert.notEqual(schemaVerdicts({ type, language }, node).quick, undefined, `${type}/${language}`);
    }
  }
});

test("on the corpus, a quick yes is always ajv's yes, and most valid states get one", () => {
  const counts: Checked = { objects: 0, quickYes: 0, ajvYes: 0 };
  for (const path of corpus) checkDocument(readFileSync(path, 'utf8'), formatForFileName(path), relative(sharedDir, path), counts);
  assert.ok(counts.quickYes >= counts.ajvYes * 0.95, `quick yes ${counts.quickYes} of ${counts.ajvYes} valid objects`);
});

test("on mutated corpus definitions, a quick yes is always ajv's yes", () => {
  const next = random(20261126);
  const counts: Checked = { objects: 0, quickYes: 0, ajvYes: 0 };
  let documents = 0;
  for (const path of corpus.filter((file) => file.endsWith('.json'))) {
    let definition: unknown;
    try {
      definition = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    for (let round = 0; round < 12; round++) {
      // Mutate one state several levels deep, most of the time; the machine itself otherwise.
      const copy = structuredClone(definition) as { States?: Record<string, unknown> };
      const names = copy.States && typeof copy.States === 'object' ? Object.keys(copy.States) : [];
      if (names.length > 0 && next() < 0.85) {
        const name = names[Math.floor(next() * names.length)]!;
        let state = copy.States![name];
        for (let step = 1 + Math.floor(next() * 3); step > 0; step--) state = mutateJson(state, next, { fields: FIELDS, values: VALUES });
        copy.States![name] = state;
      } else {
        Object.assign(copy, mutateJson(copy, next, { fields: FIELDS, values: VALUES }));
      }
      checkDocument(JSON.stringify(copy, null, 1), 'json', `${relative(sharedDir, path)} mutation ${round}`, counts);
      documents++;
    }
  }
  assert.ok(documents > 1000, `only ${documents} mutated documents`);
  // Mutations make both verdicts common: the quick check is tried on many objects ajv refuses.
  assert.ok(
    counts.quickYes > 1000 && counts.objects - counts.ajvYes > 1000,
    `${counts.objects} objects: quick yes ${counts.quickYes}, ajv yes ${counts.ajvYes}`,
  );
});
