// Writes asl-studio-<version>.vsix at the repository root (or the path given as the first argument)
// from an already built dist/ (npm run package builds it with --production first). vsce works offline; --no-dependencies because dist/ is bundled.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { packageVersion, repoRoot } from './tools.mjs';
import { writeMarketplaceReadme } from './marketplace-readme.mjs';

export function packageExtension(outFile = join(repoRoot, `asl-studio-${packageVersion()}.vsix`)) {
  for (const bundle of [
    'dist/extension.js',
    'dist/server.js',
    'dist/webview.js',
    'dist/webview.css',
    'dist/cli.js',
    'dist/cli-main.js',
    'dist/run-worker.js',
    'dist/debugAdapter.js',
    'dist/previewWorker.js',
  ]) {
    if (!existsSync(join(repoRoot, bundle))) throw new Error(`${bundle} is missing: run "node esbuild.mjs --production" first`);
  }
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  // The user's README (marketplace/README.md, commands and settings from package.json), not the developer one.
  // Its images are packaged beside it (images/), so its relative links stay as they are.
  const readme = writeMarketplaceReadme();
  const args = [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--readme-path',
    // vsce matches it against the packaged files' paths, relative to the repository.
    relative(repoRoot, readme),
    '--no-rewrite-relative-links',
    '-o',
    outFile,
  ];
  const result = spawnSync(process.execPath, [vsce, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vsce package failed with exit code ${result.status}`);
  return outFile;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const file = packageExtension(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`${file} (${Math.round(statSync(file).size / 1024)} KiB)\n`);
}
