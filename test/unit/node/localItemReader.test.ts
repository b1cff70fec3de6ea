// The local ItemReader (server/src/node/interpreterPorts.ts) reads CSV with the CSVDelimiter the
// ItemReader's ReaderConfig names, as AWS does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { localItemReader } from '../../../server/src/node/interpreterPorts';

const delimiters: [string, string][] = [
  ['COMMA', ','],
  ['PIPE', '|'],
  ['SEMICOLON', ';'],
  ['SPACE', ' '],
  ['TAB', '\t'],
];

for (const [name, delimiter] of delimiters) {
  test(`local ItemReader: CSV with CSVDelimiter ${name}`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'asl-items-'));
    try {
      writeFileSync(join(root, 'items.csv'), [`id${delimiter}"a${delimiter}b"`, `1${delimiter}x`, `2${delimiter}y`].join('\n'));
      const items = await localItemReader(root).read({
        resource: 'arn:aws:states:::s3:getObject',
        parameters: { Bucket: 'bucket', Key: 'items.csv' },
        readerConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', CSVDelimiter: name },
      });
      assert.deepEqual(items, [
        { id: '1', [`a${delimiter}b`]: 'x' },
        { id: '2', [`a${delimiter}b`]: 'y' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
