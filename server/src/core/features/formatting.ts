// Formatting of definitions. JSON: whitespace only, so the user's key order, values and escapes stay
// exactly as written; jsonc-parser's formatter does this already (and never throws on broken text:
// it formats what it can), so this module only adapts its options and edits to the core's. YAML:
// yamlFormatting.ts, which refuses broken text rather than guess its structure.
import { format as formatJson } from 'jsonc-parser';
import type { DocumentFormat } from '../syntax/tree';
import type { TextSpan } from './types';
import { type FormattingResult, formatYaml } from './yamlFormatting';

export type { FormattingResult };

export interface FormattingOptions {
  tabSize: number;
  insertSpaces: boolean;
  insertFinalNewline?: boolean;
}

/**
 * The edits that format the whole text, or only the lines of `range`, or (YAML only) why the text
 * is left as it is. YAML is always indented with spaces (tabs are not YAML indentation).
 */
export function formatDocument(text: string, format: DocumentFormat, options: FormattingOptions, range?: TextSpan): FormattingResult {
  if (format === 'yaml') return formatYaml(text, options.tabSize, range);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = formatJson(text, range, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol,
  });
  return { edits: edits.map((edit) => ({ offset: edit.offset, length: edit.length, newText: edit.content })) };
}
