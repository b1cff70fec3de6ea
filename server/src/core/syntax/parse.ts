import { parseJson } from './jsonParser';
import { parseYaml } from './yamlParser';
import type { DocumentFormat, ParsedDocument } from './tree';

/**
 * Syntax problems past this many are left out: a binary file or a pasted log can give one per
 * token (tens of thousands), which helps no one and costs the editor seconds to draw.
 */
export const MAX_SYNTAX_PROBLEMS = 100;

/** Parses a document of either format into the offset tree. Never throws. */
export function parseDocument(text: string, format: DocumentFormat): ParsedDocument {
  const parsed = format === 'yaml' ? parseYaml(text) : parseJson(text);
  if (parsed.problems.length > MAX_SYNTAX_PROBLEMS) {
    const omitted = parsed.problems.length - MAX_SYNTAX_PROBLEMS;
    const last = parsed.problems[MAX_SYNTAX_PROBLEMS]!;
    parsed.problems = parsed.problems.slice(0, MAX_SYNTAX_PROBLEMS);
    parsed.problems.push({
      code: 'syntax/too-many-problems',
      message: `${omitted.toLocaleString('en-US')} more syntax problems from here on are not shown; fix the ones above first (is this a state machine file?).`,
      offset: last.offset,
      length: last.length,
    });
  }
  return parsed;
}

/** The format a file name implies: YAML for .yaml/.yml, JSON otherwise. */
export function formatForFileName(fileName: string): DocumentFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}
