/**
 * Maps offsets in an embedded definition's text (the text its offset tree was parsed from) back to
 * offsets in the host file, and the other way. A definition written as a YAML or JSON object inside
 * the host is parsed in place, so its map is the identity; a definition decoded from a string (a
 * DefinitionString, a heredoc, Fn::Join parts) has one piece per run of characters copied verbatim
 * and one per escape or substituted part.
 */

/** A run of tree text that came from one run of host text. */
export interface OffsetPiece {
  /** Start in the tree text. */
  tree: number;
  /** Start in the host text. */
  host: number;
  /** Length in the tree text. */
  length: number;
  /** Length in the host text (equal to `length` for verbatim pieces). */
  hostLength: number;
  /** True when each tree character is the host character at the same distance (no escape, no substitution). */
  verbatim: boolean;
}

export class OffsetMap {
  /** Pieces sorted by tree offset, without gaps in the tree text. */
  private readonly pieces: OffsetPiece[];

  private constructor(pieces: OffsetPiece[]) {
    this.pieces = pieces;
  }

  /** The map of a definition parsed in place: tree offsets are host offsets. */
  static identity(): OffsetMap {
    return new OffsetMap([]);
  }

  static fromPieces(pieces: OffsetPiece[]): OffsetMap {
    return new OffsetMap(pieces.filter((piece) => piece.length > 0 || piece.hostLength > 0));
  }

  get isIdentity(): boolean {
    return this.pieces.length === 0;
  }

  /** The host offset of a tree offset (the end of the tree text maps to the end of the last piece). */
  toHost(treeOffset: number): number {
    if (this.isIdentity) return treeOffset;
    const piece = this.pieceAtTree(treeOffset);
    if (!piece) return 0;
    const inside = treeOffset - piece.tree;
    if (piece.verbatim) return piece.host + inside;
    return inside >= piece.length && piece.length > 0 ? piece.host + piece.hostLength : piece.host;
  }

  /** The host span of a tree span: from the start's host offset to the end's. */
  spanToHost(offset: number, length: number): { offset: number; length: number } {
    const start = this.toHost(offset);
    if (length === 0) return { offset: start, length: 0 };
    const end = this.toHostEnd(offset + length);
    return { offset: start, length: Math.max(0, end - start) };
  }

  /**
   * True when every character of the tree span is copied verbatim from the host, so an edit of the
   * span can be written back as it is.
   */
  isVerbatim(offset: number, length: number): boolean {
    if (this.isIdentity) return true;
    const piece = this.pieceAtTree(offset);
    if (!piece || !piece.verbatim) return false;
    // A span may run over several adjacent verbatim pieces when they are contiguous in the host too.
    let current = piece;
    let end = offset + length;
    for (;;) {
      if (end <= current.tree + current.length) return true;
      const next = this.pieces[this.pieces.indexOf(current) + 1];
      if (!next || !next.verbatim || next.host !== current.host + current.hostLength) return false;
      current = next;
      if (next.tree >= end) return true;
      end = Math.max(end, next.tree);
    }
  }

  /**
   * Copies the tree text [from, to) of `text` (the text this map belongs to) into `builder`,
   * keeping each character's host offset.
   */
  appendTo(builder: OffsetMapBuilder, text: string, from: number, to: number): void {
    if (from >= to) return;
    if (this.isIdentity) {
      builder.verbatim(text.slice(from, to), from);
      return;
    }
    for (const piece of this.pieces) {
      const start = Math.max(from, piece.tree);
      const end = Math.min(to, piece.tree + piece.length);
      if (start >= end) continue;
      if (piece.verbatim) builder.verbatim(text.slice(start, end), piece.host + (start - piece.tree));
      else builder.replaced(text.slice(start, end), piece.host, piece.hostLength);
    }
  }

  /**
   * True when a tree offset falls between host characters: inside a verbatim run, or at either end
   * of a replaced piece (an escape, a substituted part), never inside one. A span whose two ends are
   * boundaries maps to exactly the host text it stands for, so it can be replaced there.
   */
  isBoundary(treeOffset: number): boolean {
    if (this.isIdentity) return true;
    for (const piece of this.pieces) {
      if (treeOffset <= piece.tree || treeOffset >= piece.tree + piece.length) continue;
      return piece.verbatim;
    }
    return true;
  }

  /** The tree offset of a host offset, when the host offset lies in the embedded text; undefined outside it. */
  toTree(hostOffset: number): number | undefined {
    if (this.isIdentity) return hostOffset;
    for (const piece of this.pieces) {
      if (hostOffset >= piece.host && hostOffset <= piece.host + piece.hostLength) {
        if (piece.verbatim) return piece.tree + (hostOffset - piece.host);
        return hostOffset === piece.host + piece.hostLength ? piece.tree + piece.length : piece.tree;
      }
    }
    return undefined;
  }

  private toHostEnd(treeOffset: number): number {
    // An end offset belongs to the piece that ends there, not the one that starts there.
    for (const piece of this.pieces) {
      if (treeOffset > piece.tree && treeOffset <= piece.tree + piece.length) {
        if (piece.verbatim) return piece.host + (treeOffset - piece.tree);
        return piece.host + piece.hostLength;
      }
    }
    return this.toHost(treeOffset);
  }

  private pieceAtTree(treeOffset: number): OffsetPiece | undefined {
    let low = 0;
    let high = this.pieces.length - 1;
    let found: OffsetPiece | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const piece = this.pieces[middle]!;
      if (piece.tree <= treeOffset) {
        found = piece;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found ?? this.pieces[0];
  }
}

/** Builds the pieces of a text assembled from host runs, in order. */
export class OffsetMapBuilder {
  private readonly pieces: OffsetPiece[] = [];
  private text = '';

  /** Appends tree text copied verbatim from the host at `host`. */
  verbatim(text: string, host: number): void {
    if (text.length === 0) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last?.verbatim && last.host + last.hostLength === host && last.tree + last.length === this.text.length) {
      last.length += text.length;
      last.hostLength += text.length;
    } else {
      this.pieces.push({ tree: this.text.length, host, length: text.length, hostLength: text.length, verbatim: true });
    }
    this.text += text;
  }

  /** Appends tree text that stands for the host span [host, host + hostLength) without a character mapping. */
  replaced(text: string, host: number, hostLength: number): void {
    this.pieces.push({ tree: this.text.length, host, length: text.length, hostLength, verbatim: false });
    this.text += text;
  }

  get length(): number {
    return this.text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.text, map: OffsetMap.fromPieces(this.pieces) };
  }
}
