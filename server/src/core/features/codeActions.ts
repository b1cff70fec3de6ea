/**
 * Quick fixes for the validator's diagnostics, keyed on their stable `code` and `data`:
 *   reference/unknown-state   change to the suggested name; create the missing state
 *   graph/missing-transition  add "End": true, or "Next" to the state written after it
 *   graph/next-and-end        remove "End"
 *   graph/unreachable         remove the state
 *   resource/unsupported-pattern  use the action with a pattern it supports
 *   any code with data.suggestion on a string (unknown field, error name, ARN part): use it
 * Each fix is a set of edits that keeps the JSON or YAML well formed.
 */
import type { Diagnostic } from '../validation/diagnostic';
import type { ObjectNode, PropertyNode, State, StateMachine } from '../model/types';
import { findNodeAtOffset } from '../syntax/tree';
import { integrationArn, parseResourceArn } from '../catalog/index';
import { spotAt } from './stateIndex';
import { detectIndentUnit, formatScalar, lineIndentAt, renderProperties, type SnippetValue } from './textWriting';
import type { TextEdit } from './types';

export interface CodeActionResult {
  title: string;
  kind: 'quickfix';
  /** The diagnostic the fix answers. */
  diagnostic: Diagnostic;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export function quickFixes(machine: StateMachine, diagnostics: readonly Diagnostic[]): CodeActionResult[] {
  const actions: CodeActionResult[] = [];
  for (const diagnostic of diagnostics) {
    const add = (title: string, edits: TextEdit[] | undefined, isPreferred = false) => {
      if (edits?.length) actions.push({ title, kind: 'quickfix', diagnostic, edits, isPreferred });
    };
    const data = diagnostic.data ?? {};
    const suggestion = typeof data.suggestion === 'string' ? data.suggestion : undefined;
    switch (diagnostic.code) {
      case 'reference/unknown-state': {
        const spot = spotAt(machine, diagnostic.offset);
        const name = typeof data.name === 'string' ? data.name : spot?.node.value;
        if (suggestion && spot)
          add(
            `Change to "${suggestion}"`,
            [
              {
                offset: spot.node.offset,
                length: spot.node.length,
                newText: formatScalar(suggestion, machine.document.format, spot.node.style),
              },
            ],
            true,
          );
        if (name !== undefined && spot?.reference)
          add(`Create state "${name}"`, createState(machine, spot.reference.scope.statesNode, name));
        continue;
      }
      case 'graph/missing-transition': {
        const state = stateOfKey(machine, diagnostic.offset);
        if (!state?.node) continue;
        add('Add "End": true', addProperty(machine, state.node, 'End', true), true);
        // Or go on to the state written after it, the usual intent when states are listed in order.
        const following = state.scope.stateList[state.scope.stateList.indexOf(state) + 1];
        if (following) add(`Add "Next": "${following.name}"`, addProperty(machine, state.node, 'Next', following.name));
        continue;
      }
      case 'graph/next-and-end': {
        const state = stateOfKey(machine, diagnostic.offset) ?? stateContaining(machine, diagnostic.offset);
        const end = state?.node?.properties.find((property) => property.keyValue === 'End');
        if (end) add('Remove "End"', [removeProperty(machine, end)]);
        continue;
      }
      case 'resource/unsupported-pattern': {
        // Offer the same action with each pattern it does support.
        const node = findNodeAtOffset(machine.document.root, diagnostic.offset, false);
        if (node?.type !== 'string') continue;
        const parsed = parseResourceArn(node.value);
        if (!parsed.integration || !parsed.partition) continue;
        for (const pattern of parsed.integration.patterns) {
          const arn = integrationArn(parsed.integration, pattern, parsed.partition);
          add(
            `Use ${arn}`,
            [{ offset: node.offset, length: node.length, newText: formatScalar(arn, machine.document.format, node.style) }],
            pattern === 'request-response',
          );
        }
        continue;
      }
      case 'graph/unreachable': {
        const state = stateOfKey(machine, diagnostic.offset);
        if (state) add(`Remove unreachable state "${state.name}"`, [removeProperty(machine, state.property)]);
        continue;
      }
    }
    if (suggestion) add(`Change to "${suggestion}"`, replaceWithSuggestion(machine, diagnostic, suggestion), true);
  }
  return actions;
}

function stateOfKey(machine: StateMachine, offset: number): State | undefined {
  const spot = spotAt(machine, offset);
  return spot && !spot.reference ? spot.state : undefined;
}

function stateContaining(machine: StateMachine, offset: number): State | undefined {
  let found: State | undefined;
  for (const state of machine.states) {
    if (offset >= state.property.offset && offset <= state.property.offset + state.property.length) found = state;
  }
  return found;
}

function replaceWithSuggestion(machine: StateMachine, diagnostic: Diagnostic, suggestion: string): TextEdit[] | undefined {
  const node = findNodeAtOffset(machine.document.root, diagnostic.offset, false);
  if (node?.type === 'string' && node.offset === diagnostic.offset && node.length === diagnostic.length) {
    return [{ offset: node.offset, length: node.length, newText: formatScalar(suggestion, machine.document.format, node.style) }];
  }
  if (node?.type === 'string' && diagnostic.offset > node.offset && diagnostic.offset + diagnostic.length <= node.offset + node.length) {
    // Part of a string (an ARN's action or suffix): replace those characters only.
    const escaped =
      node.style === 'json' || node.style === 'yaml-double'
        ? JSON.stringify(suggestion).slice(1, -1)
        : node.style === 'yaml-single'
          ? suggestion.replace(/'/g, "''")
          : suggestion;
    return [{ offset: diagnostic.offset, length: diagnostic.length, newText: escaped }];
  }
  return undefined;
}

/** Adds `"name": value` as the last property of `object`. */
export function addProperty(machine: StateMachine, object: ObjectNode, name: string, value: SnippetValue): TextEdit[] {
  const text = machine.document.text;
  const format = machine.document.format;
  const unit = detectIndentUnit(text);
  const last = object.properties[object.properties.length - 1];
  if (format === 'json') {
    if (!last) {
      const indent = lineIndentAt(text, object.offset) + unit;
      const closing = lineIndentAt(text, object.offset);
      const property = renderProperties([[name, value]], { format, indent, unit, snippet: false });
      const closed = object.length >= 2 && text[object.offset + object.length - 1] === '}';
      // An object still being typed has no "}" yet: add the property after "{" and leave the rest.
      if (!closed) return [{ offset: object.offset + 1, length: 0, newText: `\n${indent}${property}` }];
      return [{ offset: object.offset + 1, length: object.length - 2, newText: `\n${indent}${property}\n${closing}` }];
    }
    const indent = sameLine(text, object.offset, last.offset) ? '' : lineIndentAt(text, last.offset);
    const separator = indent ? `,\n${indent}` : ', ';
    const end = last.offset + last.length;
    return [
      {
        offset: end,
        length: 0,
        newText: `${separator}${renderProperties([[name, value]], { format, indent: indent || lineIndentAt(text, last.offset), unit, snippet: false })}`,
      },
    ];
  }
  if (!last) return [];
  const indent = lineIndentAt(text, last.offset);
  if (isFlowMapping(text, object)) {
    return [
      {
        offset: last.offset + last.length,
        length: 0,
        newText: `, ${formatScalar(name, 'yaml')}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
      },
    ];
  }
  return [
    {
      offset: yamlValueEnd(text, last),
      length: 0,
      newText: `\n${indent}${renderProperties([[name, value]], { format, indent, unit, snippet: false })}`,
    },
  ];
}

function sameLine(text: string, a: number, b: number): boolean {
  return !text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
}

function isFlowMapping(text: string, object: ObjectNode): boolean {
  return text[object.offset] === '{';
}

/** The end of a YAML property's value, before any trailing newline or comment. */
function yamlValueEnd(text: string, property: PropertyNode): number {
  let end = property.value ? property.value.offset + property.value.length : property.offset + property.length;
  while (end > property.offset && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A new Pass state at the end of a States object. */
function createState(machine: StateMachine, states: ObjectNode | undefined, name: string): TextEdit[] | undefined {
  if (!states) return undefined;
  return addProperty(machine, states, name, { Type: 'Pass', End: true });
}

/** Deletes a property with its separator (JSON comma) or its lines (YAML). */
export function removeProperty(machine: StateMachine, property: PropertyNode): TextEdit {
  const text = machine.document.text;
  const siblings = property.parent.properties;
  const index = siblings.indexOf(property);
  if (machine.document.format === 'json') {
    const next = siblings[index + 1];
    const previous = siblings[index - 1];
    if (next)
      return {
        offset: lineStartIfBlank(text, property.offset),
        length: lineStartIfBlank(text, next.offset) - lineStartIfBlank(text, property.offset),
        newText: '',
      };
    if (previous) {
      const start = previous.offset + previous.length;
      return { offset: start, length: property.offset + property.length - start, newText: '' };
    }
    return { offset: property.offset, length: property.length, newText: '' };
  }
  if (isFlowMapping(text, property.parent)) {
    const next = siblings[index + 1];
    return next
      ? { offset: property.offset, length: next.offset - property.offset, newText: '' }
      : { offset: property.offset, length: property.length, newText: '' };
  }
  const start = lineStartIfBlank(text, property.offset);
  let end = yamlValueEnd(text, property);
  const lineEnd = text.indexOf('\n', end);
  end = lineEnd < 0 ? text.length : lineEnd + 1;
  return { offset: start, length: end - start, newText: '' };
}

/** The start of the line when only whitespace precedes `offset` on it; otherwise `offset`. */
function lineStartIfBlank(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset)) ? lineStart : offset;
}
