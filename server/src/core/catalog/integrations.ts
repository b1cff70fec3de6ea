/**
 * The optimized service integrations of Step Functions, as data: for each action, exactly the
 * integration patterns it supports, the parameters a Task passes to it, and the errors it raises.
 * Facts from the AWS Step Functions developer guide ("Integrating optimized services" and each
 * service's page; where the service table and an API's page differ, the API's page wins); the
 * descriptions are our own words. Completion, hover and the Resource validator read this table.
 */
import type { IntegrationParameter, IntegrationPattern, ServiceAction, ServiceInfo } from './types';

const RR: IntegrationPattern = 'request-response';
const SYNC: IntegrationPattern = 'sync';
const SYNC2: IntegrationPattern = 'sync:2';
const TOKEN: IntegrationPattern = 'waitForTaskToken';

/** A parameter the service call cannot do without. */
function required(name: string, shape: IntegrationParameter['shape'], description: string): IntegrationParameter {
  return { name, required: true, shape, description };
}

/** A parameter the service accepts without it, but that completion fills in because almost every Task sets it. */
function suggested(name: string, shape: IntegrationParameter['shape'], description: string): IntegrationParameter {
  return { name, required: false, suggested: true, shape, description };
}

/** A parameter worth knowing about in hover, left out of the generated snippet. */
function optional(name: string, shape: IntegrationParameter['shape'], description: string): IntegrationParameter {
  return { name, required: false, shape, description };
}

export const SERVICES: readonly ServiceInfo[] = [
  {
    service: 'lambda',
    displayName: 'AWS Lambda',
    errors: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
      'Lambda.Unknown',
    ],
  },
  { service: 'batch', displayName: 'AWS Batch', errors: ['Batch.AWSBatchException', 'Batch.ClientException', 'Batch.ServerException'] },
  {
    service: 'dynamodb',
    displayName: 'Amazon DynamoDB',
    errors: [
      'DynamoDB.AmazonDynamoDBException',
      'DynamoDB.ConditionalCheckFailedException',
      'DynamoDB.ProvisionedThroughputExceededException',
      'DynamoDB.ResourceNotFoundException',
      'DynamoDB.ItemCollectionSizeLimitExceededException',
      'DynamoDB.TransactionConflictException',
      'DynamoDB.RequestLimitExceeded',
      'DynamoDB.InternalServerErrorException',
    ],
  },
  {
    service: 'ecs',
    displayName: 'Amazon ECS / AWS Fargate',
    errors: [
      'ECS.AmazonECSException',
      'ECS.AccessDeniedException',
      'ECS.ClientException',
      'ECS.ClusterNotFoundException',
      'ECS.InvalidParameterException',
      'ECS.ServerException',
    ],
  },
  {
    service: 'sns',
    displayName: 'Amazon SNS',
    errors: [
      'SNS.AmazonSNSException',
      'SNS.InvalidParameterException',
      'SNS.NotFoundException',
      'SNS.AuthorizationErrorException',
      'SNS.InternalErrorException',
      'SNS.ThrottledException',
    ],
  },
  {
    service: 'sqs',
    displayName: 'Amazon SQS',
    errors: [
      'SQS.AmazonSQSException',
      'SQS.InvalidMessageContentsException',
      'SQS.QueueDoesNotExistException',
      'SQS.UnsupportedOperationException',
    ],
  },
  {
    service: 'apigateway',
    displayName: 'Amazon API Gateway',
    errors: ['ApiGateway.403', 'ApiGateway.404', 'ApiGateway.429', 'ApiGateway.500', 'ApiGateway.502', 'ApiGateway.503', 'ApiGateway.504'],
  },
  {
    service: 'events',
    displayName: 'Amazon EventBridge',
    errors: ['EventBridge.AmazonEventBridgeException', 'EventBridge.InternalException', 'EventBridge.FailedEntry'],
  },
  {
    service: 'states',
    displayName: 'AWS Step Functions',
    errors: [
      'StepFunctions.ExecutionAlreadyExistsException',
      'StepFunctions.ExecutionLimitExceededException',
      'StepFunctions.InvalidArnException',
      'StepFunctions.InvalidExecutionInputException',
      'StepFunctions.InvalidNameException',
      'StepFunctions.StateMachineDeletingException',
      'StepFunctions.StateMachineDoesNotExistException',
      'StepFunctions.AWSStepFunctionsException',
    ],
  },
  {
    service: 'glue',
    displayName: 'AWS Glue',
    errors: [
      'Glue.AWSGlueException',
      'Glue.ConcurrentRunsExceededException',
      'Glue.EntityNotFoundException',
      'Glue.InternalServiceException',
      'Glue.InvalidInputException',
      'Glue.OperationTimeoutException',
      'Glue.ResourceNumberLimitExceededException',
    ],
  },
  {
    service: 'databrew',
    displayName: 'AWS Glue DataBrew',
    errors: [
      'DataBrew.AWSDataBrewException',
      'DataBrew.ConflictException',
      'DataBrew.ResourceNotFoundException',
      'DataBrew.ServiceQuotaExceededException',
      'DataBrew.ValidationException',
    ],
  },
  {
    service: 'athena',
    displayName: 'Amazon Athena',
    errors: [
      'Athena.AmazonAthenaException',
      'Athena.InternalServerException',
      'Athena.InvalidRequestException',
      'Athena.TooManyRequestsException',
    ],
  },
  {
    service: 'sagemaker',
    displayName: 'Amazon SageMaker AI',
    errors: [
      'SageMaker.AmazonSageMakerException',
      'SageMaker.ResourceInUseException',
      'SageMaker.ResourceLimitExceededException',
      'SageMaker.ResourceNotFoundException',
    ],
  },
  {
    service: 'elasticmapreduce',
    displayName: 'Amazon EMR',
    errors: ['EMR.AmazonElasticMapReduceException', 'EMR.InternalServerErrorException', 'EMR.InvalidRequestException'],
  },
  {
    service: 'emr-serverless',
    displayName: 'Amazon EMR Serverless',
    errors: [
      'EMRServerless.AWSEMRServerlessException',
      'EMRServerless.ConflictException',
      'EMRServerless.InternalServerException',
      'EMRServerless.ResourceNotFoundException',
      'EMRServerless.ValidationException',
    ],
  },
  {
    service: 'emr-containers',
    displayName: 'Amazon EMR on EKS',
    errors: [
      'EMRContainers.AmazonEMRContainersException',
      'EMRContainers.InternalServerException',
      'EMRContainers.ResourceNotFoundException',
      'EMRContainers.ValidationException',
    ],
  },
  {
    service: 'eks',
    displayName: 'Amazon EKS',
    errors: [
      'EKS.AmazonEKSException',
      'EKS.ClientException',
      'EKS.InvalidParameterException',
      'EKS.ResourceInUseException',
      'EKS.ResourceLimitExceededException',
      'EKS.ResourceNotFoundException',
      'EKS.ServerException',
    ],
  },
  {
    service: 'codebuild',
    displayName: 'AWS CodeBuild',
    errors: [
      'CodeBuild.AWSCodeBuildException',
      'CodeBuild.AccountLimitExceededException',
      'CodeBuild.InvalidInputException',
      'CodeBuild.ResourceNotFoundException',
    ],
  },
  {
    service: 'bedrock',
    displayName: 'Amazon Bedrock',
    errors: [
      'Bedrock.AccessDeniedException',
      'Bedrock.InternalServerException',
      'Bedrock.ModelErrorException',
      'Bedrock.ModelNotReadyException',
      'Bedrock.ModelTimeoutException',
      'Bedrock.ResourceNotFoundException',
      'Bedrock.ServiceQuotaExceededException',
      'Bedrock.ThrottlingException',
      'Bedrock.ValidationException',
    ],
  },
  {
    service: 'mediaconvert',
    displayName: 'AWS Elemental MediaConvert',
    errors: [
      'MediaConvert.AWSMediaConvertException',
      'MediaConvert.BadRequestException',
      'MediaConvert.ConflictException',
      'MediaConvert.ForbiddenException',
      'MediaConvert.InternalServerErrorException',
      'MediaConvert.NotFoundException',
      'MediaConvert.TooManyRequestsException',
    ],
  },
  { service: 'http', displayName: 'HTTP Task (third-party APIs)', errors: ['States.Http.Socket'] },
];

const tableNameParameter = required('TableName', 'string', 'The name (or ARN) of the DynamoDB table.');
const keyParameter = required('Key', 'object', 'The primary key of the item, in DynamoDB attribute-value form, e.g. {"id": {"S": "42"}}.');
const clusterIdParameter = required('ClusterId', 'string', 'The identifier of the EMR cluster (j-...).');
const emrServerlessApplicationId = required('ApplicationId', 'string', 'The identifier of the EMR Serverless application.');
const eksClusterName = required('ClusterName', 'string', 'The name of the EKS cluster.');
const eksCertificateAuthority = required(
  'CertificateAuthority',
  'string',
  "The cluster's base64 certificate authority data, used to trust the Kubernetes API endpoint.",
);
const eksEndpoint = required('Endpoint', 'string', "The URL of the cluster's Kubernetes API server.");
const athenaQueryExecutionId = required('QueryExecutionId', 'string', 'The identifier of the Athena query execution.');
const codeBuildProjectName = required('ProjectName', 'string', 'The name of the CodeBuild project.');
const codeBuildBatchId = required('Id', 'string', 'The identifier of the build batch.');

/** Every action of the optimized integrations, grouped by service. */
export const SERVICE_ACTIONS: readonly ServiceAction[] = [
  // AWS Lambda
  {
    service: 'lambda',
    action: 'invoke',
    patterns: [RR, TOKEN],
    description:
      'Runs a Lambda function and returns its response. With .waitForTaskToken the function receives a task token and the state waits until someone sends it back.',
    parameters: [
      required('FunctionName', 'string', 'The function to run: its name, ARN, or partial ARN, optionally with a version or alias.'),
      suggested('Payload', 'object', 'The event passed to the function (JSON).'),
      optional('InvocationType', 'string', 'RequestResponse (wait for the result, the default), Event (asynchronous) or DryRun.'),
      optional('Qualifier', 'string', 'A version or alias of the function.'),
      optional('ClientContext', 'string', 'Base64 client context passed to the function.'),
      optional('LogType', 'string', 'Tail to include the end of the execution log in the response.'),
    ],
    errors: [],
  },
  // AWS Batch
  {
    service: 'batch',
    action: 'submitJob',
    patterns: [RR, SYNC],
    description: 'Submits a job to an AWS Batch job queue. With .sync the state waits until the job succeeds or fails.',
    parameters: [
      required('JobName', 'string', 'A name for the job.'),
      required('JobDefinition', 'string', 'The job definition (name, name:revision or ARN) to run.'),
      required('JobQueue', 'string', 'The job queue to submit to.'),
      optional('Parameters', 'object', 'Values for placeholders in the job definition.'),
      optional('ContainerOverrides', 'object', 'Overrides for the container: command, environment, resources.'),
      optional('ArrayProperties', 'object', 'Makes the job an array job of the given size.'),
      optional('DependsOn', 'array', 'Jobs this job waits for.'),
      optional('RetryStrategy', 'object', 'How often Batch retries the job itself.'),
      optional('Timeout', 'object', 'A time limit for each attempt.'),
      optional('Tags', 'object', 'Tags for the job.'),
    ],
    errors: [],
  },
  // Amazon DynamoDB
  {
    service: 'dynamodb',
    action: 'getItem',
    patterns: [RR],
    description: 'Reads one item of a DynamoDB table by its primary key.',
    parameters: [
      tableNameParameter,
      keyParameter,
      optional('ConsistentRead', 'boolean', 'True for a strongly consistent read.'),
      optional('ProjectionExpression', 'string', 'The attributes to return.'),
      optional('ExpressionAttributeNames', 'object', 'Substitutions for attribute names in expressions.'),
    ],
    errors: [],
  },
  {
    service: 'dynamodb',
    action: 'putItem',
    patterns: [RR],
    description: 'Writes an item to a DynamoDB table, replacing any item with the same key.',
    parameters: [
      tableNameParameter,
      required('Item', 'object', 'The item, in DynamoDB attribute-value form, including its key attributes.'),
      optional('ConditionExpression', 'string', 'A condition the write must satisfy.'),
      optional('ExpressionAttributeNames', 'object', 'Substitutions for attribute names.'),
      optional('ExpressionAttributeValues', 'object', 'Values used in the condition.'),
      optional('ReturnValues', 'string', 'NONE or ALL_OLD.'),
    ],
    errors: [],
  },
  {
    service: 'dynamodb',
    action: 'updateItem',
    patterns: [RR],
    description: 'Changes attributes of an item in a DynamoDB table, creating the item if it does not exist.',
    parameters: [
      tableNameParameter,
      keyParameter,
      suggested('UpdateExpression', 'string', 'What to change, e.g. "SET #count = #count + :one".'),
      optional('ConditionExpression', 'string', 'A condition the update must satisfy.'),
      optional('ExpressionAttributeNames', 'object', 'Substitutions for attribute names.'),
      optional('ExpressionAttributeValues', 'object', 'Values used in the expressions.'),
      optional('ReturnValues', 'string', 'NONE, ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW.'),
    ],
    errors: [],
  },
  {
    service: 'dynamodb',
    action: 'deleteItem',
    patterns: [RR],
    description: 'Deletes one item of a DynamoDB table by its primary key.',
    parameters: [
      tableNameParameter,
      keyParameter,
      optional('ConditionExpression', 'string', 'A condition the delete must satisfy.'),
      optional('ReturnValues', 'string', 'NONE or ALL_OLD.'),
    ],
    errors: [],
  },
  // Amazon ECS / Fargate
  {
    service: 'ecs',
    action: 'runTask',
    patterns: [RR, SYNC, TOKEN],
    description: 'Starts a task from an ECS task definition, on EC2 or Fargate. With .sync the state waits until the task stops.',
    parameters: [
      required('TaskDefinition', 'string', 'The task definition (family, family:revision or ARN) to run.'),
      suggested('Cluster', 'string', 'The cluster to run on; the default cluster when absent.'),
      optional('LaunchType', 'string', 'EC2, FARGATE or EXTERNAL.'),
      optional('NetworkConfiguration', 'object', 'Subnets and security groups (required for the awsvpc network mode).'),
      optional('Overrides', 'object', 'Overrides for containers: command, environment.'),
      optional('Count', 'number', 'How many copies of the task to start.'),
    ],
    errors: [],
  },
  // Amazon SNS
  {
    service: 'sns',
    action: 'publish',
    patterns: [RR, TOKEN],
    description: 'Publishes a message to an SNS topic, a phone number or a mobile endpoint.',
    parameters: [
      suggested('TopicArn', 'string', 'The topic to publish to (or give TargetArn or PhoneNumber instead).'),
      required('Message', 'string', 'The message to send.'),
      optional('Subject', 'string', 'The subject line for email endpoints.'),
      optional('MessageAttributes', 'object', 'Typed attributes sent with the message.'),
      optional('MessageGroupId', 'string', 'The group of a FIFO topic.'),
      optional('TargetArn', 'string', 'A mobile endpoint to publish to.'),
      optional('PhoneNumber', 'string', 'A phone number to text.'),
    ],
    errors: [],
  },
  // Amazon SQS
  {
    service: 'sqs',
    action: 'sendMessage',
    patterns: [RR, TOKEN],
    description: 'Sends a message to an SQS queue.',
    parameters: [
      required('QueueUrl', 'string', 'The URL of the queue.'),
      required('MessageBody', 'string', 'The message (a string, or JSON that Step Functions serializes).'),
      optional('DelaySeconds', 'number', 'How long the message stays invisible after sending.'),
      optional('MessageAttributes', 'object', 'Typed attributes sent with the message.'),
      optional('MessageGroupId', 'string', 'The group of a FIFO queue (required for FIFO queues).'),
      optional('MessageDeduplicationId', 'string', 'Deduplication token for FIFO queues.'),
    ],
    errors: [],
  },
  // Amazon API Gateway
  {
    service: 'apigateway',
    action: 'invoke',
    patterns: [RR, TOKEN],
    description: 'Calls a REST or HTTP API of API Gateway and returns its response.',
    parameters: [
      required('ApiEndpoint', 'string', 'The host of the API, e.g. "abc123.execute-api.us-east-1.amazonaws.com".'),
      required('Method', 'string', 'The HTTP method: GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS.'),
      optional('Stage', 'string', 'The deployment stage.'),
      optional('Path', 'string', 'The resource path.'),
      optional('Headers', 'object', 'Header names mapped to lists of values.'),
      optional('QueryParameters', 'object', 'Query parameter names mapped to lists of values.'),
      optional('RequestBody', 'object', 'The body to send.'),
      optional('AuthType', 'string', 'NO_AUTH, IAM_ROLE or RESOURCE_POLICY.'),
    ],
    errors: [],
  },
  // Amazon EventBridge
  {
    service: 'events',
    action: 'putEvents',
    patterns: [RR, TOKEN],
    description: 'Sends custom events to an EventBridge event bus.',
    parameters: [required('Entries', 'array', 'The events, each with Detail, DetailType, Source and optionally EventBusName.')],
    errors: [],
  },
  // AWS Step Functions
  {
    service: 'states',
    action: 'startExecution',
    patterns: [RR, SYNC, SYNC2, TOKEN],
    description:
      'Starts an execution of another state machine. .sync waits for it and returns its output as a JSON string; .sync:2 waits and returns the output as JSON.',
    parameters: [
      required('StateMachineArn', 'string', 'The state machine to start.'),
      suggested(
        'Input',
        'object',
        'The input of the new execution. Pass "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" inside it to link the executions.',
      ),
      optional('Name', 'string', 'A name for the execution, unique for 90 days.'),
    ],
    errors: [],
  },
  // AWS Glue
  {
    service: 'glue',
    action: 'startJobRun',
    patterns: [RR, SYNC],
    description: 'Starts a run of an AWS Glue job. With .sync the state waits until the run ends.',
    parameters: [
      required('JobName', 'string', 'The Glue job to run.'),
      optional('Arguments', 'object', 'Job arguments, e.g. {"--day": "2024-01-01"}.'),
      optional('Timeout', 'number', 'Minutes before the run is stopped.'),
      optional('WorkerType', 'string', 'The worker type.'),
      optional('NumberOfWorkers', 'number', 'How many workers.'),
    ],
    errors: [],
  },
  // AWS Glue DataBrew
  {
    service: 'databrew',
    action: 'startJobRun',
    patterns: [RR, SYNC],
    description: 'Starts a run of a Glue DataBrew job. With .sync the state waits until the run ends.',
    parameters: [required('Name', 'string', 'The DataBrew job to run.')],
    errors: [],
  },
  // Amazon Athena
  {
    service: 'athena',
    action: 'startQueryExecution',
    patterns: [RR, SYNC],
    description: 'Runs an SQL query in Athena. With .sync the state waits until the query finishes.',
    parameters: [
      required('QueryString', 'string', 'The SQL to run.'),
      suggested('WorkGroup', 'string', 'The workgroup to run in.'),
      optional('QueryExecutionContext', 'object', 'The database and catalog.'),
      optional('ResultConfiguration', 'object', 'Where to write the results (OutputLocation).'),
      optional('ClientRequestToken', 'string', 'Idempotency token.'),
    ],
    errors: [],
  },
  {
    service: 'athena',
    action: 'stopQueryExecution',
    patterns: [RR],
    description: 'Stops a running Athena query.',
    parameters: [athenaQueryExecutionId],
    errors: [],
  },
  {
    service: 'athena',
    action: 'getQueryExecution',
    patterns: [RR],
    description: 'Returns the state and statistics of an Athena query execution.',
    parameters: [athenaQueryExecutionId],
    errors: [],
  },
  {
    service: 'athena',
    action: 'getQueryResults',
    patterns: [RR],
    description: 'Returns the rows a finished Athena query produced, a page at a time.',
    parameters: [
      athenaQueryExecutionId,
      optional('MaxResults', 'number', 'Rows per page (at most 1000).'),
      optional('NextToken', 'string', 'Token of the next page.'),
    ],
    errors: [],
  },
  // Amazon SageMaker AI
  {
    service: 'sagemaker',
    action: 'createEndpoint',
    patterns: [RR],
    description: 'Creates a SageMaker endpoint from an endpoint configuration.',
    parameters: [
      required('EndpointName', 'string', 'A name for the endpoint.'),
      required('EndpointConfigName', 'string', 'The endpoint configuration to deploy.'),
      optional('Tags', 'array', 'Tags.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createEndpointConfig',
    patterns: [RR],
    description: 'Creates an endpoint configuration: which models to host and on what instances.',
    parameters: [
      required('EndpointConfigName', 'string', 'A name for the configuration.'),
      required('ProductionVariants', 'array', 'The models and instance types to host.'),
      optional('Tags', 'array', 'Tags.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createHyperParameterTuningJob',
    patterns: [RR, SYNC],
    description: 'Starts a hyperparameter tuning job that trains many models to find the best settings. With .sync the state waits for it.',
    parameters: [
      required('HyperParameterTuningJobName', 'string', 'A name for the tuning job.'),
      required('HyperParameterTuningJobConfig', 'object', 'The strategy, objective and parameter ranges.'),
      suggested('TrainingJobDefinition', 'object', 'How each training job runs.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createLabelingJob',
    patterns: [RR, SYNC],
    description: 'Starts a Ground Truth labeling job. With .sync the state waits for it.',
    parameters: [
      required('LabelingJobName', 'string', 'A name for the job.'),
      required('LabelAttributeName', 'string', 'The attribute name for the labels.'),
      required('InputConfig', 'object', 'Where the data to label is.'),
      required('OutputConfig', 'object', 'Where to write the labels.'),
      required('RoleArn', 'string', 'The role SageMaker uses.'),
      required('HumanTaskConfig', 'object', 'The work team and task UI.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createModel',
    patterns: [RR],
    description: 'Registers a model (container image and artifacts) in SageMaker.',
    parameters: [
      required('ModelName', 'string', 'A name for the model.'),
      suggested('ExecutionRoleArn', 'string', 'The role SageMaker uses to reach the artifacts.'),
      suggested('PrimaryContainer', 'object', 'The image and model data location.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createProcessingJob',
    patterns: [RR, SYNC],
    description: 'Starts a SageMaker processing job. With .sync the state waits for it.',
    parameters: [
      required('ProcessingJobName', 'string', 'A name for the job.'),
      required('ProcessingResources', 'object', 'The instances to run on.'),
      required('AppSpecification', 'object', 'The container image and entry point.'),
      required('RoleArn', 'string', 'The role SageMaker uses.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createTrainingJob',
    patterns: [RR, SYNC],
    description: 'Starts a SageMaker training job. With .sync the state waits until training ends.',
    parameters: [
      required('TrainingJobName', 'string', 'A name for the job.'),
      required('AlgorithmSpecification', 'object', 'The training image and input mode.'),
      required('OutputDataConfig', 'object', 'Where to write the model artifacts.'),
      required('ResourceConfig', 'object', 'The instances to train on.'),
      required('RoleArn', 'string', 'The role SageMaker uses.'),
      required('StoppingCondition', 'object', 'The maximum run time.'),
      optional('InputDataConfig', 'array', 'The training data channels.'),
      optional('HyperParameters', 'object', 'Algorithm settings.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'createTransformJob',
    patterns: [RR, SYNC],
    description: 'Starts a batch transform job that runs a model over a dataset. With .sync the state waits for it.',
    parameters: [
      required('TransformJobName', 'string', 'A name for the job.'),
      required('ModelName', 'string', 'The model to use.'),
      required('TransformInput', 'object', 'The input data.'),
      required('TransformOutput', 'object', 'Where to write the results.'),
      required('TransformResources', 'object', 'The instances to run on.'),
    ],
    errors: [],
  },
  {
    service: 'sagemaker',
    action: 'updateEndpoint',
    patterns: [RR],
    description: 'Moves a SageMaker endpoint to a new endpoint configuration.',
    parameters: [
      required('EndpointName', 'string', 'The endpoint to update.'),
      required('EndpointConfigName', 'string', 'The new configuration.'),
    ],
    errors: [],
  },
  // Amazon EMR
  {
    service: 'elasticmapreduce',
    action: 'createCluster',
    patterns: [RR, SYNC],
    description: 'Creates and starts an EMR cluster. With .sync the state waits until the cluster is running (waiting for steps).',
    parameters: [
      required('Name', 'string', 'A name for the cluster.'),
      required('Instances', 'object', 'The instance groups or fleets; KeepJobFlowAliveWhenNoSteps must be true.'),
      suggested('ReleaseLabel', 'string', 'The EMR release, e.g. "emr-7.0.0".'),
      suggested('ServiceRole', 'string', 'The role EMR uses.'),
      suggested('JobFlowRole', 'string', 'The instance profile of the cluster nodes.'),
      optional('Applications', 'array', 'Applications to install.'),
    ],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'setClusterTerminationProtection',
    patterns: [RR],
    description: 'Turns termination protection of an EMR cluster on or off.',
    parameters: [clusterIdParameter, required('TerminationProtected', 'boolean', 'True to protect the cluster from termination.')],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'modifyInstanceFleetByName',
    patterns: [RR],
    description: 'Changes the target capacity of an instance fleet of an EMR cluster, chosen by name.',
    parameters: [
      clusterIdParameter,
      required('InstanceFleetName', 'string', 'The name of the fleet.'),
      required('InstanceFleet', 'object', 'The new target capacities.'),
    ],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'modifyInstanceGroupByName',
    patterns: [RR],
    description: 'Changes the instance count of an instance group of an EMR cluster, chosen by name.',
    parameters: [
      clusterIdParameter,
      required('InstanceGroupName', 'string', 'The name of the group.'),
      required('InstanceGroup', 'object', 'The new instance count and settings.'),
    ],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'terminateCluster',
    patterns: [RR, SYNC],
    description: 'Shuts down an EMR cluster. With .sync the state waits until it has terminated.',
    parameters: [clusterIdParameter],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'addStep',
    patterns: [RR, SYNC],
    description: 'Adds a step (a job) to a running EMR cluster. With .sync the state waits until the step completes.',
    parameters: [clusterIdParameter, required('Step', 'object', 'The step: Name, ActionOnFailure and HadoopJarStep.')],
    errors: [],
  },
  {
    service: 'elasticmapreduce',
    action: 'cancelStep',
    patterns: [RR],
    description: 'Cancels a pending or running step of an EMR cluster.',
    parameters: [clusterIdParameter, required('StepId', 'string', 'The step to cancel.')],
    errors: [],
  },
  // Amazon EMR Serverless
  {
    service: 'emr-serverless',
    action: 'createApplication',
    patterns: [RR, SYNC],
    description: 'Creates an EMR Serverless application. With .sync the state waits until it is created.',
    parameters: [
      required('ReleaseLabel', 'string', 'The EMR release, e.g. "emr-7.0.0".'),
      required('Type', 'string', 'SPARK or HIVE.'),
      suggested('Name', 'string', 'A name for the application.'),
    ],
    errors: [],
  },
  {
    service: 'emr-serverless',
    action: 'startApplication',
    patterns: [RR, SYNC],
    description: 'Starts an EMR Serverless application. With .sync the state waits until it has started.',
    parameters: [emrServerlessApplicationId],
    errors: [],
  },
  {
    service: 'emr-serverless',
    action: 'stopApplication',
    patterns: [RR, SYNC],
    description: 'Stops an EMR Serverless application. With .sync the state waits until it has stopped.',
    parameters: [emrServerlessApplicationId],
    errors: [],
  },
  {
    service: 'emr-serverless',
    action: 'deleteApplication',
    patterns: [RR, SYNC],
    description: 'Deletes an EMR Serverless application. With .sync the state waits until it is gone.',
    parameters: [emrServerlessApplicationId],
    errors: [],
  },
  {
    service: 'emr-serverless',
    action: 'startJobRun',
    patterns: [RR, SYNC],
    description: 'Runs a Spark or Hive job on an EMR Serverless application. With .sync the state waits until the job ends.',
    parameters: [
      emrServerlessApplicationId,
      required('ExecutionRoleArn', 'string', 'The role the job runs with.'),
      suggested('JobDriver', 'object', 'The Spark submit or Hive query to run.'),
      optional('ConfigurationOverrides', 'object', 'Configuration and logging overrides.'),
      optional('Name', 'string', 'A name for the run.'),
    ],
    errors: [],
  },
  {
    service: 'emr-serverless',
    action: 'cancelJobRun',
    patterns: [RR, SYNC],
    description: 'Cancels a job run of an EMR Serverless application. With .sync the state waits until it is cancelled.',
    parameters: [emrServerlessApplicationId, required('JobRunId', 'string', 'The run to cancel.')],
    errors: [],
  },
  // Amazon EMR on EKS
  {
    service: 'emr-containers',
    action: 'createVirtualCluster',
    patterns: [RR],
    description: 'Creates an EMR virtual cluster on an EKS namespace.',
    parameters: [
      required('Name', 'string', 'A name for the virtual cluster.'),
      required('ContainerProvider', 'object', 'The EKS cluster and namespace.'),
    ],
    errors: [],
  },
  {
    service: 'emr-containers',
    action: 'deleteVirtualCluster',
    patterns: [RR, SYNC],
    description: 'Deletes an EMR virtual cluster. With .sync the state waits until it is gone.',
    parameters: [required('Id', 'string', 'The virtual cluster to delete.')],
    errors: [],
  },
  {
    service: 'emr-containers',
    action: 'startJobRun',
    patterns: [RR, SYNC],
    description: 'Runs a job on an EMR on EKS virtual cluster. With .sync the state waits until the job ends.',
    parameters: [
      required('VirtualClusterId', 'string', 'The virtual cluster to run on.'),
      required('ExecutionRoleArn', 'string', 'The role the job runs with.'),
      required('ReleaseLabel', 'string', 'The EMR release.'),
      required('JobDriver', 'object', 'The Spark submit parameters.'),
      optional('Name', 'string', 'A name for the run.'),
      optional('ConfigurationOverrides', 'object', 'Configuration and logging overrides.'),
    ],
    errors: [],
  },
  // Amazon EKS
  {
    service: 'eks',
    action: 'createCluster',
    patterns: [RR, SYNC],
    description: 'Creates an EKS cluster. With .sync the state waits until it is active.',
    parameters: [
      required('Name', 'string', 'A name for the cluster.'),
      required('ResourcesVpcConfig', 'object', 'Subnets and security groups.'),
      required('RoleArn', 'string', 'The role of the control plane.'),
    ],
    errors: [],
  },
  {
    service: 'eks',
    action: 'deleteCluster',
    patterns: [RR, SYNC],
    description: 'Deletes an EKS cluster. With .sync the state waits until it is gone.',
    parameters: [required('Name', 'string', 'The cluster to delete.')],
    errors: [],
  },
  {
    service: 'eks',
    action: 'createFargateProfile',
    patterns: [RR, SYNC],
    description: 'Creates a Fargate profile for an EKS cluster. With .sync the state waits until it is active.',
    parameters: [
      eksClusterName,
      required('FargateProfileName', 'string', 'A name for the profile.'),
      required('PodExecutionRoleArn', 'string', 'The role of the pods.'),
      optional('Selectors', 'array', 'Which pods run on Fargate.'),
      optional('Subnets', 'array', 'The subnets of the pods.'),
    ],
    errors: [],
  },
  {
    service: 'eks',
    action: 'deleteFargateProfile',
    patterns: [RR, SYNC],
    description: 'Deletes a Fargate profile of an EKS cluster. With .sync the state waits until it is gone.',
    parameters: [eksClusterName, required('FargateProfileName', 'string', 'The profile to delete.')],
    errors: [],
  },
  {
    service: 'eks',
    action: 'createNodegroup',
    patterns: [RR, SYNC],
    description: 'Creates a managed node group for an EKS cluster. With .sync the state waits until it is active.',
    parameters: [
      eksClusterName,
      required('NodegroupName', 'string', 'A name for the node group.'),
      required('NodeRole', 'string', 'The role of the nodes.'),
      required('Subnets', 'array', 'The subnets of the nodes.'),
    ],
    errors: [],
  },
  {
    service: 'eks',
    action: 'deleteNodegroup',
    patterns: [RR, SYNC],
    description: 'Deletes a managed node group of an EKS cluster. With .sync the state waits until it is gone.',
    parameters: [eksClusterName, required('NodegroupName', 'string', 'The node group to delete.')],
    errors: [],
  },
  {
    service: 'eks',
    action: 'runJob',
    patterns: [RR, SYNC],
    description:
      'Runs a Kubernetes Job (batch/v1) on an EKS cluster. With .sync the state waits until the job completes and can return its logs.',
    parameters: [
      eksClusterName,
      eksCertificateAuthority,
      eksEndpoint,
      required('Job', 'object', 'The Kubernetes Job manifest.'),
      optional('Namespace', 'string', 'The namespace (default: default).'),
      optional('LogOptions', 'object', 'Whether and how to fetch the pod logs.'),
    ],
    errors: [],
  },
  {
    service: 'eks',
    action: 'call',
    patterns: [RR],
    description: 'Calls the Kubernetes API of an EKS cluster to read or change any resource.',
    parameters: [
      eksClusterName,
      eksCertificateAuthority,
      eksEndpoint,
      required('Method', 'string', 'GET, POST, PUT, DELETE, HEAD or PATCH.'),
      required('Path', 'string', 'The Kubernetes API path, e.g. "/api/v1/namespaces/default/pods".'),
      optional('QueryParameters', 'object', 'Query parameters.'),
      optional('RequestBody', 'object', 'The body to send.'),
    ],
    errors: [],
  },
  // AWS CodeBuild
  {
    service: 'codebuild',
    action: 'startBuild',
    patterns: [RR, SYNC],
    description: 'Starts a build of a CodeBuild project. With .sync the state waits until the build ends.',
    parameters: [
      codeBuildProjectName,
      optional('SourceVersion', 'string', 'The commit, branch or tag to build.'),
      optional('EnvironmentVariablesOverride', 'array', 'Environment variables for this build.'),
    ],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'stopBuild',
    patterns: [RR],
    description: 'Stops a running CodeBuild build.',
    parameters: [required('Id', 'string', 'The build to stop.')],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'batchDeleteBuilds',
    patterns: [RR],
    description: 'Deletes CodeBuild builds (retrying briefly if a build was just stopped).',
    parameters: [required('Ids', 'array', 'The builds to delete.')],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'batchGetReports',
    patterns: [RR],
    description: 'Returns CodeBuild test and coverage reports.',
    parameters: [required('ReportArns', 'array', 'The reports to return.')],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'startBuildBatch',
    patterns: [RR, SYNC],
    description: 'Starts a batch build of a CodeBuild project. With .sync the state waits until the batch ends.',
    parameters: [codeBuildProjectName],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'stopBuildBatch',
    patterns: [RR],
    description: 'Stops a running CodeBuild batch build.',
    parameters: [codeBuildBatchId],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'retryBuildBatch',
    patterns: [RR, SYNC],
    description: 'Runs a CodeBuild batch build again. With .sync the state waits until the batch ends.',
    parameters: [codeBuildBatchId, optional('RetryType', 'string', 'RETRY_ALL_BUILDS or RETRY_FAILED_BUILDS.')],
    errors: [],
  },
  {
    service: 'codebuild',
    action: 'deleteBuildBatch',
    patterns: [RR],
    description: 'Deletes a CodeBuild batch build (retrying briefly if it was just stopped).',
    parameters: [codeBuildBatchId],
    errors: [],
  },
  // Amazon Bedrock
  {
    service: 'bedrock',
    action: 'invokeModel',
    patterns: [RR],
    description:
      'Runs inference on a Bedrock model (text, image or embedding) with the request body you give; the body can also be read from, and the answer written to, S3.',
    parameters: [
      required('ModelId', 'string', 'The model (ID or ARN) to invoke.'),
      suggested('Body', 'object', 'The model-specific request (prompt and settings). Give Body or Input, not both.'),
      optional('Input', 'object', 'Read the request from S3 instead: {"S3Uri": "s3://..."}.'),
      optional('Output', 'object', 'Write the response to S3 instead of returning it: {"S3Uri": "s3://..."}.'),
      optional('ContentType', 'string', 'The MIME type of the request body (application/json by default).'),
      optional('Accept', 'string', 'The MIME type of the response.'),
    ],
    errors: [],
  },
  {
    // The per-API page lists request-response and .sync only (the service table's callback column is not tied to an action).
    service: 'bedrock',
    action: 'createModelCustomizationJob',
    patterns: [RR, SYNC],
    description: 'Starts a fine-tuning job that customizes a Bedrock base model. With .sync the state waits until the job ends.',
    parameters: [
      required('BaseModelIdentifier', 'string', 'The base model to customize.'),
      required('CustomModelName', 'string', 'A name for the new model.'),
      required('JobName', 'string', 'A name for the job.'),
      required('RoleArn', 'string', 'The role Bedrock uses.'),
      required('TrainingDataConfig', 'object', 'Where the training data is in S3.'),
      required('OutputDataConfig', 'object', 'Where to write the output in S3.'),
      optional('HyperParameters', 'object', 'Training settings.'),
      optional('CustomizationType', 'string', 'FINE_TUNING or CONTINUED_PRE_TRAINING.'),
    ],
    errors: [],
  },
  // AWS Elemental MediaConvert
  {
    service: 'mediaconvert',
    action: 'createJob',
    patterns: [RR, SYNC],
    description: 'Starts a MediaConvert transcoding job. With .sync the state waits until the job ends.',
    parameters: [
      required('Role', 'string', 'The role MediaConvert uses to read and write S3.'),
      required('Settings', 'object', 'Inputs, output groups and encoding settings.'),
      optional('JobTemplate', 'string', 'A job template to start from.'),
      optional('Queue', 'string', 'The queue to run in.'),
      optional('UserMetadata', 'object', 'Your own key-value pairs.'),
    ],
    errors: [],
  },
  // HTTP Task
  {
    service: 'http',
    action: 'invoke',
    patterns: [RR],
    description: 'Calls a public HTTPS API, authenticated through an EventBridge connection, and returns the response.',
    parameters: [
      required('ApiEndpoint', 'string', 'The URL to call.'),
      required('Method', 'string', 'GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD.'),
      required(
        'Authentication',
        'object',
        'The EventBridge connection that holds the credentials: {"ConnectionArn": "arn:aws:events:..."}.',
      ),
      optional('Headers', 'object', 'Request headers.'),
      optional('QueryParameters', 'object', 'Query parameters.'),
      optional('RequestBody', 'object', 'The body to send.'),
      optional('Transform', 'object', 'How to encode the body and query parameters.'),
    ],
    errors: [],
  },
];

/**
 * Resources that read items for a Distributed Map's ItemReader, or write its results for
 * ResultWriter. They are not Task resources; completion offers them in those fields only.
 */
export const ITEM_READER_RESOURCES: readonly string[] = ['arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:listObjectsV2'];
export const RESULT_WRITER_RESOURCES: readonly string[] = ['arn:aws:states:::s3:putObject'];
