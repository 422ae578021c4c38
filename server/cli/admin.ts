import { SubmissionStateSchema } from "../../utils/reports/intake-protocol";
import type { DatabaseLocation } from "../db/open";
import { openDatabase } from "../db/open";
import { listOffices, officePaths, saveOffice } from "../offices/offices";
import { setSubmissionState } from "../submissions/state";

export class UsageError extends Error {}

async function withDatabase<T>(
  location: DatabaseLocation,
  run: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
) {
  const database = await openDatabase(location);
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

export async function officeCommand(
  location: DatabaseLocation,
  action: string | undefined,
  values: { id?: string; name?: string; province?: string; "daily-cap"?: string },
): Promise<void> {
  if (action === "list") {
    await withDatabase(location, async (db) => {
      for (const o of await listOffices(db)) {
        const paths = officePaths(o.id);
        console.log(
          `${o.id}\t${o.name}\t${o.province ?? "-"}\tcap ${o.dailyCap}/day\t${paths.reports}\t${paths.cases}`,
        );
      }
    });
    return;
  }
  if (action !== "add") throw new UsageError(`unknown office command "${action ?? ""}"`);
  if (!values.id || !values.name) throw new UsageError("office add needs --id and --name");
  const cap = values["daily-cap"] === undefined ? undefined : Number(values["daily-cap"]);
  await withDatabase(location, async (db) => {
    const office = await saveOffice(db, {
      id: values.id ?? "",
      name: values.name ?? "",
      ...(values.province ? { province: values.province } : {}),
      ...(cap === undefined ? {} : { dailyCap: cap }),
    });
    const paths = officePaths(office.id);
    console.log(
      `office ${office.id} (${office.name}) takes reports at ${paths.reports} and cases at ${paths.cases}`,
    );
  });
}

export async function stateCommand(
  location: DatabaseLocation,
  receipt: string | undefined,
  state: string | undefined,
  values: { note?: string; "note-en"?: string },
): Promise<void> {
  const parsed = SubmissionStateSchema.safeParse(state);
  if (!receipt || !parsed.success)
    throw new UsageError("state needs a receipt and one of received, in_review, action_taken, declined");
  const note = values.note
    ? { vi: values.note, ...(values["note-en"] ? { en: values["note-en"] } : {}) }
    : undefined;
  const changed = await withDatabase(location, (db) =>
    setSubmissionState(db, { receipt }, { state: parsed.data, ...(note ? { note } : {}) }),
  );
  if (!changed) throw new Error(`no report or case with receipt ${receipt}`);
  console.log(`${receipt}: ${parsed.data}`);
}
