// Bundles the shipped entry points into dist/ and every test file into out/test/, then writes the
// command line's code cache (see writeCliCodeCache below).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as zlib from 'node:zlib';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * web-tree-sitter (the Terraform parser) has one `import("fs/promises")`, on a path we never take
 * (we hand it bytes); the CLI runs from a V8 code cache, where any import() fails, and a test keeps
 * the bundle's only import() the handlers'. So that one becomes a require.
 */
const webTreeSitterWithoutImport = {
  name: 'web-tree-sitter-without-import',
  setup(build) {
    build.onLoad({ filter: /web-tree-sitter[\\/]tree-sitter\.cjs$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace('await import("fs/promises")', 'require("fs/promises")'), loader: 'js' };
    });
  },
};

const common = {
  plugins: [webTreeSitterWithoutImport],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // `asl --version` and anything else that names the release read it from package.json at build time.
  define: { ASL_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

/** @type {esbuild.BuildOptions[]} */
const shipped = [
  { ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' },
  // The `asl` command (package.json "bin"): dist/cli.js is a small launcher that runs dist/cli-main.js,
  // the command line itself, from V8's code cache (server/src/cli/launcher.ts).
  { ...common, entryPoints: { cli: 'server/src/cli/launcher.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // import() fails in a script restored from the code cache: the AWS SDK's on-demand imports of
  // Node modules (asl run --on aws) become require() calls.
  { ...common, entryPoints: { 'cli-main': 'server/src/cli/main.ts' }, outdir: 'dist', supported: { 'dynamic-import': false } },
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The worker thread every local run executes in (server/src/node/isolatedRun.ts looks for it beside itself).
  { ...common, entryPoints: { 'run-worker': 'server/src/node/runWorker.ts' }, outdir: 'dist' },
  // The debug adapter (`type: "asl"`): its own process, Debug Adapter Protocol over stdio.
  { ...common, entryPoints: { debugAdapter: 'server/src/debug/main.ts' }, outdir: 'dist' },
  // The graph preview parses and lays out the graph's data in this worker thread, off the extension host.
  { ...common, entryPoints: { previewWorker: 'client/src/preview/analysisWorker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { webview: 'client/webview/main.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022' },
];

function findTests(dir, found = []) {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, found);
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

// Tests are bundled too, so node's own runner executes them without a TypeScript loader.
// Extension-host tests (test/e2e/exthost) import 'vscode', which only the real host provides.
const tests = findTests('test');
const testBuild = {
  ...common,
  sourcemap: 'inline',
  entryPoints: tests,
  outdir: 'out/test',
  outbase: 'test',
  external: ['vscode', 'playwright-core', 'elkjs'],
};

// An entry point that does not exist yet is skipped, so parts of the tree can grow independently.
const present = shipped.filter((options) => Object.values(options.entryPoints).every((file) => existsSync(file)));
// The bundled tests start runs too: their worker goes to out/test, where isolatedRun.ts finds it.
const testWorkerBuild = {
  ...common,
  sourcemap: 'inline',
  entryPoints: { 'run-worker': 'server/src/node/runWorker.ts' },
  outdir: 'out/test',
};
const builds = [...present, ...(tests.length ? [testBuild, testWorkerBuild] : [])];

const cliCodeCache = resolve('dist', 'cli-main.cache');

/**
 * Writes dist/cli-main.cache: the launcher, told to by ASL_CLI_WRITE_CODE_CACHE=1, runs each command
 * below as usual and then saves V8's code for the bundle, the functions those commands compiled
 * included. The commands are what `asl` is used for: validating the examples (JSON and YAML) and
 * running one with mocks. The cache belongs to this Node and V8 flags (NODE_OPTIONS is left out); any
 * other Node rejects it and the launcher compiles from source.
 */
function writeCliCodeCache() {
  rmSync(cliCodeCache, { force: true, recursive: true });
  if (typeof zlib.crc32 !== 'function') {
    console.warn(
      `No code cache for the CLI: Node ${process.version} has no zlib.crc32 (20.15 and later have), which the launcher checks the cache with.`,
    );
    return;
  }
  const example = (name) => resolve('examples', name);
  const commands = [
    ['validate', resolve('examples')],
    [
      'run',
      example('hello-world.asl.json'),
      '--input',
      `@${example('hello-world.input.json')}`,
      '--mocks',
      example('hello-world.mocks.json'),
      '--test-case',
      'Sent',
      '--no-events',
    ],
  ];
  const { NODE_OPTIONS, ...env } = process.env;
  for (const command of commands) {
    const result = spawnSync(process.execPath, [resolve('dist', 'cli.js'), ...command], {
      env: { ...env, ASL_CLI_WRITE_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    // Exit code 1 (errors found, a failed execution) still ran all the code; 2 means the command line here is wrong.
    if (result.status !== 0 && result.status !== 1)
      throw new Error(
        `writing the CLI's code cache: asl ${command.join(' ')} exited with ${result.status ?? result.signal}\n${result.stdout}${result.stderr}`,
      );
  }
  if (!existsSync(cliCodeCache)) throw new Error(`writing the CLI's code cache: ${cliCodeCache} was not written`);
}

// The Terraform parser's WebAssembly (server/src/node/hclParser.ts) ships beside the bundles.
mkdirSync('dist', { recursive: true });
for (const wasm of [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
])
  copyFileSync(wasm, join('dist', wasm.split('/').pop()));
// The graph preview runs elkjs in a Web Worker from elkjs's own worker script (client/webview/elkRunner.ts).
copyFileSync('node_modules/elkjs/lib/elk-worker.min.js', 'dist/elk-worker.js');

/**
 * In watch mode, says when a round of rebuilds starts and when all of them are done, and prints each
 * error as `file:line:column: error: message`: the lines the `npm: watch` task in .vscode/tasks.json
 * waits for and puts in the Problems view.
 */
function watchReporter() {
  let running = 0;
  return {
    name: 'watch-reporter',
    setup(build) {
      build.onStart(() => {
        if (running++ === 0) console.log('[watch] build started');
      });
      build.onEnd((result) => {
        for (const message of result.errors) {
          const where = message.location
            ? `${message.location.file}:${message.location.line}:${message.location.column + 1}`
            : 'esbuild.mjs:1:1';
          console.log(`${where}: error: ${message.text}`);
        }
        if (--running === 0) console.log('[watch] build finished');
      });
    },
  };
}

const cliBuilt = present.some((options) => 'cli-main' in options.entryPoints);
if (watch) {
  // A cache from an earlier build would not match the rebuilt bundle (the launcher checks and loads from source).
  rmSync(cliCodeCache, { force: true, recursive: true });
  const reporter = watchReporter();
  for (const options of builds) (await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), reporter] })).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (cliBuilt) writeCliCodeCache();
}
