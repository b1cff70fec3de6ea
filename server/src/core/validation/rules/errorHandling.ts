/**
 * Retry and Catch: "States.ALL" must stand alone in its ErrorEquals and be in the last retrier or
 * catcher (anything after it could never match); "States." names must be ones the service raises.
 * Value ranges (MaxAttempts, BackoffRate, ...) are in the schema.
 */
import type { Catcher, ErrorName, Retrier } from '../../model/types';
import type { ValidationContext, ValidationRule } from '../context';
import { closestName, didYouMean } from '../../text/suggest';
import { isWholePlaceholder } from '../placeholders';
import { getProperty } from '../../syntax/tree';
import { STATES_ERROR_NAMES } from '../../catalog/errors';

const predefined = STATES_ERROR_NAMES;

export const errorHandlingRule: ValidationRule = {
  name: 'error-handling',
  check(context) {
    for (const state of context.machine.states) {
      checkList(state.retriers, 'retrier', 'Retry', context);
      checkList(state.catchers, 'catcher', 'Catch', context);
    }
  },
};

function checkList(entries: readonly (Retrier | Catcher)[], kind: string, field: string, context: ValidationContext): void {
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position]!;
    let all: ErrorName | undefined;
    for (const error of entry.errorEquals) {
      if (error.name === 'States.ALL') {
        all = error;
        break;
      }
    }
    if (all && entry.errorEquals.length > 1) {
      context.report({
        code: 'error-handling/states-all-not-alone',
        severity: 'error',
        message: `"States.ALL" matches every error, so it must be the only name in its "ErrorEquals". Remove the other names, or move them to a ${kind} before this one.`,
        offset: all.node.offset,
        length: all.node.length,
      });
    }
    if (all && position < entries.length - 1) {
      context.report({
        code: 'error-handling/states-all-not-last',
        severity: 'error',
        message: `The ${kind} with "States.ALL" must be the last one in "${field}": the ${kind}s after it could never match. Move it to the end.`,
        offset: all.node.offset,
        length: all.node.length,
      });
    }
    for (const error of entry.errorEquals) checkName(error, context);
    if (kind === 'retrier') checkDynamicNumbers(entry, context);
  }
}

const RETRIER_NUMBERS = ['IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds'];

/** A path or variable in a retrier number is accepted by the service but never evaluated. */
function checkDynamicNumbers(entry: Retrier | Catcher, context: ValidationContext): void {
  for (const field of RETRIER_NUMBERS) {
    const value = getProperty(entry.node, field)?.value;
    if (value?.type !== 'string' || !value.value.startsWith('$') || isWholePlaceholder(value.value)) continue;
    context.report({
      code: 'error-handling/dynamic-value',
      severity: 'warning',
      message: `"${field}" must be a number: Retry fields are not evaluated, so "${value.value}" is not read from the input or a variable and the retry fails at run time.`,
      offset: value.offset,
      length: value.length,
      data: { field },
    });
  }
}

function checkName(error: ErrorName, context: ValidationContext): void {
  if (!error.name.startsWith('States.') || predefined.has(error.name)) return;
  const suggestion = closestName(error.name, predefined);
  context.report({
    code: 'error-handling/unknown-error-name',
    // A Fail state may raise its own "States."-prefixed name, which a catcher then matches; so this
    // is most likely a typo, but not certainly one.
    severity: 'warning',
    message: `"${error.name}" is not an error Step Functions raises; the "States." prefix is reserved for its own errors.${didYouMean(suggestion)}${suggestion ? '' : ' Use a name without the "States." prefix for your own errors.'}`,
    offset: error.node.offset,
    length: error.node.length,
    data: suggestion ? { suggestion } : undefined,
  });
}
