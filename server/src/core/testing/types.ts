// The model of a test file (`*.asl.test.json`, `*.asl.test.yaml`, `*.asl.test.yml`). Every field
// keeps the tree node it came from, so a failing expectation and a problem point at their text.
import type { AstNode, ObjectNode, PropertyNode, StringNode } from '../syntax/tree';
import type { ExecutionStatus, ExecutionType, MockedResponse } from '../interpreter/types';

/** A half-open range of offsets in the test file. */
export interface SourceSpan {
  offset: number;
  length: number;
}

export interface Located<T> {
  value: T;
  node: AstNode;
}

export interface TestFileModel {
  /** The machine, relative to the test file; `FILE#NAME` names a machine embedded in a template. */
  stateMachine?: Located<string>;
  /** A Step Functions Local mock config, relative to the test file. */
  mocks?: Located<string>;
  stateMachineName?: Located<string>;
  tests: TestDefinition[];
}

export interface TestDefinition {
  name: string;
  /** The property `"name": {...}` in `tests`. */
  property: PropertyNode;
  node?: ObjectNode;
  input?: Located<unknown>;
  inputFile?: Located<string>;
  testCase?: Located<string>;
  /** State name -> responses in the mock config's MockedResponses format; wins over testCase for that state. */
  mocks?: Located<Record<string, Record<string, MockedResponse>>>;
  /** Keys of `mocks` with their nodes (for checking state names). */
  mockStates: Located<string>[];
  /** As written; absent: the type the machine's template gives it, else STANDARD. */
  type?: ExecutionType;
  expect: Expectations;
}

export interface Expectations {
  /** Defaults to SUCCEEDED; `node` is absent then. */
  status: ExecutionStatus;
  statusNode?: AstNode;
  /** The `expect` object, for failures of defaulted expectations. */
  node?: ObjectNode;
  output?: Located<unknown>;
  outputContains?: Located<unknown>;
  error?: Located<string>;
  cause?: Located<string>;
  /** Top-level states entered, in order; `items` are each name's node. */
  path?: Located<string[]> & { items: StringNode[] };
  states: StateExpectation[];
}

export interface StateExpectation {
  name: string;
  property: PropertyNode;
  output?: Located<unknown>;
  outputContains?: Located<unknown>;
  entered?: Located<number>;
}

/** Which expectation failed (the field of `expect`, or a state's field). */
export type ExpectationKind =
  'status' | 'output' | 'outputContains' | 'error' | 'cause' | 'path' | 'state.output' | 'state.outputContains' | 'state.entered' | 'run';

/** One failed expectation, with the text it concerns and, where they are values, expected and actual. */
export interface TestFailure {
  kind: ExpectationKind;
  message: string;
  at?: SourceSpan;
  /** The state for `state.*` failures. */
  state?: string;
  expected?: unknown;
  actual?: unknown;
  /** The first differing JSON path for output comparisons (`$.items[0].price`). */
  jsonPath?: string;
}
