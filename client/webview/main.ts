// The graph preview's page. It knows only the messages in protocol.ts: the extension sends graphs,
// the cursor's state and run overlays; the page sends clicks, render times and exported SVG.
import ELK from 'elkjs/lib/elk.bundled.js';
import './style.css';
import type { GraphRunOverlay, StateMachineGraph } from '../../server/src/core/graph/types';
import type { FromWebviewMessage, ToWebviewMessage, WebviewPersistedState } from './protocol';
import { layoutGraph, type GraphLayout, type MeasureText } from './layout';
import { applyHighlight, applyRunOverlay, drawDefinitions, drawGraph, svgElement, type DrawnGraph } from './render';
import { Viewport } from './viewport';
import { exportSvg } from './exportSvg';
import { RunPane } from './runPane';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): WebviewPersistedState | undefined;
  setState(state: WebviewPersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const elk = new ELK();

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
);
drawDefinitions(svg);
const content = svgElement('g', { class: 'content' }, svg);
const viewport = new Viewport(svg, content);
const zoomLabel = required<HTMLSpanElement>('#zoom');
viewport.onChange = (scale) => {
  zoomLabel.textContent = `${Math.round(scale * 100)}%`;
};

let drawn: DrawnGraph | undefined;
let layout: GraphLayout | undefined;
let highlighted: string | null = null;
let overlay: GraphRunOverlay | null = null;
let renderGeneration = 0;
let hasFitted = false;
let lastStructure = '';
let shownDocument = '';
let shownMachine: string | undefined;

/** The toolbar's picker of an infrastructure file's machines; hidden for a file with one machine. */
function showMachines(machines: string[] | undefined, machine: string | undefined): void {
  machinePicker.hidden = !machines || machines.length < 2;
  if (machinePicker.hidden) return;
  if ([...machinePicker.options].map((option) => option.value).join('\n') !== machines!.join('\n')) {
    machinePicker.replaceChildren(...machines!.map((name) => new Option(name, name)));
  }
  machinePicker.value = machine ?? '';
}

const measureCanvas = document.createElement('canvas').getContext('2d');
const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
const fonts = { label: `600 13px ${fontFamily}`, detail: `11px ${fontFamily}`, edge: `11px ${fontFamily}` };
const measure: MeasureText = (text, font) => {
  if (!measureCanvas) return text.length * 7;
  measureCanvas.font = fonts[font];
  return measureCanvas.measureText(text).width;
};

function post(message: FromWebviewMessage): void {
  vscode.postMessage(message);
}

/** Says what is wrong; `keptLastGraph` tells whether the drawing is the last good one or what could be read. */
function showBanner(problem: string | undefined, keptLastGraph = true): void {
  banner.hidden = !problem;
  banner.textContent = problem ? `${problem} — ${keptLastGraph ? 'showing the last valid graph' : 'showing what could be read'}.` : '';
}

/** A fingerprint of what the layout depends on: when only markers change, positions stay put. */
function structureOf(graph: StateMachineGraph): string {
  return JSON.stringify([
    graph.nodes.map((node) => [node.id, node.parentId, node.label, node.detail, node.stateType, !!node.retry]),
    graph.edges.map((edge) => [edge.source, edge.target, edge.label]),
  ]);
}

async function showGraph(graph: StateMachineGraph): Promise<void> {
  const generation = ++renderGeneration;
  const started = performance.now();
  const nextLayout = await layoutGraph(elk, graph, measure);
  // A newer graph arrived while this one was laid out: drop this one.
  if (generation !== renderGeneration) return;
  const layoutMillis = performance.now() - started;
  const structure = structureOf(graph);
  layout = nextLayout;
  drawn = drawGraph(content, layout);
  applyHighlight(drawn, highlighted);
  applyRunOverlay(svg, drawn, overlay);
  viewport.setContentSize(layout.width, layout.height);
  if (!hasFitted || (structure !== lastStructure && viewport.isAtFit)) {
    viewport.fit(true);
    hasFitted = true;
  }
  lastStructure = structure;
  emptyMessage.hidden = graph.stateCount > 0;
  summary.textContent = `${graph.stateCount} state${graph.stateCount === 1 ? '' : 's'} · ${graph.queryLanguage}`;
  const totalMillis = performance.now() - started;
  document.body.dataset.renderCount = String(Number(document.body.dataset.renderCount ?? 0) + 1);
  document.body.dataset.lastRenderMillis = totalMillis.toFixed(0);
  document.body.dataset.stateCount = String(graph.stateCount);
  post({ type: 'rendered', nodeCount: graph.nodes.length, layoutMillis, totalMillis });
}

function handle(message: ToWebviewMessage): void {
  switch (message.type) {
    case 'graph':
      title.textContent = message.fileName;
      showMachines(message.machines, message.machine);
      if (message.documentUri !== shownDocument || message.machine !== shownMachine) {
        shownMachine = message.machine;
        // Another document: fit its graph anew and forget the other one's run and highlight.
        shownDocument = message.documentUri;
        hasFitted = false;
        highlighted = null;
      }
      vscode.setState({ documentUri: message.documentUri });
      showBanner(message.problem, message.graph === null);
      if (message.graph) {
        showGraph(message.graph).catch((error: unknown) => {
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
      viewport.fit();
      break;
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
// The stage shrinks when the run pane opens and grows when the panel is resized: keep the fit.
new ResizeObserver(() => {
  if (viewport.isAtFit) viewport.fit(true);
}).observe(svg);

post({ type: 'ready' });
