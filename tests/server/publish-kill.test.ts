// The service killed (SIGKILL) while it publishes, again and again: the feed it serves afterwards, and the static
// copies it wrote, are each the old one or the new one, whole and verifiable, and serials have no gaps.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFeed } from "../../utils/feed/load";
import { freePort } from "./support/free-port";
import { makeKeyFile } from "./support/signing-keys";

const dir = mkdtempSync(join(tmpdir(), "soi-hang-publish-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, "data");
const feeds = join(dir, "feeds");
const intake = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "server/main.ts", ...args, "--data", data], {
    encoding: "utf8",
    ...(input ? { input } : {}),
  });

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server/main.ts", "--port", String(port), "--data", data, "--feed-dir", feeds],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      if (out.includes("health:")) resolve();
    });
    child.stderr?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return child;
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

describe("publishing when the service is killed mid-publish", () => {
  it("serves the old feed or the new one, whole, after every kill; static copies likewise", async () => {
    const keys = makeKeyFile(dir, "qltt-kill-2026");
    expect(
      intake(["office", "add", "--id", "default", "--name", "Chi cục QLTT", "--feed-key", keys.file]).status,
    ).toBe(0);
    const password = "mật-khẩu-thử-giết-tiến-trình";
    expect(
      intake(
        [
          "user",
          "add",
          "--office",
          "default",
          "--username",
          "pub",
          "--name",
          "P",
          "--role",
          "publisher",
          "--password-stdin",
        ],
        `${password}\n`,
      ).status,
    ).toBe(0);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const verify = async (bytes: Uint8Array, sig: string) => {
      const result = await checkFeed(new Uint8Array(bytes), sig, [keys.trusted], { now: Date.now() });
      if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
      return result.feed.serial;
    };
    const delays = [0, 5, 10, 20, 30, 45, 70, 120];
    let lastServed = 0;
    for (const delay of delays) {
      const child = await start(port);
      const login = await fetch(`${origin}/workspace/api/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ username: "pub", password }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const send = (path: string, body: unknown) =>
        fetch(`${origin}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, cookie },
          body: JSON.stringify(body),
        });
      await send("/workspace/api/warnings", {
        target: { kind: "domain", domain: `shop-${delay}.example.vn` },
        category: "counterfeit",
        severity: "high",
        reason: { vi: `Trang web bán hàng giả số ${delay}` },
        source: {},
      });
      const publishing = send("/workspace/api/publish", {}).catch(() => undefined);
      await new Promise((r) => setTimeout(r, delay));
      await killed(child);
      await publishing;

      const again = await start(port);
      try {
        const feed = await fetch(`${origin}/feeds/default/feed.json`);
        if (feed.status === 200) {
          const sig = await (await fetch(`${origin}/feeds/default/feed.json.sig`)).text();
          const served = await verify(new Uint8Array(await feed.arrayBuffer()), sig);
          expect(served).toBeGreaterThanOrEqual(lastServed);
          expect(served - lastServed).toBeLessThanOrEqual(1);
          lastServed = served;
        }
        const staticFeed = join(feeds, "default", "feed.json");
        if (existsSync(staticFeed)) {
          const serial = await verify(readFileSync(staticFeed), readFileSync(`${staticFeed}.sig`, "utf8"));
          expect(serial).toBeLessThanOrEqual(lastServed);
        }
      } finally {
        await killed(again);
      }
    }
    // The kills fell both before and after commits: some publishes went through.
    expect(lastServed).toBeGreaterThan(0);
    console.log(
      `${delays.length} publishes killed at 0–120 ms; feed served afterwards: serial ${lastServed}, each verified`,
    );
  }, 120_000);
});
