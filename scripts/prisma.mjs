#!/usr/bin/env node
// Runs the Prisma CLI offline: the engine paths point at an existing file so the CLI
// never tries to download native engines that the Wasm/JS engines make unnecessary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const placeholder = require.resolve("prisma/package.json");
const cli = require.resolve("prisma/build/index.js");
const unrefTimers = fileURLToPath(new URL("./prisma-unref-timers.cjs", import.meta.url));

export function prismaEnv(extra = {}) {
  return {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

export function runPrisma(args, { env = {}, quiet = false } = {}) {
  const res = spawnSync(process.execPath, ["--require", unrefTimers, cli, ...args], {
    env: prismaEnv(env),
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  return { status: res.status ?? 1, output: `${res.stdout ?? ""}${res.stderr ?? ""}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPrisma(process.argv.slice(2)).status);
}
