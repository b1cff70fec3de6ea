// Runs one recorded conformance case and compares it as the corpus README says.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startExecution } from '../../server/src/core/interpreter';
import { nodeRuntimePorts } from '../../server/src/node/runtimePorts';

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

/**
 * Runs one case; returns undefined when it matches, else a description of the difference.
 * `ignoreCause` compares everything but the cause text (the README's lenient score).
 */
export async function runCase(dir: string, recordEvents = false, ignoreCause = false): Promise<string | undefined> {
  const definition = JSON.parse(readFileSync(join(dir, 'definition.json'), 'utf8'));
  const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const result = await startExecution(definition, input, { ...nodeRuntimePorts, recordEvents, hash: nodeHash });
  try {
    if (recordEvents) {
      result.events.forEach((event, index) => assert.equal(event.id, index + 1, 'history event ids are consecutive'));
      assert.match(result.events.at(-1)?.type ?? '', /^Execution(Succeeded|Failed)$/, 'history ends with the outcome');
    }
    assert.equal(result.status, expected.status, `status (error ${result.error}: ${result.cause})`);
    // JSON semantics: compare what the output serializes to (so -0 and 0 are one number).
    if (expected.status === 'SUCCEEDED') assert.deepEqual(JSON.parse(JSON.stringify(result.output) ?? 'null'), expected.output);
    else {
      if (expected.error !== undefined) assert.equal(result.error, expected.error, 'error');
      if (expected.cause !== undefined && !ignoreCause) assert.equal(result.cause, expected.cause, 'cause');
      if (expected.cause_json !== undefined && !ignoreCause)
        assert.deepEqual(JSON.parse(result.cause ?? 'null'), expected.cause_json, 'cause_json');
    }
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}
