// Links to the AWS documentation that hovers end with: the Lambda developer guide's page for the
// mapping's source kind, or its page on event source mappings when the kind is not known, and the page
// on event filtering for filter patterns.

import type { SourceKind } from '../sources/sourceKind';

const GUIDE = 'https://docs.aws.amazon.com/lambda/latest/dg';

const PAGES: Readonly<Record<SourceKind, { readonly title: string; readonly page: string }>> = {
  sqs: { title: 'Using Lambda with Amazon SQS', page: 'with-sqs.html' },
  'sqs-fifo': { title: 'Using Lambda with Amazon SQS', page: 'with-sqs.html' },
  kinesis: { title: 'Using Lambda with Kinesis Data Streams', page: 'with-kinesis.html' },
  dynamodb: { title: 'Using Lambda with DynamoDB Streams', page: 'with-ddb.html' },
  'mq-activemq': { title: 'Using Lambda with Amazon MQ', page: 'with-mq.html' },
  'mq-rabbitmq': { title: 'Using Lambda with Amazon MQ', page: 'with-mq.html' },
  msk: { title: 'Using Lambda with Amazon MSK', page: 'with-msk.html' },
  kafka: { title: 'Using Lambda with self-managed Apache Kafka', page: 'with-kafka.html' },
  documentdb: { title: 'Using Lambda with Amazon DocumentDB', page: 'with-documentdb.html' },
};

const MAPPINGS = { title: 'Lambda event source mappings', page: 'invocation-eventsourcemapping.html' };
const FILTERING = { title: 'Lambda event filtering', page: 'invocation-eventfiltering.html' };

/** A Markdown link to the guide's page for the kinds (one page for all of them), or to its mapping page. */
export function sourceDocLink(kinds: readonly SourceKind[] | undefined): string {
  const pages = new Set(kinds?.map((k) => PAGES[k].page));
  return link(pages.size === 1 ? PAGES[kinds![0]!] : MAPPINGS);
}

export function filteringDocLink(): string {
  return link(FILTERING);
}

function link({ title, page }: { readonly title: string; readonly page: string }): string {
  return `[${title}](${GUIDE}/${page})`;
}
