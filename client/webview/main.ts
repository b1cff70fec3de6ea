// The graph preview's page. It knows only the messages in protocol.ts: the extension sends graphs,
// the cursor's state and run overlays; the page sends clicks, render times and exported SVG.
import './style.css';
import type { GraphRunOverlay, StateMachineGraph } from '../../server/src/core/graph/types';
import type { FromWebviewMessage, ToWebviewMessage, WebviewPersistedState } from './protocol';
import { type GraphLayout, type LayoutDirection, type MeasureText } from './layout';
import { LayoutScheduler, type ScheduledLayout } from './layoutScheduler';
import { BrowserElkRunner } from './elkRunner';
import { applyHighlight, applyRunOverlay, drawDefinitions, drawGraph, redrawChangedNodes, svgElement, type DrawnGraph } from './render';
import { Viewport } from './viewport';
import { exportSvg } from './exportSvg';
import { RunPane } from './runPane';
import { drawablePartialGraph } from './partialGraph';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): WebviewPersistedState | undefined;
  setState(state: WebviewPersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

/**
 * Writes a text or the hidden flag only when it changes: every graph message sets them, and a write
 * of the same value still makes Chromium repaint and re-layerize the page (at 1,000 states that
 * costs more than the whole redraw of an edit that keeps the shape).
 */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The preview page lacks ${selector}`);
  return element;
}

const svg = required<SVGSVGElement>('#graph');
const banner = required<HTMLDivElement>('#banner');
const title = required<HTMLSpanElement>('#title');
const machinePicker = required<HTMLSelectElement>('#machines');
machinePicker.addEventListener('change', () => post({ type: 'chooseMachine', name: machinePicker.value }));
const summary = required<HTMLSpanElement>('#summary');
const emptyMessage = required<HTMLDivElement>('#empty');
const runPane = new RunPane(
  required<HTMLElement>('#run'),
  (message) => post(message),
  (nodeId) => {
    if (drawn) applyHighlight(drawn, nodeId ?? highlighted);
  },
  { height: vscode.getState()?.runPaneHeight, collapsed: vscode.getState()?.runPaneCollapsed },
  (size) => vscode.setState({ ...vscode.getState(), runPaneHeight: size.height, runPaneCollapsed: size.collapsed }),
);
drawDefinitions(svg);
const content = svgElement('g', { class: 'content' }, svg);
const viewport = new Viewport(svg, content);
const zoomLabel = required<HTMLSpanElement>('#zoom');
viewport.onChange = (scale) => {
  setText(zoomLabel, `${Math.round(scale * 100)}%`);
};

let drawn: DrawnGraph | undefined;
let layout: GraphLayout | undefined;
let highlighted: string | null = null;
let overlay: GraphRunOverlay | null = null;
let hasFitted = false;
let shownDocument = '';
/** The drawing on screen belongs to the document shown before (until this one's is drawn). */
let drawingOfOtherDocument = false;
let shownMachine: string | undefined;

/** The toolbar's picker of an infrastructure file's machines; hidden for a file with one machine. */
function showMachines(machines: string[] | undefined, machine: string | undefined): void {
  setHidden(machinePicker, !machines || machines.length < 2);
  if (machinePicker.hidden) return;
  if ([...machinePicker.options].map((option) => option.value).join('\n') !== machines!.join('\n')) {
    machinePicker.replaceChildren(...machines!.map((name) => new Option(name, name)));
  }
  machinePicker.value = machine ?? '';
}

const measureCanvas = document.createElement('canvas').getContext('2d');
const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
const fonts = { label: `600 13px ${fontFamily}`, detail: `11px ${fontFamily}`, edge: `11px ${fontFamily}` };
const measured = new Map<string, number>();
/** Text widths, remembered: every graph is measured again to compare its shape, and canvas measuring is slow. */
const measure: MeasureText = (text, font) => {
  if (!measureCanvas) return text.length * 7;
  const key = font + '\u0000' + text;
  let width = measured.get(key);
  if (width === undefined) {
    if (measured.size > 20_000) measured.clear();
    measureCanvas.font = fonts[font];
    measured.set(key, (width = measureCanvas.measureText(text).width));
  }
  return width;
};

function post(message: FromWebviewMessage): void {
  vscode.postMessage(message);
}

/** Says what is wrong; `keptLastGraph` tells whether the drawing is the last good one or what could be read. */
function showBanner(problem: string | undefined, keptLastGraph = true): void {
  setHidden(banner, !problem);
  setText(banner, problem ? `${problem} — ${keptLastGraph ? 'showing the last valid graph' : 'showing what could be read'}.` : '');
}

const elkRunner = new BrowserElkRunner(document.body.dataset.elkWorker);
// Start elkjs's worker while the extension is still computing the first graph: loading it takes longer than a small layout.
void elkRunner.warm();
const scheduler = new LayoutScheduler(elkRunner, measure);
let currentGraph: StateMachineGraph | undefined;
/** 'auto' follows the panel's shape; the toolbar button cycles auto, down, right. */
let directionChoice: 'auto' | LayoutDirection = vscode.getState()?.direction ?? 'auto';
let directionUsed: LayoutDirection = 'DOWN';

/** Left to right when the stage is clearly wider than tall (a wide panel, or a run pane below the graph). */
function chooseDirection(): LayoutDirection {
  if (directionChoice !== 'auto') return directionChoice;
  const bounds = svg.getBoundingClientRect();
  return bounds.width > bounds.height * 1.4 ? 'RIGHT' : 'DOWN';
}

function draw(graph: StateMachineGraph, scheduled: ScheduledLayout, started: number): void {
  const shapeChanged = !layout || scheduled.kind !== 'kept';
  // The same positions: redraw only the states whose drawing changed (most keystrokes change none).
  if (!shapeChanged && drawn && layout) redrawChangedNodes(drawn, layout, scheduled.layout);
  else drawn = drawGraph(content, scheduled.layout);
  layout = scheduled.layout;
  drawingOfOtherDocument = false;
  applyHighlight(drawn, highlighted);
  applyRunOverlay(svg, drawn, overlay);
  viewport.setContentSize(layout.width, layout.height);
  if (!hasFitted || (shapeChanged && viewport.isAtFit)) {
    viewport.fit(true);
    hasFitted = true;
  }
  setHidden(emptyMessage, graph.stateCount > 0);
  setText(summary, `${graph.stateCount} state${graph.stateCount === 1 ? '' : 's'} · ${graph.queryLanguage}`);
  const totalMillis = performance.now() - started;
  document.body.dataset.layoutKind = scheduled.kind;
  document.body.dataset.layoutDirection = directionUsed;
  if (scheduled.provisional) return;
  document.body.dataset.renderCount = String(Number(document.body.dataset.renderCount ?? 0) + 1);
  document.body.dataset.lastRenderMillis = totalMillis.toFixed(0);
  document.body.dataset.stateCount = String(graph.stateCount);
  post({ type: 'rendered', nodeCount: graph.nodes.length, layoutMillis: totalMillis, totalMillis });
}

async function showGraph(graph: StateMachineGraph): Promise<void> {
  currentGraph = graph;
  const started = performance.now();
  directionUsed = chooseDirection();
  await scheduler.layout(graph, directionUsed, (scheduled) => draw(graph, scheduled, started));
}

function handle(message: ToWebviewMessage): void {
  switch (message.type) {
    case 'graph':
      setText(title, message.fileName);
      showMachines(message.machines, message.machine);
      if (message.documentUri !== shownDocument || message.machine !== shownMachine) {
        shownMachine = message.machine;
        // Another document: fit its graph anew and forget the other one's run and highlight.
        shownDocument = message.documentUri;
        hasFitted = false;
        highlighted = null;
        scheduler.reset();
        // The drawing is the other document's: it stays until this one's is laid out (no blank
        // flash), but broken text must not keep it as if it were its last good graph.
        drawingOfOtherDocument = true;
      }
      if (message.problem && drawingOfOtherDocument) {
        content.replaceChildren();
        drawn = undefined;
        layout = undefined;
        drawingOfOtherDocument = false;
      }
      vscode.setState({ ...vscode.getState(), documentUri: message.documentUri });
      showBanner(message.problem, message.graph === null);
      // Broken text with no states to show (a stray brace at the top): keep the drawing there is, or
      // say there is nothing to draw, rather than a Start marker alone with no edge. With states,
      // a Start whose StartAt could not be read is left out rather than drawn apart.
      if (message.graph && message.problem && message.graph.stateCount === 0) {
        if (!drawn) setHidden(emptyMessage, false);
        break;
      }
      if (message.graph) {
        showGraph(message.problem ? drawablePartialGraph(message.graph) : message.graph).catch((error: unknown) => {
          showBanner(`The graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
          post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        });
      } else if (!drawn) {
        emptyMessage.hidden = false;
      }
      break;
    case 'highlight':
      highlighted = message.nodeId;
      document.body.dataset.highlighted = message.nodeId ?? '';
      if (drawn) {
        applyHighlight(drawn, highlighted);
        if (message.reveal && highlighted) {
          const placed = layout?.nodes.find((node) => node.node.id === highlighted);
          if (placed) viewport.reveal(placed);
        }
      }
      break;
    case 'run':
      overlay = message.overlay;
      document.body.dataset.runStatus = message.report?.status ?? '';
      runPane.show(message.report);
      if (drawn) {
        applyRunOverlay(svg, drawn, overlay);
        // Bring where a failed run ended into view: that is what the author wants to look at.
        const failed = overlay?.status === 'FAILED' ? overlay.visited.filter((visit) => visit.status === 'failed').pop() : undefined;
        const placed = failed && layout?.nodes.find((node) => node.node.id === failed.nodeId);
        if (placed) viewport.reveal(placed);
      }
      break;
    case 'exportSvg':
      if (layout) post({ type: 'svg', svg: exportSvg(svg, content, layout) });
      break;
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => handle(event.data));

svg.addEventListener('click', (event) => {
  if (viewport.wasDragged) return;
  const target = (event.target as Element).closest('[data-node-id]');
  const nodeId = target?.getAttribute('data-node-id');
  if (!nodeId || !target?.classList.contains('state')) return;
  highlighted = nodeId;
  if (drawn) applyHighlight(drawn, nodeId);
  post({ type: 'selectState', nodeId });
});
svg.addEventListener('keydown', (event) => {
  const target = (event.target as Element).closest('[data-node-id]');
  const nodeId = target?.getAttribute('data-node-id');
  if (nodeId && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    post({ type: 'selectState', nodeId });
  }
});

function runAction(action: string | undefined): void {
  switch (action) {
    case 'zoom-in':
      viewport.zoomBy(1.25);
      break;
    case 'zoom-out':
      viewport.zoomBy(0.8);
      break;
    case 'fit':
      // Never below a legible scale: a graph too big for the panel is scrolled instead.
      viewport.fit(true);
      break;
    case 'direction': {
      const order: ('auto' | LayoutDirection)[] = ['auto', 'DOWN', 'RIGHT'];
      directionChoice = order[(order.indexOf(directionChoice) + 1) % order.length]!;
      vscode.setState({ ...vscode.getState(), direction: directionChoice });
      showDirectionChoice();
      if (currentGraph) void showGraph(currentGraph);
      break;
    }
    case 'actual-size':
      viewport.actualSize();
      break;
    case 'export':
      if (layout) post({ type: 'svg', svg: exportSvg(svg, content, layout) });
      break;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action]')) {
  button.addEventListener('click', () => runAction(button.dataset.action));
}

// The usual viewer keys: + and - zoom, 0 fits, 1 shows actual size.
const keyActions: Record<string, string> = { '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit', '1': 'actual-size' };
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const action = keyActions[event.key];
  if (!action) return;
  event.preventDefault();
  runAction(action);
});
function showDirectionChoice(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-action="direction"]');
  if (!button) return;
  button.textContent = directionChoice === 'auto' ? 'Auto ⇅' : directionChoice === 'DOWN' ? '↓' : '→';
  button.title = `Layout direction: ${directionChoice === 'auto' ? 'from the panel shape' : directionChoice === 'DOWN' ? 'top to bottom' : 'left to right'} (click to change)`;
}
showDirectionChoice();

// The stage shrinks when the run pane opens and grows when the panel is resized: keep the fit, and
// turn the graph when the panel's shape asks for the other direction.
new ResizeObserver(() => {
  if (currentGraph && chooseDirection() !== directionUsed) void showGraph(currentGraph);
  else if (viewport.isAtFit) viewport.fit(true);
  // Moved by the user: stay where they were, within reach of the new size.
  else viewport.panBy(0, 0);
}).observe(svg);

post({ type: 'ready' });
