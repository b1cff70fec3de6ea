// Runs one recorded conformance case and compares it as the corpus README says.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startExecution } from '../../server/src/core/interpreter';

interface Expected {
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
  cause_json?: unknown;
}

export function nodeHash(algorithm: string, data: string): string {
  return createHash(algorithm.replace('-', '').toLowerCase()).update(data, 'utf8').digest('hex');
}

/** Runs one case; returns undefined when it matches, else a description of the difference. */
export async function runCase(dir: string): Promise<string | undefined> {
  const definition = JSON.parse(readFileSync(join(dir, 'definition.json'), 'utf8'));
  const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const result = await startExecution(definition, input, { recordEvents: false, hash: nodeHash });
  try {
    assert.equal(result.status, expected.status, `status (error ${result.error}: ${result.cause})`);
    if (expected.status === 'SUCCEEDED') assert.deepEqual(result.output, expected.output);
    else {
      if (expected.error !== undefined) assert.equal(result.error, expected.error, 'error');
      if (expected.cause !== undefined) assert.equal(result.cause, expected.cause, 'cause');
      if (expected.cause_json !== undefined) assert.deepEqual(JSON.parse(result.cause ?? 'null'), expected.cause_json, 'cause_json');
    }
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

