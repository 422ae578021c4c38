import { useEffect, useState } from "preact/hooks";

/**
 * Runs `tick` now and again `ms` after each run settles, until the component goes or `deps` change. `live()`
 * says whether the result is still wanted (a tick that finishes after unmount must not set state).
 */
export function usePolling(
  tick: (live: () => boolean) => Promise<void>,
  ms: number,
  deps: readonly unknown[],
): void {
  // The caller names what restarts the polling (`deps`), as with useEffect itself.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      await tick(() => live);
      if (live) timer = setTimeout(() => void run(), ms);
    };
    void run();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, deps);
}

/**
 * What `read` answers, read now and every `ms`; `again()` reads it at once (after a change the page made).
 * A failed read keeps the last answer.
 */
export function usePolledValue<T>(read: () => Promise<T>, ms: number): [T | undefined, () => void] {
  const [value, setValue] = useState<T>();
  const [generation, setGeneration] = useState(0);
  usePolling(
    async (live) => {
      const next = await read().catch(() => undefined);
      if (live() && next !== undefined) setValue(next);
    },
    ms,
    [generation],
  );
  return [value, () => setGeneration((g) => g + 1)];
}
