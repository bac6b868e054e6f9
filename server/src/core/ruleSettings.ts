// Users change a rule's severity or turn it off by id (`lambdaEsm.rules` in VS Code, `rules` in
// `.lambda-esm.json` for the CLI). Applied at the edge, after analysis, so cached findings stay valid.

import type { Problem, Severity } from './model/problem';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

const VALID = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && VALID.has(value);
}

export function applyRuleSettings(problems: readonly Problem[], settings: RuleSettings | undefined): Problem[] {
  if (!settings || Object.keys(settings).length === 0) return [...problems];
  const out: Problem[] = [];
  for (const problem of problems) {
    const setting = settings[problem.code];
    if (setting === 'off') continue;
    out.push(setting && isRuleSetting(setting) ? { ...problem, severity: setting } : problem);
  }
  return out;
}
