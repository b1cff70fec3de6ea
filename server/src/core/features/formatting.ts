// Formatting of JSON definitions: whitespace only, so the user's key order, values and escapes stay
// exactly as written. jsonc-parser's formatter does this already (and never throws on broken text:
// it formats what it can), so this module only adapts its options and edits to the core's.
import { format as formatJson } from 'jsonc-parser';
import type { DocumentFormat } from '../syntax/tree';
import type { TextEdit, TextSpan } from './types';

export interface FormattingOptions {
  tabSize: number;
  insertSpaces: boolean;
  insertFinalNewline?: boolean;
}

/**
 * The edits that format the whole text, or only the lines of `range`. YAML gets none: its layout is
 * its structure, and reflowing it would also move the user's comments.
 */
export function formatDocument(text: string, format: DocumentFormat, options: FormattingOptions, range?: TextSpan): TextEdit[] {
  if (format !== 'json') return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return formatJson(text, range, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol,
  }).map((edit) => ({ offset: edit.offset, length: edit.length, newText: edit.content }));
}
