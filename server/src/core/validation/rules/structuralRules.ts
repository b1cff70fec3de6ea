import type { ValidationRule } from '../context';
import { structureRule } from './structure';
import { referencesRule } from './references';
import { graphRule } from './graph';
import { choiceRule } from './choice';
import { errorHandlingRule } from './errorHandling';
import { resourceRule } from './resource';

/** The structural and semantic rules (schema, references, graph, Choice, Retry/Catch, Resource). */
export const structuralRules: ValidationRule[] = [structureRule, referencesRule, graphRule, choiceRule, errorHandlingRule, resourceRule];
