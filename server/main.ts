// `npm run intake -- …`: the office's intake service and its administration. See cli/usage.ts.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { officeCommand, stateCommand, UsageError, userCommand } from "./cli/admin";
import { databaseLocation } from "./cli/database-option";
import { serve } from "./cli/serve";
import { USAGE } from "./cli/usage";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: "boolean", short: "h" },
    port: { type: "string" },
    host: { type: "string" },
    data: { type: "string" },
    "trust-proxy": { type: "boolean" },
    "rate-limit": { type: "string" },
    "max-in-flight": { type: "string" },
    id: { type: "string" },
    name: { type: "string" },
    province: { type: "string" },
    "daily-cap": { type: "string" },
    note: { type: "string" },
    "note-en": { type: "string" },
    "feed-key": { type: "string" },
    "public-url": { type: "string" },
    "feed-extras": { type: "string" },
    "auto-publish": { type: "string" },
    "feed-dir": { type: "string" },
    office: { type: "string" },
    username: { type: "string" },
    role: { type: "string" },
    "password-stdin": { type: "boolean" },
  },
});

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [command, ...args] = positionals;
  const location = databaseLocation(values.data);
  switch (command) {
    case undefined:
    case "serve":
      return serve({
        database: location,
        port: whole("port", values.port, 8787),
        host: values.host ?? "127.0.0.1",
        trustProxy: values["trust-proxy"] ?? false,
        feedDir: resolve(values["feed-dir"] ?? "intake-feeds"),
        limits: {
          perClientPerMinute: whole("rate-limit", values["rate-limit"], 60),
          ...(values["max-in-flight"]
            ? { maxInFlight: whole("max-in-flight", values["max-in-flight"], 0) }
            : {}),
        },
      });
    case "office":
      return officeCommand(location, args[0], values);
    case "user":
      return userCommand(location, args[0], values);
    case "state":
      return stateCommand(location, args[0], args[1], values);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
