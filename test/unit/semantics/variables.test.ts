import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, analyzeVariables, analyzeExpressions, type State, type StateMachine } from '../../../server/src/core/index';

function machineOf(definition: unknown): StateMachine {
  return analyzeDocument(JSON.stringify(definition, null, 2), 'json').machine;
}

function stateNamed(machine: StateMachine, name: string): State {
  const state = machine.statesByName.get(name)?.[0];
  assert.ok(state, `no state ${name}`);
  return state;
}

const branching = {
  StartAt: 'Start',
  States: {
    Start: { Type: 'Pass', Assign: { a: 1 }, Next: 'Choose' },
    Choose: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', BooleanEquals: true, Assign: { b: 2 }, Next: 'Left' }],
      Default: 'Right',
    },
    Left: { Type: 'Pass', Assign: { c: 3 }, Next: 'Join' },
    Right: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'f' },
      Catch: [{ ErrorEquals: ['States.ALL'], Assign: { failed: true }, Next: 'Join' }],
      Assign: { d: 4 },
      Next: 'Join',
    },
    Join: {
      Type: 'Parallel',
      Branches: [
        {
          StartAt: 'Inner',
          States: { Inner: { Type: 'Pass', Assign: { inner: 1 }, Next: 'Inner2' }, Inner2: { Type: 'Pass', End: true } },
        },
      ],
      Next: 'End',
    },
    End: { Type: 'Succeed' },
    Orphan: { Type: 'Pass', Parameters: { 'x.$': '$a' }, End: true },
  },
};

test('visibleAt: variables assigned on any path before the state, with the Assign that sets each', () => {
  const machine = machineOf(branching);
  const analysis = analyzeVariables(machine);
  const join = stateNamed(machine, 'Join');
  const visible = analysis.visibleAt(join);
  assert.deepEqual([...visible.keys()].sort(), ['a', 'b', 'c', 'd', 'failed']);
  const [assignment] = visible.get('b')!;
  assert.equal(assignment!.kind, 'choiceRule');
  assert.equal(assignment!.index, 0);
  assert.equal(assignment!.state.name, 'Choose');
  assert.equal(assignment!.property.key.value, 'b');
  assert.equal(visible.get('failed')![0]!.kind, 'catcher');
  // Nothing is visible at the start, and a state's own Assign is not visible in itself.
  assert.equal(analysis.visibleAt(stateNamed(machine, 'Start')).size, 0);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Start'), 'a'), false);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Choose'), 'a'), true);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Choose'), 'b'), false);
});

test('inner scopes see outer variables; the outer scope does not see inner ones', () => {
  const machine = machineOf(branching);
  const analysis = analyzeVariables(machine);
  const inner2 = stateNamed(machine, 'Inner2');
  const visible = analysis.visibleAt(inner2);
  assert.deepEqual([...visible.keys()].sort(), ['a', 'b', 'c', 'd', 'failed', 'inner']);
  assert.equal(analysis.isVisibleAt(inner2, 'inner'), true);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'End'), 'inner'), false);
  assert.equal(analysis.whyNotVisible(stateNamed(machine, 'End'), 'inner'), 'inner-scope');
  assert.equal(analysis.whyNotVisible(stateNamed(machine, 'End'), 'nowhere'), 'never-assigned');
});

test('unreachable states are marked, and reading there is not reported', () => {
  const machine = machineOf(branching);
  const analysis = analyzeVariables(machine);
  assert.equal(analysis.isReached(stateNamed(machine, 'Orphan')), false);
  assert.equal(analysis.isReached(stateNamed(machine, 'End')), true);
  const diagnostics = analyzeDocument(JSON.stringify(branching), 'json').diagnostics.filter((d) => d.code === 'variables/undefined');
  assert.deepEqual(diagnostics, []);
});

test('loops: an assignment later in a loop is visible at the top of the loop', () => {
  const machine = machineOf({
    StartAt: 'Top',
    States: {
      Top: { Type: 'Pass', Next: 'Bottom' },
      Bottom: { Type: 'Pass', Assign: { again: true }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: false, Next: 'Top' }], Default: 'Out' },
      Out: { Type: 'Succeed' },
    },
  });
  const analysis = analyzeVariables(machine);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Top'), 'again'), true);
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Bottom'), 'again'), true);
});

test('a Distributed Map hides the outer variables from its child workflows', () => {
  const machine = machineOf({
    StartAt: 'Set',
    States: {
      Set: { Type: 'Pass', Assign: { outer: 1 }, Next: 'Map' },
      Map: {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'Child',
          States: { Child: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  });
  const analysis = analyzeVariables(machine);
  const child = stateNamed(machine, 'Child');
  assert.equal(analysis.isVisibleAt(child, 'outer'), false);
  assert.equal(analysis.visibleAt(child).size, 0);
  assert.equal(analysis.whyNotVisible(child, 'outer'), 'distributed-map');
  assert.equal(analysis.isVisibleAt(stateNamed(machine, 'Map'), 'outer'), true);
});

test('references: every $var read, in JSONPath paths, intrinsic arguments and JSONata, with its exact range', () => {
  const text = JSON.stringify(
    {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { name: 'x', 'list.$': '$.items' }, Next: 'Use' },
        Use: {
          Type: 'Pass',
          Parameters: { 'a.$': '$name', 'b.$': 'States.ArrayGetItem($list, 0)' },
          Next: 'Ata',
        },
        Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $name & ($local := 1; $string($local)) %}', End: true },
      },
    },
    null,
    2,
  );
  const document = analyzeDocument(text, 'json');
  const references = analyzeExpressions(document.machine).variableReferences;
  assert.deepEqual(
    references.map((reference) => [
      reference.name,
      reference.state.name,
      text.slice(reference.offset, reference.offset + reference.length),
    ]),
    [
      ['name', 'Use', '$name'],
      ['list', 'Use', '$list'],
      ['name', 'Ata', '$name'],
    ],
  );
  assert.deepEqual(analyzeVariables(document.machine).references, references);
  assert.deepEqual(
    document.diagnostics.filter((d) => d.code.startsWith('variables/')),
    [],
  );
});

test('the analysis is computed once per machine', () => {
  const machine = machineOf(branching);
  assert.equal(analyzeVariables(machine), analyzeVariables(machine));
  assert.equal(analyzeExpressions(machine), analyzeExpressions(machine));
});

test('go to definition and find references: from a $var read to its Assign entries and back', () => {
  const text = JSON.stringify(
    {
      StartAt: 'A',
      States: {
        A: { Type: 'Choice', Choices: [{ Variable: '$.left', BooleanEquals: true, Next: 'Left' }], Default: 'Right' },
        Left: { Type: 'Pass', Assign: { side: 'left' }, Next: 'Join' },
        Right: { Type: 'Pass', Assign: { side: 'right' }, Next: 'Join' },
        Join: { Type: 'Pass', Parameters: { 'side.$': '$side' }, Next: 'Again' },
        Again: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $side %}', End: true },
      },
    },
    null,
    2,
  );
  const document = analyzeDocument(text, 'json');
  const analysis = analyzeVariables(document.machine);
  const offset = text.indexOf('"$side"') + 3;
  const reference = analysis.referenceAt(offset);
  assert.ok(reference);
  assert.equal(reference.name, 'side');
  assert.equal(reference.state.name, 'Join');
  assert.equal(analysis.referenceAt(text.indexOf('"StartAt"')), undefined);
  const definitions = analysis.definitionsOf(reference);
  assert.deepEqual(definitions.map((assignment) => assignment.state.name).sort(), ['Left', 'Right']);
  const fromLeft = analysis.referencesTo(definitions.find((assignment) => assignment.state.name === 'Left')!);
  assert.deepEqual(
    fromLeft.map((read) => read.state.name),
    ['Join', 'Again'],
  );
});

test('quick-fix data: the closest assigned variable and Context object member', () => {
  const text = JSON.stringify({
    StartAt: 'Set',
    States: {
      Set: { Type: 'Pass', Assign: { customer: 1 }, Next: 'Use' },
      Use: { Type: 'Pass', Parameters: { 'c.$': '$custmer', 'id.$': '$$.Execution.ID' }, Next: 'Ata' },
      Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.context.Execution.Nme %}', End: true },
    },
  });
  const diagnostics = analyzeDocument(text, 'json').diagnostics;
  assert.deepEqual(diagnostics.find((d) => d.code === 'variables/undefined')?.data, {
    name: 'custmer',
    reason: 'never-assigned',
    suggestion: 'customer',
  });
  assert.deepEqual(diagnostics.find((d) => d.code === 'jsonpath/context-member')?.data, { suggestion: 'Id' });
  assert.deepEqual(diagnostics.find((d) => d.code === 'jsonata/context-member')?.data, { suggestion: 'Name' });
});
