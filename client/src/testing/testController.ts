// The Test Explorer for state machines (VS Code testing API). Tests come from test files
// (*.asl.test.json|yaml|yml) and from the test cases of a mock config beside a machine that no test
// file uses (such a test only checks that the run succeeds). Runs go through the shared test runner
// (server/src/node/testRunner.ts), which executes every run in a worker thread with a time limit,
// never on the extension host's event loop. Coverage: each state is a statement, each Choice rule
// and Catcher a branch, in the machine file; the graph preview can paint it.
import * as vscode from 'vscode';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  LineIndex,
  buildGraph,
  computeCoverage,
  emptyCoverage,
  formatForFileName,
  isTestFileName,
  mergeCoverage,
  parseDocument,
  readTestFile,
  buildTestMocks,
  selectMockStateMachine,
  getPropertyValue,
  asObject,
  type CoverageRecord,
  type MachineCoverage,
  type StateMachine,
} from '../../../server/src/core/index';
import type { MockConfig } from '../../../server/src/core/interpreter/index';
import { runTestFile, type TestFileRun, type TestResult } from '../../../server/src/node/testRunner';
import { GraphPreview } from '../preview/graphPreview';
import { coverageOverlay } from './coverageOverlay';

const TEST_FILE_GLOB = '**/*.asl.test.{json,yaml,yml}';
const MOCK_FILE_GLOB = '**/*.mocks.json';
const MACHINE_SUFFIXES = ['.asl.json', '.asl.yaml', '.asl.yml'];

/** What an item of the explorer stands for. */
type ItemData =
  | { kind: 'testFile'; uri: vscode.Uri }
  | { kind: 'test'; file: vscode.Uri; name: string }
  | { kind: 'mockFile'; uri: vscode.Uri; machine: vscode.Uri; stateMachine: string }
  | { kind: 'mockCase'; file: vscode.Uri; machine: vscode.Uri; stateMachine: string; testCase: string };

interface MachineCoverageEntry {
  machine: StateMachine;
  record: CoverageRecord;
  /** The file the machine's text is in (a template for `FILE#NAME`), and positions there of the machine's offsets. */
  uri: vscode.Uri;
  lines: LineIndex;
  /** A machine inside a template: the graph preview (one machine of the file at a time) is not painted. */
  embedded: boolean;
}

/** Positions in a file of offsets in a machine's tree (the identity for a machine file; through the map for a template's machine). */
class FileLines extends LineIndex {
  constructor(
    text: string,
    private readonly toFile: (offset: number) => number,
  ) {
    super(text);
  }

  override positionAt(offset: number): ReturnType<LineIndex['positionAt']> {
    return super.positionAt(this.toFile(offset));
  }
}

export class AslTestController implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('asl.tests', 'ASL State Machines');
  private readonly data = new WeakMap<vscode.TestItem, ItemData>();
  private readonly details = new WeakMap<vscode.FileCoverage, { coverage: MachineCoverage; lines: LineIndex }[]>();
  /** The latest coverage of each machine (by URI), for painting the graph. */
  readonly lastCoverage = new Map<string, MachineCoverage>();
  private readonly disposables: vscode.Disposable[] = [];
  private discovering: Promise<void> | undefined;

  constructor() {
    const controller = this.controller;
    controller.resolveHandler = async (item) => {
      if (!item) await this.discoverAll();
    };
    controller.refreshHandler = () => this.discoverAll();
    controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token, false), true);
    const coverage = controller.createRunProfile(
      'Run with Coverage',
      vscode.TestRunProfileKind.Coverage,
      (request, token) => this.run(request, token, true),
      true,
    );
    coverage.loadDetailedCoverage = async (_run, fileCoverage) => this.detailedCoverage(fileCoverage);
    controller.createRunProfile('Debug', vscode.TestRunProfileKind.Debug, (request) => this.debug(request), true);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{asl.test.json,asl.test.yaml,asl.test.yml,mocks.json}');
    watcher.onDidCreate(() => void this.discoverAll());
    watcher.onDidDelete(() => void this.discoverAll());
    watcher.onDidChange(() => void this.discoverAll());
    this.disposables.push(
      watcher,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isTestFileName(event.document.fileName)) this.updateTestFile(event.document.uri, event.document.getText());
      }),
    );
  }

  /** Finds every test file and mock config in the workspace. */
  discoverAll(): Promise<void> {
    this.discovering ??= this.discover().finally(() => (this.discovering = undefined));
    return this.discovering;
  }

  private async discover(): Promise<void> {
    const exclude = '**/node_modules/**';
    const [testFiles, mockFiles] = await Promise.all([
      vscode.workspace.findFiles(TEST_FILE_GLOB, exclude),
      vscode.workspace.findFiles(MOCK_FILE_GLOB, exclude),
    ]);
    const seen = new Set<string>();
    /** Test cases test files already use, by mock config path. */
    const usedCases = new Map<string, Set<string>>();
    for (const uri of testFiles) {
      seen.add(uri.toString());
      const text = await readText(uri);
      if (text === undefined) continue;
      const model = this.updateTestFile(uri, text);
      if (model?.mocks) {
        const mockPath = join(dirname(uri.fsPath), model.mocks);
        const used = usedCases.get(mockPath) ?? new Set<string>();
        for (const testCase of model.testCases) used.add(testCase);
        usedCases.set(mockPath, used);
      }
    }
    for (const uri of mockFiles) {
      const machine = MACHINE_SUFFIXES.map((suffix) => vscode.Uri.file(uri.fsPath.replace(/\.mocks\.json$/, suffix))).find((m) =>
        existsSync(m.fsPath),
      );
      if (!machine) continue;
      const text = await readText(uri);
      if (text === undefined) continue;
      const item = this.updateMockFile(uri, machine, text, usedCases.get(uri.fsPath) ?? new Set());
      if (item) seen.add(item.id);
    }
    this.controller.items.forEach((item) => {
      if (!seen.has(item.id)) this.controller.items.delete(item.id);
    });
  }

  /** (Re)reads a test file into its item and its tests' items, with their ranges (the gutter icons). */
  private updateTestFile(uri: vscode.Uri, text: string): { mocks?: string; testCases: string[] } | undefined {
    const { model } = readTestFile(text, formatForFileName(uri.fsPath));
    const lines = new LineIndex(text);
    const range = (offset: number, length: number): vscode.Range => {
      const start = lines.positionAt(offset);
      const end = lines.positionAt(offset + length);
      return new vscode.Range(start.line, start.character, end.line, end.character);
    };
    let file = this.controller.items.get(uri.toString());
    if (!file) {
      file = this.controller.createTestItem(uri.toString(), vscode.workspace.asRelativePath(uri), uri);
      this.controller.items.add(file);
    }
    this.data.set(file, { kind: 'testFile', uri });
    const children: vscode.TestItem[] = [];
    for (const test of model.tests) {
      const child = this.controller.createTestItem(`${uri.toString()}#${test.name}`, test.name, uri);
      child.range = range(test.property.offset, test.property.length);
      this.data.set(child, { kind: 'test', file: uri, name: test.name });
      children.push(child);
    }
    file.children.replace(children);
    const result: { mocks?: string; testCases: string[] } = {
      testCases: model.tests.flatMap((t) => (t.testCase ? [t.testCase.value] : [])),
    };
    if (model.mocks) result.mocks = model.mocks.value;
    return result;
  }

  /** A mock config beside a machine: one test per test case no test file uses. */
  private updateMockFile(uri: vscode.Uri, machine: vscode.Uri, text: string, used: ReadonlySet<string>): vscode.TestItem | undefined {
    const document = parseDocument(text, 'json');
    const machines = asObject(getPropertyValue(asObject(document.root), 'StateMachines'));
    const base = basename(machine.fsPath).replace(/\.asl\.(json|ya?ml)$/i, '');
    const entry = machines?.properties.length === 1 ? machines.properties[0] : machines?.properties.find((p) => p.keyValue === base);
    const cases = asObject(getPropertyValue(asObject(entry?.value), 'TestCases'));
    const unused = (cases?.properties ?? []).filter((p) => !used.has(p.keyValue));
    const id = `mocks:${uri.toString()}`;
    if (!entry || unused.length === 0) {
      this.controller.items.delete(id);
      return undefined;
    }
    const lines = new LineIndex(text);
    let file = this.controller.items.get(id);
    if (!file) {
      file = this.controller.createTestItem(id, `${vscode.workspace.asRelativePath(uri)} (test cases)`, uri);
      this.controller.items.add(file);
    }
    this.data.set(file, { kind: 'mockFile', uri, machine, stateMachine: entry.keyValue });
    file.children.replace(
      unused.map((property) => {
        const child = this.controller.createTestItem(`${id}#${property.keyValue}`, `${property.keyValue} succeeds`, uri);
        const start = lines.positionAt(property.offset);
        child.range = new vscode.Range(start.line, start.character, start.line, start.character + property.keyLength);
        this.data.set(child, { kind: 'mockCase', file: uri, machine, stateMachine: entry.keyValue, testCase: property.keyValue });
        return child;
      }),
    );
    return file;
  }

  /** The requested tests, grouped by the file item they belong to. */
  private collect(request: vscode.TestRunRequest): Map<vscode.TestItem, vscode.TestItem[]> {
    const groups = new Map<vscode.TestItem, vscode.TestItem[]>();
    const excluded = new Set((request.exclude ?? []).map((item) => item.id));
    const add = (item: vscode.TestItem): void => {
      if (excluded.has(item.id)) return;
      const data = this.data.get(item);
      if (!data) return;
      if (data.kind === 'testFile' || data.kind === 'mockFile') {
        item.children.forEach(add);
        return;
      }
      const parent = item.parent;
      if (!parent) return;
      groups.set(parent, [...(groups.get(parent) ?? []), item]);
    };
    if (request.include) request.include.forEach(add);
    else this.controller.items.forEach(add);
    return groups;
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken, withCoverage: boolean): Promise<void> {
    await this.discovering;
    const run = this.controller.createTestRun(request);
    const groups = this.collect(request);
    for (const items of groups.values()) for (const item of items) run.enqueued(item);
    const coverage = new Map<string, MachineCoverageEntry>();
    try {
      for (const [fileItem, items] of groups) {
        if (token.isCancellationRequested) {
          for (const item of items) run.skipped(item);
          continue;
        }
        for (const item of items) run.started(item);
        const fileRun = await this.runGroup(fileItem, items);
        this.report(run, fileItem, items, fileRun);
        // Coverage is shown in the file the machine is written in: its own file, or the template (FILE#NAME).
        if (fileRun.machine && fileRun.results.length) {
          const loaded = fileRun.machine;
          const entry = coverage.get(loaded.path) ?? {
            machine: loaded.machine,
            record: emptyCoverage(),
            uri: vscode.Uri.file(loaded.file),
            lines: loaded.embedded ? new FileLines(loaded.fileText, loaded.fileOffset) : new LineIndex(loaded.machine.document.text),
            embedded: loaded.embedded,
          };
          mergeCoverage(entry.record, fileRun.coverage);
          coverage.set(loaded.path, entry);
        }
      }
      if (withCoverage) {
        // One FileCoverage per file, whatever number of its machines were tested.
        const byFile = new Map<string, { coverage: MachineCoverage; lines: LineIndex }[]>();
        for (const entry of coverage.values()) {
          const computed = computeCoverage(entry.machine, entry.record);
          const key = entry.uri.toString();
          byFile.set(key, [...(byFile.get(key) ?? []), { coverage: computed, lines: entry.lines }]);
          if (!entry.embedded) this.lastCoverage.set(key, computed);
        }
        for (const [key, machines] of byFile) {
          const states = machines.reduce(
            (sum, { coverage: c }) => [sum[0]! + c.summary.states.covered, sum[1]! + c.summary.states.total],
            [0, 0],
          );
          const branches = machines.flatMap(({ coverage: c }) => c.states.flatMap((s) => s.edges.filter((e) => e.rule)));
          const fileCoverage = new vscode.FileCoverage(
            vscode.Uri.parse(key),
            new vscode.TestCoverageCount(states[0]!, states[1]!),
            new vscode.TestCoverageCount(branches.filter((b) => b.covered).length, branches.length),
          );
          this.details.set(fileCoverage, machines);
          run.addCoverage(fileCoverage);
          if (this.lastCoverage.has(key)) this.paintGraph(vscode.Uri.parse(key));
        }
      }
    } finally {
      run.end();
    }
  }

  /** Runs a file's tests (the whole file; results of the tests not asked for are left out). */
  private async runGroup(fileItem: vscode.TestItem, items: vscode.TestItem[]): Promise<TestFileRun> {
    const data = this.data.get(fileItem)!;
    if (data.kind === 'testFile') return runTestFile(data.uri.fsPath);
    // Test cases of a mock config: a temporary test file whose tests only expect success.
    const dir = mkdtempSync(join(tmpdir(), 'asl-test-cases-'));
    try {
      const machine = (data as { machine: vscode.Uri }).machine.fsPath;
      const inputFile = machine.replace(/\.asl\.(json|ya?ml)$/i, '.input.json');
      const tests: Record<string, unknown> = {};
      for (const item of items) {
        const itemData = this.data.get(item) as Extract<ItemData, { kind: 'mockCase' }>;
        tests[item.label] = { testCase: itemData.testCase, ...(existsSync(inputFile) ? { inputFile } : {}) };
      }
      const file = join(dir, 'cases.asl.test.json');
      writeFileSync(
        file,
        JSON.stringify({
          stateMachine: machine,
          mocks: (data as { uri: vscode.Uri }).uri.fsPath,
          stateMachineName: (data as { stateMachine: string }).stateMachine,
          tests,
        }),
      );
      return await runTestFile(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private report(run: vscode.TestRun, fileItem: vscode.TestItem, items: vscode.TestItem[], fileRun: TestFileRun): void {
    if (fileRun.errors.length) {
      const messages = fileRun.errors.map((error) => {
        const message = new vscode.TestMessage(error.message);
        if (error.line !== undefined && fileItem.uri)
          message.location = new vscode.Location(fileItem.uri, new vscode.Position(error.line - 1, (error.column ?? 1) - 1));
        return message;
      });
      for (const item of items) run.errored(item, messages);
      return;
    }
    const byName = new Map(fileRun.results.map((result) => [result.name, result]));
    for (const item of items) {
      const result = byName.get(item.label);
      if (!result) {
        run.skipped(item);
        continue;
      }
      if (result.status === 'passed') run.passed(item, result.durationMs);
      else run.failed(item, this.messagesOf(result, item), result.durationMs);
    }
  }

  private messagesOf(result: TestResult, item: vscode.TestItem): vscode.TestMessage[] {
    return result.failures.map((failure) => {
      const text = `${failure.message}\npath taken: ${result.path.join(' → ') || '(no state entered)'}`;
      const message =
        failure.expected !== undefined || failure.actual !== undefined
          ? vscode.TestMessage.diff(
              text,
              JSON.stringify(failure.expected, null, 2) ?? '(missing)',
              JSON.stringify(failure.actual, null, 2) ?? '(missing)',
            )
          : new vscode.TestMessage(text);
      // A mock config's test case has no expectation text: the failure points at the test case.
      if (item.uri && failure.line !== undefined && this.data.get(item)?.kind === 'test')
        message.location = new vscode.Location(item.uri, new vscode.Position(failure.line - 1, (failure.column ?? 1) - 1));
      else if (item.uri && item.range) message.location = new vscode.Location(item.uri, item.range);
      return message;
    });
  }

  private detailedCoverage(fileCoverage: vscode.FileCoverage): vscode.FileCoverageDetail[] {
    return (this.details.get(fileCoverage) ?? []).flatMap(({ coverage, lines }) => this.machineCoverageDetail(coverage, lines));
  }

  private machineCoverageDetail(coverage: MachineCoverage, lines: LineIndex): vscode.FileCoverageDetail[] {
    const range = (offset: number, length: number): vscode.Range => {
      const start = lines.positionAt(offset);
      const end = lines.positionAt(offset + length);
      return new vscode.Range(start.line, start.character, end.line, end.character);
    };
    return coverage.states.map((state) => {
      const branches = state.edges
        .filter((edge) => edge.rule)
        .map(
          (edge) =>
            new vscode.BranchCoverage(
              edge.covered,
              range(edge.rule!.node.offset, edge.rule!.node.length),
              `${edge.kind === 'Choice' ? 'Choices' : 'Catch'}[${edge.index}] → ${edge.to}`,
            ),
        );
      const key = state.state.property;
      return new vscode.StatementCoverage(state.covered, range(key.offset, key.keyLength), branches);
    });
  }

  /** Paints the latest coverage of a machine on the graph preview, when the preview shows that machine. */
  paintGraph(machineUri: vscode.Uri): boolean {
    const coverage = this.lastCoverage.get(machineUri.toString());
    const preview = GraphPreview.active;
    if (!coverage || !preview || preview.uri.toString() !== machineUri.toString()) return false;
    const graph = buildGraph(coverage.machine);
    const { states, transitions } = coverage.summary;
    preview.showRun(coverageOverlay(graph, coverage), {
      status: 'SUCCEEDED',
      title: `Test coverage: ${states.covered}/${states.total} states, ${transitions.covered}/${transitions.total} transitions${states.uncovered.length ? ` · not covered: ${states.uncovered.join(', ')}` : ''}`,
      inputSource: 'tests',
      events: [],
    });
    return true;
  }

  private async debug(request: vscode.TestRunRequest): Promise<void> {
    await this.discovering;
    for (const items of this.collect(request).values()) {
      for (const item of items) {
        const configuration = await this.debugConfiguration(item);
        if (!configuration) continue;
        await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(item.uri!), configuration);
      }
    }
  }

  /** The `asl` debug session's launch arguments for one test. */
  private async debugConfiguration(item: vscode.TestItem): Promise<vscode.DebugConfiguration | undefined> {
    const data = this.data.get(item);
    if (data?.kind === 'mockCase') {
      const input = data.machine.fsPath.replace(/\.asl\.(json|ya?ml)$/i, '.input.json');
      return {
        type: 'asl',
        request: 'launch',
        name: `Debug ${item.label}`,
        program: data.machine.fsPath,
        input: existsSync(input) ? await readJson(vscode.Uri.file(input)) : {},
        mocks: data.file.fsPath,
        stateMachineName: data.stateMachine,
        testCase: data.testCase,
        executionType: 'STANDARD',
      };
    }
    if (data?.kind !== 'test') return undefined;
    const text = await readText(data.file);
    if (text === undefined) return undefined;
    const { model } = readTestFile(text, formatForFileName(data.file.fsPath));
    const test = model.tests.find((t) => t.name === data.name);
    if (!test || !model.stateMachine) return undefined;
    const dir = dirname(data.file.fsPath);
    const configuration: vscode.DebugConfiguration = {
      type: 'asl',
      request: 'launch',
      name: `Debug ${test.name}`,
      program: join(dir, model.stateMachine.value),
      input: test.inputFile ? await readJson(vscode.Uri.file(join(dir, test.inputFile.value))) : (test.input?.value ?? {}),
      executionType: test.type ?? 'STANDARD',
    };
    if (!test.mocks) {
      if (model.mocks) configuration.mocks = join(dir, model.mocks.value);
      if (model.stateMachineName) configuration.stateMachineName = model.stateMachineName.value;
      if (test.testCase) configuration.testCase = test.testCase.value;
      return configuration;
    }
    // The test's own per-state responses win over its test case: the session gets the merged mock
    // config, as the test runner builds it, in a temporary file.
    const config = model.mocks ? ((await readJson(vscode.Uri.file(join(dir, model.mocks.value)))) as MockConfig) : undefined;
    const selected = config ? selectMockStateMachine(config, model.stateMachineName?.value, model.stateMachine.value) : undefined;
    const built = buildTestMocks({
      ...(config ? { config } : {}),
      ...(selected && 'name' in selected ? { stateMachine: selected.name } : {}),
      ...(test.testCase ? { testCase: test.testCase.value } : {}),
      stateMocks: test.mocks.value,
    });
    if (!built.mocks) {
      void vscode.window.showErrorMessage(`Cannot debug "${test.name}": ${built.problem ?? 'its mocks could not be merged'}.`);
      return undefined;
    }
    const merged = join(mkdtempSync(join(tmpdir(), 'asl-debug-')), 'test.mocks.json');
    writeFileSync(merged, JSON.stringify(built.mocks.config, null, 2));
    configuration.mocks = merged;
    configuration.stateMachineName = built.mocks.stateMachine;
    configuration.testCase = built.mocks.testCase;
    return configuration;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.controller.dispose();
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  const text = await readText(uri);
  if (text === undefined) return {};
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
