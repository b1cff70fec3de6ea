/** Writing values back into JSON or YAML text: quoting, indentation, snippets. */
import type { DocumentFormat, StringStyle } from '../syntax/tree';

/**
 * A YAML plain scalar is safe when a YAML 1.1 or 1.2 reader keeps it a string: no indicator at
 * the start, no ": " or " #" inside, and not a word those readers turn into a boolean, null or
 * number (state names such as Yes and No are common).
 */
export function isPlainYamlSafe(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/: |:$| #|[\t\n\r]/.test(value)) return false;
  if (/^(y|n|yes|no|true|false|on|off|null|~)$/i.test(value)) return false;
  if (/^[-+]?(\.?[0-9]|0x|0o|\.inf|\.nan)/i.test(value)) return false;
  return true;
}

/** A string as a JSON or YAML scalar, keeping the quote style it had when renaming. */
export function formatScalar(value: string, format: DocumentFormat, style: StringStyle = format === 'json' ? 'json' : 'plain'): string {
  if (format === 'json' || style === 'json' || style === 'yaml-double') return JSON.stringify(value);
  if (style === 'yaml-single') return `'${value.replace(/'/g, "''")}'`;
  return isPlainYamlSafe(value) ? value : JSON.stringify(value);
}

/** Escapes text for an LSP snippet (outside placeholders). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** The indentation unit of a document: the smallest indentation of any line, 2 when there is none. */
export function detectIndentUnit(text: string): string {
  let smallest = Infinity;
  const pattern = /\n([ \t]+)\S/g;
  let match: RegExpExecArray | null;
  let checked = 0;
  while ((match = pattern.exec(text)) && checked++ < 200) {
    if (match[1]!.includes('\t')) return '\t';
    smallest = Math.min(smallest, match[1]!.length);
  }
  return ' '.repeat(Number.isFinite(smallest) && smallest > 0 && smallest <= 8 ? smallest : 2);
}

/** The whitespace at the start of the line that holds `offset`. */
export function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart, offset));
  return match ? match[0] : '';
}

/**
 * A value to write into the document. `Snippet` marks a tab stop with a default; `Raw` is text
 * written as is. Objects keep their key order.
 */
export class Snippet {
  constructor(
    readonly defaultValue: string,
    readonly quoted = true,
    readonly choices?: readonly string[],
  ) {}
}

export type SnippetValue = string | number | boolean | null | Snippet | SnippetValue[] | { [key: string]: SnippetValue };

export interface RenderOptions {
  format: DocumentFormat;
  /** Indentation of the line the value starts on. */
  indent: string;
  unit: string;
  /** Emit `${n:...}` tab stops (for snippets) or plain defaults. */
  snippet: boolean;
  /** The number of the tab stop before the first one this render emits (default 0). */
  firstStop?: number;
}

class Renderer {
  private stop: number;
  constructor(private readonly options: RenderOptions) {
    this.stop = options.firstStop ?? 0;
  }

  private scalar(value: string | number | boolean | null | Snippet): string {
    const { format, snippet } = this.options;
    if (value instanceof Snippet) {
      if (!value.quoted) return snippet ? this.tabStop(value.defaultValue, value.choices) : value.defaultValue;
      // An empty YAML value stays unquoted so that what the user types decides its type.
      const needsQuotes = format === 'json' || (value.defaultValue !== '' && !isPlainYamlSafe(value.defaultValue));
      const inner = needsQuotes ? JSON.stringify(value.defaultValue).slice(1, -1) : value.defaultValue;
      const body = snippet ? this.tabStop(inner, value.choices) : inner;
      return needsQuotes ? `"${body}"` : body;
    }
    const text = typeof value === 'string' ? formatScalar(value, format) : JSON.stringify(value);
    return snippet ? escapeSnippet(text) : text;
  }

  private tabStop(text: string, choices?: readonly string[]): string {
    this.stop++;
    if (choices?.length)
      return `\${${this.stop}|${choices.map((choice) => choice.replace(/[\\,|$}]/g, (char) => `\\${char}`)).join(',')}|}`;
    return `\${${this.stop}:${text.replace(/[\\$}]/g, (char) => `\\${char}`)}}`;
  }

  private key(name: string): string {
    const text = this.options.format === 'json' ? JSON.stringify(name) : formatScalar(name, 'yaml');
    return this.options.snippet ? escapeSnippet(text) : text;
  }

  /** Renders a value that starts right after "key: " (or at the cursor) on a line indented by `indent`. */
  value(value: SnippetValue, indent: string): string {
    if (Array.isArray(value)) return this.options.format === 'json' ? this.jsonArray(value, indent) : this.yamlArray(value, indent);
    if (value !== null && typeof value === 'object' && !(value instanceof Snippet)) {
      return this.options.format === 'json' ? this.jsonObject(value, indent) : this.yamlObject(value, indent);
    }
    return this.scalar(value);
  }

  private jsonObject(object: { [key: string]: SnippetValue }, indent: string): string {
    const entries = Object.entries(object);
    if (entries.length === 0) return '{}';
    const inner = indent + this.options.unit;
    return `{\n${entries.map(([key, value]) => `${inner}${this.key(key)}: ${this.value(value, inner)}`).join(',\n')}\n${indent}}`;
  }

  private jsonArray(array: SnippetValue[], indent: string): string {
    if (array.length === 0) return '[]';
    if (array.every((item) => typeof item !== 'object' || item === null || item instanceof Snippet))
      return `[${array.map((item) => this.value(item, indent)).join(', ')}]`;
    const inner = indent + this.options.unit;
    return `[\n${array.map((item) => `${inner}${this.value(item, inner)}`).join(',\n')}\n${indent}]`;
  }

  /** YAML: an object after "key:" goes on the following lines, one level deeper. */
  private yamlObject(object: { [key: string]: SnippetValue }, indent: string): string {
    const entries = Object.entries(object);
    if (entries.length === 0) return '{}';
    const inner = indent + this.options.unit;
    return `\n${this.yamlEntries(entries, inner)}`;
  }

  yamlEntries(entries: [string, SnippetValue][], indent: string): string {
    return entries.map(([key, value]) => `${indent}${this.key(key)}:${this.yamlAfterKey(value, indent)}`).join('\n');
  }

  private yamlAfterKey(value: SnippetValue, indent: string): string {
    const rendered = this.value(value, indent);
    return rendered.startsWith('\n') ? rendered : ` ${rendered}`;
  }

  private yamlArray(array: SnippetValue[], indent: string): string {
    if (array.length === 0) return '[]';
    if (array.every((item) => typeof item !== 'object' || item === null || item instanceof Snippet))
      return `[${array.map((item) => this.value(item, indent)).join(', ')}]`;
    const inner = indent + this.options.unit;
    return `\n${array
      .map((item) => {
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Snippet)) {
          // "- " then the first entry on the same line, the others aligned under it.
          const body = this.yamlEntries(Object.entries(item), inner + '  ');
          return `${inner}- ${body.slice(inner.length + 2)}`;
        }
        return `${inner}- ${this.value(item, inner + '  ').trimStart()}`;
      })
      .join('\n')}`;
  }
}

/** Renders `value` as it would follow a key (or stand at the cursor) on a line indented by `indent`. */
export function renderValue(value: SnippetValue, options: RenderOptions): string {
  return new Renderer(options).value(value, options.indent);
}

/**
 * Renders properties to insert into an object whose other keys are indented by `indent`. JSON:
 * `"a": 1,\n<indent>"b": 2` (no trailing comma); YAML: `a: 1\n<indent>b: 2`. The first line has
 * no indentation (it goes where the cursor is).
 */
export function renderProperties(entries: [string, SnippetValue][], options: RenderOptions): string {
  const renderer = new Renderer(options);
  if (options.format === 'json') {
    return entries
      .map(
        ([key, value], index) =>
          `${index === 0 ? '' : options.indent}${options.snippet ? escapeSnippet(JSON.stringify(key)) : JSON.stringify(key)}: ${renderer.value(value, options.indent)}`,
      )
      .join(',\n');
  }
  return renderer.yamlEntries(entries, options.indent).slice(options.indent.length);
}
