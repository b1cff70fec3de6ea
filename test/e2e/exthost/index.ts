// Extension-host tests: run inside code-server's real extension host against the real `vscode` API
// (the workbench loads this file through the extensionTestsPath payload and calls run()). A tiny
// runner instead of mocha: tests run in order, each result is one console line the harness reads.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AslStudioApi } from '../../../client/src/extension';

const extensionId = 'asl-studio.asl-studio';

interface Case {
  name: string;
  run: () => Promise<void>;
}

const cases: Case[] = [];
function test(name: string, run: () => Promise<void>): void {
  cases.push({ name, run });
}

/** Resolves when `check` returns a value; checks again whenever VS Code reports a relevant change. */
function waitFor<T>(check: () => T | undefined, what: string, timeoutMillis = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error?: Error, value?: T): void => {
      clearTimeout(timer);
      clearInterval(backstop);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const attempt = (): void => {
      try {
        const value = check();
        if (value !== undefined) finish(undefined, value);
      } catch (error) {
        finish(error as Error);
      }
    };
    const timer = setTimeout(() => finish(new Error(`Timed out waiting for ${what}`)), timeoutMillis);
    // Events first; the slow interval only covers state that has no event (a webview's render).
    const backstop = setInterval(attempt, 250);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(attempt),
      vscode.window.tabGroups.onDidChangeTabs(attempt),
      vscode.window.onDidChangeActiveTextEditor(attempt),
    );
    attempt();
  });
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function api(): Promise<AslStudioApi> {
  const extension = vscode.extensions.getExtension<AslStudioApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is installed`);
  return extension.activate();
}

test('opening an .asl.json file activates the extension with language asl', async () => {
  const document = await vscode.workspace.openTextDocument(workspaceFile('pickup-order.asl.json'));
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'asl');
  const yaml = await vscode.workspace.openTextDocument(workspaceFile('return-request.asl.yaml'));
  assert.equal(yaml.languageId, 'asl-yaml');
  const extension = await waitFor(() => (vscode.extensions.getExtension(extensionId)?.isActive ? true : undefined), 'activation');
  assert.ok(extension);
});

test('every command of the table is registered', async () => {
  await api();
  const registered = new Set(await vscode.commands.getCommands(true));
  for (const command of [
    'asl.openGraphPreview',
    'asl.run',
    'asl.cancelRun',
    'asl.exportGraphSvg',
    'asl.showServerLog',
    'asl.restartServer',
  ]) {
    assert.ok(registered.has(command), `${command} is registered`);
  }
});

test('the language server publishes diagnostics for a missing Next', async () => {
  const uri = workspaceFile('missing-next.asl.json');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostics = await waitFor(() => {
    const found = vscode.languages.getDiagnostics(uri).filter((diagnostic) => /NoSuchState/.test(diagnostic.message));
    return found.length ? found : undefined;
  }, 'a diagnostic about NoSuchState');
  assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
});

test('asl.openGraphPreview opens a webview beside the editor and draws every state', async () => {
  const aslStudio = await api();
  const uri = workspaceFile('pickup-order.asl.json');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const rendered = new Promise<void>((resolve) => {
    const subscription = aslStudio.onDidRenderPreview(() => {
      subscription.dispose();
      resolve();
    });
  });
  const result = await vscode.commands.executeCommand('asl.openGraphPreview', uri);
  assert.equal(result, uri.toString());
  const tab = await waitFor(
    () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.label.startsWith('Graph:')),
    'the preview tab',
  );
  assert.match((tab.input as vscode.TabInputWebview).viewType, /asl\.graphPreview/);
  await rendered;
  const snapshot = aslStudio.previewSnapshot();
  assert.equal(snapshot?.graph?.stateCount, 17);
  assert.ok((snapshot?.lastRender?.totalMillis ?? Infinity) < 1000, `rendered in ${snapshot?.lastRender?.totalMillis} ms`);
});

test('the preview exports a standalone SVG with resolved theme colours', async () => {
  const aslStudio = await api();
  const svg = await aslStudio.previewSvg();
  assert.ok(svg, 'an SVG came back');
  assert.match(svg, /^<\?xml[\s\S]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const name of ['ValidateOrder', 'PrepareOrder', 'ReadyForPickup']) assert.ok(svg.includes(`>${name}<`), `${name} is in the SVG`);
  assert.ok(!/var\(--/.test(svg), 'no theme variables left: the file looks the same outside VS Code');
  if (process.env.ASL_E2E_ARTIFACTS)
    await vscode.workspace.fs.writeFile(
      vscode.Uri.file(`${process.env.ASL_E2E_ARTIFACTS}/exported-graph.svg`),
      new TextEncoder().encode(svg),
    );
});

test('asl.run runs the pickup order with its HappyPath mocks', async () => {
  const uri = workspaceFile('pickup-order.asl.json');
  const input = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('pickup-order.input.json'))));
  const outcome = (await vscode.commands.executeCommand('asl.run', uri, { input, testCase: 'HappyPath' })) as
    { status: string; output: unknown } | undefined;
  assert.ok(outcome, 'the run returned an outcome');
  assert.equal(outcome.status, 'SUCCEEDED');
  assert.deepEqual(outcome.output, { bay: 'B2', confirmation: '9b1c2f0e-msg' });
});

test('asl.run reports a caught failure: FAILED with the Fail state error', async () => {
  const aslStudio = await api();
  const uri = workspaceFile('pickup-order.asl.json');
  const outcome = await aslStudio.run(uri, {
    input: { orderId: 'X', items: [{ sku: 'A', quantity: 1 }], payment: { method: 'card', token: 't' } },
    testCase: 'CardDeclined',
  });
  assert.equal(outcome?.status, 'FAILED');
  assert.equal(outcome?.error, 'PaymentDeclined');
  assert.ok(outcome?.report.events.some((event) => event.type === 'TaskFailed' && event.stateName === 'ChargeCard'));
});

test('the JSONata and YAML examples run with their mocks', async () => {
  const aslStudio = await api();
  const jsonata = await aslStudio.run(workspaceFile('loyalty-points.asl.json'), {
    input: { customerId: 'c-77', total: 120 },
    testCase: 'GoldCustomer',
  });
  assert.equal(jsonata?.status, 'SUCCEEDED', JSON.stringify(jsonata?.report));
  assert.deepEqual(jsonata?.output, { customerId: 'c-77', earned: 360, balance: 2560 });
  const yaml = await aslStudio.run(workspaceFile('return-request.asl.yaml'), {
    input: { receiptId: 'R', sku: 'MUG', amount: 9.5 },
    testCase: 'Accepted',
  });
  assert.equal(yaml?.status, 'SUCCEEDED', JSON.stringify(yaml?.report));
});

test('a mock file with errors stops the run with a message, without throwing', async () => {
  const aslStudio = await api();
  const outcome = await aslStudio.run(workspaceFile('broken-mocks.asl.json'), { input: {}, testCase: 'Any' });
  assert.equal(outcome, undefined);
});

test('an input file that is not JSON stops the run with a message, without throwing', async () => {
  const aslStudio = await api();
  await vscode.workspace.fs.writeFile(
    workspaceFile('bad-input.asl.json'),
    new TextEncoder().encode(JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } })),
  );
  await vscode.workspace.fs.writeFile(workspaceFile('bad-input.input.json'), new TextEncoder().encode('{ "orderId": 42, }'));
  assert.equal(await aslStudio.run(workspaceFile('bad-input.asl.json'), { useInputFile: true }), undefined);
  await vscode.workspace.fs.writeFile(workspaceFile('bad-input.input.json'), new TextEncoder().encode('{ "orderId": 42 }'));
  const outcome = await aslStudio.run(workspaceFile('bad-input.asl.json'), { useInputFile: true });
  assert.equal(outcome?.status, 'SUCCEEDED');
  assert.deepEqual(outcome?.output, { orderId: 42 });
});

test('a run with real waits can be cancelled: it ends ABORTED', async () => {
  const aslStudio = await api();
  const uri = workspaceFile('long-wait.asl.json');
  await vscode.workspace.fs.writeFile(
    uri,
    new TextEncoder().encode(
      JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 600, Next: 'Done' }, Done: { Type: 'Succeed' } } }),
    ),
  );
  const settings = vscode.workspace.getConfiguration('asl');
  await settings.update('run.realTime', true, vscode.ConfigurationTarget.Workspace);
  try {
    const started = new Promise<void>((resolve) => {
      const subscription = aslStudio.onDidStartRun(() => {
        subscription.dispose();
        resolve();
      });
    });
    const running = aslStudio.run(uri, { input: {} });
    await started;
    assert.equal(await vscode.commands.executeCommand('asl.cancelRun'), true);
    const outcome = await running;
    assert.equal(outcome?.status, 'ABORTED');
  } finally {
    await settings.update('run.realTime', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('the language server comes back after its process is killed', async () => {
  const aslStudio = await api();
  const client = aslStudio.languageClient();
  assert.ok(client, 'a language client exists');
  const serverProcess = (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
  assert.ok(serverProcess?.pid, 'the server process is known');
  process.kill(serverProcess.pid, 'SIGKILL');
  await waitFor(
    () =>
      (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid !== serverProcess.pid && client.isRunning()
        ? true
        : undefined,
    'a restarted server',
    30_000,
  );
  // The restarted server validates again: a fresh edit gets fresh diagnostics.
  const uri = workspaceFile('missing-next.asl.json');
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
  await waitFor(
    () => (vscode.languages.getDiagnostics(uri).some((diagnostic) => /NoSuchState/.test(diagnostic.message)) ? true : undefined),
    'diagnostics after the restart',
    30_000,
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

// --- issue 14: replay a recorded execution, run on AWS ---
test('the replay and AWS commands are registered', async () => {
  await api();
  const registered = new Set(await vscode.commands.getCommands(true));
  for (const command of ['asl.replayExecutionFromFile', 'asl.runOnAws', 'asl.openExecution']) assert.ok(registered.has(command), command);
});

test('asl.replayExecutionFromFile matches the shipped history and finds where an edited machine diverges', async () => {
  await api();
  const history = workspaceFile('pickup-order.history.json');
  const matched = (await vscode.commands.executeCommand(
    'asl.replayExecutionFromFile',
    workspaceFile('pickup-order.asl.json'),
    history,
  )) as {
    verdict: string;
    divergence: unknown;
  };
  assert.equal(matched.verdict, 'match');
  assert.equal(matched.divergence, null);
  const machine = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('pickup-order.asl.json'))));
  machine.States.ChargeCard.ResultSelector = { 'id.$': '$.Payload.chargeId' };
  const edited = workspaceFile('pickup-order-edited.asl.json');
  await vscode.workspace.fs.writeFile(edited, new TextEncoder().encode(JSON.stringify(machine, null, 2)));
  const diverged = (await vscode.commands.executeCommand('asl.replayExecutionFromFile', edited, history)) as {
    verdict: string;
    divergence: { state: string } | null;
  };
  assert.equal(diverged.verdict, 'diverged');
  assert.equal(diverged.divergence?.state, 'ChargeCard');
  const aslStudio = await api();
  await waitFor(
    () => (aslStudio.previewSnapshot()?.documentUri === edited.toString() ? true : undefined),
    'the preview shows the replayed machine',
  );
});

export async function run(): Promise<void> {
  let failures = 0;
  for (const testCase of cases) {
    const started = Date.now();
    try {
      await testCase.run();
      console.log(`EXTHOST PASS ${testCase.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures++;
      console.log(`EXTHOST FAIL ${testCase.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`EXTHOST DONE ${cases.length - failures} passed, ${failures} failed`);
  if (failures) throw new Error(`${failures} extension-host test(s) failed`);
}
