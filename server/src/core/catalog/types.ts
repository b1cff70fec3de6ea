/**
 * Types of the service integrations catalog. The catalog is data (./integrations.ts); completion,
 * hover and the Resource validator all read the same tables through ./index.ts.
 */

/**
 * How Step Functions waits for a Task's call. The name is the suffix written after the action in
 * the Resource ARN ("" for request-response).
 */
export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

export const INTEGRATION_PATTERNS: readonly IntegrationPattern[] = ['request-response', 'sync', 'sync:2', 'waitForTaskToken'];

/** The ARN suffix of a pattern: "" for request-response, ".sync", ".sync:2", ".waitForTaskToken". */
export function patternSuffix(pattern: IntegrationPattern): string {
  return pattern === 'request-response' ? '' : `.${pattern}`;
}

export interface IntegrationParameter {
  /** The field name as written in Parameters (JSONPath) or Arguments (JSONata), PascalCase. */
  name: string;
  /** True when the service call fails without it. The validator may report a missing one. */
  required: boolean;
  /**
   * True when completion fills it in although the service does not strictly require it, because
   * nearly every real Task sets it (Lambda's Payload, Step Functions' Input).
   */
  suggested?: boolean;
  /** The JSON shape of a useful placeholder value in a snippet. */
  shape: 'string' | 'object' | 'array' | 'number' | 'boolean';
  description: string;
}

export interface ServiceAction {
  /** The service's prefix in the ARN, e.g. "lambda", "elasticmapreduce", "emr-serverless". */
  service: string;
  /** The action as written in the ARN, e.g. "invoke", "sendMessage". */
  action: string;
  /** Exactly the integration patterns this action supports. */
  patterns: readonly IntegrationPattern[];
  /** What the call does, in a sentence or two. */
  description: string;
  parameters: readonly IntegrationParameter[];
  /**
   * Errors this integration raises besides the States.* ones (e.g. Lambda.ServiceException), for
   * ErrorEquals completion and hover.
   */
  errors: readonly string[];
}

export interface ServiceInfo {
  /** The ARN prefix, e.g. "sqs". */
  service: string;
  /** The product name shown to users, e.g. "Amazon SQS". */
  displayName: string;
  /** Errors common to every action of the service. */
  errors: readonly string[];
}

export interface ErrorInfo {
  name: string;
  description: string;
}
