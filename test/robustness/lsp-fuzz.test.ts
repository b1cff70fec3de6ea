// Issue 10: a seeded fuzz of the real language server over stdio. 10,000 documents made from the
// valid corpus (JSON and YAML), each mutated in its structure and then in its text with what a
// hostile file holds: nesting on one line, anchors, aliases and merge bombs, lone surrogates, NUL,
// huge strings. Every document is opened, gets its diagnostics, is asked one editing feature at a
// random place, and is closed. The server must never crash or log an error, and every answer must
// come within a second. Seeded: a failure names its round, and the same seed rebuilds the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { stringify } from 'yaml';
import { LspTestClient, positionAt } from '../lsp/harness';
import { mutateJson, seededRandom } from '../support/mutation';
import { isAslFile, listFiles, sharedDir } from '../support/shared';

/** ASL_LSP_FUZZ_DOCUMENTS changes the count for a quick local look; the suite runs 10,000. */
const DOCUMENTS = Number(process.env.ASL_LSP_FUZZ_DOCUMENTS ?? 10_000);
const SEED = 20261207;
/** Documents in flight at once, so the server is never idle waiting for the test. */
const CONCURRENCY = 2;
/** Every answer (published diagnostics included) within this time. */
const ANSWER_LIMIT_MS = 1000;

type Random = () => number;
const pick = <T>(items: readonly T[], next: Random): T => items[Math.floor(next() * items.length)]!;
const between = (low: number, high: number, next: Random): number => low + Math.floor(next() * (high - low + 1));

const FIELDS = ['Type', 'Next', 'End', 'StartAt', 'States', 'Choices', 'Default', 'Branches', 'ItemProcessor', 'Parameters', 'Comment'];
const VALUES: unknown[] = [null, true, 0, -1, '', '$.x', '{% $x %}', 'Task', 'Pass', 'Choice', 'Map', [], {}, { StartAt: 'A', States: {} }];

/**
 * Hostile text: each returns the text with one thing inserted or replaced at a random place. Huge
 * strings are picked less often than the rest (HUGE_STRING_SHARE), or the fuzz would spend its
 * minute copying megabytes over stdio.
 */
const HOSTILE: ((text: string, next: Random) => string)[] = [
  // Nesting on one line, in every YAML and JSON form.
  (text, next) => insert(text, next, pick(['- ', '? ', '[', '{a: ', '- [ ', '{"a":'], next).repeat(between(150, 1500, next)) + 'x'),
  // Anchors, aliases and merge keys, including a small billion-laughs bomb.
  (text, next) => insert(text, next, pick(['&a ', '*a', '<<: *a\n', '&b [*a, *a, *a]', 'x: &a {b: 1}\n', 'y: *nope\n'], next)),
  (text) => laughs() + text,
  // Lone surrogates and NUL, several of them.
  (text, next) => {
    let result = text;
    for (let count = between(1, 4, next); count > 0; count--)
      result = insert(result, next, pick(['\ud800', '\udfff', '\u0000', '\udc00x\ud83d'], next));
    return result;
  },
  // Ordinary damage: a deleted range, a truncation.
  (text, next) => {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + text.slice(at + between(1, 40, next));
  },
  (text, next) => text.slice(0, Math.floor(next() * text.length)),
];

/** A huge string (20,000 to 100,000 characters), inside a value or anywhere. */
function hugeString(text: string, next: Random): string {
  const huge = pick(['x', 'ab ', '$.', '\\"', "''", ' '], next).repeat(between(20_000, 100_000, next) / 2);
  const quote = text.indexOf('"', Math.floor(next() * text.length));
  return quote >= 0 ? text.slice(0, quote + 1) + huge + text.slice(quote + 1) : insert(text, next, huge);
}
const HUGE_STRING_SHARE = 0.03;

function hostile(text: string, next: Random): string {
  return next() < HUGE_STRING_SHARE ? hugeString(text, next) : pick(HOSTILE, next)(text, next);
}

function insert(text: string, next: Random, fragment: string): string {
  const at = Math.floor(next() * (text.length + 1));
  return text.slice(0, at) + fragment + text.slice(at);
}

function laughs(): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < 9; level++)
    lines.push(
      `l${level}: &l${level} [${Array(8)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + '\n';
}

interface Source {
  name: string;
  format: 'json' | 'yaml';
  text: string;
  value?: unknown;
}

function loadCorpus(): Source[] {
  return listFiles(`${sharedDir}/corpus/valid`, isAslFile).map((file) => {
    const text = readFileSync(file, 'utf8');
    const format = /\.ya?ml$/.test(file) ? 'yaml' : 'json';
    let value: unknown;
    try {
      if (format === 'json') value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    return { name: relative(sharedDir, file), format, text, value };
  });
}

/** Round `round`'s document: a corpus file, mutated in structure, written as JSON or YAML, then hostile text. */
function makeDocument(
  corpus: Source[],
  round: number,
  next: Random,
): { name: string; text: string; format: 'json' | 'yaml'; source: string } {
  const source = pick(corpus, next);
  let format: 'json' | 'yaml' = source.format;
  let text = source.text;
  if (source.value !== undefined) {
    let value: unknown = source.value;
    for (let step = between(0, 3, next); step > 0; step--) value = mutateJson(value, next, { fields: FIELDS, values: VALUES });
    format = next() < 0.4 ? 'yaml' : 'json';
    text = format === 'yaml' ? stringify(value) : JSON.stringify(value, null, 2);
  }
  for (let step = between(1, 2, next); step > 0; step--) text = hostile(text, next);
  return { name: `fuzz-${round}.asl.${format}`, text, format, source: source.name };
}

const FEATURES = ['hover', 'completion', 'symbols', 'folding', 'highlight', 'codeAction'] as const;

async function askFeature(client: LspTestClient, uri: string, feature: (typeof FEATURES)[number], position: Position): Promise<unknown> {
  const textDocument = { uri };
  switch (feature) {
    case 'hover':
      return client.request(HoverRequest.type, { textDocument, position });
    case 'completion':
      return client.request(CompletionRequest.type, { textDocument, position });
    case 'symbols':
      return client.request(DocumentSymbolRequest.type, { textDocument });
    case 'folding':
      return client.request(FoldingRangeRequest.type, { textDocument });
    case 'highlight':
      return client.request(DocumentHighlightRequest.type, { textDocument, position });
    case 'codeAction':
      return client.request(CodeActionRequest.type, {
        textDocument,
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
  }
}

test(
  `LSP fuzz: ${DOCUMENTS.toLocaleString('en-US')} hostile documents, no crash, every answer within ${ANSWER_LIMIT_MS} ms`,
  { timeout: 600_000 },
  async () => {
    const corpus = loadCorpus();
    assert.ok(
      corpus.some((source) => source.format === 'json') && corpus.some((source) => source.format === 'yaml'),
      'the shared corpus is missing',
    );
    const client = await LspTestClient.start();
    const serverErrors: string[] = [];
    // The server reports a caught failure through window/logMessage (type 1 is an error).
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) serverErrors.push(params.message);
    });
    // Warm up (the first answers include compiling the server's code), then start the clock.
    for (const source of corpus.slice(0, 20)) {
      const warm = await client.open(`warm-${source.name.replace(/\W/g, '-')}.asl.${source.format}`, source.text);
      await client.diagnostics(warm.uri);
      await client.close(warm.uri);
    }
    const next = seededRandom(SEED);
    const slow: string[] = [];
    let slowest = { ms: 0, what: '' };
    let answers = 0;
    /** Total time per kind of answer, for the summary. */
    const totals = new Map<string, { ms: number; count: number }>();
    const started = performance.now();

    const timed = async <T>(what: string, kind: string, run: () => Promise<T>): Promise<T> => {
      const begun = performance.now();
      const result = await run();
      const ms = performance.now() - begun;
      answers++;
      const total = totals.get(kind) ?? { ms: 0, count: 0 };
      total.ms += ms;
      total.count++;
      totals.set(kind, total);
      if (ms > slowest.ms) slowest = { ms, what };
      if (ms > ANSWER_LIMIT_MS) slow.push(`${what}: ${ms.toFixed(0)} ms`);
      return result;
    };

    // Documents are made in order from one seeded stream, so each round's document is reproducible.
    const documents = Array.from({ length: DOCUMENTS }, (_, round) => round);
    let cursor = 0;
    const worker = async (): Promise<void> => {
      while (cursor < documents.length) {
        const round = documents[cursor++]!;
        const document = makeDocument(corpus, round, next);
        const feature = pick(FEATURES, next);
        const offset = Math.floor(next() * (document.text.length + 1));
        const what = `round ${round} (${document.source} as ${document.format}, ${document.text.length} characters)`;
        const opened = await client.open(document.name, document.text);
        await timed(`${what}: diagnostics`, 'diagnostics', () => client.diagnostics(opened.uri));
        await timed(`${what}: ${feature}`, feature, () => askFeature(client, opened.uri, feature, positionAt(document.text, offset)));
        await client.close(opened.uri);
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      // Still alive and right after all that.
      const check = await client.open('after-fuzz.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}');
      assert.deepEqual((await client.diagnostics(check.uri)).diagnostics, []);
    } finally {
      await client.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `LSP fuzz: ${DOCUMENTS} documents, ${answers} answers in ${seconds.toFixed(0)} s; slowest ${slowest.ms.toFixed(0)} ms (${slowest.what}); mean ${[
        ...totals,
      ]
        .map(([kind, total]) => `${kind} ${(total.ms / total.count).toFixed(1)} ms`)
        .join(', ')}`,
    );
    assert.deepEqual(serverErrors, [], 'the server logged no error');
    assert.equal(client.stderr.join(''), '', 'the server wrote nothing to stderr');
    assert.deepEqual(slow, [], `answers over ${ANSWER_LIMIT_MS} ms`);
  },
);
