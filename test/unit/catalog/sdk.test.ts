/**
 * The AWS SDK integrations table (server/src/core/catalog/sdkServices.generated.ts, written by
 * scripts/generate-sdk-catalog.mjs): its names follow Step Functions' (the AWS SDK for Java v2's),
 * every aws-sdk:<service>:<action> of the valid corpus is in it, and the Resource parser reports
 * unknown names on their own characters with a "Did you mean".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  describeError,
  findSdkService,
  findSdkServiceByExceptionPrefix,
  hasSdkAction,
  parseResourceArn,
  sdkActions,
  sdkServices,
  SDK_CATALOG_DATE,
  SDK_CATALOG_SOURCE,
} from '../../../server/src/core/index';
import { isAslFile, listSharedFiles } from '../../support/shared';

test('every aws-sdk:<service>:<action> of the valid corpus is in the table', () => {
  const pairs = new Set<string>();
  for (const file of listSharedFiles('corpus/valid', isAslFile)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/aws-sdk:([a-zA-Z0-9]+):([a-zA-Z0-9]+)/g)) pairs.add(`${match[1]}:${match[2]}`);
  }
  // The corpus has 142 distinct pairs; fewer means it was not found or not read.
  assert.ok(pairs.size >= 142, `found ${pairs.size} pairs`);
  const missing = [...pairs].filter((pair) => {
    const [service, action] = pair.split(':') as [string, string];
    return !findSdkService(service) || !hasSdkAction(service, action);
  });
  assert.deepEqual(missing, []);
});

test('service names are the Java v2 client names, lowercase without separators', () => {
  const expected: Record<string, string> = {
    s3: 'S3',
    dynamodb: 'DynamoDb',
    ec2: 'Ec2',
    sfn: 'Sfn',
    costexplorer: 'CostExplorer',
    databasemigration: 'DatabaseMigration',
    directory: 'Directory',
    ssooidc: 'SsoOidc',
    rdsdata: 'RdsData',
    redshiftdata: 'RedshiftData',
    emrserverless: 'EmrServerless',
    bedrockagent: 'BedrockAgent',
    eventbridge: 'EventBridge',
    cloudwatch: 'CloudWatch',
    cloudwatchlogs: 'CloudWatchLogs',
    acmpca: 'AcmPca',
    config: 'Config',
    iotanalytics: 'IoTAnalytics',
    iotevents: 'IotEvents',
    sesv2: 'SesV2',
    wafv2: 'Wafv2',
    elasticloadbalancingv2: 'ElasticLoadBalancingV2',
    lexmodelbuilding: 'LexModelBuilding',
    sagemakera2iruntime: 'SageMakerA2IRuntime',
    fsx: 'FSx',
  };
  for (const [service, prefix] of Object.entries(expected)) {
    assert.equal(findSdkService(service)?.exceptionPrefix, prefix, service);
    assert.equal(findSdkServiceByExceptionPrefix(prefix)?.service, service, prefix);
  }
  for (const wrong of ['states', 'stepfunctions', 'logs', 'emr-serverless', 'DynamoDB', 'elasticmapreduce'])
    assert.equal(findSdkService(wrong), undefined, wrong);
  assert.equal(findSdkService('s3')?.displayName, 'Amazon Simple Storage Service');
});

test('actions are the operation names in camelCase, sorted and unique, for every service', () => {
  const services = sdkServices();
  assert.ok(services.length > 350, `${services.length} services`);
  let total = 0;
  for (const service of services) {
    assert.match(service.service, /^[a-z0-9]+$/);
    assert.match(service.exceptionPrefix, /^[A-Z][A-Za-z0-9]*$/);
    assert.equal(service.exceptionPrefix.toLowerCase(), service.service);
    const actions = sdkActions(service.service);
    assert.ok(actions.length > 0, service.service);
    for (let index = 0; index < actions.length; index++) {
      assert.match(actions[index]!, /^[a-z][A-Za-z0-9]*$/, `${service.service}:${actions[index]}`);
      if (index > 0) assert.ok(actions[index - 1]! < actions[index]!, `${service.service}: ${actions[index - 1]} before ${actions[index]}`);
    }
    total += actions.length;
  }
  assert.ok(total > 15000, `${total} actions`);
  for (const [service, action] of [
    ['s3', 'getObject'],
    ['s3', 'listObjectsV2'],
    ['ec2', 'describeInstances'],
    ['sfn', 'startSyncExecution'],
    ['dynamodb', 'transactWriteItems'],
    ['rds', 'describeDBInstances'],
  ]) {
    assert.ok(hasSdkAction(service!, action!), `${service}:${action}`);
  }
  assert.equal(hasSdkAction('s3', 'GetObject'), false);
  assert.equal(hasSdkAction('nosuchservice', 'getObject'), false);
  assert.deepEqual(sdkActions('nosuchservice'), []);
  assert.match(SDK_CATALOG_SOURCE, /^aws-sdk@2\.\d+\.\d+$/);
  assert.match(SDK_CATALOG_DATE, /^\d{4}-\d{2}-\d{2}$/);
});

test('actions the AWS documentation lists as unsupported are left out and reported', () => {
  assert.equal(hasSdkAction('lambda', 'invokeAsync'), false);
  assert.equal(hasSdkAction('s3', 'selectObjectContent'), false);
  assert.equal(parseResourceArn('arn:aws:states:::aws-sdk:lambda:invokeAsync').problem?.code, 'resource/unsupported-sdk-action');
});

// [resource, problem code, the characters it points at, suggestion]
const problems: [string, string | undefined, string?, string?][] = [
  ['arn:aws:states:::aws-sdk:s3:getObject', undefined],
  ['arn:aws:states:::aws-sdk:sfn:startSyncExecution.waitForTaskToken', undefined],
  ['arn:aws-cn:states:::aws-sdk:dynamodb:getItem', undefined],
  ['arn:aws:states:::aws-sdk:s4:getObject', 'resource/unknown-sdk-service', 's4', 's3'],
  ['arn:aws:states:::aws-sdk:dynamdb:getItem', 'resource/unknown-sdk-service', 'dynamdb', 'dynamodb'],
  ['arn:aws:states:::aws-sdk:DynamoDB:getItem', 'resource/unknown-sdk-service', 'DynamoDB', 'dynamodb'],
  ['arn:aws:states:::aws-sdk:emr-serverless:startJobRun', 'resource/unknown-sdk-service', 'emr-serverless', 'emrserverless'],
  ['arn:aws:states:::aws-sdk:states:startExecution', 'resource/unknown-sdk-service', 'states', 'sfn'],
  ['arn:aws:states:::aws-sdk:stepfunctions:startExecution', 'resource/unknown-sdk-service', 'stepfunctions', 'sfn'],
  ['arn:aws:states:::aws-sdk:logs:putLogEvents', 'resource/unknown-sdk-service', 'logs', 'cloudwatchlogs'],
  ['arn:aws:states:::aws-sdk:brandnewservice:doThing', 'resource/unknown-sdk-service', 'brandnewservice', undefined],
  ['arn:aws:states:::aws-sdk:bedrockagentcore:invokeAgentRuntime', 'resource/unknown-sdk-service', 'bedrockagentcore', undefined],
  ['arn:aws:states:::aws-sdk:s3:getObjekt', 'resource/unknown-sdk-action', 'getObjekt', 'getObject'],
  ['arn:aws:states:::aws-sdk:s3:GetObject.waitForTaskToken', 'resource/unknown-sdk-action', 'GetObject', 'getObject'],
  ['arn:aws:states:::aws-sdk:ec2:describeInstance', 'resource/unknown-sdk-action', 'describeInstance', 'describeInstances'],
  ['arn:aws:states:::aws-sdk:s3:brandNewThing', 'resource/unknown-sdk-action', 'brandNewThing', undefined],
  // Placeholders stand for any name.
  ['arn:aws:states:::aws-sdk:${Service}:getObject', undefined],
  ['arn:aws:states:::aws-sdk:s3:${Action}', undefined],
  ['arn:${AWS::Partition}:states:::aws-sdk:s3:get${Thing}', undefined],
  // The pattern error wins over a name the table lacks.
  ['arn:aws:states:::aws-sdk:brandnewservice:doThing.sync', 'resource/unsupported-pattern', '.sync'],
];

for (const [resource, code, characters, suggestion] of problems) {
  test(`aws-sdk names: ${resource}`, () => {
    const problem = parseResourceArn(resource).problem;
    assert.equal(problem?.code, code, problem?.message);
    if (!problem) return;
    assert.equal(resource.slice(problem.offset, problem.offset + problem.length), characters);
    assert.equal(problem.suggestion, suggestion);
    if (code!.startsWith('resource/unknown-sdk')) {
      assert.ok(problem.message.includes(SDK_CATALOG_DATE), problem.message);
      assert.ok(problem.message.includes(suggestion ? `Did you mean "${suggestion}"?` : 'ignore this'), problem.message);
    }
  });
}

test('the parsed Resource carries the SDK service for hover', () => {
  assert.equal(parseResourceArn('arn:aws:states:::aws-sdk:s3:getObject').sdkService?.displayName, 'Amazon Simple Storage Service');
  assert.equal(parseResourceArn('arn:aws:states:::aws-sdk:s4:getObject').sdkService, undefined);
});

test('error names of AWS SDK integrations are described by their exception prefix', () => {
  assert.match(describeError('S3.NoSuchKeyException') ?? '', /Amazon Simple Storage Service.*NoSuchKeyException/);
  assert.match(describeError('DynamoDb.ConditionalCheckFailedException') ?? '', /aws-sdk:dynamodb/);
  // The optimized integrations' own errors keep their descriptions.
  assert.match(describeError('Lambda.ServiceException') ?? '', /AWS Lambda integration/);
  assert.equal(describeError('NoSuchPrefix.SomeError'), undefined);
  assert.equal(describeError('S3.'), undefined);
});
