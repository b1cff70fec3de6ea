// The preview opened on (or switched to) a broken document draws what could be read of it; a Start
// marker whose StartAt could not be read must not be drawn apart with no edge. The cases break the
// examples the way typing does: StartAt's value without its opening quote, a stray quote before
// StartAt, the text cut inside the first state's name (an unterminated string in the middle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, buildGraph, formatForFileName } from '../../server/src/core/index';
import { drawablePartialGraph } from '../../client/webview/partialGraph';

const examples = ['hello-world.asl.json', 'loyalty-points.asl.json', 'pickup-order.asl.json', 'return-request.asl.yaml'];

const breakings: { name: string; apply(text: string): string }[] = [
  {
    name: "StartAt's value loses a quote",
    apply: (text) => (text.includes('"StartAt"') ? text.replace(/("StartAt":\s*)"/, '$1') : text.replace(/^StartAt: /m, 'StartAt: "')),
  },
  {
    name: 'a stray quote before StartAt',
    apply: (text) => (text.includes('"StartAt"') ? text.replace('"StartAt"', '""StartAt"') : text.replace(/^StartAt:/m, '"StartAt:')),
  },
  {
    name: "cut inside the first state's name",
    apply: (text) => {
      const states = text.search(/"States"\s*:\s*\{|^States:/m);
      const name = text.indexOf(text.includes('"States"') ? '"' : ' ', text.indexOf('\n', states) + 1);
      return text.slice(0, name + 4);
    },
  },
  { name: 'StartAt names a state still being typed', apply: (text) => text.replace(/(StartAt"?:\s*"?)(\w)/, '$1Xx$2') },
];

for (const example of examples) {
  const text = readFileSync(join('examples', example), 'utf8');
  const format = formatForFileName(example);
  for (const breaking of breakings) {
    test(`${example}, ${breaking.name}: every Start drawn has its edge`, () => {
      const broken = breaking.apply(text);
      assert.notEqual(broken, text, 'the case changes the text');
      const graph = buildGraph(analyzeDocument(broken, format).machine, []);
      const drawable = drawablePartialGraph(graph);
      const sources = new Set(drawable.edges.map((edge) => edge.source));
      for (const start of drawable.nodes.filter((node) => node.kind === 'start'))
        assert.ok(sources.has(start.id), `${start.id} has an edge`);
      assert.equal(drawable.stateCount, graph.stateCount, 'the states that could be read stay');
      const ids = new Set(drawable.nodes.map((node) => node.id));
      for (const edge of drawable.edges) assert.ok(ids.has(edge.source) && ids.has(edge.target), `${edge.source} -> ${edge.target}`);
    });
  }
  test(`${example}, unbroken: the graph is drawn as it is`, () => {
    const graph = buildGraph(analyzeDocument(text, format).machine, []);
    assert.equal(drawablePartialGraph(graph), graph);
  });
}

test('the reproduction: without the filter these broken texts draw a lone Start', () => {
  const text = readFileSync(join('examples', 'hello-world.asl.json'), 'utf8');
  const graph = buildGraph(analyzeDocument(breakings[0]!.apply(text), 'json').machine, []);
  const sources = new Set(graph.edges.map((edge) => edge.source));
  assert.ok(graph.stateCount > 0);
  assert.ok(
    graph.nodes.some((node) => node.kind === 'start' && !sources.has(node.id)),
    'the core graph of broken text has a Start with no edge: the page must leave it out',
  );
});
