/**
 * Serverless Framework (`serverless.yml` with the serverless-step-functions plugin):
 * `stepFunctions.stateMachines.<name>.definition`, inline or `${file(path)}`, with `${self:...}`
 * variables resolved from the file itself, plus state machines declared under `resources.Resources`.
 */
import { asObject, getPropertyValue, toValue, type AstNode, type DocumentFormat } from '../syntax/tree';
import { parseTemplate, readResources, parameterDefaults, hostProblems } from './cloudformation';
import { executionTypeOf, inlineDefinition, stringDefinition } from './embed';
import { scalarValue, type KnownValues } from './intrinsics';
import type { EmbeddedDefinition, HostReadResult } from './types';

const FILE_VARIABLE = /^\$\{file\(\s*['"]?([^'")]+?)['"]?\s*\)(?::[^}]*)?\}$/;
const SELF_VARIABLE = /\$\{(self:[^{},]+)(?:,[^{}]*)?\}/g;

export function readServerless(text: string, format: DocumentFormat): HostReadResult {
  const host = parseTemplate(text, format);
  const root = asObject(host.root);
  const rootValue = toValue(root);
  const definitions: EmbeddedDefinition[] = [];
  const machines = asObject(getPropertyValue(asObject(getPropertyValue(root, 'stepFunctions')), 'stateMachines'));
  for (const machine of machines?.properties ?? []) {
    const body = asObject(machine.value);
    const definition = getPropertyValue(body, 'definition');
    if (!definition) continue;
    const executionType = executionTypeOf(scalarValue(getPropertyValue(body, 'type')));
    const known: KnownValues = new Map();
    collectSelfVariables(definition, rootValue, known);
    const header = { name: machine.keyValue, executionType, known, parameters: new Map() as KnownValues };
    if (definition.type === 'object') {
      definitions.push(inlineDefinition(host, definition, header));
      continue;
    }
    if (definition.type !== 'string') continue;
    const file = FILE_VARIABLE.exec(definition.value);
    if (file) {
      definitions.push({
        name: machine.keyValue,
        offset: definition.offset,
        length: definition.length,
        form: 'file',
        format: /\.ya?ml$/i.test(file[1]!) ? 'yaml' : 'json',
        executionType,
        substitutions: known,
        external: { kind: 'file', path: file[1]!, offset: definition.offset, length: definition.length },
      });
      continue;
    }
    const embedded = stringDefinition(host, definition, header, undefined);
    if (embedded) definitions.push(embedded);
  }
  const resources = asObject(getPropertyValue(asObject(getPropertyValue(root, 'resources')), 'Resources'));
  definitions.push(...readResources(host, resources, parameterDefaults(undefined), {}));
  return { kind: 'serverless', definitions, problems: hostProblems(host, definitions) };
}

/** Values of `${self:a.b}` used in the definition, looked up in the file; other variables stay placeholders. */
function collectSelfVariables(node: AstNode, root: unknown, known: KnownValues): void {
  const visit = (current: AstNode): void => {
    if (current.type === 'string' && current.value.includes('${self:')) {
      for (const match of current.value.matchAll(SELF_VARIABLE)) {
        const path = match[1]!.slice('self:'.length).trim().split('.');
        let value: unknown = root;
        for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
        // A value that is itself a variable (${opt:stage, 'dev'}) stays a placeholder.
        if ((typeof value === 'string' && !value.includes('${')) || typeof value === 'number' || typeof value === 'boolean')
          known.set(match[1]!.trim(), value);
      }
    } else if (current.type === 'object') current.properties.forEach((property) => property.value && visit(property.value));
    else if (current.type === 'array') current.items.forEach(visit);
  };
  visit(node);
}
