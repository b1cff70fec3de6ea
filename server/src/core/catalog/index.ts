/**
 * The service integrations catalog: one place for what a Task's Resource can be.
 *
 *   SERVICE_ACTIONS          every optimized integration action: service, action, exactly the
 *                            patterns it supports, its parameters (required ones flagged), its errors
 *   SERVICES                 the optimized services, with their display names and service errors
 *   STATES_ERRORS            the predefined States.* errors, described
 *   parseResourceArn(text)   reads a Resource value into kind/service/action/pattern, or a problem
 *                            with a stable code (resource/...) and the exact characters; never throws
 *   findServiceAction, integrationArn, integrationErrors, describeError, RESOURCE_TEMPLATES
 *   sdkServices, sdkActions  the AWS SDK integrations' services and actions (generated from the
 *                            aws-sdk API models, decoded lazily), for aws-sdk:<service>:<action>
 *
 * Validation, completion and hover all read these tables, so they never disagree.
 */
export * from './types';
export { SERVICES, SERVICE_ACTIONS, ITEM_READER_RESOURCES, RESULT_WRITER_RESOURCES } from './integrations';
export { STATES_ERRORS, STATES_ERROR_NAMES } from './errors';
export {
  SERVICE_ACTIONS_BY_SERVICE,
  findService,
  findServiceAction,
  integrationArn,
  integrationErrors,
  describeError,
  RESOURCE_TEMPLATES,
} from './lookup';
export {
  sdkServices,
  sdkActions,
  findSdkService,
  findSdkServiceByExceptionPrefix,
  sdkServiceForOtherName,
  hasSdkAction,
  isUnsupportedSdkAction,
  SDK_CATALOG_DATE,
  SDK_CATALOG_SOURCE,
  type SdkService,
} from './sdk';
export {
  parseResourceArn,
  containsPlaceholder,
  describePattern,
  PARTITIONS,
  type ParsedResourceArn,
  type ResourceArnKind,
  type ResourceArnProblem,
  type ResourceArnProblemCode,
  type TextSpan,
} from './arn';
