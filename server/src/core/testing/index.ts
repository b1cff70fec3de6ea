// The test runner's pure core: the test file model, the matcher, mocks, expectations and coverage.
// The CLI (server/src/cli/test.ts) and the extension put files, time limits and output around it.
export * from './types';
export {
  readTestFile,
  isTestFileName,
  TEST_FILE_CODES,
  TEST_FILE_FIELDS,
  TEST_FILE_PATTERN,
  EXECUTION_STATUSES,
  type ReadTestFile,
} from './testFile';
export { firstDifference, describeDifference, showJson, type JsonDifference, type MatchMode } from './match';
export { buildTestMocks, selectMockStateMachine, type BuildTestMocksInput, type TestMocks } from './mocks';
export { evaluateExpectations, formatFailure, lastStateOutputs, pathTaken, type RunObservation } from './evaluate';
export { checkTestFileAgainstMachine, type MachineFacts } from './check';
export {
  computeCoverage,
  coveragePercent,
  emptyCoverage,
  mergeCoverage,
  recordTransitions,
  transitionKey,
  type CoverageEdge,
  type CoverageRecord,
  type MachineCoverage,
  type StateCoverage,
} from './coverage';
export { completeTestFileStateNames } from './complete';
