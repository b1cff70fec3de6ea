// The one entry point of the pure ASL core. Consumers (language server, CLI, client, tests, benches)
// import from here; it exports what they use and nothing more (other modules of the core are its own
// business). Need something else? Export it here, by name.
export {
  toValue,
  findNodeAtOffset,
  stringValueOffset,
  stringValueIndexAt,
  getPropertyValue,
  asObject,
  type SyntaxProblem,
  type AstNode,
  type ObjectNode,
  type StringNode,
  type TreeNode,
  type DocumentFormat,
} from './syntax/tree';
export { parseDocument, formatForFileName } from './syntax/parse';
export { STATE_TYPES, type StateType, type QueryLanguage, type StateMachine, type State, type Catcher, type Scope } from './model/types';
export { buildStateMachine } from './model/build';
export type { Diagnostic, Severity } from './validation/diagnostic';
export { DIAGNOSTIC_CODES, isDiagnosticCode, type DiagnosticCode } from './validation/codes';
export { AnalyzedDocument, analyzeDocument } from './analysis';
export { LineIndex, type Position, type Range } from './text/lines';

import { parseDocument } from './syntax/parse';
import { buildStateMachine } from './model/build';
import { validateStateMachine } from './validation/validate';
export { validateStateMachine };
import type { DocumentFormat } from './syntax/tree';
import type { Diagnostic } from './validation/diagnostic';

/** Parses and validates a document's text in one call. */
export function validateDocument(text: string, format: DocumentFormat): Diagnostic[] {
  return validateStateMachine(buildStateMachine(parseDocument(text, format)));
}

// The service integrations catalog (Task Resource values, their patterns, parameters and errors).
export {
  SERVICES,
  SERVICE_ACTIONS,
  findServiceAction,
  integrationArn,
  describeError,
  sdkServices,
  sdkActions,
  findSdkService,
  findSdkServiceByExceptionPrefix,
  hasSdkAction,
  SDK_CATALOG_DATE,
  SDK_CATALOG_SOURCE,
  parseResourceArn,
  type IntegrationPattern,
} from './catalog/index';

// Expression checks and the variable analysis (validation, completion, go to definition, rename).
export { analyzeExpressions } from './semantics/expressionSites';
export { analyzeVariables } from './semantics/variables';

// Editing features: completion, hover, navigation, outline, folding, quick fixes (all in offsets).
export {
  complete,
  limitCompletions,
  COMPLETION_LIST_LIMIT,
  hover,
  findDefinition,
  findReferences,
  findHighlights,
  prepareRename,
  rename,
  findVariableDefinitions,
  documentSymbols,
  foldingRanges,
  quickFixes,
  formatDocument,
  type FormattingResult,
  stateIndex,
  STATE_FIELD_DOCS,
  OBJECT_FIELD_DOCS,
  type CompletionEntry,
  type CompletionKind,
  type HoverResult,
  type Highlight,
  type DocumentSymbolResult,
  type FoldingRangeResult,
  type SymbolKind,
  type CodeActionResult,
  type Location,
  type TextEdit,
  type FeatureSpan,
} from './features/index';

// The graph of a machine for the preview (pure data from the model).
export {
  buildGraph,
  findStateNodeAtOffset,
  summarizeChoiceRule,
  type GraphDiagnosticInput,
  type GraphNode,
  type StateMachineGraph,
  type GraphVisitStatus,
  type GraphRunOverlay,
} from './graph/index';

// The interpreter is the core's one other entry point, server/src/core/interpreter/index.ts: it is
// kept out of this module so that consumers that only validate (asl validate, the language server)
// do not load and initialise it and the JSONata runtime at start-up.

// Definitions inside infrastructure files (SAM, CloudFormation, CDK output, Terraform, Serverless):
// each found with its own offset tree and a map back to the host file.
export * from './hosts/index';
export { EmbeddedMachine, HostAnalysis } from './hosts/analysis';
export type { ValidationOptions } from './validation/validate';

// The test runner's core: test files, the matcher, expectations, mocks and coverage (no interpreter code).
export * from './testing/index';
