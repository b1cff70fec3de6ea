/**
 * Editing features over an analyzed document, all in offsets: completion, hover, navigation
 * (definition, references, highlights, rename), outline, folding and quick fixes. The language
 * server maps these to LSP; nothing here knows about the protocol.
 */
export { complete, type CompletionEntry, type CompletionKind } from './completion';
export { limitCompletions, COMPLETION_LIST_LIMIT, type LimitedCompletions } from './completionLimit';
export { hover, type HoverResult } from './hover';
export {
  findDefinition,
  findReferences,
  findHighlights,
  prepareRename,
  rename,
  stateAt,
  type Highlight,
  type RenameTarget,
} from './navigation';
export { findVariableDefinitions, visibleVariables, variableReferenceAt } from './variableNavigation';
export { documentSymbols, foldingRanges, type DocumentSymbolResult, type FoldingRangeResult, type SymbolKind } from './symbols';
export { quickFixes, type CodeActionResult } from './codeActions';
export { formatDocument, type FormattingOptions, type FormattingResult } from './formatting';
export { cursorContext, locate, type CursorContext, type Location } from './cursorContext';
export { stateIndex, spotAt } from './stateIndex';
export type { TextEdit, TextSpan as FeatureSpan, FeatureError } from './types';
export { STATE_TYPE_DOCS, STATE_FIELD_DOCS, OBJECT_FIELD_DOCS, INTRINSIC_DOCS, JSONATA_FUNCTION_DOCS, CONTEXT_OBJECT_DOCS } from './docs';
