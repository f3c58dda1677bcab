// Shared helpers for the browser tests: a real Sopiva server on a random port with its own
// fresh SQLite database and demo data, Debian's Chromium, and axe-core.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

/** Starts the server built by `cargo leptos build` and waits for its address line. */
export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), "sopiva-browser-"));
  const child = spawn(join(root, "target/debug/server"), [], {
    env: {
      ...process.env,
      SOPIVA_ADDR: "127.0.0.1:0",
      SOPIVA_DEMO: "1",
      SOPIVA_DATA_DIR: dataDir,
      DATABASE_URL: "",
      LEPTOS_SITE_ROOT: join(root, "target/site"),
      RUST_LOG: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start in 60 s")), 60_000);
    let seen = "";
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString();
      const match = seen.match(/Sopiva is running at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now and
 * returns the violations, each printed with its rule, element and help link.
 */
export async function axeViolations(page, label) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined").catch(() => false);
  if (!loaded) {
    await page.addScriptTag({ path: axePath });
  }
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }).then((r) => r.violations),
    AXE_TAGS,
  );
  for (const v of violations) {
    for (const node of v.nodes) {
      console.log(`axe [${label}] ${v.id}: ${node.target.join(" ")} (${v.helpUrl})`);
    }
  }
  return violations;
}
