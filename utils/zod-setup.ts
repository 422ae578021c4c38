import * as z from "zod/mini";

// Extension pages and content scripts forbid eval; without this zod probes `new Function` and falls back slowly.
z.config({ jitless: true });
