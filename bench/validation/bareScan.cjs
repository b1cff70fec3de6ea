// For scale, not a parser: the least any validator that reports positions must do in JavaScript.
// One pass over the characters of each file and one small object per string and per container
// (offset, length, value or children): no keys paired with values, no numbers, no model, no checks.
// A whole process of it, beside the floor (node reading and JSON.parse-ing the same files), shows how
// much of a target relative to the floor the machine leaves to the parsing and checking themselves.
// Usage: node bareScan.cjs FILE | node bareScan.cjs --list FILES.json
const { readFileSync } = require('node:fs');

function scan(text) {
  const open = [];
  let items = [];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 34 /* " */) {
      const start = index++;
      while (text.charCodeAt(index) !== 34) index += text.charCodeAt(index) === 92 /* \ */ ? 2 : 1;
      items.push({ offset: start, length: index - start + 1, value: text.slice(start + 1, index) });
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      open.push(items);
      items = [];
    } else if ((char === 125 /* } */ || char === 93) /* ] */ && open.length) {
      const node = { offset: index, length: 1, children: items };
      items = open.pop();
      items.push(node);
    }
  }
  return items;
}

const files = process.argv[2] === '--list' ? JSON.parse(readFileSync(process.argv[3], 'utf8')) : [process.argv[2]];
for (const file of files) scan(readFileSync(file, 'utf8'));
