// The ordered rule registry: the only list of rules. Order matters: when two rules underline the same
// range, the earlier (more specific) one is kept, so a mistake is reported once, in its own words.

import type { Severity } from '../model/problem';
import { argumentNotApplicable } from './argumentNotApplicable';
import { atTimestamp } from './atTimestamp';
import { destinationArnInvalid } from './destinationArnInvalid';
import { duplicateMapping } from './duplicateMapping';
import { dynamodbStreamDisabled } from './dynamodbStreamDisabled';
import { eventSourceArnInvalid } from './eventSourceArnInvalid';
import { exactlyOneSource } from './exactlyOneSource';
import { filterCriteria } from './filterCriteria';
import { filterPattern } from './filterPattern';
import { functionName } from './functionName';
import { invalidEnumValue } from './invalidEnumValue';
import { itemCount } from './itemCount';
import { kafkaConfigBlock } from './kafkaConfigBlock';
import { kafkaEndpoints } from './kafkaEndpoints';
import { kafkaSourceAccess } from './kafkaSourceAccess';
import { kafkaTopics } from './kafkaTopics';
import { kmsKeyArn } from './kmsKeyArn';
import { missingRequiredArgument } from './missingRequiredArgument';
import { mqQueues } from './mqQueues';
import { patternDynamodbTypes } from './patternDynamodbTypes';
import { patternNeverMatches } from './patternNeverMatches';
import { patternRedundant } from './patternRedundant';
import { patternWrapper } from './patternWrapper';
import { pollers } from './pollers';
import { providerLag } from './providerLag';
import { readOnlyArgument } from './readOnlyArgument';
import type { Rule, RuleCategory } from './rule';
import { schemaRegistryMode } from './schemaRegistryMode';
import { sourceCredentials } from './sourceCredentials';
import { sqsBatchWindow } from './sqsBatchWindow';
import { sqsFifoBatching } from './sqsFifoBatching';
import { sqsScalingVsProvisioned } from './sqsScalingVsProvisioned';
import { sqsVisibilityTimeout } from './sqsVisibilityTimeout';
import { startingPositionForbidden } from './startingPositionForbidden';
import { startingPositionRequired } from './startingPositionRequired';
import { unknownArgument } from './unknownArgument';
import { unsupportedSource } from './unsupportedSource';
import { valueFormat } from './valueFormat';
import { valueNotApplicable } from './valueNotApplicable';
import { valueOutOfRange } from './valueOutOfRange';
import { valueType } from './valueType';

export const MAPPING_RULES: readonly Rule[] = [
  // Where the source comes from.
  exactlyOneSource,
  kafkaConfigBlock,
  eventSourceArnInvalid,
  unsupportedSource,
  dynamodbStreamDisabled,
  // What the provider cannot express yet.
  providerLag,
  // Source-specific rules, before the generic matrix so their messages win.
  startingPositionForbidden,
  startingPositionRequired,
  atTimestamp,
  sqsBatchWindow,
  sqsFifoBatching,
  sqsVisibilityTimeout,
  sqsScalingVsProvisioned,
  pollers,
  kafkaTopics,
  mqQueues,
  kafkaEndpoints,
  kafkaSourceAccess,
  sourceCredentials,
  schemaRegistryMode,
  filterCriteria,
  filterPattern,
  patternWrapper,
  patternDynamodbTypes,
  patternNeverMatches,
  patternRedundant,
  kmsKeyArn,
  destinationArnInvalid,
  functionName,
  // The schema, driven by the facts table.
  readOnlyArgument,
  unknownArgument,
  missingRequiredArgument,
  valueType,
  invalidEnumValue,
  itemCount,
  valueOutOfRange,
  valueFormat,
  // The per-source matrix of the facts table.
  argumentNotApplicable,
  valueNotApplicable,
];

/** Rules that are not per-mapping checks, listed so settings, docs and tests see every id. */
export interface RuleInfo {
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  readonly description: string;
}

export const SYNTAX_RULE: RuleInfo = {
  id: 'hcl-syntax',
  category: 'syntax',
  defaultSeverity: 'error',
  description: 'A syntax error; what follows it in its block is not checked until it parses.',
};

/** A value nested deeper than the front ends read (`MAX_NESTING`): it is not checked, and this says so. */
export const NESTING_RULE: RuleInfo = {
  id: 'nesting-too-deep',
  category: 'syntax',
  defaultSeverity: 'information',
  description: 'A value nested so deeply that Lambda ESM Lens does not read it, so it is not checked.',
};

export const ALL_RULES: readonly RuleInfo[] = [SYNTAX_RULE, NESTING_RULE, ...MAPPING_RULES, duplicateMapping];

export { duplicateMapping };
