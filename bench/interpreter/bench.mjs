// Benchmark: ASL Studio's interpreter against aws-local-stepfunctions@3, in process and as whole
// processes. Run `sh bench/interpreter/install.sh` once, then `npm run bench:interpreter`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { loop } from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const tmp = join(root, 'bench', '.tmp');
const node22 = join(here, 'node_modules', 'node', 'bin', 'node');
const peerCli = join(here, 'node_modules', 'aws-local-stepfunctions', 'bin', 'CLI.cjs');
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);

if (!existsSync(node22) || !existsSync(join(here, 'node_modules', 'aws-local-stepfunctions'))) {
  console.error('The peer is not installed: run `sh bench/interpreter/install.sh` first.');
  process.exit(2);
}
mkdirSync(tmp, { recursive: true });

// Our interpreter and Node's runtime ports (clock, random, UUIDs) as one CommonJS file the Node 22 measuring process can require.
const bundle = join(tmp, 'interpreter.cjs');
const bundleOptions = { bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' };
await esbuild.build({
  ...bundleOptions,
  stdin: {
    contents:
      "export { startExecution } from './server/src/core/interpreter/index';\nexport { nodeRuntimePorts } from './server/src/node/runtimePorts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
});
// The CLI as shipped (built here on its own, so the benchmark does not depend on the rest of the tree building).
const cli = join(tmp, 'cli.cjs');
await esbuild.build({ ...bundleOptions, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: cli, minify: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (ms) => `${ms.toFixed(1).padStart(9)} ms`;
const ratio = (peer, ours) => `${(peer / ours).toFixed(1)}x`;

console.log(`In process (Node ${execFileSync(node22, ['--version']).toString().trim()}, median of ${repetitions}, history off for ours):`);
const inProcess = JSON.parse(
  execFileSync(node22, [join(here, 'measure.mjs'), bundle, String(repetitions)], { cwd: here, maxBuffer: 1 << 24 }).toString(),
);
for (const r of inProcess) {
  console.log(
    `  ${r.name.padEnd(28)} ours ${format(r.oursMs)}  peer ${format(r.peerMs)}  ratio ${ratio(r.peerMs, r.oursMs).padStart(7)}  (ours ${Math.round((r.transitions / r.oursMs) * 1000).toLocaleString('en-US')} transitions/s)`,
  );
}

// Whole processes: a 100,000-iteration loop through each CLI.
const definitionFile = join(tmp, 'loop-100000.asl.json');
writeFileSync(definitionFile, JSON.stringify(loop(100000)));
const runProcess = (command, args, stdin = '') => {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, input: stdin });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return elapsed;
};
// Interleaved, so load on the machine hits both sides alike.
const oursSamples = [];
const peerSamples = [];
for (let i = 0; i < repetitions; i++) {
  oursSamples.push(runProcess(node22, [cli, 'run', definitionFile, '--type', 'express', '--no-events', '--format', 'json']));
  peerSamples.push(runProcess(node22, [peerCli, '-f', definitionFile], '{}\n'));
}
const oursProcess = median(oursSamples);
const peerProcess = median(peerSamples);
console.log(`Whole process, 100,000-iteration loop (median of ${repetitions}):`);
console.log(
  `  asl run --type express --no-events ${format(oursProcess)}  local-sfn ${format(peerProcess)}  ratio ${ratio(peerProcess, oursProcess)}`,
);
