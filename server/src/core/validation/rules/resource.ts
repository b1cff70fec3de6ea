/**
 * Task Resource: an optimized integration the catalog knows, with a pattern its service supports;
 * an AWS SDK integration of a service and action the SDK table knows; a Lambda function ARN; an
 * activity ARN; or a `${...}` placeholder that a deployment tool fills in. The catalog
 * (../../catalog) reads the ARN; this rule decides severity and maps its spans onto the document.
 */
import { getProperty, stringValueOffset, type ObjectNode, type StringNode } from '../../syntax/tree';
import { parseResourceArn, type ParsedResourceArn } from '../../catalog/arn';
import type { ValidationContext, ValidationRule } from '../context';
import type { Severity } from '../diagnostic';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../codes';
import { hasPlaceholder, hasUnclosedPlaceholder } from '../placeholders';
import { ITEM_READER_RESOURCES, RESULT_WRITER_RESOURCES } from '../../catalog/integrations';

/**
 * Not an ARN at all is a warning, not an error: test suites and templates use stand-ins such as
 * "foo:bar" or "__tbd__" that some other tool replaces, and the service's own validator is the
 * final word there. A malformed ARN, an unknown service or an unsupported pattern is an error.
 */
/**
 * The SDK table is frozen at its aws-sdk version while AWS keeps adding services and actions: a name
 * it lacks is a warning when a close name suggests a typo, and otherwise only information.
 */
const SDK_NAME_CODES: ReadonlySet<DiagnosticCode> = new Set(['resource/unknown-sdk-service', 'resource/unknown-sdk-action']);

/** The table's severity (warnings: not-an-arn; unknown-action, as the service adds actions over time; AWS's unsupported list). */
function severityOf(problem: { code: DiagnosticCode; suggestion?: string }): Severity {
  if (SDK_NAME_CODES.has(problem.code)) return problem.suggestion ? 'warning' : 'information';
  return DIAGNOSTIC_CODES[problem.code].severity;
}

const LAMBDA_FUNCTION = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:[A-Za-z0-9_-]{1,140}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

export const resourceRule: ValidationRule = {
  name: 'resource',
  check(context) {
    // Large machines repeat a few Resource values many times; read each distinct one once.
    const parsedByText = new Map<string, ParsedResourceArn>();
    for (const state of context.machine.states) {
      if (state.type === 'Map') checkMapResources(state.node, context);
      if (state.type !== 'Task') continue;
      const value = getProperty(state.node, 'Resource')?.value;
      if (value?.type === 'string') checkResource(value, context, parsedByText);
      else if (value?.type === 'object' && !isCloudFormationIntrinsic(value)) {
        context.report({
          code: 'structure/wrong-type',
          severity: 'error',
          message:
            '"Resource" must be an ARN string (or, in a CloudFormation template, an intrinsic such as { "Fn::GetAtt": [...] } or { "Ref": ... }).',
          offset: value.offset,
          length: value.length,
          data: { field: 'Resource' },
        });
      }
    }
  },
};

/** A Distributed Map reads items and writes results only through these S3 actions. */
function checkMapResources(node: ObjectNode | undefined, context: ValidationContext): void {
  for (const [field, allowed, code] of [
    ['ItemReader', ITEM_READER_RESOURCES, 'resource/unsupported-item-reader'],
    ['ResultWriter', RESULT_WRITER_RESOURCES, 'resource/unsupported-result-writer'],
  ] as const) {
    const holder = getProperty(node, field)?.value;
    const resource = holder?.type === 'object' ? getProperty(holder, 'Resource')?.value : undefined;
    if (resource?.type !== 'string' || hasPlaceholder(resource.value)) continue;
    // Any partition: arn:aws-cn:states:::s3:getObject is as good as arn:aws:...
    const normalized = resource.value.replace(/^arn:[^:]*:/, 'arn:aws:');
    if (allowed.includes(normalized)) continue;
    context.report({
      code,
      severity: 'error',
      message: `A Map's ${field} "Resource" must be ${allowed.map((arn) => `"${arn}"`).join(' or ')}.`,
      offset: resource.offset,
      length: resource.length,
    });
  }
}

/** { "Ref": ... } or { "Fn::GetAtt": ... }: CloudFormation resolves it to an ARN at deployment. */
function isCloudFormationIntrinsic(node: ObjectNode): boolean {
  if (node.properties.length !== 1) return false;
  const key = node.properties[0]!.keyValue;
  return key === 'Ref' || key.startsWith('Fn::');
}

function checkResource(node: StringNode, context: ValidationContext, parsedByText: Map<string, ParsedResourceArn>): void {
  const text = node.value;
  if (hasUnclosedPlaceholder(text)) {
    context.report({
      code: 'resource/malformed',
      severity: 'error',
      message:
        'A "${" placeholder in this Resource is never closed with "}", so no deployment tool will substitute it. Close it, e.g. "${MyFunctionArn}".',
      offset: node.offset,
      length: node.length,
    });
    return;
  }
  let parsed = parsedByText.get(text);
  if (!parsed) {
    parsed = parseResourceArn(text);
    parsedByText.set(text, parsed);
  }
  const problem = parsed.problem;
  if (problem) {
    const start = stringValueOffset(node, problem.offset, context.text);
    const end = problem.length > 0 ? stringValueOffset(node, problem.offset + problem.length, context.text) : start;
    const whole = problem.offset === 0 && problem.length >= text.length;
    context.report({
      code: problem.code,
      severity: severityOf(problem),
      message: problem.message,
      offset: whole ? node.offset : start,
      length: whole ? node.length : Math.max(end - start, 1),
      data: problem.suggestion ? { suggestion: problem.suggestion } : undefined,
    });
    return;
  }
  if (parsed.kind === 'lambda-function' && !parsed.hasPlaceholders && !LAMBDA_FUNCTION.test(text)) {
    context.report({
      code: 'resource/malformed',
      severity: 'error',
      message:
        'A Lambda function ARN has the form arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>]; the name and the version or alias use letters, digits, "-" and "_" only (or "$LATEST"), and nothing may follow an empty ":".',
      offset: node.offset,
      length: node.length,
    });
  } else if (parsed.kind === 'other-arn' && !parsed.hasPlaceholders) {
    context.report({
      code: 'resource/unsupported-arn',
      // Test suites use stand-in ARNs of other services; the service's validator has the last word.
      severity: 'warning',
      message:
        'A Task cannot run this ARN directly. Use a Lambda function ARN, an activity ARN, an integration such as "arn:aws:states:::lambda:invoke", or "arn:aws:states:::aws-sdk:<service>:<action>".',
      offset: node.offset,
      length: node.length,
    });
  }
}
