// The personal-budget path (issue 14) in a real browser. Eero saves his plan and his home
// page says his worker reads it (JavaScript on, Finnish); Maria moves the plan to the group
// with its recommendation and a date, then to "decided" (JavaScript off, Swedish), and Eero
// sees the new stage and the next step; the explanation page is reachable from the money and
// plan pages (English, JavaScript on and off).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

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

async function open(lang, js) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 800, height: 1200 } });
  await context.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
  return [context, await context.newPage()];
}

const panel = async (page) => ({
  stage: await page.locator("section.path-now").getAttribute("data-stage"),
  next: await page.locator("section.path-now [data-next]").getAttribute("data-next"),
  text: (await page.locator("section.path-now").innerText()).replace(/\u00a0/g, " "),
});

test("Eero saves his plan and his home page says his worker reads it, JavaScript on, Finnish", async () => {
  const [context, page] = await open("fi", true);
  await signIn(page, server.url, "eero-1357");
  await page.goto(server.url + "/plan/check");
  await Promise.all([page.waitForNavigation(), page.locator('form[action*="save_plan"] button[type=submit]').click()]);
  assert.match(new URL(page.url()).pathname, /^\/plan\/saved\//);
  await page.goto(server.url + "/home");
  const now = await panel(page);
  assert.equal(now.stage, "worker-reads");
  assert.equal(now.next, "decided");
  assert.ok(now.text.includes("Työntekijäni lukee suunnitelmani."), now.text);
  assert.ok(now.text.includes("Päätös on valmis."), now.text);
  await context.close();
});

test("Maria moves Eero's plan to the group and to decided, JavaScript off, Swedish", async () => {
  const [context, page] = await open("sv", false);
  await signIn(page, server.url, "worker:maria:maria-demo-salasana");
  const openEero = page.locator('section.caseload-client:has(h2:text-is("Eero")) form[action*="open_client"] button');
  await Promise.all([page.waitForNavigation(), openEero.click()]);
  await Promise.all([page.waitForNavigation(), page.locator('a[href="/worker/path"]').click()]);
  await page.locator("#stage-stage").selectOption("group");
  await page.locator("#stage-next_on").fill("15.1.2027");
  await page.locator("#stage-note").fill("Gruppen tillstyrker planen.");
  await Promise.all([page.waitForNavigation(), page.locator("#stage button[type=submit]").click()]);
  const history = await page.locator("ol.path-history").innerText();
  assert.ok(history.includes("Gruppen tillstyrker planen.") && history.includes("Maria Virtanen"), history);
  await page.locator("#stage-stage").selectOption("decided");
  await Promise.all([page.waitForNavigation(), page.locator("#stage button[type=submit]").click()]);
  // The demo's "writing", the rule's "worker reads", then Maria's two moves.
  assert.equal(await page.locator("ol.path-history li").count(), 4);
  await context.close();

  const [client, eero] = await open("sv", false);
  await signIn(eero, server.url, "eero-1357");
  const now = await panel(eero);
  assert.equal(now.stage, "decided");
  assert.equal(now.next, "in-use");
  assert.ok(now.text.includes("Beslutet är klart.") && now.text.includes("Jag använder min budget."), now.text);
  await client.close();
});

for (const js of [true, false]) {
  test(`the explanation is reachable from the money and plan pages, English, JavaScript ${js ? "on" : "off"}`, async () => {
    const [context, page] = await open("en", js);
    await signIn(page, server.url, "helmi-8642");
    for (const from of ["/money", "/money/periods", "/plan/check", "/plan/summary"]) {
      await page.goto(server.url + from);
      await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "What is a personal budget?" }).click()]);
      assert.equal(new URL(page.url()).pathname, "/about/budget", from);
      assert.equal(await page.locator("li.path-step").count(), 7);
    }
    assert.ok(await page.getByRole("heading", { name: "The decision is ready." }).isVisible());
    await page.goto(server.url + "/money");
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Earlier money decisions" }).click()]);
    const periods = (await page.locator("main").innerText()).replace(/\u00a0/g, " ");
    assert.ok(periods.includes("You got 3,000 euros.") && periods.includes("This decision is in use now."), periods);
    await context.close();
  });
}
