// Reads `lambdaEsm` settings from the client, with defaults for anything missing or malformed, so a
// typo in settings.json degrades to the default instead of breaking analysis.

import { DEFAULT_SETTINGS, type LambdaEsmSettings, type RuleLevel } from '../../protocol/settings';
import { isRuleSetting } from './core/ruleSettings';

export function readSettings(raw: unknown): LambdaEsmSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleLevel> = {};
  if (r['rules'] && typeof r['rules'] === 'object') {
    for (const [id, level] of Object.entries(r['rules'] as Record<string, unknown>)) if (isRuleSetting(level)) rules[id] = level;
  }
  const debounce = r['debounceMs'];
  return {
    rules,
    debounceMs: typeof debounce === 'number' && debounce >= 0 && Number.isFinite(debounce) ? debounce : DEFAULT_SETTINGS.debounceMs,
    workspaceDiagnostics: typeof r['workspaceDiagnostics'] === 'boolean' ? (r['workspaceDiagnostics'] as boolean) : DEFAULT_SETTINGS.workspaceDiagnostics,
    codeLens: typeof r['codeLens'] === 'boolean' ? (r['codeLens'] as boolean) : DEFAULT_SETTINGS.codeLens,
    sampleFiles: Array.isArray(r['sampleFiles']) ? (r['sampleFiles'] as unknown[]).filter((g): g is string => typeof g === 'string') : DEFAULT_SETTINGS.sampleFiles,
  };
}
