// The accessibility gate: every page in every state that matters, in every language, on the
// kiosk layout, in high contrast with the largest text, and without scripts. axe-core runs
// with the WCAG 2.0/2.1/2.2 A and AA rules and must find nothing; the custom checks (reflow at
// 320 px, 200% text, keyboard order and focus, kiosk target size) must pass too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, axeViolations, customChecks, signIn } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const SECTIONS = ["important", "good-at", "helpers", "need-help", "support", "goals"];

/** From the caseload page, opens Helmi and goes to her money page. */
async function openHelmiMoney(page) {
  const open = page.locator('section.caseload-client:has(h2:text-is("Helmi")) form[action*="open_client"] button');
  await Promise.all([page.waitForNavigation(), open.click()]);
  await page.goto(new URL("/worker/money", page.url()).href);
}

/** Follow-up (issue 12): from the caseload page, opens Helmi and goes to her follow-up. */
async function openHelmiFollowUp(page) {
  const open = page.locator('section.caseload-client:has(h2:text-is("Helmi")) form[action*="open_client"] button');
  await Promise.all([page.waitForNavigation(), open.click()]);
  await page.goto(new URL("/worker/followup", page.url()).href);
}

/** Pages and states: [label, code to sign in with or null, path, optional action]. */
function states() {
  const list = [
    ["start", null, "/"],
    ["start wrong code", null, "/?error=card"],
    ["worker sign-in", null, "/worker/sign-in"],
    ["worker sign-in wrong", null, "/worker/sign-in?error=wrong"],
    ["start signed out", null, "/?bye=1"],
    ["start timed out", null, "/?timeout=1"],
    ["about", null, "/about"],
    ["help", null, "/help"],
    ["help word open", null, "/help#word-decision"],
    ["about explanation open", null, "/about", async (page) => page.locator("details.explain summary").first().click()],
    ["kiosk setup", null, "/kiosk"],
    ["kiosk setup wrong code", null, "/kiosk?error=code"],
    ["not found", null, "/no/such/page"],
    ["home empty", "aino-2468", "/home"],
    ["money none", "aino-2468", "/money"],
    ["relatives none", "aino-2468", "/relatives"],
    ["log empty", "aino-2468", "/log"],
    ["assist", "aino-2468", "/assist?error=wrong"],
    ["forbidden", "aino-2468", "/forbidden"],
    ["section empty", "aino-2468", "/plan/step/important"],
    ["goals empty", "aino-2468", "/plan/step/goals"],
    ["check empty", "aino-2468", "/plan/check"],
    ["check nothing to save", "aino-2468", "/plan/check?error=empty"],
    ["versions none", "aino-2468", "/plan/versions"],
    ["home unfinished", "eero-1357", "/home"],
    ["relatives", "eero-1357", "/relatives"],
    ["home relative", "liisa", "/home"],
    ["log with rows", "eero-1357", "/log"],
    ["caseload", "worker:maria:maria-demo-salasana", "/worker"],
    // Issue 16: the caseload's search by name, found and not found, and a page past the end.
    ["caseload search", "worker:maria:maria-demo-salasana", "/worker?find=hel"],
    ["caseload search none", "worker:maria:maria-demo-salasana", "/worker?find=nobody"],
    ["caseload page past the end", "worker:maria:maria-demo-salasana", "/worker?page=999999"],
    ["worker money", "worker:maria:maria-demo-salasana", "/worker", openHelmiMoney],
    [
      "worker money refused",
      "worker:maria:maria-demo-salasana",
      "/worker",
      async (page) => {
        await openHelmiMoney(page);
        await page.locator("#decision-granted").fill("12,345");
        await Promise.all([page.waitForNavigation(), page.locator("#decision button[type=submit]").click()]);
      },
    ],
    [
      "worker money import",
      "worker:maria:maria-demo-salasana",
      "/worker",
      async (page) => {
        await openHelmiMoney(page);
        const csv = "päivä;summa;tukirivi;kuvaus;tunniste\n2026-01-01;45;Leivontakurssi;Kurssi;G-1\n";
        await page.locator("#import-file").setInputFiles({ name: "spending.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
        await Promise.all([page.waitForNavigation(), page.locator("form:has(#import-file) button[type=submit]").click()]);
      },
    ],
    ["admin", "worker:pekka:pekka-demo-salasana", "/admin"],
    ["home filled", "helmi-8642", "/home"],
    ["money", "helmi-8642", "/money"],
    ["money explanations open", "helmi-8642", "/money", async (page) => {
      for (const summary of await page.locator("details.explain summary").all()) await summary.click();
    }],
    ["check filled", "helmi-8642", "/plan/check"],
    ["saved", "helmi-8642", "/plan/saved/2"],
    ["versions", "helmi-8642", "/plan/versions"],
    ["version", "helmi-8642", "/plan/versions/1"],
    ["summary", "helmi-8642", "/plan/summary"],
    ["settings open", "helmi-8642", "/home", async (page) => page.locator("details.settings summary").click()],
    [
      "section error",
      "helmi-8642",
      "/plan/step/support",
      async (page) => {
        await page.locator("#answer").fill("a".repeat(2001));
        await Promise.all([page.waitForNavigation(), page.locator("form.question .main-actions button").click()]);
      },
    ],
    [
      "goals error",
      "helmi-8642",
      "/plan/step/goals",
      async (page) => {
        await page.locator("#goal-2").fill("");
        await page.locator("#how-2").fill("Ilman tavoitetta");
        await Promise.all([page.waitForNavigation(), page.locator("form.question .main-actions button").click()]);
      },
    ],
    // Follow-up (issue 12): preparing, its error, the history, a relative, and the meeting.
    ["followup start", "helmi-8642", "/followup"],
    ...[1, 2, 3, 4, 5, 6].map((n) => [`followup step ${n}`, "helmi-8642", `/followup/step/${n}`]),
    [
      "followup step error",
      "helmi-8642",
      "/followup/step/4",
      async (page) => {
        await page.locator("#words").fill("a".repeat(2001));
        await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
      },
    ],
    ["followup check", "helmi-8642", "/followup/check"],
    ["followup history none", "helmi-8642", "/followup/history"],
    ["followup late", "eero-1357", "/followup"],
    ["followup history", "eero-1357", "/followup/history"],
    ["followup relative", "liisa", "/followup"],
    ["followup meeting", "worker:maria:maria-demo-salasana", "/worker", openHelmiFollowUp],
    [
      "followup meeting refused",
      "worker:maria:maria-demo-salasana",
      "/worker",
      async (page) => {
        await openHelmiFollowUp(page);
        await page.locator("#change_text").fill("Ilman osaa");
        await Promise.all([page.waitForNavigation(), page.locator("#meeting button[type=submit]").click()]);
      },
    ],
    [
      "followup date refused",
      "worker:maria:maria-demo-salasana",
      "/worker",
      async (page) => {
        await openHelmiFollowUp(page);
        await page.locator("#due_on").fill("huomenna");
        await Promise.all([page.waitForNavigation(), page.locator("#dates button[type=submit]").click()]);
      },
    ],
  ];
  list.push(...supportedStates()); // Supported decision-making (issue 13), at the end of this file.
  for (const slug of SECTIONS) list.push([`section ${slug} filled`, "helmi-8642", `/plan/step/${slug}`]);
  // Picture answers (issue 13): cards chosen, own words beside them, the order list, and the
  // page after "Ylös"; the check page and the summary with cards as pictures.
  list.push(
    [
      "section cards chosen",
      "helmi-8642",
      "/plan/step/need-help",
      async (page) => {
        for (const card of ["cleaning", "medicine"]) await page.locator(`label[for="card-${card}"]`).click();
        await Promise.all([page.waitForNavigation(), page.locator("form.question .main-actions button").click()]);
        await page.goto(page.url().replace(/\/plan\/step\/.*$/, "/plan/step/need-help"));
      },
    ],
    [
      "section cards moved",
      "helmi-8642",
      "/plan/step/need-help",
      async (page) => {
        await Promise.all([page.waitForNavigation(), page.locator('button[name=shift][value^="up:"]').last().click()]);
      },
    ],
    ["check with cards", "helmi-8642", "/plan/check"],
    ["goals with cards", "helmi-8642", "/plan/step/goals"],
    [
      "summary with cards",
      "helmi-8642",
      "/plan/check",
      async (page) => {
        await Promise.all([page.waitForNavigation(), page.locator("main form button[type=submit]").last().click()]);
        await page.goto(page.url().replace(/\/plan\/.*$/, "/plan/summary"));
      },
    ],
  );
  list.push(...pathStates()); // The personal-budget path (issue 14), at the end of this file.
  list.push(...wellbeingStates()); // Wellbeing (issue 12), defined at the end of this file.
  list.push(...circleMatStates()); // Circle of support and talking mat (issue 13), at the end.
  list.push(...serviceStates()); // The service view and my data (issue 14), at the end too.
  return list;
}

/**
 * The server's kiosk token for this device, as a worker gets it at /kiosk with the kiosk
 * code: the cookie itself, to give every fresh context of a kiosk sweep.
 */
async function kioskToken() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "/kiosk");
  await page.locator("#kiosk-code").fill("omatori-kiosk");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Ota kioskitila käyttöön" }).click()]);
  const token = (await context.cookies()).filter((c) => c.name === "__Host-kiosk");
  await context.close();
  assert.equal(token.length, 1, "the kiosk setup gives a token");
  return token;
}

/** Runs every state in a fresh context with the given cookies; returns all problems. */
async function sweep(name, cookies, { custom = false, kiosk = false, scripts = true } = {}) {
  const problems = [];
  let signedInAs = null;
  let context = null;
  let page = null;
  const device = kiosk ? await kioskToken() : [];
  const fresh = async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.addCookies(cookies.map(([n, v]) => ({ name: n, value: v, url: server.url })));
    await context.addCookies(device);
    if (!scripts) {
      // Without the page's own scripts the DOM is exactly what a browser without JavaScript
      // shows; axe itself is injected by the test, not by the page.
      await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    }
    page = await context.newPage();
    signedInAs = null;
  };
  await fresh();
  // GATE_ONLY (a regular expression over the labels) runs a part of the sweep while working.
  const only = process.env.GATE_ONLY ? new RegExp(process.env.GATE_ONLY) : null;
  for (const [label, code, path, action] of states().filter(([l]) => !only || only.test(l))) {
    if (code !== signedInAs) {
      await fresh();
      if (code) await signIn(page, server.url, code);
      signedInAs = code;
    }
    await page.goto(server.url + path);
    if (action) await action(page);
    const where = `${name}: ${label}`;
    const violations = await axeViolations(page, where);
    for (const v of violations) problems.push(`${where}: axe ${v.id}`);
    if (custom) problems.push(...(await customChecks(page, where, { kiosk })).map((p) => `${where}: ${p}`));
  }
  await context.close();
  return problems;
}

test("finnish pages pass axe and the custom checks", async () => {
  const problems = await sweep("fi", [], { custom: true });
  assert.deepEqual(problems, []);
});

test("swedish and english pages pass axe", async () => {
  const problems = [...(await sweep("sv", [["sopiva_lang", "sv"]])), ...(await sweep("en", [["sopiva_lang", "en"]]))];
  assert.deepEqual(problems, []);
});

test("kiosk layout passes axe, the custom checks and 48 px targets", async () => {
  const problems = await sweep("kiosk", [], { custom: true, kiosk: true });
  assert.deepEqual(problems, []);
});

test("high contrast with the largest text passes axe and reflow", async () => {
  const problems = await sweep("contrast", [["sopiva_prefs", "t3c1s1r1"]], { custom: true });
  assert.deepEqual(problems, []);
});

test("pages without scripts pass axe", async () => {
  const problems = await sweep("no-js", [], { scripts: false });
  assert.deepEqual(problems, []);
});

// Wellbeing (issue 12): Eero's finished period, Helmi's start, the worker's Kykyviisari form
// and summary, and Aino's open rounds once the worker has given her a period ending soon.
const MARIA = "worker:maria:maria-demo-salasana";

/** A day as people write it, `n` days from today. */
function dayFromToday(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
}

/** From the caseload, opens Aino, gives her a period that ends in ten days, then goes to her Kykyviisari form. */
async function ainoWithPeriod(page) {
  const open = page.locator('section.caseload-client:has(h2:text-is("Aino")) form[action*="open_client"] button');
  await Promise.all([page.waitForNavigation(), open.click()]);
  await page.goto(new URL("/worker/money", page.url()).href);
  await page.locator("#decision-period_start").fill(dayFromToday(-150));
  await page.locator("#decision-period_end").fill(dayFromToday(10));
  await page.locator("#decision-granted").fill("1000");
  await page.locator("#decision-reference").fill("HB-GATE");
  await Promise.all([page.waitForNavigation(), page.locator("#decision button[type=submit]").click()]);
  await page.goto(new URL("/wellbeing/kykyviisari", page.url()).href);
}

function wellbeingStates() {
  return [
    ["wellbeing overview finished", "eero-1357", "/wellbeing"],
    ["wellbeing change", "eero-1357", "/wellbeing/change"],
    ["wellbeing round locked", "eero-1357", "/wellbeing/survey/heard"],
    ["wellbeing overview start done", "helmi-8642", "/wellbeing"],
    ["wellbeing closed round", "helmi-8642", "/wellbeing/end/feel"],
    ["wellbeing kykyviisari", MARIA, "/worker", ainoWithPeriod],
    [
      "wellbeing kykyviisari refused",
      MARIA,
      "/wellbeing/kykyviisari",
      async (page) => {
        await page.locator("#overall").fill("11");
        await Promise.all([page.waitForNavigation(), page.locator("main form button[type=submit]").click()]);
      },
    ],
    ["wellbeing overview worker", MARIA, "/wellbeing"],
    ["wellbeing summary", MARIA, "/worker/summary"],
    ["wellbeing home offer", "aino-2468", "/home"],
    ["wellbeing overview open", "aino-2468", "/wellbeing"],
    ["wellbeing question", "aino-2468", "/wellbeing/start/feel"],
    ["wellbeing question error", "aino-2468", "/wellbeing/start/feel?error=empty"],
    ["wellbeing question changed", "aino-2468", "/wellbeing/start/people?error=changed"],
    ["wellbeing survey question", "aino-2468", "/wellbeing/survey/got-help"],
    ["wellbeing survey comment", "aino-2468", "/wellbeing/survey/comment"],
    ["wellbeing survey comment too long", "aino-2468", "/wellbeing/survey/comment?error=long"],
    ["wellbeing finish", "aino-2468", "/wellbeing/start/finish?error=support"],
  ];
}

// The personal-budget path (issue 14): the explanation page, earlier periods (none and two),
// Sanna's caseload of thirty clients at every stage, a client's home with the path seen by
// the worker, and the worker's path page with its two forms refused.
const SANNA = "worker:sanna:sanna-demo-salasana";

/** From Sanna's caseload, opens the client and goes to `path` (the home page when none). */
function sannaOpens(name, path) {
  return async (page) => {
    const open = page.locator(`section.caseload-client:has(h2:text-is("${name}")) form[action*="open_client"] button`);
    await Promise.all([page.waitForNavigation(), open.click()]);
    if (path) await page.goto(new URL(path, page.url()).href);
  };
}

function pathStates() {
  return [
    ["budget explained", null, "/about/budget"],
    ["budget explained open", null, "/about/budget", async (page) => {
      for (const summary of await page.locator("details.explain summary").all()) await summary.click();
    }],
    ["money periods none", "aino-2468", "/money/periods"],
    ["money periods", "helmi-8642", "/money/periods"],
    ["caseload of thirty", SANNA, "/worker"],
    ["home with path (worker)", SANNA, "/worker", sannaOpens("Kaisa")],
    ["worker path", SANNA, "/worker", sannaOpens("Jari", "/worker/path")],
    [
      "worker path refused",
      SANNA,
      "/worker/path",
      async (page) => {
        await page.locator("#stage-next_on").fill("huomenna");
        await page.locator("#stage-note").fill("a".repeat(1001));
        await Promise.all([page.waitForNavigation(), page.locator("#stage button[type=submit]").click()]);
      },
    ],
    [
      "worker path cost refused",
      SANNA,
      "/worker/path",
      async (page) => {
        const form = page.locator("form[id^=arrangement-new-]").first();
        await form.locator("input[name=monthly]").fill("paljon");
        await Promise.all([page.waitForNavigation(), form.locator("button[type=submit]").click()]);
      },
    ],
  ];
}

/** Circle of support, role map and talking mat (issue 13): every page and its refused states. */
function circleMatStates() {
  const EERO = "eero-1357";
  return [
    ["mat topics with a finished mat", "helmi-8642", "/mat"],
    ["mat topics relative", "liisa", "/mat"],
    ["mat card", "aino-2468", "/mat/arkeni"],
    ["mat card changed", "aino-2468", "/mat/arkeni?error=changed"],
    ["mat whole", "helmi-8642", "/mat/vapaa-aika/whole"],
    ["mat whole changed", "helmi-8642", "/mat/vapaa-aika/whole?error=changed"],
    ["mat finish", "helmi-8642", "/mat/vapaa-aika/finish"],
    ["mat finish no answer", "helmi-8642", "/mat/vapaa-aika/finish?error=support"],
    ["circle", EERO, "/circle"],
    ["circle relative", "liisa", "/circle"],
    ["circle none with old text", "helmi-8642", "/circle"],
    ["circle add", EERO, "/circle/person/0"],
    [
      "circle add refused",
      EERO,
      "/circle/person/0",
      async (page) => {
        await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
      },
    ],
    [
      "circle person",
      EERO,
      "/circle",
      async (page) => {
        await Promise.all([page.waitForNavigation(), page.locator(".circle-changes a").first().click()]);
      },
    ],
    [
      "circle helps",
      EERO,
      "/circle",
      async (page) => {
        await Promise.all([page.waitForNavigation(), page.locator('.circle-changes a[href$="/helps"]').first().click()]);
      },
    ],
    ["circle person missing", EERO, "/circle/person/999/helps"],
    ["roles", EERO, "/circle/roles"],
    ["roles relative", "liisa", "/circle/roles"],
    ["summary with circle and mat", "helmi-8642", "/plan/summary"],
  ];
}

// Supported decision-making (issue 13): Helmi's demo session on the record page and her
// disagreement pages; Aino (or Eero) with Maria beside her, before and during a session, and
// the forms with the choice of whose words.
async function ainoWithMaria(page, { session = false, path = "/home" } = {}) {
  await page.goto(new URL("/assist", page.url()).href);
  await page.locator("#user_name").fill("maria");
  await page.locator("#secret").fill("maria-demo-salasana");
  await Promise.all([page.waitForNavigation(), page.locator('form[action*="start_assist"] button[type=submit]').click()]);
  if (session && (await page.locator('form[action*="start_supported"]').count()) > 0) {
    await Promise.all([page.waitForNavigation(), page.locator('form[action*="start_supported"] button[type=submit]').click()]);
  }
  await page.goto(new URL(path, page.url()).href);
}

function supportedStates() {
  return [
    ["supported record", "helmi-8642", "/plan/sessions"],
    ["disagree", "helmi-8642", "/plan/disagree/v2/need-help?from=summary"],
    ["disagree too long", "helmi-8642", "/plan/disagree/v2/need-help?error=long"],
    ["disagree changed", "helmi-8642", "/plan/disagree/draft/support?error=changed"],
    ["supported record none", "aino-2468", "/plan/sessions"],
    ["home assisted", "aino-2468", "/home", (page) => ainoWithMaria(page)],
    ["home supported session", "aino-2468", "/home", (page) => ainoWithMaria(page, { session: true })],
    ["section with the choice", "aino-2468", "/home", (page) => ainoWithMaria(page, { session: true, path: "/plan/step/important" })],
    // Every statement in a session is marked: a follow-up answer (its form with the choice,
    // the check page with the mark, the disagreement page about it) and the mat's last page.
    ["followup step with the choice", "eero-1357", "/home", (page) => ainoWithMaria(page, { session: true, path: "/followup/step/1" })],
    ["followup check with marks", "eero-1357", "/home", followUpMarked],
    [
      "disagree followup",
      "eero-1357",
      "/home",
      async (page) => {
        await followUpMarked(page);
        await Promise.all([page.waitForNavigation(), page.locator('a[href^="/plan/disagree/followup:"]').first().click()]);
      },
    ],
    ["mat finish with the choice", "aino-2468", "/home", (page) => ainoWithMaria(page, { session: true, path: "/mat/arkeni/finish" })],
  ];
}

/** In a session with Maria, the first follow-up answer told with pictures; the check page. */
async function followUpMarked(page) {
  await ainoWithMaria(page, { session: true, path: "/followup/step/1" });
  await page.locator("#words").fill("Kitaratunnit.");
  await page.locator("#said-pictures").check();
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
  await page.goto(new URL("/followup/check", page.url()).href);
}

// The service view and my data to take with me (issue 14): the team lead's figures (the demo
// has too few people, so every group says it is hidden), the period form and the team lead's
// password form refused, the
// admin's team-lead buttons, and a client's printable page of all their data.
const TIINA = "worker:tiina:tiina-demo-salasana";

function serviceStates() {
  return [
    ["service view", TIINA, "/service"],
    ["service view period", TIINA, "/service?from=1.1.2025&to=2026-12-31"],
    ["service view period refused", TIINA, "/service?from=eilen&to="],
    ["service view password refused", TIINA, "/service?error=password"],
    ["service view password saved", TIINA, "/service?saved=password"],
    ["admin with team lead", "worker:pekka:pekka-demo-salasana", "/admin?saved=team-lead"],
    ["my data", "eero-1357", "/my-data"],
    ["my data empty", "aino-2468", "/my-data"],
  ];
}
