// The shape of the facts table: everything known about each argument and block of
// `aws_lambda_event_source_mapping`. Validation, completion, hover and the docs read this one table.

import type { SourceKind } from '../sources/sourceKind';

export type ArgumentType = 'string' | 'number' | 'bool' | 'list(string)' | 'set(string)' | 'map(string)';

/**
 * Whether a source kind accepts an argument: `forbidden` when the API rejects it, `unverified` when the
 * documentation says it does not apply but the API's answer is not verified (reported as a warning).
 */
export type Applicability = 'allowed' | 'forbidden' | 'unverified';

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
  /** Single values allowed outside [min, max], e.g. -1 for "forever". */
  readonly also?: readonly number[];
}

/** A value (enum member or prefix) that only some source kinds accept. */
export interface ValueApplicability {
  readonly value?: string;
  readonly prefix?: string;
  readonly kinds: readonly SourceKind[];
  /** How the value is named in messages. */
  readonly label: string;
}

interface FactBase {
  readonly name: string;
  /** The documentation shown on hover and completion (Markdown). */
  readonly doc: string;
  readonly forceNew?: boolean;
  /** Per source kind; a kind that is absent is `allowed`. */
  readonly sources?: Partial<Record<SourceKind, Applicability>>;
  /** Provider version that added it, when that matters to users of older providers. */
  readonly since?: string;
}

export interface AttributeFact extends FactBase {
  readonly kind: 'attribute';
  readonly type: ArgumentType;
  readonly required?: boolean;
  /** Computed-only attributes: setting them is an error. */
  readonly readOnly?: boolean;
  /** The default as users should read it, for hover and docs. */
  readonly defaultText?: string;
  /** The default as a value, when it is the same for every source (completion offers it first). */
  readonly defaultValue?: number | string | boolean;
  /** The default per source kind, when it differs between sources. */
  readonly sourceDefaults?: Partial<Record<SourceKind, number>>;
  readonly enum?: readonly string[];
  /** What each enum member means (Markdown, one or two sentences), for completion and hover. */
  readonly valueDocs?: Readonly<Record<string, string>>;
  /** Enum members or prefixes that only some source kinds accept. */
  readonly valueSources?: readonly ValueApplicability[];
  /** The provider's validator: violations fail at `terraform plan`. */
  readonly providerBounds?: Bounds;
  /** The AWS API's limits: violations fail at `terraform apply`. */
  readonly apiBounds?: Bounds;
  /** Above the API maximum only with a quota increase: a warning, not an error. */
  readonly apiMaxIsQuota?: boolean;
  /** Per-source bounds that are stricter than `apiBounds` (read by source-specific rules). */
  readonly sourceBounds?: Partial<Record<SourceKind, Bounds>>;
  /** String length and pattern (each list item for lists); `by` says who rejects a violation. */
  readonly length?: { readonly min: number; readonly max: number; readonly by: 'provider' | 'api' };
  readonly pattern?: { readonly regex: RegExp; readonly description: string; readonly by: 'provider' | 'api' };
  readonly format?: 'rfc3339';
  /** List or set item counts. */
  readonly items?: { readonly min?: number; readonly max?: number; readonly by: 'provider' | 'api' };
  /** The provider treats 0 as "not set" and sends nothing, so AWS applies its default. */
  readonly zeroIsUnset?: boolean;
  /** Source kinds for which the API requires this argument. */
  readonly requiredFor?: readonly SourceKind[];
}

export interface BlockFact extends FactBase {
  readonly kind: 'block';
  readonly minItems?: number;
  /** The provider's MaxItems (plan-time). */
  readonly maxItems?: number;
  /** The API's maximum when it is larger than the provider's (the gap is `provider-lag`). */
  readonly apiMaxItems?: number;
  readonly attributes: Readonly<Record<string, AttributeFact>>;
  readonly blocks: Readonly<Record<string, BlockFact>>;
}

export type Fact = AttributeFact | BlockFact;
