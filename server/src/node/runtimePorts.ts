// Node's clock, timers, randomness and UUIDs for the interpreter (its RuntimePorts): the one default
// set, supplied by `asl run`, the extension's run command and the tests. The core takes none of them
// from globals, so a test clock or a seeded random replaces any of them by spreading over this set.
import { randomUUID } from 'node:crypto';
import type { Clock, RuntimePorts } from '../core/interpreter';

export const nodeClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Error('aborted'));
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export const nodeRuntimePorts: RuntimePorts = {
  clock: nodeClock,
  random: () => Math.random(),
  uuid: () => randomUUID(),
};
