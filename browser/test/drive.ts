// The browser test: the page in a real headless Chromium, served from one
// loopback origin, calling the reference server on another.
//
//   node drive.mjs --server-bin BIN --site DIR --chromium PATH --cors on|off --screenshot PNG
//
// --cors on:  the server allows the page's origin; every check of what the
//             page shows must pass.
// --cors off: the server sends no CORS headers; the page must fail, and
//             fail because Chromium blocked its calls by CORS policy (a
//             page that fails for another reason, or a browser that never
//             ran it, does not count).
// Exits 0 when the mode's expectation holds, 1 otherwise. Both servers and
// the browser are stopped on every path out, failures included.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { startKagziServer } from "./kagzi-server.js";
import { serveDirectory } from "./static-server.js";

// What Debian's Chromium needs here: no sandbox (CI runs as root), no GPU,
// and none of the background traffic (updates, sync, QUIC probes) that
// would reach for the network.
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PAGE_TIMEOUT_MS = 30_000;
const CORS_BLOCKED = "blocked by CORS policy";

const { values: opts } = parseArgs({
  options: {
    "server-bin": { type: "string" },
    site: { type: "string" },
    chromium: { type: "string" },
    cors: { type: "string" },
    screenshot: { type: "string" },
  },
  strict: true,
});

function required(name: keyof typeof opts): string {
  const value = opts[name];
  if (typeof value !== "string" || value === "") {
    throw new Error(`--${name} is required`);
  }
  return value;
}

/** What the page shows, read from the DOM once it says it is done. */
interface Shown {
  done: string;
  pageOrigin: string;
  start: { state: string; outcome: string; runId: string };
  list: { state: string; outcome: string; row: string[] | null };
  error: { state: string; outcome: string; fields: Record<string, string> };
}

async function readPage(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const section = (id: string) => {
      const el = document.getElementById(id)!;
      return { el, state: el.dataset["state"] ?? "", outcome: el.querySelector(".outcome")?.textContent ?? "" };
    };
    const start = section("start");
    const runId = start.el.dataset["runId"] ?? "";
    const list = section("list");
    const row = runId ? list.el.querySelector(`tr[data-run-id="${CSS.escape(runId)}"]`) : null;
    const error = section("error");
    const fields: Record<string, string> = {};
    error.el.querySelectorAll<HTMLElement>("dd[data-name]").forEach((dd) => (fields[dd.dataset["name"]!] = dd.textContent ?? ""));
    return {
      done: document.body.dataset["done"] ?? "",
      pageOrigin: document.getElementById("page-origin")?.textContent ?? "",
      start: { state: start.state, outcome: start.outcome, runId },
      list: { state: list.state, outcome: list.outcome, row: row ? [...row.querySelectorAll("td")].map((td) => td.textContent ?? "") : null },
      error: { state: error.state, outcome: error.outcome, fields },
    };
  });
}

/** Every way what the page shows differs from a working page; empty when it works. */
function problems(shown: Shown, serverUrl: string): string[] {
  const found: string[] = [];
  const expect = (ok: boolean, what: string) => ok || found.push(what);
  expect(shown.pageOrigin !== new URL(serverUrl).origin, `page and server share the origin ${shown.pageOrigin}`);
  expect(shown.start.state === "ok" && /^[0-9a-f-]{36}$/.test(shown.start.runId), `start: ${shown.start.outcome}`);
  expect(shown.list.state === "ok", `list: ${shown.list.outcome}`);
  const row = shown.list.row?.join(" | ") ?? "no row";
  expect(
    row === `${shown.start.runId} | send-welcome-email | WORKFLOW_STATUS_PENDING`,
    `list: the started run's row is "${row}"`,
  );
  expect(shown.error.state === "ok", `error: ${shown.error.outcome}`);
  const field = (name: string) => shown.error.fields[name] ?? "-";
  const detail = ["grpc code", "detail.code", "detail.subject", "detail.subject_id"].map(field).join(" ");
  expect(detail === "NotFound ERROR_CODE_NOT_FOUND workflow no-such-run", `error: the ErrorDetail shown is "${detail}"`);
  expect(shown.done === "ok", `the page says done=${shown.done}`);
  return found;
}

async function run(cors: "on" | "off", cleanups: (() => Promise<void>)[]): Promise<string[]> {
  const site = await serveDirectory(required("site"));
  cleanups.push(() => site.close());
  const server = await startKagziServer(required("server-bin"), cors === "on" ? site.origin : null);
  cleanups.push(() => server.stop());
  const profile = await mkdtemp(join(tmpdir(), "kagzi-chromium-"));
  cleanups.push(() => rm(profile, { recursive: true, force: true }));

  const browser: Browser = await puppeteer.launch({
    executablePath: required("chromium"),
    headless: true,
    userDataDir: profile,
    args: CHROMIUM_FLAGS,
  });
  cleanups.push(() => browser.close());
  console.log(`browser: ${await browser.version()}; page ${site.origin}, server ${server.url}, CORS ${cors}`);

  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  const consoleLines: string[] = [];
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => consoleLines.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  page.on("requestfailed", (r) => consoleLines.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));

  await page.goto(`${site.origin}/?server=${encodeURIComponent(server.url)}`);
  await page.waitForSelector("body[data-done]", { timeout: PAGE_TIMEOUT_MS });
  const shown = await readPage(page);
  const screenshot = required("screenshot");
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`page shows: ${JSON.stringify(shown)}`);
  console.log(`screenshot: ${screenshot}`);
  for (const line of consoleLines) {
    console.log(`  browser ${line}`);
  }

  const found = problems(shown, server.url);
  const blocked = consoleLines.some((l) => l.includes(CORS_BLOCKED));
  if (cors === "on") {
    return blocked ? [...found, `the browser reported "${CORS_BLOCKED}"`] : found;
  }
  // CORS off: the page must have run to its end and failed, with the browser saying why.
  const wrong: string[] = [];
  if (shown.done === "") wrong.push("the page never finished");
  if (found.length === 0) wrong.push("the page worked without CORS headers");
  if (!blocked) wrong.push(`the browser did not report "${CORS_BLOCKED}"`);
  if (wrong.length === 0) {
    console.log(`CORS off: the page failed as it must (${found.join("; ")})`);
  }
  return wrong;
}

async function main(): Promise<number> {
  const cors = required("cors");
  if (cors !== "on" && cors !== "off") {
    throw new Error(`--cors ${cors}: expected on or off`);
  }
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const c of cleanups.splice(0).reverse()) {
      await c().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(1)));
  }
  try {
    const wrong = await run(cors, cleanups);
    for (const w of wrong) {
      console.error(`FAIL (CORS ${cors}): ${w}`);
    }
    if (wrong.length === 0) {
      console.log(`browser test, CORS ${cors}: passed`);
    }
    return wrong.length === 0 ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`browser test: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
