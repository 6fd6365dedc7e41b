import * as chrono from "chrono-node";
import { readFileSync } from "node:fs";
const text = process.argv[2] === "-f" ? readFileSync(process.argv[3], "utf8") : process.argv.slice(2).join(" ");
const ref = { instant: new Date(Date.UTC(2019, 0, 18, 12)), timezone: 0 };
for (const r of chrono.en.casual.parse(text, ref)) {
  const c = (p: any) => p && ["year","month","day","weekday"].map(k => `${k}=${p.get(k)}${p.isCertain(k)?"!":""}`).join(" ");
  console.log(JSON.stringify(r.text), r.index, c(r.start), r.end ? " END " + c(r.end) : "", [...r.tags()].join(","));
}
