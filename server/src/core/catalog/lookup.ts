import { SERVICE_ACTIONS, SERVICES } from './integrations';
import { patternSuffix, type IntegrationPattern, type ServiceAction, type ServiceInfo } from './types';
import { STATES_ERRORS } from './errors';
import { findSdkServiceByExceptionPrefix } from './sdk';

const servicesByName = new Map<string, ServiceInfo>(SERVICES.map((service) => [service.service, service]));

/** The actions of each optimized service, in catalog order. */
export const SERVICE_ACTIONS_BY_SERVICE: ReadonlyMap<string, readonly ServiceAction[]> = (() => {
  const map = new Map<string, ServiceAction[]>();
  for (const entry of SERVICE_ACTIONS) {
    const list = map.get(entry.service);
    if (list) list.push(entry);
    else map.set(entry.service, [entry]);
  }
  return map;
})();

export function findService(service: string): ServiceInfo | undefined {
  return servicesByName.get(service);
}

/** The catalog entry of `service:action` (e.g. "sqs", "sendMessage"), if it is an optimized integration. */
export function findServiceAction(service: string, action: string): ServiceAction | undefined {
  return SERVICE_ACTIONS_BY_SERVICE.get(service)?.find((entry) => entry.action === action);
}

/** The Resource ARN of an integration with a pattern, e.g. "arn:aws:states:::lambda:invoke.waitForTaskToken". */
export function integrationArn(
  integration: Pick<ServiceAction, 'service' | 'action'>,
  pattern: IntegrationPattern = 'request-response',
  partition = 'aws',
): string {
  return `arn:${partition}:states:::${integration.service}:${integration.action}${patternSuffix(pattern)}`;
}

/** Every error a Task calling `integration` can raise besides States.*, service-wide ones included. */
export function integrationErrors(integration: ServiceAction): string[] {
  return [...(servicesByName.get(integration.service)?.errors ?? []), ...integration.errors];
}

/** The description of a predefined States.* error or a known integration error. */
export function describeError(name: string): string | undefined {
  const predefined = STATES_ERRORS.find((error) => error.name === name);
  if (predefined) return predefined.description;
  for (const service of SERVICES) {
    if (service.errors.includes(name))
      return `An error raised by the ${service.displayName} integration (${name.slice(name.indexOf('.') + 1)}).`;
  }
  // AWS SDK integrations name their errors <exception prefix>.<Java exception name>: S3.NoSuchKeyException.
  const dot = name.indexOf('.');
  const sdk = dot > 0 && dot < name.length - 1 ? findSdkServiceByExceptionPrefix(name.slice(0, dot)) : undefined;
  if (sdk)
    return `An error of ${sdk.displayName} raised through an AWS SDK integration (arn:aws:states:::aws-sdk:${sdk.service}:...): ${name.slice(dot + 1)}.`;
  return undefined;
}

/** Templates a Task's Resource can follow besides the optimized integrations. */
export const RESOURCE_TEMPLATES = [
  {
    label: 'AWS SDK integration',
    arn: 'arn:aws:states:::aws-sdk:<service>:<action>',
    description:
      'Calls any action of over two hundred AWS services through the AWS SDK, e.g. arn:aws:states:::aws-sdk:s3:getObject. Supports request-response and .waitForTaskToken.',
  },
  {
    label: 'Lambda function ARN',
    arn: 'arn:aws:lambda:<region>:<account>:function:<name>',
    description:
      'Runs a Lambda function directly (the legacy form); the state input is the event and the function result is the state result.',
  },
  {
    label: 'Activity ARN',
    arn: 'arn:aws:states:<region>:<account>:activity:<name>',
    description: 'Hands the work to an activity worker that polls Step Functions for tasks and reports the result.',
  },
] as const;
