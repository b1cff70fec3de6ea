// Replay of recorded executions (pure): read a history, replay it locally with its task results
// as mocks, compare the runs, and turn a recording into a regression test.
export { readHistory, type RecordedEvent, type HistoryReading } from './history';
export { recordingOf, type Recording, type StateVisit, type TaskOutcome, type RecordedEnd } from './recording';
export { findDivergence, sameJson, runEnd, type Divergence, type RunEnd } from './compare';
export { replayExecution, type ReplayOptions, type ReplayResult, type ReplayReading } from './replay';
export { testFileOf, testCaseOf, type AslTestFile, type AslTestCase } from './testFile';
