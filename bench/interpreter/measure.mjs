// Runs inside Node 22 (the peer needs it): times each scenario in process for both engines.
import { createRequire } from 'node:module';
import { StateMachine } from 'aws-local-stepfunctions';
import { loop, map, parallel } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const ours = require(process.argv[2]);
const repetitions = Number(process.argv[3] ?? 5);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(run) {
  const samples = [];
  await run(); // warm-up
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const peerOptions = { validationOptions: { checkPaths: false, checkArn: false } };
const scenarios = [
  { name: 'loop 10,000 iterations', definition: loop(10000), input: {}, transitions: 20002 },
  { name: 'map over 10,000 items', ...map(10000), transitions: 10001 },
  { name: 'parallel of 100 branches', definition: parallel(100), input: { x: 1 }, transitions: 101 },
];

const results = [];
for (const scenario of scenarios) {
  const oursMs = await time(async () => {
    const result = await ours.startExecution(scenario.definition, scenario.input, {
      ...ours.nodeRuntimePorts,
      type: 'EXPRESS',
      recordEvents: false,
    });
    if (result.status !== 'SUCCEEDED') throw new Error(`ours failed ${scenario.name}: ${result.error} ${result.cause}`);
  });
  const peerMs = await time(async () => {
    const machine = new StateMachine(scenario.definition, peerOptions);
    await machine.run(scenario.input).result;
  });
  results.push({ name: scenario.name, oursMs, peerMs, transitions: scenario.transitions });
}
process.stdout.write(JSON.stringify(results));
