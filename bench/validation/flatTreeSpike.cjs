// A measurement for deciding on a compact syntax tree (bench/README.md, issue 17), not a parser to
// use: it reads well-formed JSON into flat typed arrays (kind, start, end, parent, first child, next
// sibling) and one array of strings, without decoding escapes, pairing repeated keys or parsing
// numbers, and prints how long that took in this fresh process. Beside it, the same for the
// project's parser (syntax/jsonFastParser.ts through bench/validation/.build/core.js, which
// `npm run bench:validation` builds).
// Usage: node bench/validation/flatTreeSpike.cjs FILE
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const file = process.argv[2];
const mode = process.argv[3];
const text = readFileSync(file, 'utf8');

if (mode === 'ours') {
  const core = require(join(__dirname, '.build', 'core.js'));
  const started = performance.now();
  core.parseDocument(text, 'json');
  process.stdout.write(`project's parser, first run in a fresh process: ${(performance.now() - started).toFixed(1)} ms\n`);
} else if (mode === 'flat') {
  const started = performance.now();
  const capacity = text.length >> 2;
  const kind = new Uint8Array(capacity);
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const parent = new Int32Array(capacity);
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const stringOf = new Int32Array(capacity);
  const strings = [];
  const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
  const WHITESPACE_RUN = /[ \n\r\t]*/y;
  let position = 0;
  let count = 0;
  const skipWhitespace = () => {
    WHITESPACE_RUN.lastIndex = position;
    WHITESPACE_RUN.test(text);
    position = WHITESPACE_RUN.lastIndex;
  };
  const string = () => {
    const from = position;
    PLAIN_RUN.lastIndex = position + 1;
    PLAIN_RUN.test(text);
    let at = PLAIN_RUN.lastIndex;
    while (text.charCodeAt(at) !== 34) at += text.charCodeAt(at) === 92 ? 2 : 1;
    position = at + 1;
    strings.push(text.slice(from + 1, at));
    return strings.length - 1;
  };
  const node = (type, from, up) => {
    const index = count++;
    kind[index] = type;
    start[index] = from;
    parent[index] = up;
    firstChild[index] = -1;
    nextSibling[index] = -1;
    return index;
  };
  const value = (up) => {
    const char = text.charCodeAt(position);
    if (char === 123 || char === 91) {
      const container = node(char === 123 ? 1 : 3, position, up);
      const close = char === 123 ? 125 : 93;
      position++;
      skipWhitespace();
      let last = -1;
      if (text.charCodeAt(position) !== close) {
        for (;;) {
          let child;
          if (char === 123) {
            child = node(2, position, container);
            stringOf[child] = string();
            skipWhitespace();
            position++; // the colon
            skipWhitespace();
            const inner = value(child);
            firstChild[child] = inner;
            end[child] = end[inner];
          } else child = value(container);
          if (last < 0) firstChild[container] = child;
          else nextSibling[last] = child;
          last = child;
          skipWhitespace();
          if (text.charCodeAt(position++) !== 44) break;
          skipWhitespace();
        }
      } else position++;
      end[container] = position;
      return container;
    }
    if (char === 34) {
      const leaf = node(4, position, up);
      stringOf[leaf] = string();
      end[leaf] = position;
      return leaf;
    }
    const leaf = node(5, position, up);
    while (position < text.length) {
      const next = text.charCodeAt(position);
      if (next === 44 || next === 125 || next === 93 || next <= 32) break;
      position++;
    }
    end[leaf] = position;
    return leaf;
  };
  skipWhitespace();
  value(-1);
  process.stdout.write(
    `flat tree, first run in a fresh process: ${(performance.now() - started).toFixed(1)} ms (${count} nodes, ${strings.length} strings)\n`,
  );
} else {
  process.stderr.write('usage: node bench/validation/flatTreeSpike.cjs FILE flat|ours\n');
  process.exitCode = 2;
}
