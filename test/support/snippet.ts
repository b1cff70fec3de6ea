// What an editor writes when it accepts an LSP snippet with every default kept: tab stops vanish,
// placeholders leave their text, choices their first option, escapes their character.
export function expandSnippet(snippet: string): string {
  let index = 0;
  const read = (closing: string | undefined): string => {
    let out = '';
    while (index < snippet.length) {
      const char = snippet[index]!;
      if (char === '\\' && index + 1 < snippet.length && '\\$}|,'.includes(snippet[index + 1]!)) {
        out += snippet[index + 1];
        index += 2;
        continue;
      }
      if (closing !== undefined && char === closing) return out;
      if (char === '$') {
        const tabStop = /^\$(\d+)/.exec(snippet.slice(index));
        if (tabStop) {
          index += tabStop[0].length;
          continue;
        }
        const placeholder = /^\$\{(\d+):/.exec(snippet.slice(index));
        if (placeholder) {
          index += placeholder[0].length;
          out += read('}');
          index++;
          continue;
        }
        const choice = /^\$\{(\d+)\|/.exec(snippet.slice(index));
        if (choice) {
          index += choice[0].length;
          const options = read('|');
          index += 2; // "|}"
          out += options.split(',')[0];
          continue;
        }
        const bare = /^\$\{(\d+)\}/.exec(snippet.slice(index));
        if (bare) {
          index += bare[0].length;
          continue;
        }
      }
      out += char;
      index++;
    }
    return out;
  };
  return read(undefined);
}
