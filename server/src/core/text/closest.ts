// "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a likely typo.

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // Case and separator differences (`batchSize`, `Batch-Size`) are the commonest slips.
    const squashed = (s: string) => s.replace(/[-_\s]/g, '');
    const score = squashed(c) === squashed(lower) ? 0 : editDistance(lower, c);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return bestScore <= limit ? best : undefined;
}
