import type { TestProject } from "vitest/node";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let cluster: PostgresCluster | undefined;

/** The server tests' PostgreSQL: TEST_DATABASE_URL (CI's server) or a throwaway cluster started here. */
export async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (!given) cluster = await startPostgresCluster();
  project.provide("postgresUrl", given ?? cluster?.url ?? "");
}

export async function teardown() {
  cluster?.stop();
}
