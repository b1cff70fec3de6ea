import { parseJson } from './jsonParser';
import { parseYaml } from './yamlParser';
import type { DocumentFormat, ParsedDocument } from './tree';

/** Parses a document of either format into the offset tree. Never throws. */
export function parseDocument(text: string, format: DocumentFormat): ParsedDocument {
  return format === 'yaml' ? parseYaml(text) : parseJson(text);
}

/** The format a file name implies: YAML for .yaml/.yml, JSON otherwise. */
export function formatForFileName(fileName: string): DocumentFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}
