import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { type DatabaseLocation, type OpenDatabase, openDatabase } from "./db/open";
import { refreshFollowedFeeds } from "./following/followed-feeds";
import { DEFAULT_LIMITS, type IntakeLimits } from "./intake/plugin";
import type { StoredEvent } from "./intake/receive";
import { startPublishScheduler } from "./publishing/scheduler";

export interface IntakeServiceOptions {
  database: DatabaseLocation;
  port?: number;
  host?: string;
  limits?: Partial<IntakeLimits>;
  trustProxy?: boolean;
  log?: false | { write(line: string): void };
  /** Called after each submission commits. */
  onStored?: (event: StoredEvent) => void;
  /** The review workspace's built pages (default `.output/workspace`). */
  uiDir?: string;
  /** Where published feeds are also written as static files (none by default). */
  feedDir?: string;
  /** Scheduled publishing and followed-feed refreshes (default on). */
  background?: boolean;
}

/** Followed feeds are fetched again this often. */
const FOLLOW_REFRESH_MS = 60 * 60_000;

export interface IntakeService {
  /** `http://host:port`, without a trailing slash. */
  origin: string;
  port: number;
  database: OpenDatabase;
  app: FastifyInstance;
  /** Stops taking requests and lets those in flight finish; the database stays open. */
  stopListening(): Promise<void>;
  /** Stops listening (as above), then closes the database. */
  close(): Promise<void>;
}

/**
 * The embedded database has one connection: submissions wait their turn for it, so past a few in flight more
 * only lengthen every answer; the rest are told to come back (429, Retry-After) at once.
 */
export const EMBEDDED_IN_FLIGHT = 16;

/** Opens (and migrates) the database, then listens: once this resolves, the service takes reports. */
export async function startIntakeService(options: IntakeServiceOptions): Promise<IntakeService> {
  const database = await openDatabase(options.database);
  let app: FastifyInstance;
  try {
    app = await buildApp({
      db: database.db,
      bytea: database.bytea,
      limits: {
        ...DEFAULT_LIMITS,
        ...(database.kind === "embedded" ? { maxInFlight: EMBEDDED_IN_FLIGHT } : {}),
        ...options.limits,
      },
      trustProxy: options.trustProxy ?? false,
      log: options.log ?? false,
      databaseKind: database.kind,
      ...(options.onStored ? { onStored: options.onStored } : {}),
      uiDir: options.uiDir ?? resolve(".output/workspace"),
      ...(options.feedDir ? { feedDir: options.feedDir } : {}),
    });
    await app.listen({ port: options.port ?? 0, host: options.host ?? "127.0.0.1" });
  } catch (e) {
    await database.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 0);
  const host =
    options.host && options.host !== "0.0.0.0" && options.host !== "::" ? options.host : "127.0.0.1";
  const stopBackground: (() => void)[] = [];
  if (options.background !== false) {
    stopBackground.push(
      startPublishScheduler(database.db, {
        origin: `http://${host}:${port}`,
        ...(options.feedDir ? { feedDir: options.feedDir } : {}),
        onError: (office, e) => app.log.error({ office, err: e }, "scheduled publish failed"),
      }),
    );
    const follow = setInterval(() => {
      refreshFollowedFeeds(database.db).catch((e: unknown) => app.log.error({ err: e }, "followed feeds"));
    }, FOLLOW_REFRESH_MS);
    follow.unref();
    stopBackground.push(() => clearInterval(follow));
  }
  let stopping: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const stopListening = () => {
    stopping ??= (async () => {
      for (const stop of stopBackground) stop();
      // Connections that finish their last request while closing are closed as soon as they are idle.
      const idle = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(idle);
      }
    })();
    return stopping;
  };
  return {
    origin: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    database,
    app,
    stopListening,
    close() {
      closing ??= stopListening().then(() => database.close());
      return closing;
    },
  };
}
