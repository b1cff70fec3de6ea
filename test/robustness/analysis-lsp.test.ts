// Issue 10 over the wire: the real language server survives deep YAML and alias bombs (rows 1, 2),
// keeps answering the next document, and leaves documents of other languages alone (row 14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient, positionAt } from '../lsp/harness';

const valid = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n  B:\n    Type: Succeed\n';

test('rows 1 and 2: deep YAML and an alias bomb get their diagnostic, and the server answers the next document', async () => {
  const client = await LspTestClient.start();
  try {
    const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 10; level++)
      laughs.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const hostile: [string, string, string][] = [
      ['dashes.asl.yaml', '- '.repeat(1000) + 'x\n', 'syntax/too-deep'],
      ['keys.asl.yaml', '? '.repeat(1000) + 'x\n', 'syntax/too-deep'],
      ['flow.asl.yaml', 'a: ' + '[{b: '.repeat(500) + 'x' + '}]'.repeat(500) + '\n', 'syntax/too-deep'],
      ['laughs.asl.yaml', laughs.join('\n') + '\n', 'syntax/yaml-alias-expansion'],
    ];
    // Twice: the second analysis in the same process is the one that aborted V8 before.
    for (let round = 0; round < 2; round++) {
      for (const [name, text, code] of hostile) {
        const document = await client.open(`r${round}-${name}`, text);
        const started = performance.now();
        const published = await client.diagnostics(document.uri);
        const ms = performance.now() - started;
        assert.ok(
          published.diagnostics.some((diagnostic) => diagnostic.code === code),
          `${name}: ${published.diagnostics
            .slice(0, 3)
            .map((diagnostic) => diagnostic.code)
            .join(', ')}`,
        );
        assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
        const hover = await client.request(HoverRequest.type, { textDocument: { uri: document.uri }, position: positionAt(text, 5) });
        assert.ok(hover === null || typeof hover === 'object');
        await client.close(document.uri);
      }
    }
    const after = await client.open('after.asl.yaml', valid);
    assert.deepEqual((await client.diagnostics(after.uri)).diagnostics, []);
    assert.equal(client.stderr.join(''), '');
  } finally {
    await client.stop();
  }
});

test('row 14: a plaintext document (or any other language) is not validated as ASL', async () => {
  const client = await LspTestClient.start();
  try {
    const broken = '{"StartAt": "Nowhere", "States": {}}';
    const others = [
      await client.open('notes.txt', broken, 'plaintext'),
      await client.open('readme.md', valid, 'markdown'),
      await client.open('data.json', broken, 'json'),
    ];
    // Opened after the others: the server handles messages in order, so by the time this document's
    // diagnostics arrive, any for the others would have been published.
    const asl = await client.open('machine.asl.json', broken);
    assert.ok((await client.diagnostics(asl.uri)).diagnostics.length > 0, 'the ASL document is validated');
    const published = client['latest'] as Map<string, unknown>;
    for (const other of others) {
      assert.equal(published.has(other.uri), false, `${other.languageId} got diagnostics`);
      const hover = await client.request(HoverRequest.type, { textDocument: { uri: other.uri }, position: { line: 0, character: 3 } });
      assert.equal(hover, null, `${other.languageId}: no hover`);
      const symbols = await client.request(DocumentSymbolRequest.type, { textDocument: { uri: other.uri } });
      assert.equal(symbols, null, `${other.languageId}: no symbols`);
    }
  } finally {
    await client.stop();
  }
});
