/** GET /settings: server-side settings the UI shows (which grader is active). */
import { z } from "zod";
import type { Config } from "../config";
import type { Api } from "../http/types";

export function settingsRoutes(config: Config, graderName: () => string) {
  return async function (app: Api) {
    app.get(
      "/settings",
      { schema: { tags: ["settings"], summary: "Server settings visible to users", response: { 200: z.object({ grader: z.object({ name: z.string(), model: z.string().optional() }) }) } } },
      async () => ({ grader: { name: graderName(), ...(graderName() === "llm" && config.LLM_MODEL ? { model: config.LLM_MODEL } : {}) } }),
    );
  };
}
