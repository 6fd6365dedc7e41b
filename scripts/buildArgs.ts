/**
 * `npm run build -- --data PATH`: Vite's command line refuses options it does not know, so the
 * build script takes `--data` (or `--data=PATH`) out and passes the rest to `vite build`.
 */
export function splitBuildArgs(args: readonly string[]): { dataPath?: string; rest: string[]; problem?: string } {
  const rest: string[] = [];
  let dataPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--data") {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) return { rest, problem: "--data needs the path of a timeline file, as in --data my-timeline.json" };
      dataPath = next;
      i++;
    } else if (arg.startsWith("--data=")) {
      dataPath = arg.slice("--data=".length);
      if (!dataPath) return { rest, problem: "--data= needs the path of a timeline file, as in --data=my-timeline.json" };
    } else {
      rest.push(arg);
    }
  }
  return { dataPath, rest };
}
