import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * The workspace's pages: one Preact app (server/workspace/ui, built by Vite into `uiDir`). Its scripts and
 * styles hold no data and are served to anyone; every page address answers with the app, 200 when signed in and
 * 401 (the app then shows the sign-in form) when not.
 */
export async function uiRoutes(app: FastifyInstance, options: { uiDir: string }) {
  const index = join(options.uiDir, "index.html");
  const assets = join(options.uiDir, "assets");
  if (existsSync(assets))
    await app.register(fastifyStatic, {
      root: assets,
      prefix: "/workspace/assets/",
      decorateReply: false,
      immutable: true,
      maxAge: "30d",
    });
  let html: string | undefined;
  const shell = () => {
    if (html === undefined && existsSync(index)) html = readFileSync(index, "utf8");
    return html;
  };
  app.get("/workspace", (_request, reply) => reply.redirect("/workspace/"));
  app.get("/workspace/*", async (request, reply) => {
    if (request.url.startsWith("/workspace/api/")) {
      reply.outcome = "no_route";
      return reply.code(404).send({ reason: "not found" });
    }
    const page = shell();
    reply.header("cache-control", "no-store");
    // Without a session: 401, whatever else is true.
    if (!page)
      return reply
        .code(request.staff ? 503 : 401)
        .type("text/plain; charset=utf-8")
        .send("The review workspace is not built: run `npm run build:workspace` (npm run intake does it).");
    return reply
      .code(request.staff ? 200 : 401)
      .type("text/html; charset=utf-8")
      .send(page);
  });
}
