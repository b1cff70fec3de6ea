import type { StringNode } from '../syntax/tree';
import type { OffsetMapBuilder } from './offsetMap';

/**
 * Appends the decoded value of a string node of the host to `builder`, each character mapped to
 * the host characters it was written with: verbatim runs one to one, an escape (`\"`, `\n`,
 * `\u0041`, YAML's `''`) as one replaced piece. Block scalars (YAML `|`) are aligned line by line;
 * what cannot be aligned maps to the node as a whole.
 */
export function appendStringNode(builder: OffsetMapBuilder, node: StringNode, host: string): void {
  const value = node.value;
  switch (node.style) {
    case 'json':
    case 'yaml-double':
      appendEscaped(builder, value, node, host);
      return;
    case 'yaml-single': {
      let offset = node.offset + 1;
      let run = '';
      let runStart = offset;
      for (const character of value) {
        if (character === "'" && host[offset] === "'" && host[offset + 1] === "'") {
          builder.verbatim(run, runStart);
          builder.replaced("'", offset, 2);
          offset += 2;
          run = '';
          runStart = offset;
        } else {
          run += character;
          offset += character.length;
        }
      }
      builder.verbatim(run, runStart);
      return;
    }
    case 'plain':
      if (host.startsWith(value, node.offset)) builder.verbatim(value, node.offset);
      else builder.replaced(value, node.offset, node.length);
      return;
    default:
      appendAligned(builder, value, node.offset, node.offset + node.length, host);
  }
}

function appendEscaped(builder: OffsetMapBuilder, value: string, node: StringNode, host: string): void {
  let offset = node.offset + 1;
  const end = node.offset + node.length - 1;
  let decoded = 0;
  let runStart = offset;
  let runDecoded = 0;
  const flush = (): void => {
    builder.verbatim(value.slice(runDecoded, decoded), runStart);
  };
  while (offset < end && decoded < value.length) {
    if (host[offset] !== '\\') {
      offset++;
      decoded++;
      continue;
    }
    flush();
    const escape = host[offset + 1];
    let hostLength = 2;
    let produced = 1;
    if (escape === 'u') hostLength = 6;
    else if (escape === 'x') hostLength = 4;
    else if (escape === 'U') {
      hostLength = 10;
      produced = value.codePointAt(decoded)! > 0xffff ? 2 : 1;
    } else if (escape === '\n' || escape === '\r') {
      // YAML's escaped line break: no character, the next line's indentation skipped.
      hostLength = 2;
      while (host[offset + hostLength] === ' ' || host[offset + hostLength] === '\t') hostLength++;
      produced = 0;
    }
    if (produced > 0) builder.replaced(value.slice(decoded, decoded + produced), offset, hostLength);
    offset += hostLength;
    decoded += produced;
    runStart = offset;
    runDecoded = decoded;
  }
  flush();
  if (decoded < value.length) builder.replaced(value.slice(decoded), node.offset, node.length);
}

/**
 * Aligns a value with the host text line by line (YAML block scalars, heredocs): each line of the
 * value is looked for from where the previous one ended; a line not found maps the rest to the span.
 */
export function appendAligned(builder: OffsetMapBuilder, value: string, start: number, end: number, host: string): void {
  let cursor = start;
  const lines = value.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const found = line.length === 0 ? cursor : host.indexOf(line, cursor);
    if (found < 0 || found + line.length > end) {
      builder.replaced(lines.slice(index).join('\n'), cursor, Math.max(0, end - cursor));
      return;
    }
    builder.verbatim(line, found);
    cursor = found + line.length;
    if (index < lines.length - 1) {
      const newline = host.indexOf('\n', cursor);
      if (newline < 0 || newline >= end) {
        builder.replaced(lines.slice(index + 1).join('\n'), cursor, Math.max(0, end - cursor));
        return;
      }
      builder.verbatim('\n', newline);
      cursor = newline + 1;
    }
  }
}
