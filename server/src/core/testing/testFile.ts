// Reads a test file's offset tree into the TestFileModel and reports every problem with its range.
// Never throws: a field of the wrong shape is left out of the model and reported.
import { parseDocument } from '../syntax/parse';
import {
  asString,
  toValue,
  type AstNode,
  type DocumentFormat,
  type ObjectNode,
  type ParsedDocument,
  type StringNode,
} from '../syntax/tree';
import type { Diagnostic } from '../validation/diagnostic';
import type { DiagnosticCode } from '../validation/codes';
import type { ExecutionStatus, MockedResponse } from '../interpreter/types';
import type { Expectations, Located, StateExpectation, TestDefinition, TestFileModel } from './types';

/** The stable codes of test file problems (one table; the language server and the CLI report them as they are). */
export const TEST_FILE_CODES = {
  syntax: 'test-file/syntax',
  wrongType: 'test-file/wrong-type',
  missingField: 'test-file/missing-field',
  unknownField: 'test-file/unknown-field',
  badValue: 'test-file/bad-value',
  inputConflict: 'test-file/input-conflict',
  unknownState: 'test-file/unknown-state',
  notTopLevelState: 'test-file/not-top-level-state',
  unknownTestCase: 'test-file/unknown-test-case',
} as const;

/** A test file's name pattern: `<name>.asl.test.json`, `.asl.test.yaml` or `.asl.test.yml`. */
export const TEST_FILE_PATTERN = /\.asl\.test\.(json|ya?ml)$/i;

export function isTestFileName(fileName: string): boolean {
  return TEST_FILE_PATTERN.test(fileName);
}

export const EXECUTION_STATUSES: readonly ExecutionStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

/** The fields of each object of a test file (schemas/asl-test.schema.json lists the same; a test keeps them equal). */
export const TEST_FILE_FIELDS = {
  file: ['stateMachine', 'mocks', 'stateMachineName', 'tests', '$schema'],
  test: ['input', 'inputFile', 'testCase', 'mocks', 'type', 'expect', 'description'],
  expect: ['status', 'output', 'outputContains', 'error', 'cause', 'path', 'states'],
  stateExpectation: ['output', 'outputContains', 'entered'],
} as const;
const FILE_FIELDS = TEST_FILE_FIELDS.file;
const TEST_FIELDS = TEST_FILE_FIELDS.test;
const EXPECT_FIELDS = TEST_FILE_FIELDS.expect;
const STATE_EXPECT_FIELDS = TEST_FILE_FIELDS.stateExpectation;
const MOCK_RESPONSE_KEY = /^\d+(-\d+)?$/;

export interface ReadTestFile {
  document: ParsedDocument;
  model: TestFileModel;
  problems: Diagnostic[];
}

export function readTestFile(text: string, format: DocumentFormat): ReadTestFile {
  const document = parseDocument(text, format);
  const problems: Diagnostic[] = document.problems.map((problem) => ({
    code: TEST_FILE_CODES.syntax,
    severity: 'error',
    message: problem.message,
    offset: problem.offset,
    length: problem.length,
  }));
  const model: TestFileModel = { tests: [] };
  const report = (code: DiagnosticCode, message: string, node: { offset: number; length: number }): void => {
    problems.push({ code, severity: 'error', message, offset: node.offset, length: node.length });
  };
  const root = document.root;
  if (!root) {
    if (problems.length === 0)
      report(TEST_FILE_CODES.missingField, 'The test file is empty: it needs "stateMachine" and "tests".', { offset: 0, length: 0 });
    return { document, model, problems };
  }
  if (root.type !== 'object') {
    report(TEST_FILE_CODES.wrongType, 'A test file is an object with "stateMachine" and "tests".', root);
    return { document, model, problems };
  }
  const reader = new FieldReader(report);
  reader.unknownFields(root, FILE_FIELDS, 'test file');
  const stateMachine = reader.string(root, 'stateMachine');
  if (stateMachine) {
    if (stateMachine.value.trim() === '')
      report(TEST_FILE_CODES.badValue, '"stateMachine" is empty: give the machine file, relative to this file.', stateMachine.node);
    else model.stateMachine = stateMachine;
  } else if (!root.properties.some((p) => p.keyValue === 'stateMachine')) {
    report(TEST_FILE_CODES.missingField, 'Missing "stateMachine": the machine file to test, relative to this file.', {
      offset: root.offset,
      length: 1,
    });
  }
  const mocks = reader.string(root, 'mocks');
  if (mocks) model.mocks = mocks;
  const stateMachineName = reader.string(root, 'stateMachineName');
  if (stateMachineName) model.stateMachineName = stateMachineName;
  const tests = reader.object(root, 'tests');
  if (!tests && !root.properties.some((p) => p.keyValue === 'tests')) {
    report(TEST_FILE_CODES.missingField, 'Missing "tests": an object of named tests.', { offset: root.offset, length: 1 });
  }
  for (const property of tests?.properties ?? []) {
    const test = readTest(property, reader, report);
    if (test) model.tests.push(test);
  }
  return { document, model, problems };
}

type Report = (code: DiagnosticCode, message: string, node: { offset: number; length: number }) => void;

function readTest(property: ObjectNode['properties'][number], reader: FieldReader, report: Report): TestDefinition | undefined {
  const node = property.value;
  const test: TestDefinition = {
    name: property.keyValue,
    property,
    mockStates: [],
    expect: { status: 'SUCCEEDED', states: [] },
  };
  if (!node) return test;
  if (node.type !== 'object') {
    report(TEST_FILE_CODES.wrongType, `Test "${property.keyValue}" must be an object (input, mocks, expect...).`, node);
    return undefined;
  }
  test.node = node;
  reader.unknownFields(node, TEST_FIELDS, 'test');
  const input = reader.any(node, 'input');
  if (input) test.input = input;
  const inputFile = reader.string(node, 'inputFile');
  if (inputFile) test.inputFile = inputFile;
  if (input && inputFile) report(TEST_FILE_CODES.inputConflict, 'Give "input" or "inputFile", not both.', inputFile.node);
  const testCase = reader.string(node, 'testCase');
  if (testCase) test.testCase = testCase;
  const type = reader.string(node, 'type');
  if (type) {
    const upper = type.value.toUpperCase();
    if (upper === 'STANDARD' || upper === 'EXPRESS') test.type = upper;
    else report(TEST_FILE_CODES.badValue, `"type" is standard or express, not "${type.value}".`, type.node);
  }
  const mocks = reader.object(node, 'mocks');
  if (mocks) {
    const value: Record<string, Record<string, MockedResponse>> = {};
    for (const stateMock of mocks.properties) {
      test.mockStates.push({ value: stateMock.keyValue, node: stateMock.key });
      const responses = readMockedResponses(stateMock.value, stateMock.keyValue, report);
      if (responses) value[stateMock.keyValue] = responses;
    }
    test.mocks = { value, node: mocks };
  }
  const expect = reader.object(node, 'expect');
  if (expect) test.expect = readExpectations(expect, reader, report);
  return test;
}

function readMockedResponses(node: AstNode | undefined, state: string, report: Report): Record<string, MockedResponse> | undefined {
  if (!node) return undefined;
  if (node.type !== 'object') {
    report(
      TEST_FILE_CODES.wrongType,
      `The mock of "${state}" maps invocation numbers ("0", "1-2") to {"Return": ...} or {"Throw": ...}.`,
      node,
    );
    return undefined;
  }
  const responses: Record<string, MockedResponse> = {};
  for (const entry of node.properties) {
    if (!MOCK_RESPONSE_KEY.test(entry.keyValue)) {
      report(TEST_FILE_CODES.badValue, `"${entry.keyValue}" is not an invocation number: use "0", "1" or a range "1-2".`, entry.key);
      continue;
    }
    const response = entry.value;
    if (response?.type !== 'object') {
      if (response) report(TEST_FILE_CODES.wrongType, 'A mocked response is {"Return": value} or {"Throw": {"Error", "Cause"}}.', response);
      continue;
    }
    const keys = response.properties.map((p) => p.keyValue);
    const kinds = keys.filter((key) => key === 'Return' || key === 'Throw');
    if (kinds.length !== 1) {
      report(TEST_FILE_CODES.badValue, 'A mocked response has exactly one of "Return" and "Throw".', response);
      continue;
    }
    for (const other of response.properties) {
      if (other.keyValue !== 'Return' && other.keyValue !== 'Throw')
        report(TEST_FILE_CODES.unknownField, `Unknown field "${other.keyValue}" in a mocked response (Return or Throw).`, other.key);
    }
    const thrown = response.properties.find((p) => p.keyValue === 'Throw')?.value;
    if (thrown && thrown.type !== 'object') {
      report(TEST_FILE_CODES.wrongType, '"Throw" is {"Error": name, "Cause": text}.', thrown);
      continue;
    }
    responses[entry.keyValue] = toValue(response) as MockedResponse;
  }
  return responses;
}

function readExpectations(node: ObjectNode, reader: FieldReader, report: Report): Expectations {
  const expect: Expectations = { status: 'SUCCEEDED', node, states: [] };
  reader.unknownFields(node, EXPECT_FIELDS, 'expect');
  const status = reader.string(node, 'status');
  if (status) {
    if ((EXECUTION_STATUSES as readonly string[]).includes(status.value)) {
      expect.status = status.value as ExecutionStatus;
      expect.statusNode = status.node;
    } else report(TEST_FILE_CODES.badValue, `"status" is one of ${EXECUTION_STATUSES.join(', ')}, not "${status.value}".`, status.node);
  }
  const output = reader.any(node, 'output');
  if (output) expect.output = output;
  const outputContains = reader.any(node, 'outputContains');
  if (outputContains) expect.outputContains = outputContains;
  const error = reader.string(node, 'error');
  if (error) expect.error = error;
  const cause = reader.string(node, 'cause');
  if (cause) expect.cause = cause;
  const pathNode = node.properties.find((p) => p.keyValue === 'path')?.value;
  if (pathNode) {
    if (pathNode.type !== 'array')
      report(TEST_FILE_CODES.wrongType, '"path" is a list of top-level state names, in the order entered.', pathNode);
    else {
      const items: StringNode[] = [];
      for (const item of pathNode.items) {
        const name = asString(item);
        if (name) items.push(name);
        else report(TEST_FILE_CODES.wrongType, 'A "path" entry is a state name (a string).', item);
      }
      if (items.length === pathNode.items.length) expect.path = { value: items.map((item) => item.value), node: pathNode, items };
    }
  }
  const states = reader.object(node, 'states');
  for (const stateProperty of states?.properties ?? []) {
    const stateNode = stateProperty.value;
    const expectation: StateExpectation = { name: stateProperty.keyValue, property: stateProperty };
    if (stateNode && stateNode.type !== 'object') {
      report(
        TEST_FILE_CODES.wrongType,
        `The expectation of state "${stateProperty.keyValue}" is an object (output, outputContains, entered).`,
        stateNode,
      );
      continue;
    }
    if (stateNode) {
      reader.unknownFields(stateNode, STATE_EXPECT_FIELDS, 'state expectation');
      const stateOutput = reader.any(stateNode, 'output');
      if (stateOutput) expectation.output = stateOutput;
      const stateContains = reader.any(stateNode, 'outputContains');
      if (stateContains) expectation.outputContains = stateContains;
      const entered = stateNode.properties.find((p) => p.keyValue === 'entered')?.value;
      if (entered) {
        if (entered.type === 'number' && Number.isInteger(entered.value) && entered.value >= 0)
          expectation.entered = { value: entered.value, node: entered };
        else report(TEST_FILE_CODES.badValue, '"entered" is how many times the state is entered: a whole number, 0 or more.', entered);
      }
    }
    expect.states.push(expectation);
  }
  return expect;
}

/** Reads typed fields of an object, reporting a value of the wrong type on its own text. */
class FieldReader {
  constructor(private readonly report: Report) {}

  any(object: ObjectNode, name: string): Located<unknown> | undefined {
    const node = this.valueOf(object, name);
    return node ? { value: toValue(node), node } : undefined;
  }

  string(object: ObjectNode, name: string): Located<string> | undefined {
    const node = this.valueOf(object, name);
    if (!node) return undefined;
    if (node.type !== 'string') {
      this.report(TEST_FILE_CODES.wrongType, `"${name}" must be a string.`, node);
      return undefined;
    }
    return { value: node.value, node };
  }

  object(object: ObjectNode, name: string): ObjectNode | undefined {
    const node = this.valueOf(object, name);
    if (!node) return undefined;
    if (node.type !== 'object') {
      this.report(TEST_FILE_CODES.wrongType, `"${name}" must be an object.`, node);
      return undefined;
    }
    return node;
  }

  unknownFields(object: ObjectNode, known: readonly string[], where: string): void {
    for (const property of object.properties) {
      if (!known.includes(property.keyValue))
        this.report(
          TEST_FILE_CODES.unknownField,
          `Unknown field "${property.keyValue}" in a ${where} (expected one of ${known.filter((k) => k !== '$schema').join(', ')}).`,
          property.key,
        );
    }
  }

  private valueOf(object: ObjectNode, name: string): AstNode | undefined {
    // The last of repeated keys, as JSON.parse takes it.
    for (let index = object.properties.length - 1; index >= 0; index--) {
      const property = object.properties[index]!;
      if (property.keyValue === name) return property.value;
    }
    return undefined;
  }
}
