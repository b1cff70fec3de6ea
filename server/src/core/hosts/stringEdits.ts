/**
 * Edits inside a definition written as one host string (a CloudFormation DefinitionString or
 * `!Sub` string, in a JSON template or a YAML one): an edit made on the decoded definition is
 * written back when both its ends fall between host characters (never inside an escape or a
 * substituted part) and its text can be written in the string's quoting: escaped for JSON and YAML
 * double quotes, `''` for YAML single quotes, re-indented for a YAML literal block. Anything else
 * cannot be written back, and is dropped.
 *
 *   const entries = completionInHostString(embedded, hostText, complete(machine, offset));
 *   // entries.written: ready for the host (still tree offsets: map them with the machine's map)
 *   // entries.dropped: how many could not be written (the editor says why)
 */
import type { CompletionEntry } from '../features/completion';
import type { TextEdit } from '../features/types';
import type { EmbeddedMachine } from './analysis';

/** The edit with its text written as the host string needs it, or undefined when it cannot be written back. */
export function hostStringEdit(embedded: EmbeddedMachine, hostText: string, edit: TextEdit, snippet = false): TextEdit | undefined {
  const { definition } = embedded;
  const map = definition.map;
  if (!map || !definition.stringStyle) return undefined;
  if (!map.isBoundary(edit.offset) || !map.isBoundary(edit.offset + edit.length)) return undefined;
  const newText = encode(edit.newText, definition.stringStyle, snippet, () => blockIndentation(embedded, hostText));
  return newText === undefined ? undefined : { ...edit, newText };
}

/** Completion entries with their edits written for the host string; the ones that cannot be are counted. */
export function completionInHostString(
  embedded: EmbeddedMachine,
  hostText: string,
  entries: readonly CompletionEntry[],
): { written: CompletionEntry[]; dropped: number } {
  const written: CompletionEntry[] = [];
  for (const entry of entries) {
    const edit = hostStringEdit(embedded, hostText, entry.edit, entry.snippet);
    const additional = (entry.additionalEdits ?? []).map((extra) => hostStringEdit(embedded, hostText, extra));
    if (!edit || additional.some((extra) => extra === undefined)) continue;
    written.push({ ...entry, edit, ...(entry.additionalEdits ? { additionalEdits: additional as TextEdit[] } : {}) });
  }
  return { written, dropped: entries.length - written.length };
}

function encode(text: string, style: string, snippet: boolean, indentation: () => string | undefined): string | undefined {
  switch (style) {
    case 'json':
    case 'yaml-double':
      // A snippet's own escapes (\$, \}) would be escaped again: such a snippet cannot be written.
      if (snippet && text.includes('\\')) return undefined;
      return JSON.stringify(text).slice(1, -1);
    case 'yaml-single':
      return text.includes('\n') ? undefined : text.replace(/'/g, "''");
    case 'block': {
      if (!text.includes('\n')) return text;
      const indent = indentation();
      return indent === undefined ? undefined : text.replace(/\n/g, `\n${indent}`);
    }
    default:
      return undefined;
  }
}

/** The indentation of a YAML literal block's lines: that of the host line where the definition text starts. */
function blockIndentation(embedded: EmbeddedMachine, hostText: string): string | undefined {
  const start = embedded.toHostSpan(0, 0).offset;
  const lineStart = hostText.lastIndexOf('\n', start - 1) + 1;
  const indent = hostText.slice(lineStart, start);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}
