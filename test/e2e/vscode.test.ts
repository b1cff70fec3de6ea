// End-to-end: the packaged extension in a real VS Code (code-server) driven through Debian's Chromium
// with playwright-core, as a user works: squiggles, Problems, completion, F12, the graph preview, a
// run with mocks; then the extension-host tests against the real `vscode` API. Screenshots of every
// step go to test-artifacts/e2e/. Installs what is missing first (scripts/tools.mjs, cached in .tools/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startCodeServer, type RunningCodeServer } from './harness/codeServer';
import { artifactsDir, repoRoot, Workbench } from './harness/workbench';
import { bigMachine, brokenMocks, completionDraft, missingNext } from './harness/fixtures';

interface Tools {
  nodePrefix: string;
  codeServer: string;
  chromium: string;
}

const started = Date.now();
const log = (...parts: unknown[]): void => {
  const line = `[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${format(...parts)}`;
  process.stderr.write(line + '\n');
  // Another run in the same checkout may have cleared the folder meanwhile.
  mkdirSync(artifactsDir, { recursive: true });
  appendFileSync(join(artifactsDir, 'e2e.log'), line + '\n');
};

function runNode(args: string[], what: string): string {
  return runProgram(process.execPath, args, what);
}

function runProgram(program: string, args: string[], what: string): string {
  const result = spawnSync(program, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}`);
  return result.stdout;
}

/** The names of all states of a definition, nested ones included. */
function stateNames(definition: unknown, names: string[] = []): string[] {
  if (Array.isArray(definition)) for (const item of definition) stateNames(item, names);
  else if (definition && typeof definition === 'object') {
    for (const [key, value] of Object.entries(definition)) {
      if (key === 'States' && value && typeof value === 'object') names.push(...Object.keys(value));
      stateNames(value, names);
    }
  }
  return names;
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} is in the text`);
  return text.slice(0, index).split('\n').length;
}

/**
 * issue 10: a JSONata recursion in tail position spins without yielding until its 10 s evaluation
 * limit; before runs went to a worker it held the extension host's event loop and Cancel could not act.
 */
const spinningMachine = {
  QueryLanguage: 'JSONata',
  StartAt: 'Spin',
  States: { Spin: { Type: 'Pass', Output: '{% ($f := function($n){ $f($n + 1) }; $f(0)) %}', End: true } },
};

/** Issue 11's SAM template: one machine with a typo inside its inline definition, and a second one. */
const samTemplate = [
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  OrderFlow:',
  '    Type: AWS::Serverless::StateMachine',
  '    Properties:',
  '      DefinitionSubstitutions:',
  '        CheckArn: !GetAtt CheckFunction.Arn',
  '      Definition:',
  '        StartAt: Check',
  '        States:',
  '          Check:',
  '            Type: Task',
  '            Resource: ${CheckArn}',
  '            Next: Finsh',
  '          Finish:',
  '            Type: Succeed',
  '  Audit:',
  '    Type: AWS::StepFunctions::StateMachine',
  '    Properties:',
  '      Definition:',
  '        StartAt: Record',
  '        States:',
  '          Record:',
  '            Type: Pass',
  '            End: true',
  '',
].join('\n');

/** Drafts the typing steps of issue 16 edit (a state left open where the user types). */
const typingDraft =
  '{\n  "StartAt": "Draft",\n  "States": {\n    "Draft": {\n      "Type": "Pass",\n      "End": true,\n      \n    }\n  }\n}\n';
const resourceDraft =
  '{\n  "StartAt": "Call",\n  "States": {\n    "Call": {\n      "Type": "Task",\n      \n      "Next": "Done"\n    },\n    "Done": { "Type": "Succeed" }\n  }\n}\n';

describe('ASL Studio in a real VS Code (code-server + Chromium)', { timeout: 15 * 60_000 }, () => {
  let tools: Tools;
  let server: RunningCodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let workbench: Workbench;
  let workspace: string;
  let profile: string;
  /** Console messages about blocked content: the preview must live within its strict CSP. */
  const cspViolations: string[] = [];
  const pickupText = readFileSync(join(repoRoot, 'examples', 'pickup-order.asl.json'), 'utf8');

  before(async () => {
    rmSync(artifactsDir, { recursive: true, force: true });
    mkdirSync(artifactsDir, { recursive: true });
    tools = JSON.parse(runNode([join(repoRoot, 'scripts', 'tools.mjs')], 'Installing the e2e tools')) as Tools;
    log('tools ready', tools);
    for (const bundle of ['extension.js', 'server.js', 'webview.js', 'webview.css']) {
      assert.ok(existsSync(join(repoRoot, 'dist', bundle)), `dist/${bundle} is built (run node esbuild.mjs)`);
    }
    profile = mkdtempSync(join(tmpdir(), 'asl-e2e-'));
    const vsix = join(profile, 'asl-studio.vsix');
    runNode([join(repoRoot, 'scripts', 'package.mjs'), vsix], 'Packaging the extension');
    // The extension-host tests import 'vscode', which only the real host provides: bundled apart.
    runProgram(
      join(repoRoot, 'node_modules', '.bin', 'esbuild'),
      [
        join(repoRoot, 'test', 'e2e', 'exthost', 'index.ts'),
        '--bundle',
        '--platform=node',
        '--format=cjs',
        '--target=node20',
        '--external:vscode',
        '--main-fields=module,main',
        '--log-level=warning',
        `--outfile=${join(repoRoot, 'out', 'e2e-exthost', 'index.js')}`,
      ],
      'Bundling the extension-host tests',
    );

    workspace = join(profile, 'workspace');
    mkdirSync(workspace);
    for (const file of readdirSync(join(repoRoot, 'examples'))) cpSync(join(repoRoot, 'examples', file), join(workspace, file));
    writeFileSync(join(workspace, 'missing-next.asl.json'), missingNext);
    writeFileSync(join(workspace, 'completion.asl.json'), completionDraft);
    writeFileSync(join(workspace, 'big.asl.json'), JSON.stringify(bigMachine(1000), null, 2));
    writeFileSync(
      join(workspace, 'broken-mocks.asl.json'),
      JSON.stringify(
        {
          StartAt: 'Call',
          States: {
            Call: {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke',
              Parameters: { FunctionName: 'f', 'Payload.$': '$' },
              End: true,
            },
          },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(workspace, 'broken-mocks.mocks.json'), brokenMocks);
    // issue 10: a run that spins (written before the workbench opens, so quick open indexes it).
    writeFileSync(join(workspace, 'spin.asl.json'), JSON.stringify(spinningMachine, null, 2));
    writeFileSync(join(workspace, 'spin.input.json'), '{}');
    mkdirSync(join(workspace, 'sam'), { recursive: true });
    writeFileSync(join(workspace, 'sam', 'template.yaml'), samTemplate);
    // Issue 16's typing steps: written before the workbench opens, so quick open lists them at once.
    writeFileSync(join(workspace, 'typing.asl.json'), typingDraft);
    writeFileSync(join(workspace, 'resource.asl.json'), resourceDraft);
    writeFileSync(join(workspace, 'toggle.asl.yaml'), readFileSync(join(repoRoot, 'examples', 'return-request.asl.yaml'), 'utf8'));

    server = await startCodeServer({
      codeServer: tools.codeServer,
      nodePrefix: tools.nodePrefix,
      profileDir: profile,
      vsix,
      extraEnv: { ASL_E2E_ARTIFACTS: artifactsDir },
    });
    log('code-server on', server.origin);
    context = await chromium.launchPersistentContext(join(profile, 'chromium'), {
      executablePath: tools.chromium,
      headless: true,
      viewport: { width: 1600, height: 1000 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => log('page error:', error.message));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    workbench = new Workbench(page);
    await workbench.open(server.origin, workspace);
    log('workbench loaded');
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server) cpSync(server.logFile, join(artifactsDir, 'code-server.log'));
    if (profile) rmSync(profile, { recursive: true, force: true });
    log('stopped');
  });

  it('a file with a missing Next shows the squiggle and the Problems entry', async () => {
    await workbench.openFile('missing-next.asl.json');
    await page.locator('#status\\.editor\\.mode', { hasText: 'Amazon States Language' }).waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await workbench.screenshot('missing-next-squiggle');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'NoSuchState' }).first();
    await row.waitFor({ timeout: 20_000 });
    log('problem:', (await row.textContent())?.trim());
    await workbench.screenshot('missing-next-problems');
    await page.keyboard.press('Control+Shift+M');
  });

  it('typing "Type": " offers the state types', async () => {
    await workbench.dismiss();
    await workbench.openFile('completion.asl.json');
    await workbench.goTo(lineOf(completionDraft, '      \n'), 7);
    await page.keyboard.type('"Type": "');
    const suggestions = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await suggestions.first().waitFor({ timeout: 20_000 });
    const labels = (await suggestions.allTextContents()).join(' | ');
    log('suggestions:', labels);
    for (const type of ['Choice', 'Map', 'Parallel', 'Pass']) assert.match(labels, new RegExp(type));
    await workbench.screenshot('completion-state-types');
    await page.keyboard.press('Escape');
    await workbench.runCommand('File: Revert File');
  });

  it('F12 on a Next moves to the state', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    const nextLine = lineOf(pickupText, '"Next": "IsOrderValid"');
    const column = pickupText.split('\n')[nextLine - 1]!.indexOf('IsOrderValid') + 3;
    await workbench.goTo(nextLine, column);
    await page.keyboard.press('F12');
    const target = lineOf(pickupText, '"IsOrderValid": {');
    await workbench.waitForCursor(target, undefined, 20_000);
    log('F12 moved to line', target);
    await workbench.screenshot('f12-definition');
  });

  it('the graph preview shows every state of the example', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    await workbench.runCommand('ASL: Open Graph Preview');
    const frame = workbench.webview();
    const names = stateNames(JSON.parse(pickupText));
    await frame.locator('body[data-state-count="17"]').waitFor({ timeout: 30_000 });
    for (const name of names) assert.equal(await frame.locator(`g.state[data-label="${name}"]`).count(), 1, `${name} is drawn`);
    assert.equal(await frame.locator('g.scope-branch').count(), 2);
    assert.equal(await frame.locator('g.scope-itemProcessor').count(), 1);
    assert.ok((await frame.locator('g.edge-catch').count()) >= 3, 'catch edges are drawn');
    log('preview rendered in', await frame.locator('body').getAttribute('data-last-render-millis'), 'ms');
    assert.deepEqual(cspViolations, [], 'the preview runs within its Content-Security-Policy');
    await workbench.screenshot('graph-preview');
    await workbench.webviewShot('graph-preview-closeup');
  });

  it('the toolbar zooms and fits', async () => {
    const frame = workbench.webview();
    const before = await frame.locator('body').getAttribute('data-zoom');
    await frame.locator('[data-action="zoom-in"]').click();
    await frame.locator(`body:not([data-zoom="${before}"])`).waitFor();
    const zoomedIn = Number(await frame.locator('body').getAttribute('data-zoom'));
    assert.ok(Math.abs(zoomedIn - Number(before) * 1.25) < 0.01, `zoom ${before} -> ${zoomedIn}`);
    assert.equal(await frame.locator('#zoom').textContent(), `${Math.round(zoomedIn * 100)}%`);
    await frame.locator('[data-action="fit"]').click();
    await frame.locator(`body:not([data-zoom="${zoomedIn.toFixed(3)}"])`).waitFor();
    assert.ok(Number(await frame.locator('body').getAttribute('data-zoom')) < zoomedIn);
  });

  it('Export SVG saves the drawing beside the machine', async () => {
    const frame = workbench.webview();
    await frame.locator('[data-action="export"]').click();
    // VS Code's save dialog (the simple one in the browser) proposes pickup-order.svg beside the file.
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    const proposed = await workbench.waitForQuickInputValue('pickup-order.svg');
    log('save dialog proposes', proposed);
    await page.keyboard.press('Enter');
    // The explorer shows the new file once it is written.
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label*="pickup-order.svg"]').waitFor({ timeout: 15_000 });
    // The explorer may list the file before its last bytes are written: wait for the closing tag.
    let svg = '';
    for (const deadline = Date.now() + 15_000; !svg.trimEnd().endsWith('</svg>') && Date.now() < deadline;) {
      svg = readFileSync(join(workspace, 'pickup-order.svg'), 'utf8');
      if (!svg.trimEnd().endsWith('</svg>')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(svg, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes('>ChargeCard<'));
  });

  it('clicking a node moves the editor selection, and the cursor highlights its state', async () => {
    const frame = workbench.webview();
    await workbench.clickUntilCursor(frame.locator('g.state[data-label="ChargeCard"]'), lineOf(pickupText, '"ChargeCard": {'));
    await workbench.screenshot('graph-click-selects-state');
    await workbench.goTo(lineOf(pickupText, '"Seconds": 900'), 9);
    await frame.locator('body[data-highlighted="WaitForPickupSlot"]').waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('g.state.highlighted').getAttribute('data-label'), 'WaitForPickupSlot');
    await workbench.screenshot('cursor-highlights-state');
  });

  it('running the example with its mocks shows SUCCEEDED, the output and the path painted', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    await workbench.runCommand('ASL: Run State Machine');
    await workbench.pick('HappyPath');
    await workbench.pick('pickup-order.input.json');
    const frame = workbench.webview();
    await frame.locator('#run-status', { hasText: 'SUCCEEDED' }).waitFor({ timeout: 30_000 });
    const output = JSON.parse((await frame.locator('#run-output').textContent()) ?? 'null');
    assert.deepEqual(output, { bay: 'B2', confirmation: '9b1c2f0e-msg' });
    for (const name of ['ValidateOrder', 'ReserveItem', 'ChargeCard', 'PickItems', 'SendConfirmation', 'ReadyForPickup']) {
      assert.equal(await frame.locator(`g.state.visited-succeeded[data-label="${name}"]`).count(), 1, `${name} is painted as visited`);
    }
    assert.equal(await frame.locator('g.state.visited[data-label="OrderRejected"]').count(), 0);
    assert.ok((await frame.locator('g.edge.taken').count()) >= 10, 'the transitions taken are painted');
    await workbench.screenshot('run-succeeded');
    await workbench.webviewShot('run-succeeded-closeup');
    await workbench.clickUntilCursor(
      frame.locator('.state-link', { hasText: 'NotifyReady' }).first(),
      lineOf(pickupText, '"NotifyReady": {'),
    );
  });

  it('a failing run paints the caught and failed states', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    await workbench.runCommand('ASL: Run State Machine');
    await workbench.pick('CardDeclined');
    await workbench.pick('pickup-order.input.json');
    const frame = workbench.webview();
    await frame.locator('#run-status', { hasText: 'FAILED' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('#run-error').textContent(), 'PaymentDeclined');
    assert.equal(await frame.locator('g.state.visited-caught[data-label="ChargeCard"]').count(), 1);
    assert.equal(await frame.locator('g.state.visited-failed[data-label="PaymentDeclined"]').count(), 1);
    await workbench.screenshot('run-failed-caught');
    await workbench.webviewShot('run-failed-caught-closeup');
  });

  it('a broken document keeps the last good graph with a banner', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    await workbench.goTo(2, 1);
    await page.keyboard.type('}}} oops');
    const frame = workbench.webview();
    await frame.locator('#banner:not([hidden])').waitFor({ timeout: 15_000 });
    log('banner:', await frame.locator('#banner').textContent());
    assert.equal(await frame.locator('g.state').count(), 17, 'the last good graph is still drawn');
    await workbench.screenshot('broken-document-banner');
    await workbench.runCommand('File: Revert File');
    await frame.locator('#banner[hidden]').waitFor({ state: 'attached', timeout: 15_000 });
  });

  it('the YAML example draws too', async () => {
    await workbench.dismiss();
    await workbench.openFile('return-request.asl.yaml');
    const frame = workbench.webview();
    await frame.locator('body[data-state-count="7"]').waitFor({ timeout: 20_000 });
    assert.equal(await frame.locator('g.state[data-label="Restock"]').count(), 1);
    await workbench.webviewShot('graph-yaml');
  });

  it('states with problems are marked on the graph', async () => {
    await workbench.dismiss();
    await workbench.openFile('missing-next.asl.json');
    const frame = workbench.webview();
    await frame.locator('g.state.has-error[data-label="First"]').waitFor({ timeout: 20_000 });
    assert.match((await frame.locator('g.state[data-label="First"] .problem-badge title').textContent()) ?? '', /NoSuchState/);
    await workbench.webviewShot('graph-problem-marker');
  });

  it('the graph follows the light and high-contrast themes', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    const frame = workbench.webview();
    await frame.locator('body[data-state-count="17"]').waitFor({ timeout: 20_000 });
    for (const [theme, bodyClass] of [
      ['Light Modern', 'vscode-light'],
      ['Dark High Contrast', 'vscode-high-contrast'],
      ['Dark Modern', 'vscode-dark'],
    ] as const) {
      await workbench.runCommand('Preferences: Color Theme');
      await page.keyboard.type(theme);
      await workbench.pick(theme);
      await frame.locator(`body.${bodyClass}`).waitFor({ timeout: 20_000 });
      if (bodyClass !== 'vscode-dark') await workbench.webviewShot(`graph-theme-${bodyClass}`);
    }
  });

  it('a 1,000-state machine draws, fast (bench:graph holds the exact target)', async () => {
    await workbench.dismiss();
    await workbench.openFile('big.asl.json');
    const frame = workbench.webview();
    await frame.locator('body[data-state-count="1000"]').waitFor({ timeout: 60_000 });
    let millis = Number(await frame.locator('body').getAttribute('data-last-render-millis'));
    log('1,000 states drawn in', millis, 'ms', 'load average', loadavg()[0]!.toFixed(1));
    if (millis >= 1000) {
      // A first draw can land in a burst of other work on a shared CI machine: draw once more after
      // an edit (same structure) and judge the better of the two, which is still a cold-ish draw.
      const renders = Number(await frame.locator('body').getAttribute('data-render-count'));
      await workbench.goTo(2, 3);
      await page.keyboard.type(' ');
      await frame.locator(`body:not([data-render-count="${renders}"])`).waitFor({ timeout: 30_000 });
      const again = Number(await frame.locator('body').getAttribute('data-last-render-millis'));
      log('1,000 states drawn again in', again, 'ms');
      millis = Math.min(millis, again);
      await workbench.runCommand('File: Revert File');
    }
    await workbench.webviewShot('graph-1000-states');
    // Speed targets live in bench/ (ratios in one run); here a generous bound catches only a collapse.
    assert.ok(millis < 3000, `1,000 states took ${millis} ms`);
  });

  // --- issue 10: Cancel stops a run that never ends, at once ---
  it('Cancel in the run pane stops a spinning run within 1 second', async () => {
    await workbench.dismiss();
    await workbench.openFile('spin.asl.json');
    await workbench.runCommand('ASL: Run State Machine');
    await workbench.pick('spin.input.json');
    const frame = workbench.webview();
    await frame.locator('#run-status', { hasText: 'RUNNING' }).waitFor({ timeout: 30_000 });
    // Let it spin for a second: it is still running, and Cancel below is handled by the extension host.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await frame.locator('#run-status', { hasText: 'RUNNING' }).count(), 1, 'the run is still going');
    const cancel = frame.locator('button.run-button', { hasText: 'Cancel' });
    await cancel.waitFor({ timeout: 10_000 });
    const pressed = Date.now();
    await cancel.click();
    await frame.locator('#run-status', { hasText: 'ABORTED' }).waitFor({ timeout: 10_000 });
    const took = Date.now() - pressed;
    // The extension's own measure: from the Cancel request to the worker's end.
    const stopAttribute = await frame.locator('#run').getAttribute('data-stop-millis');
    assert.ok(stopAttribute !== null, 'the run pane says how long the stop took');
    const stopMillis = Number(stopAttribute);
    log('cancel took', took, 'ms from the click;', stopMillis, 'ms in the extension host');
    assert.ok(stopMillis >= 0 && stopMillis < 1000, `the run ended ${stopMillis} ms after Cancel`);
    await workbench.screenshot('run-cancelled');
    // From the click, the time also includes the click's and the status's trips through a loaded
    // browser: this bound only guards against a lost Cancel.
    assert.ok(took < 5000, `Cancel took ${took} ms`);
  });

  // --- issue 13: debugging a state machine ---
  it('debugging: a breakpoint set in the gutter and F5 stop in the Map, the editor shows the paused state, Variables shows its input', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    const line = lineOf(pickupText, '"ReserveItem": {');
    await workbench.goTo(line);
    // The breakpoint column is the glyph margin, left of the line numbers.
    const lineNumber = page.locator('.editor-group-container.active .margin-view-overlays .line-numbers', {
      hasText: new RegExp(`^${line}$`),
    });
    // The editor may still be scrolling to the line: boundingBox() of a number not yet drawn is null.
    await lineNumber.waitFor({ state: 'visible', timeout: 15_000 });
    const box = (await lineNumber.boundingBox())!;
    await page.mouse.click(box.x - 8, box.y + box.height / 2);
    await page.locator('.editor-group-container.active .codicon-debug-breakpoint').first().waitFor({ timeout: 15_000 });
    await workbench.screenshot('debug-breakpoint-set');
    // F5 with no launch.json: the asl debugger takes the active machine, its input and mocks beside it.
    await workbench.focusEditor();
    await page.keyboard.press('F5');
    await workbench.pick('HappyPath');
    // Paused: the editor marks the state's key line and the call stack names the iteration.
    await page.locator('.editor-group-container .debug-top-stack-frame-line').first().waitFor({ timeout: 60_000 });
    await workbench.waitForCursor(line, undefined, 15_000);
    await page
      .locator('.debug-call-stack .monaco-list-row', { hasText: 'ReserveItem (ReserveItems[0])' })
      .first()
      .waitFor({ timeout: 15_000 });
    // The Variables view shows the paused state's input: the first order line.
    const variables = page.locator('.debug-variables');
    await variables.locator('.monaco-list-row', { hasText: 'Input' }).first().waitFor({ timeout: 15_000 });
    const skuRow = variables.locator('.monaco-list-row', { hasText: 'sku' }).first();
    if (!(await skuRow.isVisible())) await variables.locator('.monaco-list-row', { hasText: 'Input' }).first().click();
    await variables.locator('.monaco-list-row', { hasText: '"COFFEE-1KG"' }).first().waitFor({ timeout: 15_000 });
    await workbench.screenshot('debug-paused-in-map');
    // Continue to the second iteration, then stop the session.
    await page.keyboard.press('F5');
    await page
      .locator('.debug-call-stack .monaco-list-row', { hasText: 'ReserveItem (ReserveItems[1])' })
      .first()
      .waitFor({ timeout: 30_000 });
    await variables.locator('.monaco-list-row', { hasText: '"MUG-BLUE"' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Shift+F5');
    await page.locator('.editor-group-container .debug-top-stack-frame-line').first().waitFor({ state: 'detached', timeout: 30_000 });
    await workbench.runCommand('Remove All Breakpoints');
  });

  // --- issue 11: definitions inside infrastructure files ---
  it('a SAM template shows a squiggle inside its inline definition and opens its graph, one machine at a time', async () => {
    await workbench.dismiss();
    await workbench.openFile('template.yaml');
    await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Finsh' }).first();
    await row.waitFor({ timeout: 20_000 });
    log('problem in the template:', (await row.textContent())?.trim());
    await workbench.screenshot('sam-template-squiggle');
    await page.keyboard.press('Control+Shift+M');
    await workbench.runCommand('ASL: Open Graph Preview');
    const frame = workbench.webview();
    await frame.locator('body[data-state-count="2"]').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('g.state[data-label="Check"]').count(), 1);
    assert.equal(await frame.locator('g.state[data-label="Finish"]').count(), 1);
    await workbench.webviewShot('sam-template-graph');
    // The toolbar's picker shows the file's other machine.
    await frame.locator('#machines').selectOption('Audit');
    await frame.locator('body[data-state-count="1"]').waitFor({ timeout: 20_000 });
    assert.equal(await frame.locator('g.state[data-label="Record"]').count(), 1);
    await workbench.webviewShot('sam-template-graph-picker');
  });

  // --- issue 12: the Test Explorer, test results and the coverage gutter ---
  it('the Test Explorer lists the example tests, running them shows pass and fail, and coverage fills the gutter', async () => {
    await workbench.dismiss();
    await workbench.runCommand('View: Show Testing');
    const tree = page.locator('.test-explorer-tree');
    const row = (label: string) => tree.locator('.monaco-list-row', { hasText: label }).first();
    await row('pickup-order.asl.test.json').waitFor({ timeout: 60_000 });
    for (const file of ['hello-world.asl.test.json', 'loyalty-points.asl.test.json', 'return-request.asl.test.yaml']) {
      await row(file).waitFor({ timeout: 15_000 });
    }
    await row('pickup-order.asl.test.json').click();
    await row('card declined').waitFor({ timeout: 15_000 });
    await workbench.screenshot('test-explorer-lists-example-tests');
    await workbench.runCommand('Test: Run All Tests');
    await row('card declined').locator('.codicon-testing-passed-icon').waitFor({ timeout: 180_000 });
    await row('happy path: paid by card, ready for pickup').locator('.codicon-testing-passed-icon').waitFor({ timeout: 60_000 });
    // The mock config beside broken-mocks.asl.json names a response it lacks: its test case fails.
    await row('broken-mocks.mocks.json').click();
    await row('Any succeeds').locator('.codicon-testing-failed-icon').waitFor({ timeout: 60_000 });
    await workbench.screenshot('test-explorer-results');

    await workbench.openFile('pickup-order.asl.test.json');
    await page.locator('.editor-group-container.active .testing-run-glyph').first().waitFor({ timeout: 15_000 });

    await workbench.runCommand('Test: Run All Tests with Coverage');
    await workbench.openFile('pickup-order.asl.json');
    const gutter = page.locator('.editor-group-container.active .coverage-deco-gutter');
    await gutter.first().waitFor({ timeout: 180_000 });
    assert.ok((await gutter.count()) > 0, 'the coverage gutter shows');
    await workbench.screenshot('coverage-gutter');
    await workbench.runCommand('ASL: Show Test Coverage in Graph');
    const frame = workbench.webview();
    // Only the tests pay at pickup: the earlier runs never reached PayAtPickup.
    await frame.locator('g.state.visited-succeeded[data-label="PayAtPickup"]').waitFor({ timeout: 30_000 });
    await workbench.webviewShot('coverage-on-graph');
  });

  // --- issue 16: typing, completion that leaves valid JSON, the graph beside a run ---
  /** The file as saved on disk, once `ready` accepts it (the editor saves asynchronously). */
  async function savedText(name: string, ready: (text: string) => boolean, timeout = 15_000): Promise<string> {
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + timeout;
    let previous: string | undefined;
    for (;;) {
      const text = readFileSync(join(workspace, name), 'utf8');
      // A read can land in the middle of VS Code's write (a truncated file): trust a text only when
      // it is what the test waits for and a second read 100 ms later finds the same.
      if (ready(text) && text === previous) return text;
      previous = text;
      if (Date.now() > deadline) assert.fail(`${name} never became what the test expects:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('brackets and quotes close themselves and Enter indents inside braces (JSON)', async () => {
    await workbench.dismiss();
    const draft = typingDraft;
    await workbench.openFile('typing.asl.json');
    await workbench.goTo(lineOf(draft, '      \n'), 7);
    await page.keyboard.type('"Result": {');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"items": ');
    // Under load the editor's tokens can lag behind fast typing (VS Code tokenizes off the main
    // thread), and "[" typed where the stale tokens still say "inside a string" is not auto-closed;
    // a completion list still open can take the key too. So "[" is typed again (bounded) after a
    // pause until the editor closes it: the check is that it does, once the editor has caught up.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      await page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'hidden', timeout: 10_000 });
      await page.keyboard.type('[');
      const typed = await savedText('typing.asl.json', (saved) => saved.includes('"items": ['));
      if (typed.includes('"items": []')) break;
      assert.ok(attempt < 3, `"[" was not closed after ${attempt} tries:\n${typed}`);
      log(`"[" was not closed (try ${attempt}); typing it again`);
      await page.keyboard.press('Backspace');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await page.keyboard.type('1');
    await page.keyboard.press('Escape');
    const text = await savedText('typing.asl.json', (saved) => saved.includes('"items": [1]'));
    log('typed:', JSON.stringify(text.split('\n').slice(6, 10)));
    await workbench.screenshot('typing-auto-closed');
    assert.deepEqual(JSON.parse(text).States.Draft.Result, { items: [1] }, 'the braces, brackets and quotes were closed');
    const lines = text.split('\n');
    const resultLine = lines.findIndex((line) => line.includes('"Result"'));
    assert.equal(lines[resultLine + 1], `${' '.repeat(8)}"items": [1]`, 'Enter between the braces indents one level');
    assert.equal(lines[resultLine + 2], `${' '.repeat(6)}}`);
  });

  it('Ctrl+/ comments and uncomments YAML lines with #', async () => {
    await workbench.dismiss();
    const yaml = readFileSync(join(repoRoot, 'examples', 'return-request.asl.yaml'), 'utf8');
    await workbench.openFile('toggle.asl.yaml');
    const line = lineOf(yaml, 'StartAt:');
    await workbench.goTo(line, 3);
    await page.keyboard.press('Control+/');
    const commented = await savedText('toggle.asl.yaml', (saved) => saved.split('\n')[line - 1]?.startsWith('# ') === true);
    assert.equal(commented.split('\n')[line - 1], `# ${yaml.split('\n')[line - 1]}`);
    await workbench.screenshot('yaml-comment-toggled');
    await page.keyboard.press('Control+/');
    assert.equal(await savedText('toggle.asl.yaml', (saved) => saved === yaml), yaml);
  });

  it('accepting an integration ARN fills in its Parameters and leaves valid JSON', async () => {
    await workbench.dismiss();
    const draft = resourceDraft;
    await workbench.openFile('resource.asl.json');
    await workbench.goTo(lineOf(draft, '      \n'), 7);
    // The quotes close themselves, so this leaves "Resource": "lambda:invoke|" with no comma after it yet.
    await page.keyboard.type('"Resource": "lambda:invoke');
    // The list can show (and focus) the items of an earlier trigger before it has filtered on the
    // whole typed text: wait for the integration's row to be the focused one.
    const row = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused', {
      hasText: 'arn:aws:states:::lambda:invoke',
    });
    await row.waitFor({ timeout: 20_000 });
    log('accepting:', await row.textContent());
    assert.match((await row.textContent()) ?? '', /arn:aws:states:::lambda:invoke/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const text = await savedText('resource.asl.json', (saved) => saved.includes('"Parameters"'));
    await workbench.screenshot('completion-parameters-filled');
    const call = JSON.parse(text).States.Call;
    assert.match(call.Resource, /^arn:aws:states:::lambda:invoke/);
    assert.ok(call.Parameters && 'FunctionName' in call.Parameters, 'the required parameters are filled in');
    assert.equal(call.Next, 'Done');
    assert.match(text, /\n {6}"Parameters": \{\n {8}"FunctionName"/, 'indented as the document is, not twice');
  });

  it('with the run pane open, Fit keeps the names readable, and the pane resizes and collapses', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    await workbench.runCommand('ASL: Run State Machine');
    await workbench.pick('HappyPath');
    await workbench.pick('pickup-order.input.json');
    const frame = workbench.webview();
    await frame.locator('#run-status', { hasText: 'SUCCEEDED' }).waitFor({ timeout: 30_000 });
    await frame.locator('[data-action="fit"]').click();
    const zoom = Number(await frame.locator('body').getAttribute('data-zoom'));
    log('fit with the run pane open:', zoom, 'direction', await frame.locator('body').getAttribute('data-layout-direction'));
    assert.ok(zoom >= 0.74, `Fit stops at a readable scale (${zoom})`);
    await workbench.screenshot('readme-run');
    const pane = frame.locator('#run');
    const before = (await pane.boundingBox())!;
    const handle = (await frame.locator('.run-resizer').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 120, { steps: 6 });
    await page.mouse.up();
    const resized = (await pane.boundingBox())!;
    log('run pane height', before.height, '->', resized.height);
    assert.ok(resized.height > before.height + 80, 'dragging the edge makes the pane taller');
    await frame.locator('.run-collapse').click();
    await frame.locator('#run.collapsed').waitFor();
    assert.ok((await pane.boundingBox())!.height < 100, 'collapsed to its header');
    assert.equal(await frame.locator('#run .run-body').isVisible(), false);
    await workbench.webviewShot('run-pane-collapsed');
    await frame.locator('.run-collapse').click();
    await frame.locator('#run:not(.collapsed)').waitFor();
  });

  it('an edit that keeps the graph shape repaints at once, without a new layout', async () => {
    await workbench.dismiss();
    await workbench.openFile('pickup-order.asl.json');
    const frame = workbench.webview();
    await frame.locator('body[data-state-count="17"]').waitFor({ timeout: 30_000 });
    await workbench.webviewShot('readme-graph-closeup');
    await workbench.screenshot('readme-graph');
    const renders = Number(await frame.locator('body').getAttribute('data-render-count'));
    const line = lineOf(pickupText, '"Comment": "Checks the basket');
    await workbench.goTo(line, pickupText.split('\n')[line - 1]!.indexOf('basket') + 1);
    await page.keyboard.type('whole ');
    await frame.locator(`body:not([data-render-count="${renders}"])`).waitFor({ timeout: 15_000 });
    const kind = await frame.locator('body').getAttribute('data-layout-kind');
    const millis = Number(await frame.locator('body').getAttribute('data-last-render-millis'));
    log('shape-preserving edit:', kind, millis, 'ms', 'load average', loadavg()[0]!.toFixed(1));
    assert.equal(kind, 'kept', 'the positions were kept');
    // 'kept' is the deterministic proof; bench:graph measures the < 50 ms target. A loaded CI machine
    // can stall any single frame, so the bound here catches only a full re-layout's cost.
    assert.ok(millis < 500, `repainted in ${millis} ms`);
    await workbench.runCommand('File: Revert File');
  });

  it('extension-host tests pass against the real vscode API', async () => {
    assert.ok(server && context);
    const hostPage = await context.newPage();
    const lines: string[] = [];
    let finish: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (finish = resolve));
    await hostPage.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...(args ?? []));
      if (/^EXTHOST /.test(line)) log(line);
      lines.push(line);
    });
    await hostPage.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const authority = `127.0.0.1:${server.port}`;
    const testsWorkbench = new Workbench(hostPage);
    await hostPage.goto(
      `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(
        JSON.stringify([
          ['extensionDevelopmentPath', `vscode-remote://${authority}${repoRoot}`],
          ['extensionTestsPath', `vscode-remote://${authority}${join(repoRoot, 'out', 'e2e-exthost', 'index.js')}`],
        ]),
      )}`,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const code = await Promise.race([exited, new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), 180_000)))]);
    clearTimeout(timer);
    await testsWorkbench.screenshot('exthost-tests-end').catch(() => undefined);
    writeFileSync(join(artifactsDir, 'exthost.log'), lines.join('\n'));
    const summary = lines.find((line) => line.startsWith('EXTHOST DONE'));
    assert.ok(summary, `the extension-host tests reported a result (exit ${code}); see test-artifacts/e2e/exthost.log`);
    assert.equal(code, 0, lines.filter((line) => line.startsWith('EXTHOST FAIL')).join('\n'));
    // The extension-host test saved the exported SVG: look at it as any browser would show the file.
    const exported = join(artifactsDir, 'exported-graph.svg');
    await hostPage.close();
    if (existsSync(exported)) {
      const view = await context.newPage();
      await view.goto(`file://${exported}`);
      await view
        .screenshot({ path: join(artifactsDir, 'exported-graph-svg.png'), timeout: 10_000 })
        .catch((error: unknown) => log('exported SVG screenshot failed:', String(error)));
      await view.close();
    }
  });
});
