// Installs the peer (bench/features/node_modules, git-ignored), bundles bench.ts and runs it.
// Usage: npm run bench:features   (env BENCH_STATES, BENCH_RUNS)
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const here = resolve('bench', 'features');
if (!existsSync(join(here, 'node_modules', 'amazon-states-language-service'))) {
  execSync('npm install --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
}
const outDir = resolve('bench', '.tmp');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'features-bench.cjs');
await esbuild.build({
  entryPoints: [join(here, 'bench.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  external: ['amazon-states-language-service'],
});
// A missed target exits 1; the table already says which, so pass the status on without a stack.
process.exitCode = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1;
