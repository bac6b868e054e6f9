// What each filter-pattern operator does in Lambda, for completion and hover. The wording follows the
// Lambda and EventBridge documentation of the operators Lambda's filtering accepts (see
// docs/rules/filter-pattern-invalid.md); the matcher (`compileMatchList.ts`) implements the same semantics,
// and whether Lambda documents each one is the validator's to say (`lambdaSupportOf`).

export interface OperatorDoc {
  /** The operator as written in a pattern, a key inside `{ … }` in a value array (or `$or` as an object key). */
  readonly name: string;
  /** One line: what it matches. */
  readonly summary: string;
  /** A pattern fragment showing it, written as JSON. */
  readonly example: string;
  /** Which value the operator takes, for snippets: a string, a number list, a bool, a list or an object. */
  readonly takes: 'string' | 'strings' | 'numeric' | 'bool' | 'object';
}

export const OPERATOR_DOCS: readonly OperatorDoc[] = [
  { name: 'prefix', summary: 'Matches a string that starts with the given text (case-sensitive); `{"prefix": {"equals-ignore-case": …}}` ignores case.', example: '{"status": [{"prefix": "ship"}]}', takes: 'string' },
  { name: 'suffix', summary: 'Matches a string that ends with the given text (case-sensitive).', example: '{"key": [{"suffix": ".png"}]}', takes: 'string' },
  { name: 'equals-ignore-case', summary: 'Matches a string equal to the given text, ignoring case.', example: '{"status": [{"equals-ignore-case": "shipped"}]}', takes: 'string' },
  {
    name: 'anything-but',
    summary: 'Matches any value except the given ones (a value or a list of values). A record without the field does not match. The `{"prefix": …}` and other object forms are EventBridge\'s; Lambda rejects them.',
    example: '{"status": [{"anything-but": ["cancelled", "refunded"]}]}',
    takes: 'strings',
  },
  {
    name: 'numeric',
    summary: 'Matches a number in a range: one or two comparisons (`<`, `<=`, `=`, `>`, `>=`) with numbers, e.g. `[">", 0, "<=", 100]`. A numeric string such as `"5"` does not match.',
    example: '{"price": [{"numeric": [">", 0, "<=", 100]}]}',
    takes: 'numeric',
  },
  { name: 'exists', summary: '`true` matches a record that has the field (with any value, `null` included); `false` matches one that does not. Only on leaf fields.', example: '{"error": [{"exists": false}]}', takes: 'bool' },
  { name: 'wildcard', summary: 'Matches a string against a pattern where `*` stands for any run of characters; `\\*` is a literal star.', example: '{"key": [{"wildcard": "uploads/*.png"}]}', takes: 'string' },
  { name: 'cidr', summary: 'Matches an IPv4 or IPv6 address inside the given CIDR block.', example: '{"sourceIp": [{"cidr": "10.0.0.0/24"}]}', takes: 'string' },
  { name: '$or', summary: 'Matches when any of the listed sub-patterns matches (an object key whose value is a list of patterns).', example: '{"$or": [{"status": ["shipped"]}, {"priority": ["high"]}]}', takes: 'object' },
];

export function operatorDoc(name: string): OperatorDoc | undefined {
  return OPERATOR_DOCS.find((d) => d.name === name);
}
