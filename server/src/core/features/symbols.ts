/** The outline (states nested under their Parallel branches and Map item processors) and folding ranges. */
import type { AstNode, Scope, State, StateMachine, StateType } from '../model/types';
import type { LineIndex } from '../text/lines';
import type { TextSpan } from './types';

export type SymbolKind = 'state' | 'branch' | 'itemProcessor';

export interface DocumentSymbolResult {
  name: string;
  /** The state type, or what a grouping node is. */
  detail: string;
  kind: SymbolKind;
  stateType?: StateType;
  /** The whole entry (key and value). */
  span: TextSpan;
  /** The part to reveal and select: the state's key. */
  selectionSpan: TextSpan;
  children: DocumentSymbolResult[];
}

export function documentSymbols(machine: StateMachine): DocumentSymbolResult[] {
  return machine.root ? scopeSymbols(machine.root) : [];
}

function scopeSymbols(scope: Scope): DocumentSymbolResult[] {
  return scope.stateList.map(stateSymbol);
}

function stateSymbol(state: State): DocumentSymbolResult {
  const children: DocumentSymbolResult[] = [];
  for (const branch of state.branches) {
    const label = `Branch ${(branch.branchIndex ?? 0) + 1}`;
    children.push({
      name: label,
      detail: branch.startAt ? `starts at ${branch.startAt.name}` : 'branch',
      kind: 'branch',
      span: { offset: branch.node.offset, length: branch.node.length },
      selectionSpan: { offset: branch.node.offset, length: Math.min(1, branch.node.length) },
      children: scopeSymbols(branch),
    });
  }
  if (state.itemProcessor) {
    const processor = state.itemProcessor;
    const property = processor.node.parent?.type === 'property' ? processor.node.parent : undefined;
    children.push({
      name: property?.keyValue ?? 'ItemProcessor',
      detail: processor.startAt ? `starts at ${processor.startAt.name}` : 'item processor',
      kind: 'itemProcessor',
      span: property
        ? { offset: property.offset, length: property.length }
        : { offset: processor.node.offset, length: processor.node.length },
      selectionSpan: property ? { offset: property.offset, length: property.keyLength } : { offset: processor.node.offset, length: 1 },
      children: scopeSymbols(processor),
    });
  }
  return {
    name: state.name,
    detail: state.type ?? (state.typeNode?.type === 'string' ? state.typeNode.value : 'state'),
    kind: 'state',
    stateType: state.type,
    span: { offset: state.property.offset, length: state.property.length },
    selectionSpan: { offset: state.property.offset, length: state.property.keyLength },
    children,
  };
}

export interface FoldingRangeResult {
  startLine: number;
  endLine: number;
}

/**
 * A fold for every object and array that spans lines, from the line of its key (or opening
 * bracket) to the line before its closing bracket (JSON) or its last line (YAML).
 */
export function foldingRanges(machine: StateMachine, lines: LineIndex): FoldingRangeResult[] {
  const ranges: FoldingRangeResult[] = [];
  const text = machine.document.text;
  const json = machine.document.format === 'json';
  const visit = (node: AstNode, startOffset: number): void => {
    if (node.type !== 'object' && node.type !== 'array') return;
    const startLine = lines.positionAt(startOffset).line;
    const end = node.offset + node.length;
    let endLine = lines.positionAt(Math.max(node.offset, end - 1)).line;
    if (json && text[end - 1] === (node.type === 'object' ? '}' : ']')) endLine--;
    if (endLine > startLine) ranges.push({ startLine, endLine });
    if (node.type === 'object') {
      for (const property of node.properties) if (property.value) visit(property.value, property.offset);
    } else {
      for (const item of node.items) visit(item, item.offset);
    }
  };
  if (machine.document.root) visit(machine.document.root, machine.document.root.offset);
  return ranges;
}
