// The benchmark state machines, shared by the in-process and whole-process measurements.
export function loop(iterations) {
  return {
    Comment: `A loop of ${iterations} iterations: Pass with States.MathAdd, then Choice`,
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Increment' },
      Increment: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: iterations, Next: 'Increment' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  };
}

export function map(items) {
  return {
    definition: {
      Comment: `A Map over ${items} items`,
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'Double',
            States: { Double: { Type: 'Pass', Parameters: { 'v.$': 'States.MathAdd($.v, $.v)' }, End: true } },
          },
          End: true,
        },
      },
    },
    input: { items: Array.from({ length: items }, (_, v) => ({ v })) },
  };
}

export function parallel(branches) {
  return {
    Comment: `A Parallel of ${branches} branches`,
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Parallel',
        Branches: Array.from({ length: branches }, (_, b) => ({
          StartAt: `B${b}`,
          States: { [`B${b}`]: { Type: 'Pass', Parameters: { branch: b, 'in.$': '$' }, End: true } },
        })),
        End: true,
      },
    },
  };
}
