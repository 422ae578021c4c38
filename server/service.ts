import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { type DatabaseLocation, type OpenDatabase, openDatabase } from "./db/open";
import { DEFAULT_LIMITS, type IntakeLimits } from "./intake/plugin";
import type { StoredEvent } from "./intake/receive";

export interface IntakeServiceOptions {
  database: DatabaseLocation;
  port?: number;
  host?: string;
  limits?: Partial<IntakeLimits>;
  trustProxy?: boolean;
  log?: false | { write(line: string): void };
  /** Called after each submission commits. */
  onStored?: (event: StoredEvent) => void;
}

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
  let stopping: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const stopListening = () => {
    stopping ??= (async () => {
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
