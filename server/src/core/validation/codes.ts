/**
 * Every diagnostic code, its default severity and what it means, in one table: `Diagnostic.code`
 * is a `DiagnosticCode`, so a misspelled code (in a rule, a quick fix, a test) fails to compile,
 * and docs/diagnostics.md is generated from this table (test/unit/validation/diagnostic-codes.test.ts
 * keeps the two equal). Codes are stable: users and tools rely on them. A rule may report a code
 * at another severity where the table says so (e.g. a warning that becomes information).
 */
import type { Severity } from './diagnostic';

export interface DiagnosticCodeInfo {
  /** The severity the code is reported with unless the description says otherwise. */
  readonly severity: Severity;
  /** One line: what the code means. */
  readonly description: string;
}

export const DIAGNOSTIC_CODES = {
  // Syntax: the text cannot be read as JSON or YAML.
  'syntax/json': { severity: 'error', description: 'The text is not valid JSON.' },
  'syntax/yaml': { severity: 'error', description: 'The text is not valid YAML.' },
  'syntax/too-deep': { severity: 'error', description: 'The document nests deeper than the parser allows.' },
  'syntax/yaml-alias-expansion': { severity: 'error', description: 'YAML aliases expand to more nodes than the parser allows.' },
  'syntax/yaml-complex-key': { severity: 'error', description: 'A YAML key is a collection, which a state machine cannot have.' },
  'syntax/yaml-multiple-documents': { severity: 'error', description: 'The YAML file holds more than one document.' },
  'syntax/yaml-recursive-alias': { severity: 'error', description: 'A YAML alias refers to a node that contains it.' },
  'syntax/yaml-unknown-alias': { severity: 'error', description: 'A YAML alias names an anchor that does not exist.' },
  'syntax/too-many-problems': { severity: 'error', description: 'Past the first 100 syntax problems, the rest are counted in one.' },
  'syntax/hcl': { severity: 'error', description: 'A Terraform file is not valid HCL.' },

  // Infrastructure files: where a definition comes from.
  'host/remote-definition': {
    severity: 'information',
    description: 'The definition is in S3 (DefinitionS3Location), out of reach of the editor.',
  },
  'host/missing-definition-file': { severity: 'error', description: 'A local definition file the template names does not exist.' },
  'host/unreadable-definition-file': {
    severity: 'error',
    description: 'A local definition file the template names cannot be read (not a regular file, not UTF-8 text, or over 16 MiB).',
  },
  'host/hcl-unavailable': {
    severity: 'warning',
    description: "The Terraform parser could not be loaded, so the file's machines are not read.",
  },

  // Express workflows (the template's type): what only Standard workflows may do.
  'express/unsupported-pattern': {
    severity: 'error',
    description: 'Express workflows cannot run .sync or .waitForTaskToken integrations.',
  },
  'express/activity': { severity: 'error', description: 'Express workflows cannot run Activities.' },
  'express/long-wait': { severity: 'warning', description: 'A Wait longer than an Express workflow may run (5 minutes).' },

  // Structure: fields, types and values against the ASL schema.
  'structure/empty-document': { severity: 'error', description: 'The document is empty.' },
  'structure/root-not-object': { severity: 'error', description: 'The top level is not an object.' },
  'structure/missing-field': { severity: 'error', description: 'A required field is missing.' },
  'structure/unknown-field': { severity: 'error', description: 'A field that this object does not have.' },
  'structure/field-not-allowed': { severity: 'error', description: 'A field of another state type.' },
  'structure/wrong-type': { severity: 'error', description: 'A value of the wrong JSON type.' },
  'structure/invalid-value': {
    severity: 'error',
    description: 'A value outside the allowed values (a warning where the service accepts it).',
  },
  'structure/out-of-range': { severity: 'error', description: 'A number outside its allowed range.' },
  'structure/empty-array': { severity: 'error', description: 'An array that must have at least one item is empty.' },
  'structure/exclusive-fields': { severity: 'error', description: 'Two fields that exclude each other are both present.' },
  'structure/duplicate-key': { severity: 'error', description: 'A key appears twice in one object.' },
  'structure/empty-states': { severity: 'error', description: 'A States object has no states.' },
  'structure/empty-state-name': { severity: 'error', description: 'A state name is empty.' },
  'structure/state-name-too-long': { severity: 'error', description: 'A state name is longer than AWS allows.' },
  'structure/state-not-object': { severity: 'error', description: 'A state is not an object.' },
  'structure/unknown-state-type': { severity: 'error', description: 'Type is not one of the eight state types.' },
  'structure/query-language-field': {
    severity: 'error',
    description: 'A field of the other query language (JSONPath in a JSONata state or the reverse).',
  },
  'structure/query-language-downgrade': {
    severity: 'error',
    description: 'A state asks for JSONPath inside a JSONata machine (a warning where AWS accepts it).',
  },
  'structure/heartbeat-not-below-timeout': { severity: 'error', description: 'HeartbeatSeconds is not smaller than TimeoutSeconds.' },
  'structure/distributed-only-field': { severity: 'warning', description: 'A field that only a Distributed Map uses, in an inline Map.' },
  'structure/deprecated-field': { severity: 'hint', description: 'A field AWS keeps only for older machines (Iterator).' },

  // Graph: transitions between states.
  'graph/duplicate-state-name': { severity: 'error', description: 'Two states of one machine have the same name.' },
  'graph/missing-transition': { severity: 'error', description: 'A state has neither Next nor End.' },
  'graph/next-and-end': { severity: 'error', description: 'A state has both Next and End.' },
  'graph/no-exit-loop': { severity: 'error', description: 'A loop of states that no path leaves.' },
  'graph/unreachable': { severity: 'error', description: 'No path from StartAt reaches the state.' },
  'graph/unreachable-after-unknown-reference': {
    severity: 'hint',
    description: 'The state is unreached only because a Next, Default or Catch names no state (the error is there).',
  },

  // References to state names.
  'reference/unknown-state': { severity: 'error', description: 'StartAt, Next or Default names no state.' },
  'reference/out-of-scope': { severity: 'error', description: 'A transition names a state of another scope (branch or item processor).' },

  // Choice rules.
  'choice/invalid-combinator': { severity: 'error', description: 'And or Or is not a non-empty array, or Not is not an object.' },
  'choice/missing-condition': { severity: 'error', description: 'A JSONata choice rule has no Condition.' },
  'choice/missing-next': { severity: 'error', description: 'A top-level choice rule has no Next.' },
  'choice/missing-operator': { severity: 'error', description: 'A choice rule has no comparison operator.' },
  'choice/missing-variable': { severity: 'error', description: 'A JSONPath choice rule has no Variable.' },
  'choice/multiple-operators': { severity: 'error', description: 'A choice rule has more than one comparison operator.' },
  'choice/operand-type': { severity: 'error', description: 'A comparison operand of the wrong type.' },
  'choice/query-language-field': { severity: 'error', description: 'A choice rule field of the other query language.' },
  'choice/unexpected-field': {
    severity: 'error',
    description: 'A field a choice rule at this depth may not have (Next in a nested rule).',
  },
  'choice/unknown-field': { severity: 'error', description: 'A field that choice rules do not have.' },

  // Retry and Catch.
  'error-handling/dynamic-value': {
    severity: 'warning',
    description: 'A retrier number given as a path, which fails when the retrier runs.',
  },
  'error-handling/empty-error-equals': { severity: 'warning', description: 'ErrorEquals is empty, so the entry never applies.' },
  'error-handling/states-all-not-alone': { severity: 'error', description: 'States.ALL is listed with other error names.' },
  'error-handling/states-all-not-last': { severity: 'error', description: 'A retrier or catcher with States.ALL is not the last one.' },
  'error-handling/unknown-error-name': { severity: 'warning', description: 'A States.* error name that does not exist.' },

  // Task resources.
  'resource/not-an-arn': { severity: 'warning', description: 'Resource is not an ARN.' },
  'resource/malformed': { severity: 'error', description: 'Resource is an ARN of the wrong form.' },
  'resource/unknown-partition': { severity: 'error', description: 'The ARN names an unknown AWS partition.' },
  'resource/unknown-integration': { severity: 'error', description: 'An optimized integration service the catalog does not know.' },
  'resource/unknown-action': { severity: 'warning', description: 'An action the integration does not have.' },
  'resource/unknown-pattern': { severity: 'error', description: 'An integration pattern suffix that does not exist.' },
  'resource/unsupported-pattern': { severity: 'error', description: 'An integration pattern the action does not support.' },
  'resource/unsupported-arn': { severity: 'warning', description: 'An ARN that Step Functions cannot call as a Task resource.' },
  'resource/unknown-sdk-service': {
    severity: 'warning',
    description: 'An aws-sdk service the SDK table lacks (information when no close name suggests a typo).',
  },
  'resource/unknown-sdk-action': {
    severity: 'warning',
    description: 'An aws-sdk action the SDK table lacks (information when no close name suggests a typo).',
  },
  'resource/unsupported-sdk-action': { severity: 'warning', description: 'An aws-sdk action AWS documents as unsupported.' },
  'resource/unsupported-item-reader': { severity: 'error', description: 'An ItemReader Resource that a Distributed Map cannot read from.' },
  'resource/unsupported-result-writer': {
    severity: 'error',
    description: 'A ResultWriter Resource that a Distributed Map cannot write to.',
  },

  // JSONPath and reference paths.
  'jsonpath/syntax': { severity: 'error', description: 'A JSONPath that does not parse.' },
  'jsonpath/not-a-path': { severity: 'error', description: 'A path field whose value does not start with $.' },
  'jsonpath/reference-path': {
    severity: 'error',
    description: 'A path that must be a reference path (one value) uses filters, wildcards or slices.',
  },
  'jsonpath/result-path-root': { severity: 'error', description: 'ResultPath does not start at $.' },
  'jsonpath/payload-value': {
    severity: 'error',
    description: 'A "key.$" value in a payload template is not a path or an intrinsic function.',
  },
  'jsonpath/context-member': { severity: 'warning', description: 'A Context object ($$) member that does not exist here.' },

  // Intrinsic functions.
  'intrinsic/syntax': { severity: 'error', description: 'An intrinsic function call that does not parse.' },
  'intrinsic/unknown-function': { severity: 'error', description: 'An intrinsic function that does not exist.' },
  'intrinsic/argument-count': { severity: 'error', description: 'An intrinsic function called with the wrong number of arguments.' },
  'intrinsic/argument-type': { severity: 'error', description: 'An intrinsic function argument of the wrong type.' },
  'intrinsic/argument-value': { severity: 'warning', description: 'An intrinsic function argument value that fails when run.' },
  'intrinsic/format-arguments': { severity: 'error', description: "States.Format's {} count differs from its arguments." },
  'intrinsic/not-allowed-here': {
    severity: 'error',
    description: 'An intrinsic function in a field that takes only some (ErrorPath, CausePath).',
  },

  // JSONata.
  'jsonata/syntax': { severity: 'error', description: 'A JSONata expression that does not parse.' },
  'jsonata/unclosed': { severity: 'error', description: 'A {% without its %}.' },
  'jsonata/unopened': { severity: 'warning', description: 'A %} without its {%, or an expression not wrapped in {% %}.' },
  'jsonata/delimiter-spacing': { severity: 'warning', description: 'Text around {% %} makes the value a plain string, not an expression.' },
  'jsonata/in-jsonpath-state': {
    severity: 'error',
    description: 'A JSONata expression in a JSONPath state (a warning where it is only a string).',
  },
  'jsonata/jsonpath-key': { severity: 'warning', description: 'A "key.$" in a JSONata state, where .$ has no meaning.' },
  'jsonata/states-member': { severity: 'error', description: 'A $states member that does not exist in this field.' },
  'jsonata/context-member': { severity: 'warning', description: 'A $states.context member that does not exist here.' },
  'jsonata/input-reference': {
    severity: 'error',
    description: 'A JSONata expression reads $ or a path of the input, which Step Functions does not bind.',
  },
  'jsonata/function-unavailable': { severity: 'error', description: 'A JSONata function Step Functions removes ($eval).' },

  // Variables.
  'variables/undefined': { severity: 'warning', description: 'A variable that no earlier state assigns.' },
  'variables/invalid-name': { severity: 'warning', description: 'A variable name that is not a valid identifier.' },
  'variables/reserved-name': { severity: 'error', description: 'A variable name Step Functions reserves ($states).' },

  // The validator itself.
  'internal/rule-failed': {
    severity: 'warning',
    description: 'A validation rule failed unexpectedly; its checks are missing (a bug, please report it).',
  },

  // Test files (*.asl.test.json|yaml) of asl test.
  'test-file/syntax': { severity: 'error', description: 'The test file is not valid JSON or YAML.' },
  'test-file/missing-field': { severity: 'error', description: 'A field the test file format requires is missing.' },
  'test-file/unknown-field': { severity: 'error', description: 'A field the test file format does not have.' },
  'test-file/wrong-type': { severity: 'error', description: 'A value of the wrong JSON type.' },
  'test-file/bad-value': { severity: 'error', description: 'A value the field does not take.' },
  'test-file/input-conflict': { severity: 'error', description: 'A test gives both input and inputFile.' },
  'test-file/unknown-state': { severity: 'error', description: 'A state name the machine does not have.' },
  'test-file/not-top-level-state': { severity: 'error', description: 'path lists top-level states only; this one is nested.' },
  'test-file/unknown-test-case': { severity: 'error', description: "A test case the mock config's state machine does not have." },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** True for a code of ours (a diagnostic coming back from an editor may be another tool's). */
export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
  return typeof code === 'string' && Object.hasOwn(DIAGNOSTIC_CODES, code);
}
