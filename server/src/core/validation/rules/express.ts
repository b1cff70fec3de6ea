/**
 * Checks that hold only for Express workflows, run when the host file says the machine is EXPRESS
 * (`Type: EXPRESS`, `StateMachineType`, `type = "EXPRESS"`, `type: express`): Express workflows
 * support neither the .sync (Run a Job) nor the .waitForTaskToken (callback) integration pattern,
 * nor Activities, and an execution lasts at most five minutes.
 */
import { parseResourceArn } from '../../catalog/arn';
import { getProperty, stringValueOffset } from '../../syntax/tree';
import type { ValidationContext } from '../context';

/** An Express execution's longest duration, in seconds. */
export const EXPRESS_MAX_SECONDS = 300;

export function checkExpressRules(context: ValidationContext): void {
  for (const state of context.machine.states) {
    if (!state.node) continue;
    if (state.type === 'Task') {
      const resource = getProperty(state.node, 'Resource')?.value;
      if (resource?.type !== 'string') continue;
      const parsed = parseResourceArn(resource.value);
      if (parsed.kind === 'activity') {
        context.report({
          code: 'express/activity',
          severity: 'error',
          message:
            'Express workflows do not support Activities: use a Lambda function or a service integration, or make this a Standard workflow.',
          offset: resource.offset,
          length: resource.length,
        });
      } else if (parsed.pattern === 'sync' || parsed.pattern === 'sync:2' || parsed.pattern === 'waitForTaskToken') {
        const span = parsed.patternSpan;
        const offset = span ? stringValueOffset(resource, span.offset, context.text) : resource.offset;
        const end = span ? stringValueOffset(resource, span.offset + span.length, context.text) : resource.offset + resource.length;
        context.report({
          code: 'express/unsupported-pattern',
          severity: 'error',
          message: `Express workflows do not support the .${parsed.pattern} integration pattern (${parsed.pattern === 'waitForTaskToken' ? 'wait for a callback' : 'run a job'}): use request-response, or make this a Standard workflow.`,
          offset,
          length: Math.max(end - offset, 1),
        });
      }
    } else if (state.type === 'Wait') {
      const seconds = getProperty(state.node, 'Seconds')?.value;
      if (seconds?.type === 'number' && seconds.value > EXPRESS_MAX_SECONDS) {
        context.report({
          code: 'express/long-wait',
          severity: 'warning',
          message: `An Express execution lasts at most ${EXPRESS_MAX_SECONDS} seconds (5 minutes): this Wait of ${seconds.value} seconds would end it with States.Timeout. Make this a Standard workflow for long waits.`,
          offset: seconds.offset,
          length: seconds.length,
        });
      }
    }
  }
}
