/**
 * Problems are counted, not hoarded: a file of 60,000 events each naming 50 unknown actors has
 * three million problems, and keeping every one held a gigabyte and many seconds while its report
 * was shown. The first few thousand are listed; past them each kind of problem is counted, with
 * its first instance as the example, in one entry that says how many it stands for.
 */
import type { Issue } from "./types";
import { formatCount } from "./formatCount";

/** How many problems a report lists one by one; more than anyone reads, few enough to keep. */
export const MAX_LISTED_ISSUES = 2_000;

/** Collects issues up to a limit, and past it counts them by kind. */
export class IssueCollector {
  private readonly listed: Issue[] = [];
  private readonly more = new Map<string, { first: Issue; count: number }>();
  private readonly counted: Issue[] = [];

  constructor(private readonly limit = MAX_LISTED_ISSUES) {}

  /**
   * Add a problem of a kind ("unknown actor", "events[].when: custom"). `make` is called only
   * when the problem is listed or is the first of its kind past the limit, so that counting the
   * rest builds no messages.
   */
  add(kind: string, make: () => Issue): void {
    if (this.listed.length < this.limit) {
      this.listed.push(make());
      return;
    }
    const entry = this.more.get(kind);
    if (entry) entry.count++;
    else this.more.set(kind, { first: make(), count: 1 });
  }

  /** True once as many problems are listed as the limit allows: the rest are only counted. */
  get full(): boolean {
    return this.listed.length >= this.limit;
  }

  /**
   * Whether a problem of this kind would be listed, or would be the first of its kind past the
   * limit: then make it and `take` it. When not, it is counted here and needs no making.
   */
  wants(kind: string): boolean {
    if (this.listed.length < this.limit) return true;
    const entry = this.more.get(kind);
    if (!entry) return true;
    entry.count++;
    return false;
  }

  /** Add a problem of a kind, made already. */
  take(kind: string, issue: Issue): void {
    this.add(kind, () => issue);
  }

  /** Count a problem of a kind already counted past the limit; false (and nothing counted) when there is none yet. */
  count(kind: string): boolean {
    if (this.listed.length < this.limit) return false;
    const entry = this.more.get(kind);
    if (entry) entry.count++;
    return entry !== undefined;
  }

  /** Add a problem already made; its kind is its message without the quoted values and numbers in it. */
  push(issue: Issue): void {
    if ((issue.count ?? 1) > 1) this.counted.push(issue);
    else this.add(kindOf(issue), () => issue);
  }

  /** The listed problems, then one entry per kind for the rest (and entries already counting several). */
  issues(): Issue[] {
    const summaries = [...this.more.values()].map(({ first, count }) => (count === 1 ? first : summaryOf(first, count)));
    return [...this.listed, ...this.counted, ...summaries];
  }
}

/** "events[40].actors[0]: 2,940,000 more problems of this kind, not listed one by one; the first: unknown actor …". */
function summaryOf(first: Issue, count: number): Issue {
  return { path: first.path, message: `${formatCount(count)} more problems of this kind, not listed one by one; the first: ${first.message}`, severity: first.severity, count };
}

/** A message's kind: its words without the values quoted in it or the numbers. */
export function kindOf(issue: Issue): string {
  return `${issue.severity} ${issue.message.replace(/"[^"]*"|“[^”]*”|\d[\d,.]*/g, "#")}`;
}
