import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  SERVICE_ACTIONS,
  SERVICES,
  analyzeDocument,
  findServiceAction,
  formatForFileName,
  integrationArn,
  parseResourceArn,
  type IntegrationPattern,
} from '../../../server/src/core/index';
import { isAslFile, listSharedFiles } from '../../support/shared';

// [resource, kind, service, action, pattern, problem code or undefined]
const cases: [string, string, string | undefined, string | undefined, IntegrationPattern | undefined, string | undefined][] = [
  ['arn:aws:states:::lambda:invoke', 'optimized', 'lambda', 'invoke', 'request-response', undefined],
  ['arn:aws:states:::lambda:invoke.waitForTaskToken', 'optimized', 'lambda', 'invoke', 'waitForTaskToken', undefined],
  ['arn:aws:states:::lambda:invoke.sync', 'optimized', 'lambda', 'invoke', 'sync', 'resource/unsupported-pattern'],
  ['arn:aws:states:::sns:publish.sync', 'optimized', 'sns', 'publish', 'sync', 'resource/unsupported-pattern'],
  ['arn:aws:states:::states:startExecution.sync:2', 'optimized', 'states', 'startExecution', 'sync:2', undefined],
  ['arn:aws:states:::glue:startJobRun.sync:2', 'optimized', 'glue', 'startJobRun', 'sync:2', 'resource/unsupported-pattern'],
  ['arn:aws:states:::ecs:runTask.waitForTaskToken', 'optimized', 'ecs', 'runTask', 'waitForTaskToken', undefined],
  ['arn:aws:states:::dynamodb:putItem', 'optimized', 'dynamodb', 'putItem', 'request-response', undefined],
  ['arn:aws:states:::dynamodb:query', 'optimized', 'dynamodb', 'query', 'request-response', 'resource/unknown-action'],
  ['arn:aws:states:::dynamodb:putitem', 'optimized', 'dynamodb', 'putitem', 'request-response', 'resource/unknown-action'],
  ['arn:aws:states:::s3:getObject', 'optimized', 's3', 'getObject', 'request-response', 'resource/unknown-integration'],
  ['arn:aws:states:::lambda:invoke.wait', 'optimized', 'lambda', 'invoke', undefined, 'resource/unknown-pattern'],
  ['arn:aws-cn:states:::sqs:sendMessage', 'optimized', 'sqs', 'sendMessage', 'request-response', undefined],
  ['arn:aws-us-gov:states:::http:invoke', 'optimized', 'http', 'invoke', 'request-response', undefined],
  ['arn:awz:states:::sqs:sendMessage', 'optimized', 'sqs', 'sendMessage', 'request-response', 'resource/unknown-partition'],
  ['arn:${AWS::Partition}:states:::sns:publish', 'optimized', 'sns', 'publish', 'request-response', undefined],
  ['arn:${Partition}:states:::elasticmapreduce:addStep.sync', 'optimized', 'elasticmapreduce', 'addStep', 'sync', undefined],
  ['arn:aws:states:::emr-serverless:startJobRun.sync', 'optimized', 'emr-serverless', 'startJobRun', 'sync', undefined],
  ['arn:aws:states:::emr-containers:startJobRun.sync', 'optimized', 'emr-containers', 'startJobRun', 'sync', undefined],
  ['arn:aws:states:::eks:runJob.sync', 'optimized', 'eks', 'runJob', 'sync', undefined],
  ['arn:aws:states:::codebuild:startBuild.sync', 'optimized', 'codebuild', 'startBuild', 'sync', undefined],
  ['arn:aws:states:::bedrock:invokeModel', 'optimized', 'bedrock', 'invokeModel', 'request-response', undefined],
  ['arn:aws:states:::mediaconvert:createJob.sync', 'optimized', 'mediaconvert', 'createJob', 'sync', undefined],
  ['arn:aws:states:::aws-sdk:s3:getObject', 'aws-sdk', 's3', 'getObject', 'request-response', undefined],
  ['arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken', 'aws-sdk', 's3', 'listBuckets', 'waitForTaskToken', undefined],
  ['arn:aws:states:::aws-sdk:ec2:startInstances.sync', 'aws-sdk', 'ec2', 'startInstances', 'sync', 'resource/unsupported-pattern'],
  ['arn:aws:states:us-east-1:776177632559:aws-sdk:s3:putObject', 'aws-sdk', 's3', 'putObject', 'request-response', undefined],
  ['arn:aws:lambda:us-east-1:123456789012:function:foo', 'lambda-function', undefined, undefined, undefined, undefined],
  ['arn:aws:lambda:region-1:1234567890:function:FUNCTION_NAME:$LATEST', 'lambda-function', undefined, undefined, undefined, undefined],
  ['arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}', 'lambda-function', undefined, undefined, undefined, undefined],
  ['arn:aws:states:us-west-2:42:activity:a-task', 'activity', undefined, undefined, undefined, undefined],
  ['${MyFunctionArn}', 'placeholder', undefined, undefined, undefined, undefined],
  ['foo:bar', 'invalid', undefined, undefined, undefined, 'resource/not-an-arn'],
  ['', 'invalid', undefined, undefined, undefined, 'resource/not-an-arn'],
  ['arn:aws:swf:us-east-1:123456789012:task:X', 'other-arn', undefined, undefined, undefined, undefined],
];

for (const [resource, kind, service, action, pattern, problem] of cases) {
  test(`parseResourceArn(${JSON.stringify(resource)})`, () => {
    const parsed = parseResourceArn(resource);
    assert.equal(parsed.kind, kind);
    assert.equal(parsed.service, service);
    assert.equal(parsed.action, action);
    assert.equal(parsed.pattern, pattern);
    assert.equal(parsed.problem?.code, problem, parsed.problem?.message);
    if (parsed.problem) {
      assert.ok(
        parsed.problem.offset >= 0 && parsed.problem.offset + parsed.problem.length <= resource.length,
        'problem range inside the value',
      );
      assert.ok(parsed.problem.message.length > 20);
    }
  });
}

test('problem ranges point at the offending characters', () => {
  const pattern = parseResourceArn('arn:aws:states:::sns:publish.sync').problem!;
  assert.equal('arn:aws:states:::sns:publish.sync'.slice(pattern.offset, pattern.offset + pattern.length), '.sync');
  const action = parseResourceArn('arn:aws:states:::dynamodb:putitem').problem!;
  assert.equal(action.suggestion, 'putItem');
  assert.equal('arn:aws:states:::dynamodb:putitem'.slice(action.offset, action.offset + action.length), 'putitem');
});

test('every catalog action round-trips through its ARN with every pattern it supports, and only those', () => {
  const all: IntegrationPattern[] = ['request-response', 'sync', 'sync:2', 'waitForTaskToken'];
  for (const entry of SERVICE_ACTIONS) {
    for (const pattern of all) {
      const parsed = parseResourceArn(integrationArn(entry, pattern));
      assert.equal(parsed.integration, entry);
      assert.equal(parsed.problem === undefined, entry.patterns.includes(pattern), `${entry.service}:${entry.action} ${pattern}`);
    }
    assert.ok(
      entry.parameters.some((parameter) => parameter.required),
      `${entry.service}:${entry.action} has a required parameter`,
    );
    assert.ok(SERVICES.some((service) => service.service === entry.service));
  }
});

test('the catalog covers the services the issue names, with the documented parameters', () => {
  for (const service of [
    'lambda',
    'batch',
    'dynamodb',
    'ecs',
    'sns',
    'sqs',
    'apigateway',
    'events',
    'states',
    'glue',
    'athena',
    'sagemaker',
    'elasticmapreduce',
    'emr-serverless',
    'emr-containers',
    'eks',
    'codebuild',
    'bedrock',
    'mediaconvert',
    'http',
  ]) {
    assert.ok(
      SERVICE_ACTIONS.some((entry) => entry.service === service),
      service,
    );
  }
  const names = (service: string, action: string, which: 'required' | 'filled') =>
    findServiceAction(service, action)!
      .parameters.filter((parameter) => parameter.required || (which === 'filled' && parameter.suggested))
      .map((parameter) => parameter.name);
  assert.deepEqual(names('lambda', 'invoke', 'filled'), ['FunctionName', 'Payload']);
  assert.deepEqual(names('sqs', 'sendMessage', 'required'), ['QueueUrl', 'MessageBody']);
  assert.deepEqual(names('dynamodb', 'putItem', 'required'), ['TableName', 'Item']);
  assert.deepEqual(findServiceAction('states', 'startExecution')!.patterns, ['request-response', 'sync', 'sync:2', 'waitForTaskToken']);
  assert.deepEqual(findServiceAction('sns', 'publish')!.patterns, ['request-response', 'waitForTaskToken']);
});

test('the Task resources of the valid corpus parse without problems, except known non-optimized actions', () => {
  // Test fixtures that name actions Step Functions has no optimized integration for (the service
  // rejects them; LocalStack keeps them to test its own error path).
  const knownWrong = new Set(['arn:aws:states:::lambda:listFunctions', 'arn:aws:states:::dynamodb:query']);
  let checked = 0;
  for (const file of listSharedFiles('corpus/valid', isAslFile)) {
    const analysis = analyzeDocument(readFileSync(file, 'utf8'), formatForFileName(file));
    for (const state of analysis.machine.states) {
      if (state.type !== 'Task') continue;
      const resource = state.node?.properties.find((property) => property.keyValue === 'Resource')?.value;
      if (resource?.type !== 'string' || !resource.value.startsWith('arn:') || knownWrong.has(resource.value)) continue;
      const parsed = parseResourceArn(resource.value);
      checked++;
      if (parsed.kind === 'other-arn') continue;
      assert.equal(parsed.problem, undefined, `${file}: ${resource.value}: ${parsed.problem?.message}`);
    }
  }
  assert.ok(checked > 300, `checked ${checked} resources`);
});
