/**
 * The page's turn in long work: none while the work is quick (small files are not slowed by
 * waiting), one once a slice's time has passed (input and drawing get in between).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { SLICE_MS, turnsEvery } from "../../src/import/pageTurn";

/** A clock the test moves. */
function fakeClock() {
  let now = 1000;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  return { advance: (ms: number) => void (now += ms) };
}

/** Whether a timer set now has run by the time `work` ends. */
async function timerRanDuring(work: () => Promise<void>): Promise<boolean> {
  let ran = false;
  setTimeout(() => (ran = true), 0);
  await work();
  return ran;
}

afterEach(() => vi.restoreAllMocks());

describe("turnsEvery", () => {
  it("gives no turn while less than a slice has passed: other work waits", async () => {
    const clock = fakeClock();
    const turn = turnsEvery();
    clock.advance(SLICE_MS - 1);
    expect(await timerRanDuring(turn)).toBe(false);
  });

  it("gives the page its turn once a slice has passed, and counts the next slice from then", async () => {
    const clock = fakeClock();
    const turn = turnsEvery(40);
    clock.advance(40);
    expect(await timerRanDuring(turn)).toBe(true);
    clock.advance(39);
    expect(await timerRanDuring(turn)).toBe(false);
    clock.advance(1);
    expect(await timerRanDuring(turn)).toBe(true);
  });

  it("runs what comes before a turn (a progress report) only when a turn is taken", async () => {
    const clock = fakeClock();
    const turn = turnsEvery(40);
    const reports: number[] = [];
    await turn(() => reports.push(1));
    clock.advance(40);
    await turn(() => reports.push(2));
    expect(reports).toEqual([2]);
  });
});
