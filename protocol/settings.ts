// The settings the server reads under `lambdaEsm`, declared once for the server, the client and the
// tidy test that checks them against package.json.

export const SETTINGS_SECTION = 'lambdaEsm';

export type RuleLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface LambdaEsmSettings {
  /** Per rule id: a severity, or "off". */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Milliseconds to wait after a keystroke before checking; 0 checks at once. */
  readonly debounceMs: number;
  /** Check every Terraform file of the workspace, not only the open ones. */
  readonly workspaceDiagnostics: boolean;
  /** Show above each filter how many sample records it matches. */
  readonly codeLens: boolean;
  /** Globs (relative to the workspace folders) of sample files for filter patterns. */
  readonly sampleFiles: readonly string[];
}

export const DEFAULT_SETTINGS: LambdaEsmSettings = {
  rules: {},
  debounceMs: 100,
  workspaceDiagnostics: true,
  codeLens: true,
  sampleFiles: ['**/*.esm-samples.json'],
};
