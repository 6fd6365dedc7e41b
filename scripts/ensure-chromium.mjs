#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium. Make sure it is there: install it when missing and
// we can (root with apt-get, as on CI), else stop with the one command to run.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const path = process.env.CHROME_PATH || "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  console.error(`Chromium is missing at ${path}. Install it with:\n  sudo apt-get install -y chromium\n(or set CHROME_PATH to a Chromium or Chrome binary)`);
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
try {
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit", shell: "/bin/bash" });
} catch {
  console.error("Installing chromium failed. Run: apt-get update && apt-get install -y chromium");
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but there is still no browser at ${path}.`);
  process.exit(1);
}
