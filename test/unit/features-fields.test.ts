/**
 * Completion offers exactly the fields the validator accepts: for every state type and query
 * language, for retriers, catchers and the Map objects. The two tables live apart (the docs carry
 * descriptions, the validator carries schemas), so this keeps them from drifting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OBJECT_FIELD_DOCS, STATE_FIELD_DOCS, STATE_TYPES, type QueryLanguage } from '../../server/src/core/index';
import {
  catcherFields,
  itemBatcherSpec,
  itemProcessorFields,
  itemReaderSpec,
  machineFields,
  processorConfigSpec,
  resultWriterSpec,
  retrierFields,
  stateFields,
  type FieldSpec,
} from '../../server/src/core/validation/structure/fields';

const languages: QueryLanguage[] = ['JSONPath', 'JSONata'];

function accepted(fields: Record<string, FieldSpec>, language: QueryLanguage): string[] {
  return Object.entries(fields)
    .filter(([, spec]) => !spec.only || spec.only === language)
    .map(([name]) => name)
    .sort();
}

function offered(
  docs: Readonly<Record<string, { only?: QueryLanguage }>>,
  language: QueryLanguage,
  keep: (name: string) => boolean = () => true,
): string[] {
  return Object.entries(docs)
    .filter(([name, doc]) => (!doc.only || doc.only === language) && keep(name))
    .map(([name]) => name)
    .sort();
}

for (const language of languages) {
  for (const type of STATE_TYPES) {
    test(`${type} state fields in ${language}`, () => {
      const docs = offered(STATE_FIELD_DOCS, language, (name) => {
        const doc = STATE_FIELD_DOCS[name]!;
        return doc.types === 'all' || doc.types.includes(type);
      });
      assert.deepEqual(docs, accepted(stateFields[type], language));
    });
  }
  test(`retrier, catcher, machine and Map object fields in ${language}`, () => {
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.retrier!, language), accepted(retrierFields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.catcher!, language), accepted(catcherFields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.machine!, language), accepted(machineFields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.itemProcessor!, language), accepted(itemProcessorFields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.processorConfig!, language), accepted(processorConfigSpec.fields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.itemReader!, language), accepted(itemReaderSpec.fields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.itemBatcher!, language), accepted(itemBatcherSpec.fields, language));
    assert.deepEqual(offered(OBJECT_FIELD_DOCS.resultWriter!, language), accepted(resultWriterSpec.fields, language));
  });
}
