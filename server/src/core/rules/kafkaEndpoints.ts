// `self_managed_event_source.endpoints`: the provider checks nothing, but AWS accepts only the key
// `KAFKA_BOOTSTRAP_SERVERS` with 1–10 comma-separated `host:port` brokers.

import { KAFKA_ENDPOINTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, renameFix } from '../fixes/edits';
import { firstBlock } from '../model/mapping';
import { asString, settle } from '../model/value';
import { closest } from '../text/closest';
import type { Rule } from './rule';

const BROKER = /^(\[[0-9a-fA-F:.]+\]|[^\s:,[\]]+):\d{1,5}$/;

export const kafkaEndpoints: Rule = {
  id: 'kafka-endpoints',
  category: 'kafka',
  defaultSeverity: 'error',
  description: 'Self-managed Kafka endpoints with a wrong key or malformed brokers.',
  check(context) {
    const { mapping, report } = context;
    const block = firstBlock(mapping.body, 'self_managed_event_source');
    const endpoints = block?.attributes.get('endpoints');
    const map = endpoints && settle(endpoints.value);
    if (!endpoints || !map || map.kind !== 'object') return;
    const direct = endpoints.value.kind === 'object';
    for (const entry of map.entries) {
      if (entry.key !== KAFKA_ENDPOINTS.key) {
        const near = closest(entry.key, [KAFKA_ENDPOINTS.key]);
        report({
          range: direct ? entry.keyRange : endpoints.value.range,
          message: `The only endpoint key AWS accepts is \`${KAFKA_ENDPOINTS.key}\`, not \`${entry.key}\`; AWS rejects the mapping at apply.`,
          ...(near && direct ? fixesOf(renameFix(context, entry.keyRange, entry.key, KAFKA_ENDPOINTS.key, 'key')) : {}),
        });
        continue;
      }
      const text = asString(entry.value);
      if (text === undefined) continue;
      const range = direct ? entry.value.range : endpoints.value.range;
      const brokers = text.split(',').map((b) => b.trim());
      const bad = brokers.filter((b) => !BROKER.test(b) || b.length > KAFKA_ENDPOINTS.maxLength);
      if (bad.length > 0) {
        report({ range, message: `Each broker must be \`host:port\` (e.g. \`b-1.example.com:9092\`); ${bad.map((b) => `\`${b || '(empty)'}\``).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not. AWS rejects it at apply.` });
      } else if (brokers.length > KAFKA_ENDPOINTS.maxBrokers) {
        report({ range, message: `AWS accepts at most ${KAFKA_ENDPOINTS.maxBrokers} bootstrap brokers; this lists ${brokers.length}.` });
      }
    }
  },
};
