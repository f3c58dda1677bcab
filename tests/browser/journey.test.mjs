// The whole good-life plan journey in a real browser, with JavaScript on and again with it
// off: sign in, write all six sections, fix a refused answer, check, change, save, see the
// saved version and the printable summary, switch to Swedish, and sign out.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, axeViolations } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const SECTIONS = [
  ["Mikä sinulle on tärkeää?", "Kissani\nMetsäkävelyt"],
  ["Missä olet hyvä?", "Osaan leipoa pullaa."],
  ["Ketkä auttavat sinua?", "Äiti\nAvustaja Pekka"],
  ["Missä tarvitset apua?", "Kaupassa käynti"],
  ["Millaista tukea haluat?", "Avustaja tulee tiistaina."],
];

async function heading(page) {
  return (await page.locator("h1").first().innerText()).trim();
}

async function clickAndWait(page, locator) {
  await locator.waitFor({ timeout: 10_000 });
  await Promise.all([page.waitForNavigation(), locator.click()]);
}

async function checkA11y(page, label, js) {
  if (!js) return; // axe needs scripts; the same server HTML is scanned in the JavaScript run.
  const violations = await axeViolations(page, label);
  assert.equal(violations.length, 0, `${label}: ${violations.map((v) => v.id).join(", ")}`);
}

for (const js of [true, false]) {
  const mode = js ? "JavaScript on" : "JavaScript off";
  test(`plan journey end to end, ${mode}`, async () => {
    const server = await startServer();
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    // The Content-Security-Policy must not block anything the pages need.
    const blocked = [];
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && blocked.push(m.text()));
    try {
      await page.goto(server.url + "/");
      assert.equal(await page.getAttribute("html", "lang"), "fi");
      assert.equal(await heading(page), "Tervetuloa Sopivaan");
      await checkA11y(page, "start", js);

      // A wrong code: error summary with focus, title says Virhe.
      await page.getByLabel("Kortin koodi").fill("väärä-koodi");
      await clickAndWait(page, page.getByRole("button", { name: "Kirjaudu" }));
      assert.match(await page.title(), /^Virhe: /);
      assert.equal(await page.evaluate(() => document.activeElement?.className), "error-summary");
      await checkA11y(page, "start with error", js);

      await page.getByLabel("Kortin koodi").fill("DEMO-AINO-2468");
      await clickAndWait(page, page.getByRole("button", { name: "Kirjaudu" }));
      assert.equal(await heading(page), "Valitse omat kuvasi");
      await checkA11y(page, "pictures", js);
      // A wrong picture PIN: told plainly, the error summary takes focus.
      for (const name of ["Auto", "Auto", "Auto", "Auto"]) {
        await clickAndWait(page, page.getByRole("button", { name, exact: true }));
      }
      assert.match(await page.title(), /^Virhe: /);
      await checkA11y(page, "pictures wrong", js);
      for (const name of ["Koira", "Kissa", "Aurinko", "Talo"]) {
        await clickAndWait(page, page.getByRole("button", { name, exact: true }));
      }
      assert.equal(await heading(page), "Hei, Aino!");
      await checkA11y(page, "home", js);

      await clickAndWait(page, page.getByRole("link", { name: "Kirjoita suunnitelma" }));
      for (const [index, [question, answer]] of SECTIONS.entries()) {
        assert.equal(await heading(page), question);
        assert.equal((await page.locator(".step").innerText()).trim(), `Vaihe ${index + 1} / 6`);
        // With picture cards the text box is "Jokin muu" under the question; #answer either way.
        const field = page.locator("#answer");
        if (index === 0) {
          await checkA11y(page, "section empty", js);
          if (js) {
            await field.fill(SECTIONS[0][1]);
            mkdirSync(join(here, "readme"), { recursive: true });
            await page.screenshot({ path: join(here, "readme/plan-page.png") });
          }
          // Too long: refused, the text is kept, the summary takes focus and links to the field.
          const long = "a".repeat(2001);
          await field.fill(long);
          if (js) {
            // The island counts live as the user types.
            await page.locator(".count-over").waitFor();
            assert.match(await page.locator("#answer-count").innerText(), /1 kirjain liikaa|yksi kirjain liikaa/);
          }
          await clickAndWait(page, page.getByRole("button", { name: "Jatka" }));
          assert.match(await page.title(), /^Virhe: /);
          assert.equal(await page.evaluate(() => document.activeElement?.className), "error-summary");
          assert.equal(await page.locator("#answer").inputValue(), long);
          await checkA11y(page, "section error", js);
        }
        await page.locator("#answer").fill(answer);
        if (js && index === 2) {
          // Autosave: a moment after typing stops, the text is on the server; a new tab has it.
          await page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/api/save_section"));
          const other = await context.newPage();
          await other.goto(server.url + "/plan/step/helpers");
          assert.equal(await other.locator("#answer").inputValue(), answer);
          await other.close();
        }
        await clickAndWait(page, page.getByRole("button", { name: "Jatka" }));
        if (index === 1) {
          // A closed tab loses nothing: a new tab is offered to continue from step 3.
          const again = await context.newPage();
          await again.goto(server.url + "/home");
          assert.ok(await again.getByText("Suunnitelmasi on kesken.").isVisible());
          await clickAndWait(again, again.getByRole("link", { name: "Jatka suunnitelmaa" }));
          assert.equal(await heading(again), SECTIONS[2][0]);
          await again.close();
        }
      }

      assert.equal(await heading(page), "Mitkä ovat tavoitteesi?");
      await checkA11y(page, "goals", js);
      await page.getByLabel("Mitä haluat?").first().fill("Käyn uimassa");
      await page.getByLabel("Mistä tiedät, että se onnistui?").first().fill("Käyn joka viikko.");
      await clickAndWait(page, page.getByRole("button", { name: "Jatka" }));

      assert.equal(await heading(page), "Tarkista vastauksesi");
      for (const [, answer] of SECTIONS) {
        for (const line of answer.split("\n")) {
          assert.ok(await page.getByText(line, { exact: true }).isVisible(), `check page shows ${line}`);
        }
      }
      await checkA11y(page, "check", js);

      // Read-aloud of an answer: Finnish audio made on the server, the answer highlighted.
      const listen = page.getByRole("button", { name: /Kuuntele vastaus: Minulle on tärkeää/ });
      if (js) {
        const audio = page.waitForResponse((r) => r.url().endsWith("/speech/answer/important"));
        await listen.click();
        const response = await audio;
        assert.equal(response.status(), 200);
        assert.equal(response.headers()["content-type"], "audio/wav");
        assert.equal(await page.locator("#answer-important.reading").count(), 1, "the answer is highlighted");
        // When the audio ends the highlight goes away by itself.
        await page.locator("#answer-important.reading").waitFor({ state: "detached", timeout: 20_000 });
      } else {
        const response = await page.request.get(server.url + (await listen.getAttribute("href")));
        assert.equal(response.status(), 200);
        assert.equal((await response.body()).subarray(0, 4).toString(), "RIFF");
      }

      // Change one answer and come back to the check page.
      await clickAndWait(page, page.getByRole("link", { name: /^Muuta\W+Osaan hyvin$/ }));
      await page.locator("#answer").fill("Osaan laulaa.");
      await clickAndWait(page, page.getByRole("button", { name: "Jatka" }));
      assert.equal(await heading(page), "Tarkista vastauksesi");
      assert.ok(await page.getByText("Osaan laulaa.").isVisible());

      await clickAndWait(page, page.getByRole("button", { name: "Tallenna suunnitelma" }));
      assert.equal(await heading(page), "Suunnitelmasi on nyt tallessa");
      assert.ok(await page.getByText("Suunnitelma numero 1").isVisible());
      await checkA11y(page, "saved", js);

      await clickAndWait(page, page.getByRole("link", { name: "Kaikki suunnitelmasi" }));
      assert.ok(await page.getByRole("link", { name: "Suunnitelma numero 1" }).isVisible());
      assert.ok(await page.getByText(/Aino tallensi tämän/).isVisible());
      await checkA11y(page, "versions", js);

      await page.goto(server.url + "/plan/summary");
      assert.equal(await heading(page), "Hyvän elämän suunnitelma");
      assert.ok(await page.getByText("Käyn uimassa").isVisible());
      await checkA11y(page, "summary", js);
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.locator(".site-header").isVisible(), false, "print hides the header");
      assert.ok(await page.getByText("Osaan laulaa.").isVisible(), "print shows the plan");
      await page.emulateMedia({ media: "screen" });

      // The same pages in Swedish.
      await clickAndWait(page, page.getByRole("button", { name: "Svenska" }));
      assert.equal(await page.getAttribute("html", "lang"), "sv");
      assert.equal(await heading(page), "Planen för ett bra liv");
      await checkA11y(page, "summary sv", js);
      await page.goto(server.url + "/plan/step/important");
      assert.equal(await heading(page), "Vad är viktigt för dig?");
      assert.equal(await page.locator("#answer").inputValue(), SECTIONS[0][1]);
      await page.goto(server.url + "/plan/check");
      assert.equal(await heading(page), "Titta på dina svar");
      await checkA11y(page, "check sv", js);

      // "I am done" ends the session: the plan is gone from the screen and from the back button.
      await clickAndWait(page, page.getByRole("button", { name: "Jag är klar" }));
      assert.ok(await page.getByText("Du är klar.").isVisible());
      await page.goto(server.url + "/plan/check");
      assert.equal(await heading(page), "Välkommen till Sopiva");
      assert.deepEqual(blocked, [], "nothing was blocked by the security policy");
      assert.equal(await page.getByText("Osaan laulaa.").count(), 0);
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
