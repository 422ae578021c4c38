/** The workspace API's refusal: its status and its reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A call to the workspace's own API (same origin, the session cookie goes with it). */
export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`/workspace/api${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: options.body === undefined ? {} : { "content-type": "application/json" },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    credentials: "same-origin",
  });
  const data = (await res.json().catch(() => ({}))) as { reason?: string };
  if (!res.ok) throw new ApiError(res.status, data.reason ?? `HTTP ${res.status}`);
  return data as T;
}

/** The query string of a filter object: empty values left out. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
