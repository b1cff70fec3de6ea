/**
 * The export names of the generated validators (validators.generated.ts): the generator
 * (validatorCode.ts) writes them and the structure rule looks them up, without the rule loading
 * ajv's compiler.
 */
import type { QueryLanguage, StateType } from '../../model/types';

/** The validator of the state machine's top level. */
export const MACHINE_VALIDATOR = 'machine';

/** The validator of a state of `type` in `language`. */
export function stateValidatorName(type: StateType, language: QueryLanguage): string {
  return `${type}_${language}`;
}
