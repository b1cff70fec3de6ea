/**
 * SAM, CloudFormation and CDK output (YAML with short or long intrinsic forms, or JSON): every
 * `AWS::Serverless::StateMachine` and `AWS::StepFunctions::StateMachine` resource.
 */
import { parseJson } from '../syntax/jsonParser';
import { parseYaml } from '../syntax/yamlParser';
import { asObject, getProperty, getPropertyValue, type DocumentFormat, type ObjectNode, type ParsedDocument } from '../syntax/tree';
import { executionTypeOf, inlineDefinition, stringDefinition, within, type DefinitionHeader } from './embed';
import { intrinsicOf, knownEntries, scalarValue, type KnownValues } from './intrinsics';
import type { EmbeddedDefinition, HostReadResult } from './types';

const SAM = 'AWS::Serverless::StateMachine';
const CLOUDFORMATION = 'AWS::StepFunctions::StateMachine';

/** Parses a template as YAML (CloudFormation tags read as their long form) or JSON. */
export function parseTemplate(text: string, format: DocumentFormat): ParsedDocument {
  return format === 'yaml' ? parseYaml(text, false, { cloudFormationTags: true }) : parseJson(text);
}

export function readCloudFormation(text: string, format: DocumentFormat, options: { cdk?: boolean } = {}): HostReadResult {
  const host = parseTemplate(text, format);
  const root = asObject(host.root);
  const definitions = readResources(host, asObject(getPropertyValue(root, 'Resources')), parameterDefaults(root), options);
  return { kind: 'cloudformation', definitions, problems: hostProblems(host, definitions) };
}

/** Problems of the host outside every definition (those inside belong to the definition's document). */
export function hostProblems(host: ParsedDocument, definitions: EmbeddedDefinition[]) {
  return host.problems.filter((problem) => !definitions.some((definition) => definition.form === 'inline' && within(problem, definition)));
}

/** `Parameters.<Name>.Default` values that are scalars. */
export function parameterDefaults(root: ObjectNode | undefined): KnownValues {
  const known: KnownValues = new Map();
  for (const property of asObject(getPropertyValue(root, 'Parameters'))?.properties ?? []) {
    const value = scalarValue(getPropertyValue(asObject(property.value), 'Default'));
    if (value !== undefined) known.set(property.keyValue, value);
  }
  return known;
}

export function readResources(
  host: ParsedDocument,
  resources: ObjectNode | undefined,
  parameters: KnownValues,
  options: { cdk?: boolean },
): EmbeddedDefinition[] {
  const found: EmbeddedDefinition[] = [];
  for (const resource of resources?.properties ?? []) {
    const body = asObject(resource.value);
    const type = scalarValue(getPropertyValue(body, 'Type'));
    if (type !== SAM && type !== CLOUDFORMATION) continue;
    const properties = asObject(getPropertyValue(body, 'Properties'));
    const typeValue = getPropertyValue(properties, type === SAM ? 'Type' : 'StateMachineType');
    const typeRef = intrinsicOf(typeValue);
    const executionType = executionTypeOf(
      typeRef?.name === 'Ref' && typeRef.argument?.type === 'string' ? parameters.get(typeRef.argument.value) : scalarValue(typeValue),
    );
    const known: KnownValues = new Map();
    knownEntries(asObject(getPropertyValue(properties, 'DefinitionSubstitutions')), parameters, known);
    const header: DefinitionHeader = { name: resource.keyValue, executionType, known, parameters };

    const definition = getProperty(properties, 'Definition')?.value;
    if (definition && definition.type === 'object' && !intrinsicOf(definition)) {
      found.push(inlineDefinition(host, definition, header));
      continue;
    }
    const definitionString =
      getProperty(properties, 'DefinitionString')?.value ?? (definition && intrinsicOf(definition) ? definition : undefined);
    if (definitionString) {
      const readOnly = options.cdk
        ? 'This is CDK output (cdk.out): change the state machine in the CDK app and synthesize again.'
        : undefined;
      const embedded = stringDefinition(host, definitionString, header, readOnly);
      if (embedded) found.push(embedded);
      continue;
    }
    const uri = getProperty(properties, 'DefinitionUri')?.value;
    const s3 = getProperty(properties, 'DefinitionS3Location')?.value;
    if (uri?.type === 'string') {
      const remote = /^s3:\/\//i.test(uri.value);
      found.push({
        name: resource.keyValue,
        offset: uri.offset,
        length: uri.length,
        form: remote ? 'remote' : 'file',
        format: /\.ya?ml$/i.test(uri.value) ? 'yaml' : 'json',
        executionType,
        substitutions: known,
        external: { kind: remote ? 'remote' : 'file', path: uri.value, offset: uri.offset, length: uri.length },
      });
    } else if (uri || s3) {
      const node = (uri ?? s3)!;
      const bucket = scalarValue(getPropertyValue(asObject(node), 'Bucket'));
      const key = scalarValue(getPropertyValue(asObject(node), 'Key'));
      found.push({
        name: resource.keyValue,
        offset: node.offset,
        length: node.length,
        form: 'remote',
        format: 'json',
        executionType,
        substitutions: known,
        external: {
          kind: 'remote',
          path: bucket !== undefined && key !== undefined ? `s3://${bucket}/${key}` : 'an S3 object',
          offset: node.offset,
          length: node.length,
        },
      });
    }
  }
  return found;
}
