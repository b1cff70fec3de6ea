// The shared corpus: definitions that real users and other validators accept must get no error
// from us, and every known-invalid definition must get at least one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateDocument } from '../../../server/src/core/index';
import { isAslFile, listSharedFiles, sharedDir } from '../../support/shared';

const formatOf = (file: string) => (/\.ya?ml$/.test(file) ? 'yaml' : 'json');

test('no valid corpus definition gets an error', () => {
  const files = listSharedFiles('corpus/valid', isAslFile);
  assert.ok(files.length > 700, `expected the shared corpus at ${sharedDir}/corpus/valid`);
  const failures: string[] = [];
  for (const file of files) {
    const name = relative(sharedDir, file);
    const errors = validateDocument(readFileSync(file, 'utf8'), formatOf(file)).filter((diagnostic) => diagnostic.severity === 'error');
    for (const error of errors) failures.push(`${name}: ${error.code} ${error.message}`);
  }
  assert.deepStrictEqual(failures, []);
});

/**
 * Invalid-set files whose only fault is one Step Functions itself accepts: flagged with a warning,
 * never an error, because the same shape appears in the valid set or in deployed machines. Each
 * entry names the warning that must flag it, and why it is not an error.
 */
const FLAGGED_BY_WARNING: Record<string, { code: string; why: string }> = {
  'corpus/invalid/statelint/empty-error-equals-on-catch.asl.json': {
    code: 'error-handling/empty-error-equals',
    why: 'LocalStack valid templates carry `"ErrorEquals": []`',
  },
  'corpus/invalid/statelint/empty-error-equals-on-retry.asl.json': {
    code: 'error-handling/empty-error-equals',
    why: 'LocalStack valid templates carry `"ErrorEquals": []`',
  },
  'corpus/invalid/asl-validator/invalid-jsonata-surround-syntax-no-spaces.asl.json': {
    code: 'jsonata/delimiter-spacing',
    why: 'deployed machines write "{%$f(...) %}" and "{% $x%}"',
  },
  'corpus/invalid/asl-validator/invalid-json-surround-syntax-extra-spaces.asl.json': {
    code: 'jsonata/delimiter-spacing',
    why: 'Step Functions trims the expression',
  },
  'corpus/invalid/asl-validator/invalid-jsonata-surround-syntax-no-open.asl.json': {
    code: 'jsonata/unopened',
    why: '"10 %}" is a plain string to Step Functions',
  },
};

test('every invalid corpus definition is flagged: an error, or the documented warning', () => {
  const files = listSharedFiles('corpus/invalid', isAslFile);
  assert.ok(files.length > 80, `expected the shared corpus at ${sharedDir}/corpus/invalid`);
  const missed: string[] = [];
  for (const file of files) {
    const name = relative(sharedDir, file);
    const diagnostics = validateDocument(readFileSync(file, 'utf8'), formatOf(file));
    const byWarning = FLAGGED_BY_WARNING[name];
    const flagged = byWarning
      ? diagnostics.some((diagnostic) => diagnostic.code === byWarning.code && diagnostic.severity === 'warning')
      : diagnostics.some((diagnostic) => diagnostic.severity === 'error');
    if (!flagged)
      missed.push(`${name}: ${diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code}`).join(', ') || 'nothing'}`);
  }
  assert.deepStrictEqual(missed, []);
});

test('the invalid corpus gets the specific diagnostics its sources expect', () => {
  const expectations: Record<string, string> = {
    'statelint/backoff-with-backoffrate-between-0-and-1': 'structure/out-of-range',
    'statelint/backoff-with-invalid-jitter-on-retry': 'structure/invalid-value',
    'statelint/choice-with-parameters': 'structure/field-not-allowed',
    'statelint/fail-with-static-and-dynamic-cause': 'structure/exclusive-fields',
    'statelint/has-dupes': 'graph/duplicate-state-name',
    'statelint/linked-parallel': 'reference/out-of-scope',
    'statelint/map-with-itemprocessor-and-iterator': 'structure/exclusive-fields',
    'statelint/map-with-null-itemspath': 'structure/wrong-type',
    'statelint/no-terminal': 'graph/no-exit-loop',
    'statelint/task-with-static-and-dynamic-timeout': 'structure/exclusive-fields',
    'asl-validator/invalid-unreachable-state': 'graph/unreachable',
    'asl-validator/invalid-next-with-end': 'graph/next-and-end',
    'asl-validator/invalid-inexistant-state': 'reference/unknown-state',
    'asl-validator/invalid-dupe-fields': 'structure/duplicate-key',
    'asl-validator/invalid-task-alias-function': 'resource/malformed',
    'asl-validator/invalid-cfn-definition-substitutions': 'resource/malformed',
    'asl-validator/invalid-state-name-too-long': 'structure/state-name-too-long',
    'localstack/credentials__empty_credentials': 'structure/missing-field',
    'localstack/test_state__base_invalid_state_definition': 'structure/unknown-state-type',
    'localstack/validation__invalid_downgrade_query_language': 'structure/query-language-downgrade',
    'step-functions-workflows-collection/shared-fallback-state-jsonata__statemachine__statemachine': 'structure/state-not-object',
  };
  const missing: string[] = [];
  for (const [name, code] of Object.entries(expectations)) {
    const file = `${sharedDir}/corpus/invalid/${name}.asl.json`;
    const diagnostics = validateDocument(readFileSync(file, 'utf8'), 'json');
    if (!diagnostics.some((diagnostic) => diagnostic.code === code && diagnostic.severity === 'error')) {
      missing.push(`${name}: expected ${code}, got ${diagnostics.map((diagnostic) => diagnostic.code).join(', ')}`);
    }
  }
  assert.deepStrictEqual(missing, []);
});
