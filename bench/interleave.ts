/**
 * The order of runs when builds are compared: run 1 of every target, then run 2 of every target,
 * and so on, so that a burst of load from other work on the machine falls on all of them alike
 * rather than on whichever happened to be measured during it.
 */
export function interleave<T>(runs: number, targets: readonly T[]): { run: number; target: T }[] {
  const order: { run: number; target: T }[] = [];
  for (let run = 1; run <= runs; run++) for (const target of targets) order.push({ run, target });
  return order;
}
