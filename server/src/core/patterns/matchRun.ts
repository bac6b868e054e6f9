// What one matching run learns about the record it is matching, shared by every pattern matched against
// that record: which of its objects have a key with a dot (each is scanned once per record, however many
// patterns and conditions ask), and which pattern node failed last (so the walker's ancestors can look
// for dotted keys that could still satisfy it). A filter set or a compiled pattern owns one, and resets
// it when the record changes; nothing about a record outlives its run.

/** A few entries suffice: patterns look at the same few objects of a record. */
const SCANNED = 8;

export class MatchRun {
  /** The walker node whose condition failed last (the walker's own type; opaque here). */
  failed: unknown = undefined;
  private readonly scanned: (object | undefined)[] = new Array<object | undefined>(SCANNED).fill(undefined);
  private readonly dots: boolean[] = new Array<boolean>(SCANNED).fill(false);
  private used = 0;
  private nextSlot = 0;

  /** Forgets what was learned about the previous record; call before matching a record. */
  reset(): void {
    this.used = 0;
    this.nextSlot = 0;
    this.failed = undefined;
  }

  /** Whether `o` has an own key with a dot (cached for the current record). */
  hasDottedKey(o: Record<string, unknown>): boolean {
    const known = this.indexOf(o);
    return known >= 0 ? this.dots[known]! : this.scan(o);
  }

  /** Whether any of `keys` is set in `o`, looking only when `o` can have dotted keys at all. */
  anyPresent(o: Record<string, unknown>, keys: readonly string[]): boolean {
    if (keys.length === 0) return false;
    // A known answer, or a scan when there are many keys to try; a couple of lookups cost less than a scan.
    const known = this.indexOf(o);
    if (known >= 0 ? !this.dots[known] : keys.length > 2 && !this.scan(o)) return false;
    for (let i = 0; i < keys.length; i++) if (o[keys[i]!] !== undefined) return true;
    return false;
  }

  private indexOf(o: object): number {
    for (let i = 0; i < this.used; i++) if (this.scanned[i] === o) return i;
    return -1;
  }

  private scan(o: Record<string, unknown>): boolean {
    let dots = false;
    for (const key in o) {
      if (key.includes('.')) {
        dots = true;
        break;
      }
    }
    this.scanned[this.nextSlot] = o;
    this.dots[this.nextSlot] = dots;
    this.nextSlot = (this.nextSlot + 1) % SCANNED;
    if (this.used < SCANNED) this.used++;
    return dots;
  }
}
