import type { DatabaseLocation } from "../db/open";
import type { IntakeLimits } from "../intake/plugin";
import { listOffices, officePaths } from "../offices/offices";
import { startIntakeService } from "../service";
import { ensureWorkspaceBuilt } from "../workspace/ui-build";

/** Runs the service until SIGINT or SIGTERM, then finishes the requests in flight and closes the database. */
export async function serve(options: {
  database: DatabaseLocation;
  port: number;
  host: string;
  trustProxy: boolean;
  limits: Partial<IntakeLimits>;
  feedDir: string;
}): Promise<void> {
  await ensureWorkspaceBuilt();
  const service = await startIntakeService({ ...options, log: process.stdout });
  const offices = await listOffices(service.database.db);
  console.log(`Soi Hàng intake listening on ${service.origin}`);
  console.log(`  database: ${service.database.description}`);
  for (const office of offices) {
    const paths = officePaths(office.id);
    console.log(
      `  office ${office.id} (${office.name}): reports ${service.origin}${paths.reports}, cases ${service.origin}${paths.cases}`,
    );
  }
  console.log(`  review workspace: ${service.origin}/workspace/ (accounts: npm run intake -- user add …)`);
  console.log(`  published feeds: ${service.origin}/feeds/<office>/feed.json, copies in ${options.feedDir}`);
  console.log(`  health: ${service.origin}/health`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then stopping`);
    service.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
