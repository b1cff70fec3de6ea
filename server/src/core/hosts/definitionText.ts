/**
 * Definition text meant for substitution. A template file such as a SAM DefinitionUri target or a
 * Terraform templatefile() target may hold `${name}` where a JSON value goes (`"TimeoutSeconds":
 * ${totalTimeout}`): not JSON until the tool substitutes it. Such a bare placeholder is read as the
 * string "${name}" (a placeholder, accepted wherever a value is), so it never starts a cascade of
 * syntax errors; the map keeps every other character where it was.
 */
import { parseDocument } from '../syntax/parse';
import type { DocumentFormat, ParsedDocument } from '../syntax/tree';
import { applySubstitutions } from './intrinsics';
import { type OffsetMap, OffsetMapBuilder } from './offsetMap';
import type { Substitutions } from './types';

/** A run of characters that can start neither a JSON string nor a placeholder or directive (sticky). */
const OUTSIDE_STRINGS = /[^"$%]*/y;
/**
 * The rest of a JSON string after its opening quote, through its closing quote if there is one
 * (sticky). Written as plain runs between escapes, so a long string costs no backtracking.
 */
const STRING_REST = /[^"\\]*(?:\\[^][^"\\]*)*"?/y;

/**
 * Spans of `${...}` outside JSON strings (with nested braces, as in `${jsonencode({a = 1})}`), and
 * with `directives` also of Terraform template directives `%{ if ... }`, `%{ for ... }`, `%{ endif }`
 * (marked `directive`).
 */
export function barePlaceholders(text: string, directives = false): { offset: number; length: number; directive?: boolean }[] {
  const found: { offset: number; length: number; directive?: boolean }[] = [];
  // Most definitions have neither "${" nor "%{": one native search instead of a scan character by character.
  if (!text.includes('${') && !(directives && text.includes('%{'))) return found;
  // The rest jumps with sticky regular expressions (run as native code): over text that cannot start
  // a string or a placeholder, and over the rest of each string; a quarter of the corpus's files hold
  // "${" inside their strings.
  let index = 0;
  while (index < text.length) {
    OUTSIDE_STRINGS.lastIndex = index;
    OUTSIDE_STRINGS.test(text);
    index = OUTSIDE_STRINGS.lastIndex;
    if (index >= text.length) break;
    const character = text.charCodeAt(index);
    if (character === 34 /* " */) {
      STRING_REST.lastIndex = index + 1;
      STRING_REST.test(text);
      index = STRING_REST.lastIndex;
      continue;
    }
    const directive = directives && character === 37; /* % */
    if ((character === 36 /* $ */ || directive) && text.charCodeAt(index + 1) === 123 /* { */) {
      let depth = 0;
      let end = index + 1;
      for (; end < text.length; end++) {
        const inner = text.charCodeAt(end);
        if (inner === 123) depth++;
        else if (inner === 125 /* } */ && --depth === 0) break;
        else if (inner === 10 /* \n */) break;
      }
      if (end < text.length && text.charCodeAt(end) === 125) {
        found.push({ offset: index, length: end + 1 - index, ...(directive ? { directive } : {}) });
        index = end + 1;
        continue;
      }
    }
    index++;
  }
  return found;
}

/**
 * The text with each bare placeholder quoted, and its map to the host (composed with `map`). With
 * `directives`, each template directive becomes blanks: the text between `%{ if }` and `%{ endif }`
 * (or a `%{ for }` body, once) is read as it is written.
 */
export function quoteBarePlaceholders(text: string, map: OffsetMap, directives = false): { text: string; map: OffsetMap } {
  const spans = barePlaceholders(text, directives);
  if (spans.length === 0) return { text, map };
  const builder = new OffsetMapBuilder();
  let cursor = 0;
  for (const span of spans) {
    map.appendTo(builder, text, cursor, span.offset);
    const host = map.spanToHost(span.offset, span.length);
    const placeholder = text.slice(span.offset, span.offset + span.length);
    builder.replaced(span.directive ? ' '.repeat(span.length) : JSON.stringify(placeholder), host.offset, host.length);
    cursor = span.offset + span.length;
  }
  map.appendTo(builder, text, cursor, text.length);
  return builder.build();
}

/**
 * Parses definition text (a standalone file, a decoded DefinitionString, a heredoc) into the offset
 * tree, bare placeholders read as strings and known substitutions applied. Problems and the tree are
 * in the returned text's offsets; `map` leads back to the host.
 */
export function parseDefinitionText(
  text: string,
  format: DocumentFormat,
  map: OffsetMap,
  substitutions: Substitutions,
  options: { directives?: boolean } = {},
): { document: ParsedDocument; map: OffsetMap } {
  const quoted = format === 'json' ? quoteBarePlaceholders(text, map, options.directives) : { text, map };
  const document = parseDocument(quoted.text, format);
  if (document.root) document.root = applySubstitutions(document.root, substitutions);
  return { document, map: quoted.map };
}

/** True when a JSON or YAML text looks like a state machine by content: a root object with StartAt and States. */
export function looksLikeDefinition(text: string): boolean {
  return /(^|[{,\s])"?StartAt"?\s*:/.test(text) && /(^|[{,\s])"?States"?\s*:/.test(text);
}
