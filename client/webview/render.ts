// Draws a laid-out graph as SVG. Colours come from CSS classes bound to VS Code's theme variables
// (style.css), so light, dark and high-contrast themes all work without code here knowing them.
import type { GraphNode, GraphRunOverlay, GraphStateType } from '../../server/src/core/graph/types';
import { detailText, type GraphLayout, type PlacedEdge, type PlacedNode, type Point } from './layout';

const svgNamespace = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.appendChild(element);
  return element;
}

/**
 * One small line icon per state type, drawn as SVG paths in a 16x16 box: font glyphs for these
 * (clock, parallel bars) are missing from many system fonts and showed up as empty boxes.
 */
const typeIcon: Record<GraphStateType, string> = {
  Task: 'M8 1.5 V4 M8 12 V14.5 M1.5 8 H4 M12 8 H14.5 M3.4 3.4 L5.2 5.2 M10.8 10.8 L12.6 12.6 M3.4 12.6 L5.2 10.8 M10.8 5.2 L12.6 3.4 M8 5 A3 3 0 1 1 7.99 5 Z',
  Pass: 'M2 8 H13 M9 4 L13 8 L9 12',
  Choice: 'M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z M8 5 V9 M8 11 V11.5',
  Wait: 'M8 2 A6 6 0 1 1 7.99 2 Z M8 4.5 V8 H11',
  Succeed: 'M2.5 8.5 L6.5 12.5 L13.5 3.5',
  Fail: 'M3.5 3.5 L12.5 12.5 M12.5 3.5 L3.5 12.5',
  Parallel: 'M3.5 2 V14 M8 2 V14 M12.5 2 V14',
  Map: 'M2 5 H10 V14 H2 Z M5 2 H14 V11 H10',
  Unknown: 'M5 5.5 A3 3 0 1 1 8 8.5 V10 M8 12.5 V13.5',
};

function drawIcon(parent: SVGGElement, type: GraphStateType, x: number, y: number): void {
  svgElement('path', { class: 'type-icon', d: typeIcon[type], transform: `translate(${x}, ${y})` }, parent);
}

/** Draws arrowheads once per edge kind, so each kind's arrow takes its colour from CSS. */
export function drawDefinitions(svg: SVGSVGElement): void {
  const defs = svgElement('defs', {}, svg);
  for (const kind of ['next', 'choice', 'default', 'catch', 'start', 'end', 'taken']) {
    const marker = svgElement(
      'marker',
      { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      defs,
    );
    svgElement('path', { d: 'M 0 1 L 9 5 L 0 9 z', class: `arrowhead arrowhead-${kind}` }, marker);
  }
}

function roundedPath(points: Point[], radius = 8): string {
  if (points.length === 0) return '';
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let index = 1; index < points.length - 1; index++) {
    const previous = points[index - 1]!;
    const corner = points[index]!;
    const next = points[index + 1]!;
    const inLength = Math.hypot(corner.x - previous.x, corner.y - previous.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r < 1) {
      d += ` L ${corner.x} ${corner.y}`;
      continue;
    }
    const before = { x: corner.x - ((corner.x - previous.x) / inLength) * r, y: corner.y - ((corner.y - previous.y) / inLength) * r };
    const after = { x: corner.x + ((next.x - corner.x) / outLength) * r, y: corner.y + ((next.y - corner.y) / outLength) * r };
    d += ` L ${before.x} ${before.y} Q ${corner.x} ${corner.y} ${after.x} ${after.y}`;
  }
  const last = points[points.length - 1]!;
  return d + ` L ${last.x} ${last.y}`;
}

function shapePath(type: GraphStateType | undefined, width: number, height: number): string {
  if (type === 'Choice') {
    const inset = Math.min(18, height / 2);
    return `M ${inset} 0 H ${width - inset} L ${width} ${height / 2} L ${width - inset} ${height} H ${inset} L 0 ${height / 2} Z`;
  }
  if (type === 'Wait') {
    // Cut corners, like an hourglass frame: a Wait reads apart from a Task at a glance.
    const cut = 9;
    return `M ${cut} 0 H ${width - cut} L ${width} ${cut} V ${height - cut} L ${width - cut} ${height} H ${cut} L 0 ${height - cut} V ${cut} Z`;
  }
  const radius = type === 'Succeed' || type === 'Fail' ? height / 2 : 8;
  return `M ${radius} 0 H ${width - radius} A ${radius} ${radius} 0 0 1 ${width} ${radius} V ${height - radius} A ${radius} ${radius} 0 0 1 ${width - radius} ${height} H ${radius} A ${radius} ${radius} 0 0 1 0 ${height - radius} V ${radius} A ${radius} ${radius} 0 0 1 ${radius} 0 Z`;
}

function markerSummary(node: GraphNode): string {
  return (node.markers ?? []).map((marker) => `${marker.severity}: ${marker.message}`).join('\n');
}

function worstSeverity(node: GraphNode): 'error' | 'warning' | 'info' | undefined {
  const markers = node.markers ?? [];
  if (markers.some((marker) => marker.severity === 'error')) return 'error';
  if (markers.some((marker) => marker.severity === 'warning')) return 'warning';
  return markers.length ? 'info' : undefined;
}

function tooltip(node: GraphNode): string {
  const lines = [node.kind === 'state' ? `${node.label} (${node.stateType})` : node.label];
  if (node.detail) lines.push(node.detail);
  if (node.comment) lines.push(node.comment);
  if (node.retry) lines.push(`Retry: ${node.retry.errors.join(', ') || 'all errors'}, up to ${node.retry.maxAttempts} attempts`);
  const problems = markerSummary(node);
  if (problems) lines.push(problems);
  return lines.join('\n');
}

function drawBadges(group: SVGGElement, node: GraphNode, width: number): void {
  let right = width - 6;
  const severity = worstSeverity(node);
  if (severity) {
    const badge = svgElement('g', { class: `badge problem-badge problem-${severity}`, transform: `translate(${right - 8}, -8)` }, group);
    svgElement('circle', { cx: 8, cy: 8, r: 8 }, badge);
    svgElement('text', { x: 8, y: 12, 'text-anchor': 'middle' }, badge).textContent = severity === 'info' ? 'i' : '!';
    svgElement('title', {}, badge).textContent = markerSummary(node);
    right -= 22;
  }
  if (node.retry) {
    const text = `↻ ${node.retry.maxAttempts}`;
    const badgeWidth = 12 + text.length * 7;
    const badge = svgElement('g', { class: 'badge retry-badge', transform: `translate(${right - badgeWidth}, -8)` }, group);
    svgElement('rect', { width: badgeWidth, height: 16, rx: 8 }, badge);
    svgElement('text', { x: badgeWidth / 2, y: 12, 'text-anchor': 'middle' }, badge).textContent = text;
    svgElement('title', {}, badge).textContent =
      `Retry ${node.retry.errors.join(', ') || 'all errors'}: up to ${node.retry.maxAttempts} attempts in ${node.retry.retriers} retrier${node.retry.retriers === 1 ? '' : 's'}`;
  }
}

function drawState(layer: SVGGElement, placed: PlacedNode): SVGGElement {
  const { node, width, height } = placed;
  const type = node.stateType ?? 'Unknown';
  const classes = ['node', 'state', `type-${type}`];
  if (placed.isContainer) classes.push('container');
  const severity = worstSeverity(node);
  if (severity) classes.push(`has-${severity}`);
  if (node.isEnd) classes.push('is-end');
  const group = svgElement(
    'g',
    {
      class: classes.join(' '),
      transform: `translate(${placed.x}, ${placed.y})`,
      'data-node-id': node.id,
      'data-label': node.label,
      'data-state-type': type,
      tabindex: 0,
      role: 'button',
      'aria-label': `${node.label}, ${type} state`,
    },
    layer,
  );
  svgElement('title', {}, group).textContent = tooltip(node);
  if (placed.isContainer) {
    if (type === 'Map') svgElement('rect', { class: 'stack-shadow', x: 5, y: 5, width, height, rx: 10 }, group);
    svgElement('rect', { class: 'shape', width, height, rx: 10 }, group);
    // Only the top corners are round: the band sits flush on the container's body.
    svgElement(
      'path',
      { class: 'header-band', d: `M 0 10 A 10 10 0 0 1 10 0 H ${width - 10} A 10 10 0 0 1 ${width} 10 V 34 H 0 Z` },
      group,
    );
    drawIcon(group, type, 11, 9);
    svgElement('text', { class: 'label', x: 34, y: 17 }, group).textContent = node.label;
    svgElement('text', { class: 'detail', x: 34, y: 29 }, group).textContent = [type.toUpperCase(), node.detail]
      .filter(Boolean)
      .join(' · ');
  } else {
    svgElement('path', { class: 'shape', d: shapePath(type, width, height) }, group);
    const left = type === 'Choice' ? 20 : 12;
    drawIcon(group, type, left, height / 2 - 8);
    const textX = left + 22;
    svgElement('text', { class: 'label', x: textX, y: height / 2 - 3 }, group).textContent = node.label;
    svgElement('text', { class: 'detail', x: textX, y: height / 2 + 13 }, group).textContent = detailText(node);
  }
  drawBadges(group, node, width);
  return group;
}

function drawScope(layer: SVGGElement, placed: PlacedNode): SVGGElement {
  const { node, width, height } = placed;
  const group = svgElement(
    'g',
    { class: `node scope scope-${node.kind}`, transform: `translate(${placed.x}, ${placed.y})`, 'data-node-id': node.id },
    layer,
  );
  svgElement('rect', { class: 'shape', width, height, rx: 8 }, group);
  svgElement('text', { class: 'scope-label', x: 10, y: 15 }, group).textContent = node.label;
  return group;
}

function drawMarker(layer: SVGGElement, placed: PlacedNode): SVGGElement {
  const { node, width, height } = placed;
  const severity = worstSeverity(node);
  const group = svgElement(
    'g',
    {
      class: `node terminal terminal-${node.kind}${severity ? ` has-${severity}` : ''}`,
      transform: `translate(${placed.x}, ${placed.y})`,
      'data-node-id': node.id,
    },
    layer,
  );
  svgElement('rect', { class: 'shape', width, height, rx: height / 2 }, group);
  svgElement('text', { class: 'label', x: width / 2, y: height / 2 + 4, 'text-anchor': 'middle' }, group).textContent = node.label;
  if (severity) {
    svgElement('title', {}, group).textContent = markerSummary(node);
    drawBadges(group, node, width + 12);
  }
  return group;
}

function drawEdge(layer: SVGGElement, labels: SVGGElement, placed: PlacedEdge): SVGGElement {
  const { edge } = placed;
  const group = svgElement(
    'g',
    { class: `edge edge-${edge.kind}`, 'data-edge': `${edge.source}->${edge.target}`, 'data-kind': edge.kind },
    layer,
  );
  svgElement('path', { class: 'edge-line', d: roundedPath(placed.points), 'marker-end': `url(#arrow-${edge.kind})` }, group);
  if (placed.label) {
    const { x, y, width, height, text } = placed.label;
    const label = svgElement(
      'g',
      { class: `edge-label edge-label-${edge.kind}`, transform: `translate(${x}, ${y})`, 'data-edge': `${edge.source}->${edge.target}` },
      labels,
    );
    svgElement('rect', { width, height, rx: 4 }, label);
    svgElement('text', { x: width / 2, y: height / 2 + 4, 'text-anchor': 'middle' }, label).textContent = text;
    if (edge.label && edge.label !== text) svgElement('title', {}, label).textContent = edge.label;
  }
  return group;
}

export interface DrawnGraph {
  nodeElements: Map<string, SVGGElement>;
  edgeElements: Map<string, SVGGElement[]>;
}

/** Replaces the content of `root` with the drawing of `layout`. */
export function drawGraph(root: SVGGElement, layout: GraphLayout): DrawnGraph {
  root.replaceChildren();
  const nodeLayer = svgElement('g', { class: 'nodes' });
  const edgeLayer = svgElement('g', { class: 'edges' });
  const labelLayer = svgElement('g', { class: 'edge-labels' });
  const nodeElements = new Map<string, SVGGElement>();
  const edgeElements = new Map<string, SVGGElement[]>();
  for (const placed of layout.nodes) {
    const kind = placed.node.kind;
    const element =
      kind === 'state'
        ? drawState(nodeLayer, placed)
        : kind === 'start' || kind === 'end'
          ? drawMarker(nodeLayer, placed)
          : drawScope(nodeLayer, placed);
    nodeElements.set(placed.node.id, element);
  }
  for (const placed of layout.edges) {
    const element = drawEdge(edgeLayer, labelLayer, placed);
    const key = `${placed.edge.source}->${placed.edge.target}`;
    edgeElements.set(key, [...(edgeElements.get(key) ?? []), element]);
  }
  // Containers below edges below leaf states, so edges inside a Parallel stay visible.
  const containers = svgElement('g', { class: 'containers' });
  for (const element of [...nodeLayer.children]) {
    if (element.classList.contains('container') || element.classList.contains('scope')) containers.appendChild(element);
  }
  const nodeParts: SVGForeignObjectElement[] = [];
  const states = [...nodeLayer.children];
  for (let index = 0; index < states.length; index += statesPerPart) {
    const part = svgElement('g', { class: 'nodes' });
    part.append(...states.slice(index, index + statesPerPart));
    nodeParts.push(paintedPart(part, layout));
  }
  root.append(paintedPart(containers, layout), paintedPart(edgeLayer, layout), ...nodeParts, paintedPart(labelLayer, layout));
  return { nodeElements, edgeElements };
}

/** States per separately painted part of the node layer (see paintedPart). */
const statesPerPart = 100;
/** Room around the layout for what is drawn past its box (badges, a Map's stacked shadow). */
const partMargin = 40;

/**
 * Puts a layer of the drawing in a part that Chromium paints on its own: an <svg> in a
 * <foreignObject> is a paint layer of its own, whose recorded paint is reused when nothing in it
 * changed. In one SVG, any visible change (a retry count on one state) made Chromium walk and
 * re-record the paint of the whole graph (20-30 ms of CPU a frame at 1,000 states); split into
 * parts, it re-records the part holding the change. The coordinates inside are the layout's own
 * (the viewBox maps them one to one), so the viewport's transform and every selector are unchanged;
 * exportSvg unwraps the parts into plain groups.
 */
function paintedPart(layer: SVGGElement, layout: GraphLayout): SVGForeignObjectElement {
  const width = layout.width + 2 * partMargin;
  const height = layout.height + 2 * partMargin;
  const box = { x: -partMargin, y: -partMargin, width, height };
  const part = svgElement('foreignObject', { class: 'painted-part', ...box });
  svgElement('svg', { viewBox: `${box.x} ${box.y} ${width} ${height}`, width, height }, part).appendChild(layer);
  return part;
}

export function applyHighlight(drawn: DrawnGraph, nodeId: string | null): void {
  // Touch only what changes: writing a class to every node restyles the whole graph.
  for (const element of drawn.nodeElements.values()) if (element.classList.contains('highlighted')) element.classList.remove('highlighted');
  if (nodeId) drawn.nodeElements.get(nodeId)?.classList.add('highlighted');
}

/** Paints the path of a run: visited states by outcome, taken edges, everything else dimmed. */
export function applyRunOverlay(svgRoot: SVGSVGElement, drawn: DrawnGraph, overlay: GraphRunOverlay | null): void {
  const visitClasses = ['visited', 'visited-succeeded', 'visited-failed', 'visited-caught', 'visited-running'];
  for (const element of drawn.nodeElements.values()) {
    if (!element.hasAttribute('data-visits')) continue;
    element.classList.remove(...visitClasses);
    element.removeAttribute('data-visits');
    element.querySelector(':scope > .visit-badge')?.remove();
  }
  for (const elements of drawn.edgeElements.values()) for (const element of elements) markTaken(element, false);
  svgRoot.classList.toggle('has-run', overlay !== null);
  if (!overlay) return;
  for (const visit of overlay.visited) {
    const element = drawn.nodeElements.get(visit.nodeId);
    if (!element) continue;
    element.classList.add('visited', `visited-${visit.status}`);
    element.setAttribute('data-visits', String(visit.count));
    if (visit.count > 1) {
      // Drawn only when needed: most states run once, and big graphs draw faster without it.
      const text = `×${visit.count}`;
      const badgeWidth = 10 + text.length * 7;
      const badge = svgElement('g', { class: 'visit-badge', transform: 'translate(-8, -8)' }, element);
      svgElement('rect', { width: badgeWidth, height: 16, rx: 8 }, badge);
      svgElement('text', { x: badgeWidth / 2, y: 12, 'text-anchor': 'middle' }, badge).textContent = text;
      svgElement('title', {}, badge).textContent = `Entered ${visit.count} times`;
    }
  }
  for (const key of overlay.edgesTaken) for (const element of drawn.edgeElements.get(key) ?? []) markTaken(element, true);
}

function markTaken(edge: SVGGElement, taken: boolean): void {
  if (edge.classList.contains('taken') === taken) return;
  edge.classList.toggle('taken', taken);
  // A marker's colour cannot follow its path's class, so a taken edge swaps to its own arrowhead.
  edge.querySelector('.edge-line')?.setAttribute('marker-end', `url(#arrow-${taken ? 'taken' : edge.getAttribute('data-kind')})`);
}

/** What a node's drawing shows besides its position and size. */
function drawingOf(node: GraphNode): string {
  return JSON.stringify([node.label, node.kind, node.stateType, node.detail, node.comment, node.isEnd, node.retry, node.markers]);
}

/**
 * After an edit that kept the layout: redraws only the nodes whose drawing changed (a detail, a
 * problem marker, a retry), in place, instead of the whole graph. Returns how many were redrawn.
 */
export function redrawChangedNodes(drawn: DrawnGraph, previous: GraphLayout, next: GraphLayout): number {
  const before = new Map(previous.nodes.map((placed) => [placed.node.id, placed.node]));
  let redrawn = 0;
  for (const placed of next.nodes) {
    const old = before.get(placed.node.id);
    const element = drawn.nodeElements.get(placed.node.id);
    if (!element || (old && (old === placed.node || drawingOf(old) === drawingOf(placed.node)))) continue;
    const scratch = svgElement('g', {});
    const kind = placed.node.kind;
    const fresh =
      kind === 'state'
        ? drawState(scratch, placed)
        : kind === 'start' || kind === 'end'
          ? drawMarker(scratch, placed)
          : drawScope(scratch, placed);
    // A container keeps its children: they are drawn apart, in the layers above it.
    if (!patchInPlace(element, fresh)) {
      element.replaceWith(fresh);
      drawn.nodeElements.set(placed.node.id, fresh);
    }
    redrawn++;
  }
  return redrawn;
}

/** Classes the page adds to a drawn node after drawing it (applyHighlight): a patch keeps them. */
const runtimeClasses = ['highlighted'];

/**
 * Makes a drawn node look like its fresh drawing by changing only the attributes and texts that
 * differ, when both have the same elements: a new Comment changes one <title> text, which the
 * browser does not even paint, and a new detail one text node; replacing the node's elements would
 * make Chromium restyle them and repaint the whole graph. False (nothing changed) when the
 * structure differs, or the node carries a run's marks (applyRunOverlay redraws those).
 */
function patchInPlace(target: Element, fresh: Element): boolean {
  if (target.hasAttribute('data-visits') || !sameStructure(target, fresh)) return false;
  const kept = runtimeClasses.filter((name) => target.classList.contains(name));
  const pending: [Node, Node][] = [[target, fresh]];
  while (pending.length > 0) {
    const [to, from] = pending.pop()!;
    if (to.nodeType !== Node.ELEMENT_NODE) {
      if (to.nodeValue !== from.nodeValue) to.nodeValue = from.nodeValue;
      continue;
    }
    const toElement = to as Element;
    const fromElement = from as Element;
    for (const name of toElement.getAttributeNames()) if (!fromElement.hasAttribute(name)) toElement.removeAttribute(name);
    for (const name of fromElement.getAttributeNames()) {
      let value = fromElement.getAttribute(name)!;
      if (to === target && name === 'class' && kept.length) value = [value, ...kept].join(' ');
      if (toElement.getAttribute(name) !== value) toElement.setAttribute(name, value);
    }
    to.childNodes.forEach((child, index) => pending.push([child, from.childNodes[index]!]));
  }
  return true;
}

function sameStructure(a: Node, b: Node): boolean {
  const pending: [Node, Node][] = [[a, b]];
  while (pending.length > 0) {
    const [left, right] = pending.pop()!;
    if (left.nodeType !== right.nodeType || left.nodeName !== right.nodeName || left.childNodes.length !== right.childNodes.length)
      return false;
    left.childNodes.forEach((child, index) => pending.push([child, right.childNodes[index]!]));
  }
  return true;
}
