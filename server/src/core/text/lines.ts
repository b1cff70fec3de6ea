/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Converts offsets to line/character and back. Built once per text; lookups are O(log lines). */
export class LineIndex {
  private readonly lineStarts: number[];

  /** `lineStarts` only from `edited` below: the starts of `text`'s lines, already known. */
  constructor(
    private readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? (text.indexOf('\r') < 0 ? newlineStarts(text) : mixedLineStarts(text));
  }

  /**
   * The index of `newText`, the text after replacing `length` characters at `offset` by `inserted`,
   * derived from this one when the edit neither removes nor adds a line break (a keystroke inside a
   * line): the lines after the edit's line start `inserted.length - length` later. Undefined
   * otherwise (then build one from the text). When an index is returned it takes over this one's
   * storage (a copy per keystroke would be megabytes of garbage on a big document), so this one
   * must not be used again.
   */
  edited(offset: number, length: number, inserted: string, newText: string): LineIndex | undefined {
    const text = this.text;
    if (offset < 0 || offset + length > text.length || newText.length !== text.length - length + inserted.length) return undefined;
    if (hasLineBreak(inserted) || hasLineBreak(text.slice(offset, offset + length))) return undefined;
    // An edit between the \r and \n of a line break (or joining them) changes the lines.
    if (text.charCodeAt(offset - 1) === 13 /* \r */) return undefined;
    const starts = this.lineStarts;
    const delta = inserted.length - length;
    if (delta !== 0) {
      for (let line = this.positionAt(offset).line + 1; line < starts.length; line++) starts[line]! += delta;
    }
    return new LineIndex(newText, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const nextStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.max(start, Math.min(start + position.character, nextStart));
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
}

function hasLineBreak(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
}

/**
 * Line starts of a text without carriage returns: indexOf is a native scan, several times faster than
 * a loop over char codes on the megabytes of a large definition (built once per document version).
 */
function newlineStarts(text: string): number[] {
  const starts = [0];
  for (let offset = text.indexOf('\n'); offset >= 0; offset = text.indexOf('\n', offset + 1)) starts.push(offset + 1);
  return starts;
}

/** Line starts where \r\n, \r and \n each end a line, as LSP counts them. */
function mixedLineStarts(text: string): number[] {
  const starts = [0];
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (char === 13 /* \r */) {
      if (text.charCodeAt(offset + 1) === 10) offset++;
      starts.push(offset + 1);
    } else if (char === 10 /* \n */) {
      starts.push(offset + 1);
    }
  }
  return starts;
}
