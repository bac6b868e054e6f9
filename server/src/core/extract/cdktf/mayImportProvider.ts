// A cheap test of whether a TypeScript file can create provider constructs at all: it must import provider
// bindings. Most `.ts` files of a workspace do not, and are then never parsed.

const PROVIDER_IMPORT = /provider-aws|providers\/aws|imports\/aws|lambda-event-source-mapping/;

export function mayImportProvider(text: string): boolean {
  return PROVIDER_IMPORT.test(text);
}
