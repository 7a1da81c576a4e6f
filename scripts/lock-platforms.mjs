#!/usr/bin/env node
// The registry reachable here serves only linux-x64 builds of platform-specific packages, so npm
// writes a lock without entries for the other platforms' optional packages, and `npm ci` then
// refuses the lock as out of sync. This adds those entries (optional, with their os/cpu), which
// npm ci skips on a platform they do not fit. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd"];
const CPU = {
  arm64: "arm64",
  x64: "x64",
  arm: "arm",
  ia32: "ia32",
  wasm32: "wasm32",
  riscv64: "riscv64",
  ppc64: "ppc64",
  s390x: "s390x",
  loong64: "loong64",
};

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const path = `node_modules/${name}`;
    if (lock.packages[path]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.map((p) => CPU[p]).find(Boolean);
    lock.packages[path] = {
      version: String(version).replace(/^[^\d]*/, ""),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} entries for other platforms' optional packages`);
