// The AWS side of the extension: "ASL: Run on AWS", "ASL: Open Execution..." and "ASL: Replay
// Execution from File". Runs and histories come from the one AWS adapter
// (server/src/node/aws/stepFunctions.ts); replays from the pure core; both are shown with the
// graph preview's run overlay and pane. Settings hold only names (region, profile, role, endpoint):
// credentials stay with the AWS SDK's standard chain and are never written or logged.
import * as vscode from 'vscode';
import { analyzeDocument, buildGraph, formatForFileName, toValue } from '../../../server/src/core/index';
import { type ReplayResult, replayExecution } from '../../../server/src/core/replay/index';
import type { HistoryEvent } from '../../../server/src/core/interpreter/index';
import {
  type AwsConnection,
  createClient,
  deployStateMachine,
  executionHistory,
  machineNameForFile,
  runExecution,
} from '../../../server/src/node/aws/stepFunctions';
import { nodeHash } from '../../../server/src/node/interpreterPorts';
import type { RunReport } from '../../webview/protocol';
import { GraphPreview, isAslDocument } from '../preview/graphPreview';
import { InputHistory, chooseInput, machineBaseName, readJsonFile } from '../run/inputs';
import { describeRun } from '../run/overlay';
import { replayPicture } from './replayView';
import { nodeRuntimePorts } from '../../../server/src/node/runtimePorts';

interface AwsSettings {
  region: string;
  profile: string;
  roleArn: string;
  endpointUrl: string;
}

function awsSettings(scope?: vscode.Uri): AwsSettings {
  const config = vscode.workspace.getConfiguration('asl.aws', scope);
  return {
    region: config.get<string>('region', '').trim(),
    profile: config.get<string>('profile', '').trim(),
    roleArn: config.get<string>('roleArn', '').trim(),
    endpointUrl: config.get<string>('endpointUrl', '').trim(),
  };
}

function connectionFor(settings: AwsSettings, region: string): AwsConnection {
  return {
    ...(region ? { region } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(settings.endpointUrl ? { endpointUrl: settings.endpointUrl } : {}),
  };
}

async function activeMachine(argument: unknown): Promise<vscode.TextDocument | undefined> {
  if (argument instanceof vscode.Uri) return vscode.workspace.openTextDocument(argument);
  const editor = vscode.window.activeTextEditor;
  if (editor && isAslDocument(editor.document)) return editor.document;
  const previewUri = GraphPreview.active?.uri;
  if (previewUri) return vscode.workspace.openTextDocument(previewUri);
  void vscode.window.showInformationMessage('Open an Amazon States Language file (*.asl.json, *.asl.yaml) first.');
  return undefined;
}

/** The region from the settings, else asked (prefilled from AWS_REGION); undefined when dismissed. */
async function chooseRegion(settings: AwsSettings): Promise<string | undefined> {
  if (settings.region) return settings.region;
  return vscode.window.showInputBox({
    title: 'AWS region',
    prompt: 'The region to run in (set asl.aws.region to skip this question)',
    value: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    ignoreFocusOut: true,
  });
}

/** Profile names of the shared AWS config file (names only: its credentials are the SDK's business). */
async function profileNames(): Promise<string[]> {
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '';
  const file = process.env.AWS_CONFIG_FILE ?? `${home}/.aws/config`;
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file)));
    return [...text.matchAll(/^\s*\[(?:profile\s+)?([^\]\s]+)\s*\]/gm)]
      .map((match) => match[1]!)
      .filter((name) => !name.startsWith('sso-session'));
  } catch {
    return [];
  }
}

/** The profile from the settings, else picked when the config file has several; '' = the default chain; undefined = dismissed. */
async function chooseProfile(settings: AwsSettings): Promise<string | undefined> {
  if (settings.profile) return settings.profile;
  const names = await profileNames();
  if (names.length < 2) return '';
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Default credentials', description: 'the AWS SDK chain: environment, default profile, SSO, instance role', profile: '' },
      ...names.map((name) => ({ label: name, description: 'profile', profile: name })),
    ],
    { title: 'AWS credentials (set asl.aws.profile to skip this question)', ignoreFocusOut: true },
  );
  return picked?.profile;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reveals a state's name in the editor (where a replay diverged). */
async function revealState(document: vscode.TextDocument, stateName: string): Promise<void> {
  const analyzed = analyzeDocument(document.getText(), formatForFileName(document.fileName));
  const state = analyzed.machine.states.find((candidate) => candidate.name === stateName);
  if (!state) return;
  const position = document.positionAt(state.property.offset);
  const editor = await vscode.window.showTextDocument(document, {
    preserveFocus: false,
    preview: false,
    viewColumn: vscode.ViewColumn.One,
  });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

async function showReplay(
  extension: vscode.ExtensionContext,
  document: vscode.TextDocument,
  history: unknown,
  source: string,
  executionArn?: string,
): Promise<ReplayResult | undefined> {
  const analyzed = analyzeDocument(document.getText(), formatForFileName(document.fileName));
  if (!analyzed.machine.root) {
    void vscode.window.showErrorMessage(`${machineBaseName(document.uri)} is not a state machine.`);
    return undefined;
  }
  const reading = await replayExecution(toValue(analyzed.document.root), history, {
    ...nodeRuntimePorts,
    hash: nodeHash,
    ...(executionArn ? { executionArn } : {}),
  });
  if ('problem' in reading) {
    void vscode.window.showErrorMessage(`${source}: ${reading.problem}`);
    return undefined;
  }
  const result = reading.result;
  const picture = replayPicture(buildGraph(analyzed.machine), result, machineBaseName(document.uri), source);
  GraphPreview.createOrShow(extension.extensionUri, document, true).showRun(picture.overlay, picture.report);
  const divergence = result.divergence;
  if (!divergence)
    void vscode.window.showInformationMessage(`The local replay matches the recorded execution (${result.recorded.status}).`);
  else {
    const where = divergence.state ? ` at state "${divergence.state}"` : '';
    void vscode.window
      .showWarningMessage(`The local replay diverges from the record${where} (event ${divergence.eventId}).`, 'Show State')
      .then((choice) => {
        if (choice && divergence.state) void revealState(document, divergence.state);
      });
  }
  return result;
}

/** "ASL: Replay Execution from File": a get-execution-history JSON file against the open machine. */
async function replayFromFile(
  extension: vscode.ExtensionContext,
  argument: unknown,
  historyArgument?: unknown,
): Promise<ReplayResult | undefined> {
  const document = await activeMachine(argument);
  if (!document) return undefined;
  let historyUri = historyArgument instanceof vscode.Uri ? historyArgument : undefined;
  if (!historyUri) {
    const picked = await vscode.window.showOpenDialog({
      title: `Execution history to replay with ${machineBaseName(document.uri)}`,
      openLabel: 'Replay',
      canSelectMany: false,
      filters: { 'Execution history (get-execution-history JSON)': ['json'] },
    });
    historyUri = picked?.[0];
  }
  if (!historyUri) return undefined;
  const parsed = await readJsonFile(historyUri, 'execution history');
  if (!parsed.ok) return undefined;
  return showReplay(extension, document, parsed.value, vscode.workspace.asRelativePath(historyUri));
}

let running: AbortController | undefined;

/** "ASL: Run on AWS": validates, creates or updates the machine, runs it and shows it like a local run. */
async function runOnAws(extension: vscode.ExtensionContext, history: InputHistory, argument: unknown): Promise<unknown> {
  const document = await activeMachine(argument);
  if (!document) return undefined;
  const fileName = document.uri.path.split('/').pop() ?? '';
  const analyzed = analyzeDocument(document.getText(), formatForFileName(document.fileName));
  const errors = analyzed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (!analyzed.machine.root || errors.length) {
    const first = errors[0];
    const where = first ? ` (line ${document.positionAt(first.offset).line + 1}: ${first.message})` : '';
    void vscode.window
      .showErrorMessage(`${fileName} has errors${where}; fix them before running it on AWS.`, 'Show Problems')
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    return undefined;
  }
  if (running) {
    void vscode.window.showWarningMessage('A run on AWS is already going; cancel it from its notification first.');
    return undefined;
  }
  const settings = awsSettings(document.uri);
  const region = await chooseRegion(settings);
  if (region === undefined) return undefined;
  const profile = await chooseProfile(settings);
  if (profile === undefined) return undefined;
  settings.profile = profile;
  const input = await chooseInput(document.uri, history, 5);
  if (!input) return undefined;
  const definition = toValue(analyzed.document.root);
  const graph = buildGraph(analyzed.machine);
  const preview = GraphPreview.createOrShow(extension.extensionUri, document, true);
  const name = machineNameForFile(fileName);
  const report: RunReport = { status: 'RUNNING', title: `${fileName} · on AWS (${region})`, inputSource: input.source, events: [] };
  preview.showRun(null, report);
  const abort = new AbortController();
  running = abort;
  const client = createClient(connectionFor(settings, region));
  const started = Date.now();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Running ${name} on AWS`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => abort.abort());
        const say = (message: string): void => progress.report({ message });
        let roleArn = settings.roleArn;
        const deploy = async (): Promise<Awaited<ReturnType<typeof deployStateMachine>>> => {
          try {
            return await deployStateMachine(
              client,
              { name, definition: JSON.stringify(definition, null, 2), type: 'STANDARD', ...(roleArn ? { roleArn } : {}) },
              say,
            );
          } catch (error) {
            if ((error as { code?: string }).code !== 'MissingRoleArn') throw error;
            roleArn =
              (await vscode.window.showInputBox({
                title: `Execution role for the new state machine ${name}`,
                prompt: 'The IAM role Step Functions runs it with (set asl.aws.roleArn to skip this question)',
                placeHolder: 'arn:aws:iam::123456789012:role/my-state-machine-role',
                ignoreFocusOut: true,
              })) ?? '';
            if (!roleArn) throw new Error('No execution role: the state machine was not created.');
            return deployStateMachine(client, { name, definition: JSON.stringify(definition, null, 2), type: 'STANDARD', roleArn }, say);
          }
        };
        const deployed = await deploy();
        return runExecution(
          client,
          { stateMachineArn: deployed.stateMachineArn, type: deployed.type, input: JSON.stringify(input.value), signal: abort.signal },
          say,
        );
      },
    );
    const picture = describeRun(graph, result.events, result.status);
    const finalReport: RunReport = { ...report, status: result.status, durationMillis: Date.now() - started, events: picture.events };
    if (result.output !== undefined) finalReport.output = JSON.stringify(result.output, null, 2);
    if (result.error !== undefined) finalReport.error = result.error;
    if (result.cause !== undefined) finalReport.cause = result.cause;
    preview.showRun(picture.overlay, finalReport);
    void vscode.window.showInformationMessage(`${name} on AWS: ${result.status}`, 'Copy Execution ARN').then((choice) => {
      if (choice) void vscode.env.clipboard.writeText(result.executionArn);
    });
    return {
      status: result.status,
      output: result.output,
      error: result.error,
      cause: result.cause,
      events: result.events,
      executionArn: result.executionArn,
    };
  } catch (error) {
    preview.showRun(null, { ...report, status: 'FAILED', error: 'Run on AWS failed', cause: describeError(error) });
    void vscode.window.showErrorMessage(`Run on AWS failed: ${describeError(error)}`);
    return undefined;
  } finally {
    running = undefined;
    client.destroy();
  }
}

/** "ASL: Open Execution...": fetches an execution's history by ARN, paints its path, offers replay. */
async function openExecution(extension: vscode.ExtensionContext, argument: unknown, arnArgument?: unknown): Promise<unknown> {
  const arn =
    typeof arnArgument === 'string'
      ? arnArgument
      : await vscode.window.showInputBox({
          title: 'Open an execution',
          prompt: 'The execution ARN (arn:aws:states:<region>:<account>:execution:<machine>:<name>)',
          ignoreFocusOut: true,
          validateInput: (value) =>
            /^arn:[^:]+:states:[^:]+:\d*:execution:[^:]+:[^:]+/.test(value.trim()) ? undefined : 'Not an execution ARN',
        });
  if (!arn) return undefined;
  const executionArn = arn.trim();
  const document = await activeMachine(argument);
  if (!document) return undefined;
  const settings = awsSettings(document.uri);
  const region = executionArn.split(':')[3] ?? settings.region;
  const client = createClient(connectionFor(settings, region));
  let events: HistoryEvent[];
  try {
    events = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Reading the execution history' },
      () => executionHistory(client, executionArn),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not read the execution: ${describeError(error)}`);
    return undefined;
  } finally {
    client.destroy();
  }
  const analyzed = analyzeDocument(document.getText(), formatForFileName(document.fileName));
  const endEvent = [...events].reverse().find((event) => event.type.startsWith('Execution') && event.type !== 'ExecutionStarted');
  const status = endEvent
    ? (endEvent.type.replace('Execution', '').replace('TimedOut', 'TIMED_OUT').toUpperCase() as RunReport['status'])
    : 'RUNNING';
  const picture = describeRun(buildGraph(analyzed.machine), events, status);
  GraphPreview.createOrShow(extension.extensionUri, document, true).showRun(picture.overlay, {
    status,
    title: `${executionArn.split(':').pop()} · recorded on AWS`,
    inputSource: 'execution history',
    events: picture.events,
  });
  const choice = await vscode.window.showInformationMessage(`Execution ${executionArn.split(':').pop()}: ${status}`, 'Replay Locally');
  if (choice === 'Replay Locally') return showReplay(extension, document, { events }, executionArn, executionArn);
  return { status, events };
}

export function registerAwsCommands(extension: vscode.ExtensionContext): vscode.Disposable[] {
  const history = new InputHistory(extension.workspaceState);
  return [
    vscode.commands.registerCommand('asl.replayExecutionFromFile', (argument, historyFile) =>
      replayFromFile(extension, argument, historyFile),
    ),
    vscode.commands.registerCommand('asl.runOnAws', (argument) => runOnAws(extension, history, argument)),
    vscode.commands.registerCommand('asl.openExecution', (argument, arn) => openExecution(extension, argument, arn)),
  ];
}
