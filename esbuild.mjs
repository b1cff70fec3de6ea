// Bundles the four shipped entry points into dist/ and every test file into out/test/.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
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
};

/** @type {esbuild.BuildOptions[]} */
const shipped = [
  { ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
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
const builds = [...present, ...(tests.length ? [testBuild] : [])];
if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
