import type { Contact } from "../feed/schema";

/** Where a report goes and whom the person can also call. */
export interface Destination {
  /** None when no approved feed names an intake for the province and settings name no default. */
  intakeUrl?: string;
  province?: string;
  hotline?: string;
  email?: string;
  /** The office the province's contact names, when it names one. */
  office?: Contact["name"];
  /** Whether the intake is the one in the person's settings (no approved feed names one for the province). */
  fromSettings?: boolean;
}

const provinceKey = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase("vi");

/** Contacts of every enabled feed: the first feed that names a province speaks for it, sorted by name. */
export function mergeContacts(lists: readonly (readonly Contact[])[]): Contact[] {
  const byProvince = new Map<string, Contact>();
  for (const list of lists)
    for (const contact of list) {
      const key = provinceKey(contact.province);
      if (!byProvince.has(key)) byProvince.set(key, contact);
    }
  return [...byProvince.values()].sort((a, b) => a.province.localeCompare(b.province, "vi"));
}

/**
 * The chosen province's intake when an approved feed names one, else the default intake (if any); its hotline
 * either way. `contacts` carry an intake only from feeds the person approved as recipients.
 */
export function destinationFor(
  province: string | undefined,
  contacts: readonly Contact[],
  defaultIntake: string | undefined,
): Destination {
  const contact = province
    ? contacts.find((c) => provinceKey(c.province) === provinceKey(province))
    : undefined;
  if (!contact)
    return {
      ...(defaultIntake ? { intakeUrl: defaultIntake, fromSettings: true } : {}),
      ...(province ? { province } : {}),
    };
  const intakeUrl = contact.intake ?? defaultIntake;
  return {
    ...(intakeUrl ? { intakeUrl } : {}),
    ...(!contact.intake && defaultIntake ? { fromSettings: true } : {}),
    ...(contact.intake && contact.name ? { office: contact.name } : {}),
    province: contact.province,
    ...(contact.hotline ? { hotline: contact.hotline } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
}
