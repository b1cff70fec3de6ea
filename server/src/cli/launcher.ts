// The `asl` executable, dist/cli.js: a small launcher that runs the real command line, dist/cli-main.js
// (the bundle of main.ts), from V8's code cache. Compiling the 1.2 MB bundle, then each function as it
// first runs, is some 20 ms of every `asl` process, and Node 20 has no module.enableCompileCache (22+).
// The cache, dist/cli-main.cache, is written at build time by esbuild.mjs after real commands ran, so it
// holds the lazily compiled functions too; it is never written in normal use (dist/ may be read-only).
//
// The cache is only a shortcut. The bundle loads from source, as it did before the launcher existed,
// whenever the cache is missing or unreadable, fails its CRC-32, or is rejected by V8 (another Node
// version, other V8 flags). The CRC covers the bundle and the cache data: V8 checks only the source's
// length and, in release builds, does not checksum the data, so a damaged cache or one left from another
// build of the same length would crash the process (SIGSEGV) or run stale code.
// Node 20 before 20.15 has no zlib.crc32: there the bundle always loads from source.
//
// Environment:
//   ASL_CLI_WRITE_CODE_CACHE=1  build time only (esbuild.mjs): run the command as usual, then write the
//                               cache from everything this process compiled (starting from the current
//                               cache when it is valid, so several commands in a row add up).
//   NODE_DEBUG=asl-cli          say on stderr how the bundle was loaded (test/cli/code-cache.test.ts).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'cli-main.js');
const cacheFile = join(__dirname, 'cli-main.cache');
/** The cache file: MAGIC, then the CRC-32 (little-endian) of the bundle's bytes followed by V8's data, then that data. */
const MAGIC = Buffer.from('ASLCC001');
const HEADER = MAGIC.length + 4;
const debug = debuglog('asl-cli');
const writing = process.env.ASL_CLI_WRITE_CODE_CACHE === '1';

function plainLoad(reason: string): void {
  debug('plain load: %s', reason);
  require(bundle);
}

// Loaded only when there is a cache to check: node:zlib costs about a millisecond.
type Crc32 = (data: Uint8Array, value?: number) => number;
const crc32 = (): Crc32 | undefined => (require('node:zlib') as { crc32?: Crc32 }).crc32;

function cachedDataFor(source: Buffer, file: Buffer, crc: Crc32): Buffer | undefined {
  if (file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = file.subarray(HEADER);
  return crc(data, crc(source)) === file.readUInt32LE(MAGIC.length) ? data : undefined;
}

function writeCache(script: Script, source: Buffer, crc: Crc32): void {
  const data = script.createCachedData();
  const check = Buffer.alloc(4);
  check.writeUInt32LE(crc(data, crc(source)));
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([MAGIC, check, data]));
  renameSync(temporary, cacheFile);
  debug('code cache written: %s (%d bytes)', cacheFile, HEADER + data.length);
}

/**
 * How much a function runs before V8 hands it to its optimizing compiler (TurboFan). V8's default
 * (67,584) suits long-lived pages; an `asl` process lives for a fraction of a second, and there
 * the optimizing compiler's own work was a third of the CPU time: measured on `asl validate` of a
 * repository of 703 files, 596 ms of CPU at the default, 395-434 ms at 4 to 16 times it, the same
 * at 32 times; a 5,000-state file 554 against 401 ms. Eight times the default keeps the optimized
 * code for whatever runs long (a big file, a long local run) and drops the rest. V8 reads the flag
 * each time it sets a function's budget, so setting it here, before the bundle loads, covers all of
 * it. The code cache is written with the same flag (V8 checks the flags a cache was made with).
 * A budget the user chose (node --interrupt-budget=..., NODE_OPTIONS) is left alone.
 */
const CLI_INTERRUPT_BUDGET = 8 * 67_584;

function tuneCompiler(): void {
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((option) => option.includes('interrupt-budget'));
  if (!chosen) setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
}

function launch(): void {
  tuneCompiler();
  if (!writing) {
    // A script restored from a code cache loses its dynamic-import host options in Node 20, so import()
    // in it fails ("A dynamic import callback was not specified"). The bundle's one import() loads the
    // user's modules for `asl run --handlers` (server/src/node/interpreterPorts.ts).
    if (process.argv.includes('--handlers')) return plainLoad('--handlers imports modules');
    // Node 20 maps stack traces only of modules its loader compiled.
    if (process.sourceMapsEnabled ?? process.execArgv.includes('--enable-source-maps')) return plainLoad('source maps are enabled');
  }
  let file: Buffer | undefined;
  try {
    file = readFileSync(cacheFile);
  } catch (error) {
    if (!writing) return plainLoad(`no code cache (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const crc = crc32();
  if (!crc) return plainLoad('this Node has no zlib.crc32 to check a code cache with');
  const source = readFileSync(bundle);
  const cachedData = file && cachedDataFor(source, file, crc);
  if (file && !cachedData && !writing)
    return plainLoad('the code cache fails its check: damaged, or made from another build of the bundle');
  // The wrapper opens on a line of its own, and lineOffset -1 keeps stack traces on the bundle's lines.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {\n${source.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: bundle, lineOffset: -1, cachedData });
  if (cachedData) debug(script.cachedDataRejected ? 'code cache rejected by V8: compiled from source' : 'code cache accepted');
  if (writing) process.on('exit', () => writeCache(script, source, crc));
  const mainModule = new Module(bundle);
  mainModule.filename = bundle;
  script.runInThisContext().call(mainModule.exports, mainModule.exports, createRequire(bundle), mainModule, bundle, __dirname);
}

launch();
