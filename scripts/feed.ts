// `npm run feed -- <command>`: the publisher's tools. See README "Publishing a feed".
import { generateKeyPairSync } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { diffFeeds } from "../utils/feed/delta";
import { checkFeed } from "../utils/feed/load";
import { buildFeed } from "../utils/feed/publish/build-feed";
import { FeedSchema } from "../utils/feed/schema";
import { signFeedBytes } from "../utils/feed/sign";
import { jsonSchemas } from "./json-schemas";

const COMMANDS = {
  keygen: `keygen  --id <key id> [--out <dir>]
          a new Ed25519 key pair; prints the public key for subscribers`,
  build: `build   --out <feed.json> --publisher-id <id> --publisher-name <vi name> [--publisher-name-en <name>]
          --serial <n> [--expires-days 30] [--sample]
          [--warnings <csv|json>] [--platforms <csv|json>] [--brands <json>] [--signals <json>]
          [--contacts <csv|json>] [--guides <folder|json>]
          builds a feed; guides are a folder of .json files or Markdown with front matter (README)`,
  sign: `sign    --key <private.jwk.json> <feed.json>
          writes <feed.json>.sig`,
  verify: `verify  --key-id <id> --public-key <base64> <feed.json> [--sig <file>]
          checks a feed as the extension does`,
  diff: `diff    <old.json> <new.json> --out <delta.json>
          the delta from one serial to the next`,
  schema: `schema  [--out <dir>]
          writes the JSON Schemas (default: schemas/)`,
} as const;
type Command = keyof typeof COMMANDS;

const usage = (only?: Command) =>
  only
    ? `npm run feed -- ${COMMANDS[only]}`
    : `npm run feed -- <command> [options]     (each command takes --help)\n\n  ${Object.values(COMMANDS).join("\n  ")}`;

/** A mistake in the command line: the message and the usage on stderr, and a failing exit code. */
function fail(message: string, only?: Command): never {
  console.error(`${message}\n\n${usage(only)}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const wantsHelp = args.includes("--help") || args.includes("-h");
const [first, ...rest] = args;
if (first === undefined || first === "--help" || first === "-h" || first === "help") {
  if (first === undefined) fail("no command given");
  console.log(usage());
  process.exit(0);
}
if (!(first in COMMANDS)) fail(`unknown command "${first}"`);
const command = first as Command;
if (wantsHelp) {
  console.log(usage(command));
  process.exit(0);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions(list: string[]) {
  return parseArgs({
    args: list,
    allowPositionals: true,
    options: {
      id: { type: "string" },
      out: { type: "string" },
      key: { type: "string" },
      "key-id": { type: "string" },
      "public-key": { type: "string" },
      sig: { type: "string" },
      "publisher-id": { type: "string" },
      "publisher-name": { type: "string" },
      "publisher-name-en": { type: "string" },
      serial: { type: "string" },
      "expires-days": { type: "string", default: "30" },
      sample: { type: "boolean", default: false },
      warnings: { type: "string" },
      platforms: { type: "string" },
      brands: { type: "string" },
      signals: { type: "string" },
      contacts: { type: "string" },
      guides: { type: "string" },
    },
  });
}
try {
  parsed = parseOptions(rest);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e), command);
}
const { values, positionals } = parsed;
const need = (name: keyof typeof values) =>
  (values[name] as string | undefined) ?? fail(`missing --${name}`, command);

switch (command) {
  case "keygen": {
    const id = need("id");
    const dir = (values.out as string | undefined) ?? ".";
    const { privateKey } = generateKeyPairSync("ed25519");
    const jwk = privateKey.export({ format: "jwk" }) as { x: string };
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${id}.private.jwk.json`);
    writeFileSync(file, `${JSON.stringify({ keyId: id, ...jwk }, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    console.log(`Private key: ${file} (keep it off any repository)`);
    console.log("Public key for subscribers:");
    console.log(JSON.stringify({ id, publicKey: Buffer.from(jwk.x, "base64url").toString("base64") }));
    break;
  }
  case "build": {
    const serial = Number(need("serial"));
    if (!Number.isInteger(serial) || serial < 0) fail("--serial must be a whole number", "build");
    const issued = new Date();
    const expires = new Date(issued.getTime() + Number(values["expires-days"]) * 86_400_000);
    const { feed, errors } = buildFeed(
      {
        warnings: values.warnings as string | undefined,
        platforms: values.platforms as string | undefined,
        brands: values.brands as string | undefined,
        signals: values.signals as string | undefined,
        contacts: values.contacts as string | undefined,
        guides: values.guides as string | undefined,
      },
      {
        publisherId: need("publisher-id"),
        publisherName: {
          vi: need("publisher-name"),
          ...(values["publisher-name-en"] ? { en: values["publisher-name-en"] as string } : {}),
        },
        serial,
        issued,
        expires,
        sample: values.sample as boolean,
      },
    );
    if (!feed) {
      for (const e of errors) console.error(`${e.file}:${e.line}: ${e.field}: ${e.message}`);
      console.error(`${errors.length} error(s); no feed written.`);
      process.exit(1);
    }
    writeFileSync(need("out"), `${JSON.stringify(feed, null, 2)}\n`);
    console.log(
      `${need("out")}: serial ${feed.serial}, ${feed.warnings.length} warnings, expires ${feed.expires}`,
    );
    break;
  }
  case "sign": {
    const file = positionals[0] ?? fail("missing <feed.json>", "sign");
    const key = JSON.parse(readFileSync(need("key"), "utf8"));
    const signature = signFeedBytes(readFileSync(file), key);
    writeFileSync(`${file}.sig`, `${JSON.stringify(signature, null, 2)}\n`);
    console.log(`${file}.sig written with key ${signature.keyId}`);
    break;
  }
  case "verify": {
    const file = positionals[0] ?? fail("missing <feed.json>", "verify");
    const bytes = new Uint8Array(readFileSync(file));
    const sig = readFileSync((values.sig as string | undefined) ?? `${file}.sig`, "utf8");
    const result = await checkFeed(bytes, sig, [{ id: need("key-id"), publicKey: need("public-key") }], {
      now: Date.now(),
    });
    if (!result.ok) {
      console.error(`REFUSED: ${result.error} (${result.detail})`);
      process.exit(1);
    }
    console.log(
      `OK: ${result.feed.publisher.id} serial ${result.feed.serial}, ${result.feed.warnings.length} warnings, signed by ${result.keyId}`,
    );
    break;
  }
  case "diff": {
    const [oldFile, newFile] = positionals;
    if (!oldFile || !newFile) fail("diff needs <old.json> and <new.json>", "diff");
    const read = (f: string) => FeedSchema.parse(JSON.parse(readFileSync(f, "utf8")));
    const delta = diffFeeds(read(oldFile), read(newFile));
    writeFileSync(need("out"), `${JSON.stringify(delta, null, 2)}\n`);
    const n = (o: Record<string, unknown[]>) => Object.values(o).reduce((s, l) => s + l.length, 0);
    console.log(
      `${need("out")}: ${delta.from} → ${delta.to}, ${n(delta.upserts)} upserts, ${n(delta.removals)} removals`,
    );
    break;
  }
  case "schema": {
    const dir = (values.out as string | undefined) ?? "schemas";
    mkdirSync(dir, { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
      console.log(join(dir, name));
    }
    break;
  }
}
