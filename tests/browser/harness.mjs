// Shared helpers for the browser tests: a real Sopiva server on a random port with its own
// fresh SQLite database and demo data, Debian's Chromium, and axe-core.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Starts the server built by `.ci/build` (target/debug) and waits for its address line. */
export async function startServer(extraEnv = {}) {
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
      ...extraEnv,
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
    // Evaluated by the test driver, not added as a page script: the pages' security policy
    // rightly refuses inline scripts without its nonce.
    await page.evaluate(axeSource);
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

/** The demo people's cards and picture PINs (server/src/demo.rs), by a short name. */
export const DEMO = {
  "aino-2468": ["DEMO-AINO-2468", "dog,cat,sun,house"],
  "eero-1357": ["DEMO-EERO-1357", "car,tree,apple,fish"],
  "helmi-8642": ["DEMO-HELMI-8642", "flower,ball,star,bicycle"],
  liisa: ["DEMO-LIISA-1111", "sun,sun,dog,dog"],
};

/** Presses pictures on the picture page, one page load each. */
export async function pressPictures(page, pictures) {
  for (const p of pictures.split(",")) {
    await Promise.all([page.waitForNavigation(), page.locator(`button[name=pick][value=${p}]`).click()]);
  }
}

/**
 * Signs in as a demo person: the card code on the start page, then the picture PIN. A name
 * "worker:USER:PASSWORD" signs a worker in on the worker page instead.
 */
export async function signIn(page, base, who) {
  if (who.startsWith("worker:")) {
    const [, user, password] = who.split(":");
    await page.goto(base + "/worker/sign-in");
    await page.locator("#user_name").fill(user);
    await page.locator("#secret").fill(password);
    await Promise.all([page.waitForNavigation(), page.locator("main form button[type=submit]").click()]);
    return;
  }
  const [code, pictures] = DEMO[who];
  await page.goto(base + "/");
  await page.locator("#code").fill(code);
  await Promise.all([page.waitForNavigation(), page.locator("form.sign-in button[type=submit]").click()]);
  await pressPictures(page, pictures);
}

/**
 * Checks that an axe run and the custom checks pass; returns a list of problems, each
 * already printed with the page it was found on.
 */
export async function customChecks(page, label, { kiosk = false } = {}) {
  const problems = [];
  const report = (text) => {
    console.log(`check [${label}] ${text}`);
    problems.push(text);
  };
  // Reflow: no horizontal scrolling at 320 CSS pixels.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 256 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) report(`horizontal scroll of ${overflow}px at 320px width`);
  await page.setViewportSize(size);

  // 200% text: nothing clipped in boxes that hide overflow.
  const clipped = await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = "200%";
    const bad = [];
    for (const el of document.querySelectorAll("body *")) {
      const style = getComputedStyle(el);
      const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
      if (hides && el.offsetWidth > 1 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        bad.push(el.tagName.toLowerCase() + "." + el.className);
      }
    }
    root.style.fontSize = before;
    return bad;
  });
  for (const el of clipped) report(`text clipped at 200%: ${el}`);

  // Keyboard: every visible focusable element is reached by Tab, in document order, with a
  // visible focus indicator, and Tab leaves the last one (no trap).
  const expected = await page.evaluate(() => {
    const sel = "a[href], button, input:not([type=hidden]), textarea, select, summary, [tabindex]:not([tabindex='-1'])";
    const radioGroups = new Set();
    return [...document.querySelectorAll(sel)].filter((el) => {
      // Tab enters a group of radio buttons once (the arrow keys move within it).
      if (el.type === "radio" && (radioGroups.has(el.name) || !radioGroups.add(el.name))) return false;
      const r = el.getBoundingClientRect();
      const hiddenByDetails = el.closest("details:not([open])") && el.tagName !== "SUMMARY";
      return r.width > 0 && r.height > 0 && !hiddenByDetails && getComputedStyle(el).visibility !== "hidden";
    }).length;
  });
  // Start the walk at the very top of the page, before the skip link, whatever had focus.
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.id = "tab-walk-start";
    document.body.prepend(start);
    start.focus();
  });
  await page.keyboard.press("Tab");
  await page.evaluate(() => document.getElementById("tab-walk-start")?.remove());
  const seen = [];
  for (let i = 0; i < expected + 3; i++) {
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow && style.boxShadow !== "none";
      const all = [...document.querySelectorAll("*")];
      return { index: all.indexOf(el), ring: ring || shadow, name: el.tagName.toLowerCase() + "#" + el.id };
    });
    if (!info) break;
    if (seen.length && info.index <= seen[seen.length - 1].index) break; // wrapped around
    if (!info.ring) report(`no visible focus indicator on ${info.name}`);
    seen.push(info);
    await page.keyboard.press("Tab");
  }
  if (seen.length < expected) report(`Tab reached ${seen.length} of ${expected} focusable elements`);

  if (kiosk) {
    const small = await page.evaluate(() => {
      const sel = "a[href], button, input:not([type=hidden]), textarea, select, summary";
      return [...document.querySelectorAll(sel)]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // Visible on screen (the skip link waits off screen until it has focus).
          const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0;
          return onScreen && (!el.closest("details:not([open])") || el.tagName === "SUMMARY");
        })
        .map((el) => ({ r: el.getBoundingClientRect(), name: el.tagName.toLowerCase() + " " + (el.textContent || "").trim().slice(0, 30) }))
        .filter(({ r }) => r.width > 0 && (r.width < 48 || r.height < 48))
        .map(({ r, name }) => `${name} is ${Math.round(r.width)}x${Math.round(r.height)}`);
    });
    for (const s of small) report(`kiosk target too small: ${s}`);
  }
  return problems;
}
