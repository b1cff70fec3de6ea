// Where the CodeLens goes: the line of the machine's StartAt. Kept apart from vscode so a test can
// time it on hostile text.

/**
 * The first line whose first non-blank text is the key `StartAt` (JSON `"StartAt"` or YAML
 * `StartAt`, then `:`), or 0. One pass over the lines, each looked at from its first non-blank
 * character: linear in the text, whatever it holds. (A multi-line regular expression such as
 * /^\s*"?StartAt"?\s*:/m is quadratic on blank lines, because \s also matches line breaks: 80,000
 * blank lines froze the extension host for 30 s.)
 */
export function startAtLine(lineCount: number, lineText: (line: number) => string): number {
  for (let line = 0; line < lineCount; line++) {
    const text = lineText(line);
    let index = 0;
    while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
    if (text.charCodeAt(index) === 34 /* " */) index++;
    if (!text.startsWith('StartAt', index)) continue;
    index += 'StartAt'.length;
    if (text.charCodeAt(index) === 34) index++;
    while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
    if (text.charCodeAt(index) === 58 /* : */) return line;
  }
  return 0;
}
