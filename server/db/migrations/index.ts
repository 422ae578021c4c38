import type { Migration } from "kysely/migration";
import * as intake from "./001-intake";
import * as evidenceStorage from "./002-evidence-storage";
import * as review from "./003-review";

/** Every migration, in order. Names never change once released; a new one is appended with the next number. */
export const MIGRATIONS: Record<string, Migration> = {
  "001-intake": intake,
  "002-evidence-storage": evidenceStorage,
  "003-review": review,
};
