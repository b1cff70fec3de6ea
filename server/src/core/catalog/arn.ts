/**
 * Reads a Task's Resource value: an optimized integration, an AWS SDK integration, a Lambda
 * function ARN, an activity ARN, or a whole `${...}` substitution placeholder. Partition aware
 * (aws, aws-cn, aws-us-gov and the isolated partitions), and `${...}` placeholders are accepted in
 * any segment (`arn:${AWS::Partition}:states:::lambda:invoke`), so templates get no false errors.
 */
import { closestName } from '../text/suggest';
import { isPlaceholder } from '../validation/placeholders';
import { findService, findServiceAction, SERVICE_ACTIONS_BY_SERVICE } from './lookup';
import {
  findSdkService,
  hasSdkAction,
  isUnsupportedSdkAction,
  sdkActions,
  sdkServiceForOtherName,
  sdkServices,
  SDK_CATALOG_DATE,
  SDK_CATALOG_SOURCE,
  type SdkService,
} from './sdk';
import type { IntegrationPattern, ServiceAction } from './types';

export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

export type ResourceArnKind =
  /** arn:<partition>:states:::<service>:<action>[.pattern]: an optimized integration. */
  | 'optimized'
  /** arn:<partition>:states:::aws-sdk:<service>:<action>[.pattern]. */
  | 'aws-sdk'
  /** arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]. */
  | 'lambda-function'
  /** arn:<partition>:states:<region>:<account>:activity:<name>. */
  | 'activity'
  /** The whole value is one `${...}` placeholder, filled in at deployment. */
  | 'placeholder'
  /** A well-formed ARN of something else (e.g. another service); the validator decides. */
  | 'other-arn'
  /** Not an ARN at all (`problem` says why). */
  | 'invalid';

export type ResourceArnProblemCode =
  | 'resource/not-an-arn'
  | 'resource/unknown-partition'
  | 'resource/unknown-integration'
  | 'resource/unknown-action'
  | 'resource/unknown-pattern'
  | 'resource/unsupported-pattern'
  /** aws-sdk:<service>: a service the SDK table lacks (it may be newer than the table). */
  | 'resource/unknown-sdk-service'
  /** aws-sdk:<service>:<action>: an action the SDK table lacks for a service it has. */
  | 'resource/unknown-sdk-action'
  /** aws-sdk:<service>:<action>: an action the AWS documentation lists as unsupported. */
  | 'resource/unsupported-sdk-action'
  | 'resource/malformed';

/** A problem with exact characters: offsets are relative to the start of the Resource value. */
export interface ResourceArnProblem {
  code: ResourceArnProblemCode;
  message: string;
  offset: number;
  length: number;
  /** The closest valid spelling, when there is one (for "did you mean" and quick fixes). */
  suggestion?: string;
}

export interface TextSpan {
  offset: number;
  length: number;
}

export interface ParsedResourceArn {
  kind: ResourceArnKind;
  /** The partition as written (may be a placeholder). */
  partition?: string;
  /** For optimized and aws-sdk: the service prefix (lambda, sqs, s3, ...). */
  service?: string;
  /** For optimized and aws-sdk: the action (invoke, sendMessage, ...). */
  action?: string;
  /** For optimized and aws-sdk: the integration pattern the suffix selects. */
  pattern?: IntegrationPattern;
  /** For optimized integrations found in the catalog: the catalog entry. */
  integration?: ServiceAction;
  /** For aws-sdk integrations of a service the SDK table has: the service. */
  sdkService?: SdkService;
  /** For lambda-function and activity: the function or activity name. */
  name?: string;
  /** True when some segment is a `${...}` placeholder, so the catalog could not check it fully. */
  hasPlaceholders: boolean;
  serviceSpan?: TextSpan;
  actionSpan?: TextSpan;
  /** The `.sync`, `.sync:2` or `.waitForTaskToken` suffix. */
  patternSpan?: TextSpan;
  /** Set when the value is wrong; `kind` still says how far it could be read. */
  problem?: ResourceArnProblem;
}

interface Segment {
  text: string;
  offset: number;
}

const PATTERN_BY_SUFFIX: Readonly<Record<string, IntegrationPattern>> = {
  '': 'request-response',
  sync: 'sync',
  'sync:2': 'sync:2',
  waitForTaskToken: 'waitForTaskToken',
};

export function containsPlaceholder(text: string): boolean {
  return text.includes('${');
}

/**
 * Parses a Task's Resource value. Never throws. Examples:
 *   parseResourceArn('arn:aws:states:::lambda:invoke.waitForTaskToken')
 *     -> { kind: 'optimized', service: 'lambda', action: 'invoke', pattern: 'waitForTaskToken', integration: {...} }
 *   parseResourceArn('arn:aws:states:::sns:publish.sync')
 *     -> { kind: 'optimized', ..., problem: { code: 'resource/unsupported-pattern', ... } }
 *   parseResourceArn('${MyFunctionArn}') -> { kind: 'placeholder' }
 */
export function parseResourceArn(text: string): ParsedResourceArn {
  if (isPlaceholder(text)) return parsedArn('placeholder', undefined, true);
  const segments = splitArn(text);
  const hasPlaceholders = containsPlaceholder(text);
  if (segments[0]?.text !== 'arn' || segments.length < 6) {
    const invalid = parsedArn('invalid', undefined, hasPlaceholders);
    invalid.problem = {
      code: 'resource/not-an-arn',
      message: `"${text}" is not an ARN. A Task's Resource is an integration such as "arn:aws:states:::lambda:invoke", a Lambda function ARN, an activity ARN, or "arn:aws:states:::aws-sdk:<service>:<action>".`,
      offset: 0,
      length: text.length,
    };
    return invalid;
  }
  const partitionSegment = segments[1]!;
  const serviceSegment = segments[2]!;
  const regionSegment = segments[3]!;
  const accountSegment = segments[4]!;
  const resourceSegment = segments[5]!;
  const partition = partitionSegment.text;
  // One object, filled in as the value is read: every result has the same shape, which V8 keeps
  // fast (copying it with spreads for each kind cost some 10 µs a call).
  const result = parsedArn('other-arn', partition, hasPlaceholders);
  if (!containsPlaceholder(partition) && !PARTITIONS.includes(partition)) {
    result.problem = {
      code: 'resource/unknown-partition',
      message: `Unknown partition "${partition}": use aws, aws-cn or aws-us-gov (or a placeholder such as \${AWS::Partition}).`,
      offset: partitionSegment.offset,
      length: partition.length,
      suggestion: closest(partition, PARTITIONS),
    };
  }

  const arnService = serviceSegment.text;
  if (arnService === 'lambda') {
    if (resourceSegment.text === 'function' && segments[6] && segments[6].text !== '' && segments.length <= 8) {
      result.kind = 'lambda-function';
      result.name = segments[6].text;
      return result;
    }
    result.problem ??= malformed(
      text,
      'A Lambda function ARN has the form arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>].',
    );
    return result;
  }
  if (arnService !== 'states') return result;

  // arn:<p>:states:<region>:<account>:activity:<name>
  if (resourceSegment.text === 'activity') {
    result.kind = 'activity';
    if (segments.length === 7 && segments[6]!.text !== '' && regionSegment.text !== '' && accountSegment.text !== '') {
      result.name = segments[6]!.text;
      return result;
    }
    result.problem ??= malformed(text, 'An activity ARN has the form arn:aws:states:<region>:<account>:activity:<name>.');
    return result;
  }

  if (resourceSegment.text === 'aws-sdk') {
    const sdkService = segments[6];
    const sdkAction = segments[7];
    result.kind = 'aws-sdk';
    if (!sdkService || !sdkAction || sdkService.text === '' || sdkAction.text === '') {
      result.problem ??= malformed(
        text,
        'An AWS SDK integration has the form arn:aws:states:::aws-sdk:<service>:<action>, e.g. arn:aws:states:::aws-sdk:s3:getObject.',
      );
      return result;
    }
    const actionPart = splitPattern(segments.slice(7), text);
    readIntegration(result, sdkService, actionPart);
    if (!containsPlaceholder(sdkService.text)) result.sdkService = findSdkService(sdkService.text);
    if (result.problem) return result;
    if (actionPart.pattern === 'sync' || actionPart.pattern === 'sync:2') {
      result.problem = {
        code: 'resource/unsupported-pattern',
        message: `AWS SDK integrations support request-response and .waitForTaskToken only, not .${actionPart.pattern}. Use an optimized integration to wait for a job.`,
        ...actionPart.patternSpan!,
      };
      return result;
    }
    result.problem = sdkNameProblem(result, sdkService.text, actionPart.action);
    return result;
  }

  // arn:<p>:states:::<service>:<action>[.pattern]
  result.kind = 'optimized';
  const actionSegments = segments.slice(6);
  if (actionSegments.length === 0 || resourceSegment.text === '' || actionSegments[0]!.text === '') {
    result.problem ??= malformed(
      text,
      'An integration has the form arn:aws:states:::<service>:<action>, e.g. arn:aws:states:::lambda:invoke.',
    );
    return result;
  }
  const actionPart = splitPattern(actionSegments, text);
  readIntegration(result, resourceSegment, actionPart);
  if (result.problem) return result;
  if (containsPlaceholder(resourceSegment.text) || containsPlaceholder(actionPart.action)) return result;

  const service = findService(resourceSegment.text);
  if (!service) {
    const known = [...SERVICE_ACTIONS_BY_SERVICE.keys()];
    const suggestion = closest(resourceSegment.text, known);
    result.problem = {
      code: 'resource/unknown-integration',
      message: `"${resourceSegment.text}" is not an optimized integration of Step Functions.${suggestion ? ` Did you mean "${suggestion}"?` : ''} For any other AWS API use arn:aws:states:::aws-sdk:${resourceSegment.text}:<action>.`,
      offset: resourceSegment.offset,
      length: resourceSegment.text.length,
      suggestion,
    };
    return result;
  }
  const integration = findServiceAction(service.service, actionPart.action);
  if (!integration) {
    const actions = (SERVICE_ACTIONS_BY_SERVICE.get(service.service) ?? []).map((entry) => entry.action);
    const suggestion = closest(actionPart.action, actions);
    result.problem = {
      code: 'resource/unknown-action',
      message: `${service.displayName} has no optimized action "${actionPart.action}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Its optimized actions are ${actions.join(', ')}; for other actions use arn:aws:states:::aws-sdk:${service.service}:${actionPart.action}.`,
      ...actionPart.actionSpan,
      suggestion,
    };
    return result;
  }
  result.integration = integration;
  if (!integration.patterns.includes(actionPart.pattern!)) {
    result.problem = {
      code: 'resource/unsupported-pattern',
      message: `${service.service}:${integration.action} does not support ${describePattern(actionPart.pattern!)}; it supports ${integration.patterns.map(describePattern).join(', ')}.`,
      ...(actionPart.patternSpan ?? actionPart.actionSpan),
    };
  }
  return result;
}

/**
 * Fills in an integration ARN's service, action and pattern with their spans, and takes the
 * action part's problem unless the ARN already has one (an earlier problem, such as the
 * partition's, is the one reported).
 */
function readIntegration(result: ParsedResourceArn, service: Segment, part: ActionPart): void {
  result.service = service.text;
  result.action = part.action;
  result.pattern = part.pattern;
  result.serviceSpan = { offset: service.offset, length: service.text.length };
  result.actionSpan = part.actionSpan;
  result.patternSpan = part.patternSpan;
  result.problem ??= part.problem;
}

/** A result with every field present (most undefined), so all results share one object shape. */
function parsedArn(kind: ResourceArnKind, partition: string | undefined, hasPlaceholders: boolean): ParsedResourceArn {
  return {
    kind,
    partition,
    service: undefined,
    action: undefined,
    pattern: undefined,
    integration: undefined,
    sdkService: undefined,
    name: undefined,
    hasPlaceholders,
    serviceSpan: undefined,
    actionSpan: undefined,
    patternSpan: undefined,
    problem: undefined,
  };
}

/**
 * An aws-sdk service or action the SDK table lacks, on the characters of that segment. Segments with
 * a `${...}` placeholder are not checked. The table is frozen at its aws-sdk version, so the message
 * says the name may simply be newer; the validator makes it a warning only when a close name
 * suggests a typo.
 */
function sdkNameProblem(sdk: ParsedResourceArn, service: string, action: string): ResourceArnProblem | undefined {
  if (containsPlaceholder(service)) return undefined;
  const asOf = `ASL Studio's list of AWS SDK integrations (${SDK_CATALOG_SOURCE}, ${SDK_CATALOG_DATE})`;
  const known = sdk.sdkService;
  if (!known) {
    const suggestion =
      sdkServiceForOtherName(service)?.service ??
      likelyTypo(
        service,
        sdkServices().map((entry) => entry.service),
      );
    const optimized = findService(service) ? ` "${service}" is an optimized integration: arn:aws:states:::${service}:<action>.` : '';
    return {
      code: 'resource/unknown-sdk-service',
      message: `"${service}" is not a service in ${asOf}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}${optimized} Service names are lowercase without separators, e.g. s3, dynamodb, cloudwatchlogs. If the service is newer than the list, ignore this.`,
      ...sdk.serviceSpan!,
      suggestion,
    };
  }
  if (containsPlaceholder(action)) return undefined;
  if (isUnsupportedSdkAction(known.service, action)) {
    return {
      code: 'resource/unsupported-sdk-action',
      message: `Step Functions does not support ${known.service}:${action} through the AWS SDK integration (the AWS documentation lists it as unsupported).`,
      ...sdk.actionSpan!,
    };
  }
  if (hasSdkAction(known.service, action)) return undefined;
  const suggestion = likelyTypo(action, sdkActions(known.service));
  return {
    code: 'resource/unknown-sdk-action',
    message: `${known.displayName} (${known.service}) has no action "${action}" in ${asOf}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Actions are the API's operation names in camelCase (GetObject is getObject). If the action is newer than the list, ignore this.`,
    ...sdk.actionSpan!,
    suggestion,
  };
}

export function describePattern(pattern: IntegrationPattern): string {
  return pattern === 'request-response' ? 'request-response' : `.${pattern}`;
}

function malformed(text: string, message: string): ResourceArnProblem {
  return { code: 'resource/malformed', message, offset: 0, length: text.length };
}

/** Splits at ':' except inside `${...}` (CloudFormation's `${AWS::Region}` contains colons). */
function splitArn(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '$' && text[index + 1] === '{') {
      depth++;
      index++;
    } else if (char === '}' && depth > 0) depth--;
    else if (char === ':' && depth === 0) {
      segments.push({ text: text.slice(start, index), offset: start });
      start = index + 1;
    }
  }
  segments.push({ text: text.slice(start), offset: start });
  return segments;
}

interface ActionPart {
  action: string;
  pattern?: IntegrationPattern;
  actionSpan: TextSpan;
  patternSpan?: TextSpan;
  problem?: ResourceArnProblem;
}

/** Reads "<action>[.suffix]" from the last segments; ".sync:2" spans two segments. */
function splitPattern(segments: Segment[], text: string): ActionPart {
  const first = segments[0]!;
  const rest = text.slice(first.offset);
  const dot = first.text.indexOf('.');
  const action = dot < 0 ? first.text : first.text.slice(0, dot);
  const actionSpan = { offset: first.offset, length: action.length };
  const suffix = dot < 0 ? (segments.length > 1 ? undefined : '') : rest.slice(dot + 1);
  if (suffix === undefined) {
    return {
      action,
      actionSpan,
      problem: {
        code: 'resource/malformed',
        message: `Unexpected ":" after the action "${action}".`,
        offset: first.offset + first.text.length,
        length: text.length - first.offset - first.text.length,
      },
    };
  }
  const patternSpan = dot < 0 ? undefined : { offset: first.offset + dot, length: rest.length - dot };
  const pattern = PATTERN_BY_SUFFIX[suffix];
  if (!pattern) {
    const suggestion = closest(suffix, ['sync', 'sync:2', 'waitForTaskToken']);
    return {
      action,
      actionSpan,
      patternSpan,
      problem: {
        code: 'resource/unknown-pattern',
        message: `Unknown integration pattern ".${suffix}": use .sync, .sync:2 or .waitForTaskToken, or nothing for request-response.${suggestion ? ` Did you mean ".${suggestion}"?` : ''}`,
        ...patternSpan!,
        suggestion: suggestion ? `.${suggestion}` : undefined,
      },
    };
  }
  return { action, pattern, actionSpan, patternSpan };
}

/**
 * For aws-sdk names, where a miss may be a name newer than the table: only a change of case or one
 * or two edits (one for names of up to four characters) counts as a typo. A looser bound would
 * call a new "bedrockagentcore" a misspelt "bedrockagent".
 */
function likelyTypo(name: string, candidates: Iterable<string>): string | undefined {
  return closestName(name, candidates, name.length <= 4 ? 1 : 2);
}

/** The candidate closest to `name` (case-insensitive), if it is close enough to be a typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  return closestName(name, candidates, Math.max(2, Math.floor(name.length / 3)));
}
