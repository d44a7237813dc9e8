// The reference server (kagzi-testserver) as a child process on a free
// loopback port, with or without a CORS origin.

import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface KagziServer {
  /** http://127.0.0.1:PORT */
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * Starts `bin` on 127.0.0.1:0; with `corsOrigin`, browsers of that origin
 * may call it. Resolves once the server has written its address
 * (`--addr-file`); fails if it exits first or takes too long.
 */
export async function startKagziServer(bin: string, corsOrigin: string | null): Promise<KagziServer> {
  const dir = await mkdtemp(join(tmpdir(), "kagzi-browser-"));
  const addrFile = join(dir, "addr");
  const args = ["127.0.0.1:0", "--addr-file", addrFile, ...(corsOrigin ? ["--cors-origin", corsOrigin] : [])];
  const child = spawn(bin, args, { stdio: ["ignore", "inherit", "inherit"] });
  let exited: string | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = `exited (${signal ?? code})`;
      resolve();
    }),
  );
  child.once("error", (err) => (exited = `could not start: ${err.message}`));
  const stop = async (): Promise<void> => {
    if (exited === null) {
      child.kill("SIGTERM");
      await exit;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const url = await readFile(addrFile, "utf8").catch(() => null);
    if (url !== null) {
      return { url, stop };
    }
    if (exited !== null || Date.now() > deadline) {
      const why = exited ?? `no address after ${START_TIMEOUT_MS} ms`;
      await stop();
      throw new Error(`${bin} ${args.join(" ")}: ${why}`);
    }
    await sleep(50);
  }
}
