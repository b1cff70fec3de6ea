// Formatting of YAML definitions with the yaml library's Document API, which keeps what the user
// wrote beyond the data: comments, blank lines, key order, quoting and block scalars, flow
// collections, anchors, aliases and tags. Layout is YAML's structure, so nothing is formatted that
// the library cannot read, and every result is checked before it is offered: the same data in the
// same order and the same comments, or a refusal that says why and leaves the text as it is.
import { CST, Lexer, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { diffArrays } from 'diff';
import { parseYaml } from '../syntax/yamlParser';
import { LineIndex } from '../text/lines';
import type { TextEdit, TextSpan } from './types';

export type FormattingResult = { edits: TextEdit[] } | { refusal: string };

/**
 * Bounds on the line diff between the text and its formatting (Myers' diff costs lines × changes):
 * beyond them a whole document is one replacement, and a selection is refused.
 */
const MAX_DIFF_EDITS = 5_000;
const MAX_DIFF_MILLIS = 500;

const LIBRARY_OPTIONS = { uniqueKeys: false, strict: false, prettyErrors: false } as const;

/** The edits that format the YAML text (only the lines of `range` when given), or why it is left as it is. */
export function formatYaml(text: string, indent: number, range?: TextSpan): FormattingResult {
  const lines = new LineIndex(text);
  // The core's own reading first: it bounds nesting and alias expansion before the library recurses.
  const problem = parseYaml(text, false).problems[0];
  if (problem) {
    const at = lines.positionAt(problem.offset);
    return {
      refusal: `The YAML has a syntax problem at line ${at.line + 1}, column ${at.character + 1} (${problem.message}): fix it first; formatting changed nothing.`,
    };
  }
  let document: Document;
  let formatted: string;
  try {
    document = parseDocument(text, LIBRARY_OPTIONS);
    if (document.errors.length > 0 || document.contents === null) return { edits: [] };
    formatted = document.toString({ ...styleOf(document, text), indent: Math.max(1, Math.min(8, indent)), lineWidth: 0 });
  } catch (error) {
    return { refusal: `The YAML could not be formatted (${error instanceof Error ? error.message : String(error)}); nothing was changed.` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (eol !== '\n') formatted = formatted.replace(/\n/g, eol);
  // The library ends the text with a line break; a text without one keeps it that way.
  if (!/\r?\n$/.test(text)) formatted = formatted.replace(/\r?\n$/, '');

  const hunks = lineHunks(text, formatted);
  if (!hunks && range)
    return { refusal: 'The document changes too much to format a selection of it apart: format the whole document; nothing was changed.' };
  const all = hunks ?? [{ oldStart: 0, oldCount: splitLines(text).length, newLines: splitLines(formatted) }];
  const kept = range ? all.filter((hunk) => touches(hunk, lineRange(lines, range))) : all;
  const edits = kept.map((hunk) => toEdit(lines, hunk));
  if (edits.length === 0) return { edits };
  const result = applyEdits(text, edits);
  const difference = differenceOf(document, text, result);
  if (difference) {
    return {
      refusal: range
        ? `The selected lines cannot be formatted apart from the rest (${difference}): format the whole document instead; nothing was changed.`
        : `Formatting would have changed the document (${difference}), so it was left as it is.`,
    };
  }
  return { edits };
}

/** The user's habits the library has options for: `key:\n- item` or indented items, `{ a: 1 }` or `{a: 1}`. */
function styleOf(document: Document, text: string): { indentSeq: boolean; flowCollectionPadding: boolean } {
  const style = { indentSeq: true, flowCollectionPadding: true };
  let seqFound = false;
  let flowFound = false;
  const pending: unknown[] = [document.contents];
  while (pending.length > 0 && !(seqFound && flowFound)) {
    const node = pending.pop();
    if (!isCollection(node)) continue;
    if (node.flow) {
      if (!flowFound && node.items.length > 0 && node.range) {
        flowFound = true;
        style.flowCollectionPadding = /^[[{][ \t]/.test(text.slice(node.range[0], node.range[0] + 2));
      }
      continue;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        const value = item.value;
        if (!seqFound && isSeq(value) && !value.flow && value.range && isScalar(key) && key.range) {
          seqFound = true;
          style.indentSeq = columnOf(text, value.range[0]) > columnOf(text, key.range[0]);
        }
        pending.push(value);
      } else pending.push(item);
    }
  }
  return style;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** A run of changed lines: `oldCount` lines of the text from `oldStart` become `newLines`. */
interface Hunk {
  oldStart: number;
  oldCount: number;
  newLines: string[];
}

function splitLines(text: string): string[] {
  // Line ends as LineIndex counts them (\r\n, \r, \n), so hunks and offsets agree.
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** The runs of changed lines, or undefined when the diff passed its bounds. */
function lineHunks(before: string, after: string): Hunk[] | undefined {
  const changes = diffArrays(splitLines(before), splitLines(after), { maxEditLength: MAX_DIFF_EDITS, timeout: MAX_DIFF_MILLIS });
  if (!changes) return undefined;
  const hunks: Hunk[] = [];
  let line = 0;
  let open: Hunk | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      line += change.count;
      open = undefined;
      continue;
    }
    if (!open) {
      open = { oldStart: line, oldCount: 0, newLines: [] };
      hunks.push(open);
    }
    if (change.removed) {
      open.oldCount += change.count;
      line += change.count;
    } else open.newLines.push(...change.value);
  }
  return hunks;
}

/** The first and last lines a range covers (a range ending at a line's start leaves that line out). */
function lineRange(lines: LineIndex, range: TextSpan): { first: number; last: number } {
  const first = lines.positionAt(range.offset).line;
  const end = lines.positionAt(range.offset + range.length);
  const last = range.length > 0 && end.character === 0 ? Math.max(first, end.line - 1) : end.line;
  return { first, last };
}

function touches(hunk: Hunk, { first, last }: { first: number; last: number }): boolean {
  if (hunk.oldCount === 0) return hunk.oldStart >= first && hunk.oldStart <= last;
  return hunk.oldStart <= last && hunk.oldStart + hunk.oldCount - 1 >= first;
}

function toEdit(lines: LineIndex, hunk: Hunk): TextEdit {
  // offsetAt past the last line is the text's end.
  const start = lines.offsetAt({ line: hunk.oldStart, character: 0 });
  const end = lines.offsetAt({ line: hunk.oldStart + hunk.oldCount, character: 0 });
  return { offset: start, length: end - start, newText: hunk.newLines.join('') };
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.offset + edit.length);
  return out;
}

/** What differs between the document and the formatted text, in words, or undefined when only layout does. */
function differenceOf(original: Document, text: string, result: string): string | undefined {
  const formatted = parseDocument(result, LIBRARY_OPTIONS);
  if (formatted.errors.length > 0) return `the result would not be valid YAML: ${formatted.errors[0]!.message.split('\n')[0]}`;
  if (!sameNodes(original.contents, formatted.contents)) return 'its data or key order would differ';
  const before = commentsOf(text);
  const after = commentsOf(result);
  if (before.join('\n') !== after.join('\n')) return 'a comment would be lost or altered';
  return undefined;
}

/** Every comment of the text, in order, without the spaces around it. */
function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (CST.tokenType(token) === 'comment') comments.push(token.trim());
  return comments;
}

/** The same values, keys in the same order, the same tags, anchors and aliases; layout and quoting aside. Iterative: no recursion on deep documents. */
function sameNodes(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [left, right] = pending.pop()!;
    if (left === null || left === undefined || right === null || right === undefined) {
      if ((left ?? null) !== (right ?? null)) return false;
      continue;
    }
    if (isAlias(left) || isAlias(right)) {
      if (!isAlias(left) || !isAlias(right) || left.source !== right.source) return false;
      continue;
    }
    if (isScalar(left) && isScalar(right)) {
      if (!Object.is(left.value, right.value) || left.tag !== right.tag || left.anchor !== right.anchor) return false;
      continue;
    }
    if ((isMap(left) && isMap(right)) || (isSeq(left) && isSeq(right))) {
      if (left.items.length !== right.items.length || left.tag !== right.tag || left.anchor !== right.anchor) return false;
      left.items.forEach((item, index) => {
        const other = right.items[index];
        if (isPair(item) && isPair(other)) pending.push([item.key, other.key], [item.value, other.value]);
        else pending.push([item, other]);
      });
      continue;
    }
    return false;
  }
  return true;
}
