// The kiosk: a worker marks the device, a client signs in, the idle countdown appears (and is
// spoken), "Lisää aikaa" gives more time, and when time runs out the open answer is saved, the
// session ends and the screen is wiped, also with the network cut. A sign-in left half-way on
// the picture page ends the same way. Nothing personal stays in
// the browser, and the back button shows no plan text after "Olen valmis".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, signIn, pressPictures, DEMO } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  // Short limits so the test sees the whole countdown.
  server = await startServer({ SOPIVA_KIOSK_IDLE_SECONDS: "8", SOPIVA_KIOSK_WARN_SECONDS: "5" });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function kioskContext() {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1600 } });
  const page = await context.newPage();
  await page.goto(server.url + "/kiosk");
  await page.locator("#kiosk-code").fill("omatori-kiosk");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Ota kioskitila käyttöön" }).click()]);
  return { context, page };
}

async function personalTraces(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: (await caches.keys()).length,
  }));
}

test("a worker marks the kiosk and the start screen invites the next person", async () => {
  const { context, page } = await kioskContext();
  assert.equal(await page.getAttribute("html", "class").then((c) => c.includes("kiosk")), true);
  assert.ok(await page.getByText("Kosketa näyttöä ja aloita.").isVisible());
  mkdirSync(join(here, "readme"), { recursive: true });
  await page.screenshot({ path: join(here, "readme/kiosk-start.png") });
  // A wrong kiosk code changes nothing.
  await page.goto(server.url + "/kiosk");
  await page.locator("#kiosk-code").fill("väärä");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Poista kioskitila" }).click()]);
  assert.match(await page.title(), /^Virhe: /);
  await context.close();
});

test("countdown, more time, and the timeout saves the answer and wipes the screen", async () => {
  const { context, page } = await kioskContext();
  const spoken = [];
  page.on("request", (r) => r.url().includes("/speech/") && spoken.push(r.url()));
  await signIn(page, server.url, "aino-2468");
  await page.goto(server.url + "/plan/step/important");
  await page.locator("#answer").fill("Kirjoitin tämän kioskilla");

  const timer = page.locator(".kiosk-timer");
  await timer.waitFor({ state: "visible", timeout: 15_000 });
  assert.ok(await page.getByText("Aika loppuu pian. Haluatko lisää aikaa?").isVisible());
  assert.ok(spoken.some((u) => u.endsWith("/speech/fi/kiosk-warning")), "the warning is spoken");

  // More time, more than once.
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Lisää aikaa" }).click();
    assert.equal(await timer.isVisible(), false);
    await timer.waitFor({ state: "visible", timeout: 15_000 });
  }

  // Now let time run out.
  await page.waitForURL(/\?timeout=1$/, { timeout: 15_000 });
  assert.ok(await page.getByText("Aika loppui. Tietosi ovat tallessa.").isVisible());
  assert.equal(await page.getByText("Kirjoitin tämän kioskilla").count(), 0);
  assert.deepEqual(await personalTraces(page), { local: 0, session: 0, databases: 0, caches: 0 });

  // The answer was saved on the server: signing in again shows it.
  await signIn(page, server.url, "aino-2468");
  await page.goto(server.url + "/plan/step/important");
  assert.equal(await page.locator("#answer").inputValue(), "Kirjoitin tämän kioskilla");
  await context.close();
});

test("a sign-in left on the picture page counts down, is wiped and cannot be continued", async () => {
  const { context, page } = await kioskContext();
  await page.locator("#code").fill(DEMO["aino-2468"][0]);
  await Promise.all([page.waitForNavigation(), page.locator("form.sign-in button[type=submit]").click()]);
  assert.equal(new URL(page.url()).pathname, "/sign-in/pictures");
  await pressPictures(page, "dog,cat");
  // Like a signed-in page: the countdown, "Olen valmis", and the wipe when time runs out.
  assert.ok(await page.locator("form.sign-out button").isVisible(), "\"Olen valmis\" is there");
  await page.locator(".kiosk-timer").waitFor({ state: "visible", timeout: 15_000 });
  await page.waitForURL(/\?timeout=1$/, { timeout: 15_000 });
  assert.ok(await page.getByText("Kosketa näyttöä ja aloita.").isVisible());
  // The next person cannot finish the first one's sign-in.
  await page.goto(server.url + "/sign-in/pictures");
  assert.equal(await page.locator("button[name=pick]").count(), 0, "no picture grid left");
  await context.close();
});

test("'Olen valmis' on the picture page ends the sign-in", async () => {
  const { context, page } = await kioskContext();
  await page.locator("#code").fill(DEMO["eero-1357"][0]);
  await Promise.all([page.waitForNavigation(), page.locator("form.sign-in button[type=submit]").click()]);
  await pressPictures(page, "car");
  await Promise.all([page.waitForNavigation(), page.locator("form.sign-out button").click()]);
  assert.ok(await page.getByText("Olet valmis. Tietosi ovat tallessa.").isVisible());
  await page.goto(server.url + "/sign-in/pictures");
  assert.equal(await page.locator("button[name=pick]").count(), 0, "no picture grid left");
  await context.close();
});

test("with the network cut the screen is still wiped when time runs out", async () => {
  const { context, page } = await kioskContext();
  await signIn(page, server.url, "eero-1357");
  await page.goto(server.url + "/plan/step/important");
  assert.ok((await page.locator("#answer").inputValue()).includes("Kissani Miisu"));
  await context.setOffline(true);
  await page.getByText("Kosketa näyttöä ja aloita.").waitFor({ timeout: 20_000 });
  const text = await page.evaluate(() => document.body.innerText);
  assert.equal(text.includes("Kissani Miisu"), false, "no plan text after the wipe");
  assert.equal(await page.locator("textarea").count(), 0);
  assert.equal(new URL(page.url()).pathname, "/");
  await context.setOffline(false);
  await context.close();
});

test("'Olen valmis' with the network down wipes the screen and ends the session when it is back", async () => {
  const { context, page } = await kioskContext();
  await signIn(page, server.url, "helmi-8642");
  await page.goto(server.url + "/plan/check");
  assert.ok(await page.getByText("Ystäväni Sanna").first().isVisible());
  await context.setOffline(true);
  await page.locator("form.sign-out button").click();
  await page.getByText("Kosketa näyttöä ja aloita.").waitFor({ timeout: 10_000 });
  const text = await page.evaluate(() => document.body.innerText);
  assert.equal(text.includes("Ystäväni Sanna"), false, "no plan text after the wipe");
  // The network comes back and the next person touches the screen: a real sign-out first.
  await context.setOffline(false);
  await Promise.all([page.waitForURL(/\?bye=1$/, { timeout: 15_000 }), page.mouse.click(20, 20)]);
  await page.goto(server.url + "/home");
  assert.equal(new URL(page.url()).pathname, "/", "the previous person is signed out");
  assert.equal(await page.getByText("Ystäväni Sanna").count(), 0);
  await context.close();
});

test("after 'Olen valmis' the back button shows no plan text", async () => {
  const { context, page } = await kioskContext();
  await signIn(page, server.url, "helmi-8642");
  await page.goto(server.url + "/plan/summary");
  await page.goto(server.url + "/plan/check");
  assert.ok(await page.getByText("Ystäväni Sanna").first().isVisible());
  await Promise.all([page.waitForNavigation(), page.locator("form.sign-out button").click()]);
  assert.ok(await page.getByText("Olet valmis. Tietosi ovat tallessa.").isVisible());
  for (let i = 0; i < 3; i++) {
    await page.goBack().catch(() => {});
    const body = await page.evaluate(() => document.body.innerText);
    assert.equal(body.includes("Ystäväni Sanna"), false, `back ${i + 1} shows plan text`);
  }
  assert.deepEqual(await personalTraces(page), { local: 0, session: 0, databases: 0, caches: 0 });
  await context.close();
});
