// The `asl` launcher (dist/cli.js, server/src/cli/launcher.ts) runs the command line, dist/cli-main.js,
// from V8's code cache, dist/cli-main.cache, which esbuild.mjs writes. The cache must be there and used,
// and every way it can be wrong must fall back to loading from source with the same results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as zlib from 'node:zlib';

const root = process.cwd();
const dist = resolve(root, 'dist');
const example = (name: string): string => resolve(root, 'examples', name);
// The launcher checks the cache with zlib.crc32 (Node 20.15+); without it the build writes no cache.
const noCrc = typeof (zlib as { crc32?: unknown }).crc32 !== 'function' && 'this Node has no zlib.crc32: no code cache';

/** What the cache-producing build leaves out of the environment, so its flags match ours. */
const { NODE_OPTIONS: _nodeOptions, ...baseEnv } = process.env;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The launcher's NODE_DEBUG=asl-cli lines, without the "ASL-CLI <pid>: " prefix. */
  loads: string[];
}

function node(args: string[], env: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
    env: { ...baseEnv, NODE_DEBUG: 'asl-cli', ...env },
  });
  const debugLine = /^ASL-CLI \d+: (.*)\n/gm;
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr.replace(debugLine, ''),
    loads: [...result.stderr.matchAll(debugLine)].map((match) => match[1]!),
  };
}

const commands: Record<string, string[]> = {
  version: ['--version'],
  help: ['--help'],
  'validate examples': ['validate', '--format', 'json', resolve(root, 'examples')],
  'validate diagnostics fixtures': ['validate', resolve(root, 'test', 'fixtures', 'diagnostics')],
  'run with mocks': [
    'run',
    example('hello-world.asl.json'),
    '--input',
    `@${example('hello-world.input.json')}`,
    '--mocks',
    example('hello-world.mocks.json'),
    '--test-case',
    'Sent',
    '--no-events',
    '--format',
    'json',
  ],
};

/** The bundle run by node itself, with no launcher: what every launch must print. */
const expected = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, node([join(dist, 'cli-main.js'), ...args])]));

function assertSameAsBundle(result: Result, name: string, label: string): void {
  const want = expected[name]!;
  assert.equal(result.signal, null, `${label}: ${name} was killed by ${result.signal}`);
  assert.equal(result.code, want.code, `${label}: ${name}: ${result.stderr}`);
  assert.equal(result.stdout, want.stdout, `${label}: ${name}`);
  assert.equal(result.stderr, want.stderr, `${label}: ${name}`);
}

/** dist/cli.js, dist/cli-main.js and (unless told otherwise) dist/cli-main.cache, copied to a new folder. */
function copyOfDist(withCache = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'asl-code-cache-'));
  for (const name of ['cli.js', 'cli-main.js', ...(withCache ? ['cli-main.cache'] : [])]) copyFileSync(join(dist, name), join(dir, name));
  return dir;
}

test('the build leaves a code cache beside the bundle, and every command runs from it with the same results', { skip: noCrc }, () => {
  assert.ok(existsSync(join(dist, 'cli-main.cache')), 'dist/cli-main.cache is missing: esbuild.mjs writes it after bundling');
  assert.ok(readFileSync(join(dist, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n'), 'dist/cli.js keeps its shebang');
  assert.ok(readFileSync(join(dist, 'cli.js')).length < 16 * 1024, 'dist/cli.js is the small launcher, not the bundle');
  for (const [name, args] of Object.entries(commands)) {
    const result = node([join(dist, 'cli.js'), ...args]);
    assert.deepEqual(result.loads, ['code cache accepted'], `${name}: ${result.stderr}`);
    assertSameAsBundle(result, name, 'cached');
  }
});

test(
  'a damaged, stale, rejected, missing or unreadable cache: the bundle loads from source, and nothing is written',
  { skip: noCrc },
  () => {
    const good = readFileSync(join(dist, 'cli-main.cache'));
    const source = readFileSync(join(dist, 'cli-main.js'));
    const crc32 = (zlib as unknown as { crc32(data: Uint8Array, value?: number): number }).crc32;
    // The launcher's format: "ASLCC001", the CRC-32 of the bundle then the data (little-endian), the data.
    const withHeader = (data: Buffer, bundle = source): Buffer => {
      const check = Buffer.alloc(4);
      check.writeUInt32LE(crc32(data, crc32(bundle)));
      return Buffer.concat([Buffer.from('ASLCC001'), check, data]);
    };
    assert.ok(good.equals(withHeader(good.subarray(12))), 'the cache starts with the header the launcher checks');

    const damaged = Buffer.from(good);
    for (let index = 0; index < 64; index++) damaged[(damaged.length >> 1) + index]! ^= 0x5a;
    const cases: { label: string; cache: Buffer | 'missing' | 'folder'; load: RegExp; execArgv?: string[] }[] = [
      // Unchecked, V8 accepts this and the process dies (SIGSEGV or a V8 fatal error).
      { label: 'damaged data', cache: damaged, load: /^plain load: the code cache fails its check/ },
      { label: 'truncated', cache: good.subarray(0, good.length >> 1), load: /^plain load: the code cache fails its check/ },
      { label: 'no header', cache: good.subarray(12), load: /^plain load: the code cache fails its check/ },
      { label: 'empty', cache: Buffer.alloc(0), load: /^plain load: the code cache fails its check/ },
      // Data V8 refuses (another Node, other V8 flags): compiled from source in the same process.
      { label: 'not V8 data', cache: withHeader(Buffer.alloc(4096, 0x2a)), load: /^code cache rejected by V8/ },
      { label: 'other V8 flags', cache: good, execArgv: ['--no-flush-bytecode'], load: /^code cache rejected by V8/ },
      { label: 'missing', cache: 'missing', load: /^plain load: no code cache \(ENOENT\)/ },
      { label: 'unreadable', cache: 'folder', load: /^plain load: no code cache \(EISDIR\)/ },
    ];
    for (const { label, cache, load, execArgv = [] } of cases) {
      const dir = copyOfDist(false);
      if (cache === 'folder') mkdirSync(join(dir, 'cli-main.cache'));
      else if (cache !== 'missing') writeFileSync(join(dir, 'cli-main.cache'), cache);
      const before = readdirSync(dir).sort();
      for (const name of ['validate examples', 'run with mocks']) {
        const result = node([...execArgv, join(dir, 'cli.js'), ...commands[name]!]);
        assert.equal(result.loads.length, 1, `${label}: ${result.loads.join('; ')}`);
        assert.match(result.loads[0]!, load, label);
        assertSameAsBundle(result, name, label);
      }
      assert.deepEqual(readdirSync(dir).sort(), before, `${label}: normal use never writes the cache`);
      if (Buffer.isBuffer(cache))
        assert.ok(readFileSync(join(dir, 'cli-main.cache')).equals(cache), `${label}: the cache is left as it was`);
    }
  },
);

test('a cache left from another build of the same length is not used: the new code runs', { skip: noCrc }, () => {
  const dir = copyOfDist();
  const bundle = readFileSync(join(dir, 'cli-main.js'), 'utf8');
  assert.ok(bundle.includes(' checked: '), 'the summary line the edit changes');
  writeFileSync(join(dir, 'cli-main.js'), bundle.replace(' checked: ', ' CHECKED: '));
  const result = node([join(dir, 'cli.js'), 'validate', resolve(root, 'examples')]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.loads, ['plain load: the code cache fails its check: damaged, or made from another build of the bundle']);
  // V8 alone would accept the cache (it compares the source's length only) and print " checked: ".
  assert.match(result.stderr, /4 files CHECKED: 0 errors/);
});

test('ASL_CLI_WRITE_CODE_CACHE=1 writes a cache that later runs accept, and stack traces point into the bundle', { skip: noCrc }, () => {
  const dir = copyOfDist(false);
  const write = node([join(dir, 'cli.js'), ...commands['validate examples']!], { ASL_CLI_WRITE_CODE_CACHE: '1' });
  assertSameAsBundle(write, 'validate examples', 'writing');
  assert.match(write.loads.join('\n'), /^code cache written: .*cli-main\.cache \(\d+ bytes\)$/m);
  assert.deepEqual(readdirSync(dir).sort(), ['cli-main.cache', 'cli-main.js', 'cli.js'], 'no temporary file is left');
  const read = node([join(dir, 'cli.js'), ...commands['validate examples']!]);
  assert.deepEqual(read.loads, ['code cache accepted']);
  assertSameAsBundle(read, 'validate examples', 'written cache');

  // A stand-in bundle whose error must be reported at its own file, line and column.
  const stand = copyOfDist(false);
  writeFileSync(
    join(stand, 'cli-main.js'),
    '"use strict";\nfunction boom() {\n  throw new Error("boom");\n}\nif (process.argv[2] === "boom") boom();\n',
  );
  assert.equal(node([join(stand, 'cli.js')], { ASL_CLI_WRITE_CODE_CACHE: '1' }).code, 0);
  const thrown = node([join(stand, 'cli.js'), 'boom']);
  assert.deepEqual(thrown.loads, ['code cache accepted']);
  assert.equal(thrown.code, 1);
  assert.ok(thrown.stderr.includes(`at boom (${join(stand, 'cli-main.js')}:3:9)`), thrown.stderr);
});

test('--handlers and source-mapped stack traces load the bundle from source, and work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-code-cache-handlers-'));
  writeFileSync(join(dir, 'greeter.mjs'), 'export async function handler(event) { return { greeting: `hi ${event.name}` }; }\n');
  writeFileSync(join(dir, 'handlers.json'), JSON.stringify({ handlers: { Greeter: './greeter.mjs' } }));
  writeFileSync(
    join(dir, 'task.asl.json'),
    JSON.stringify({
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'Greeter', 'Payload.$': '$' },
          OutputPath: '$.Payload',
          End: true,
        },
      },
    }),
  );
  const handled = node([
    join(dist, 'cli.js'),
    'run',
    join(dir, 'task.asl.json'),
    '--handlers',
    join(dir, 'handlers.json'),
    '--input',
    '{"name":"Lin"}',
    '--format',
    'json',
  ]);
  assert.deepEqual(handled.loads, ['plain load: --handlers imports modules']);
  assert.equal(handled.code, 0, handled.stderr);
  assert.deepEqual(JSON.parse(handled.stdout).output, { greeting: 'hi Lin' });

  const mapped = node(['--enable-source-maps', join(dist, 'cli.js'), '--version']);
  assert.deepEqual(mapped.loads, ['plain load: source maps are enabled']);
  assert.equal(mapped.stdout, expected.version!.stdout);
});

test("the bundle's one dynamic import is the handlers' (import() fails in a script restored from a code cache)", () => {
  const bundle = readFileSync(join(dist, 'cli-main.js'), 'utf8');
  const imports = bundle.match(/\bimport\s*\(/g) ?? [];
  assert.deepEqual(
    imports,
    ['import('],
    'a new import() in the CLI works only where the launcher loads from source: see server/src/cli/launcher.ts',
  );
  assert.ok(bundle.includes('"return import(specifier)"'), 'the import() of server/src/node/interpreterPorts.ts');
});
