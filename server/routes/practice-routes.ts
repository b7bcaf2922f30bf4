/** Daily practice: GET|PUT /plan, GET /today, POST /reviews, POST /reviews/undo, GET /progress, export/import. */
import { z } from "zod";
import { planBodySchema, planSchema, progressExportSchema, progressSchema, reviewBodySchema, reviewResultSchema, todaySchema } from "../../common/api/practice";
import { problemSchema } from "../../common/api/problem";
import { currentUser, requireUser } from "../http/session-auth";
import type { Api } from "../http/types";
import type { PracticeService } from "../services/practice/practice-service";

const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export function practiceRoutes(practice: PracticeService) {
  return async function (app: Api) {
    app.addHook("preHandler", requireUser);
    const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema };

    app.get("/plan", { schema: { tags: ["practice"], summary: "Your study plan (null before onboarding)", response: { 200: z.object({ plan: planSchema.nullable() }), ...errors } } }, async (request) => ({
      plan: await practice.getPlan(currentUser(request).id),
    }));

    app.put("/plan", { schema: { tags: ["practice"], summary: "Set your study plan (onboarding)", body: planBodySchema, response: { 200: z.object({ plan: planSchema }), ...errors } } }, async (request) => ({
      plan: await practice.savePlan(currentUser(request).id, request.body),
    }));

    app.get("/today", { schema: { tags: ["practice"], summary: "Today's session: due reviews and new items by the plan", response: { 200: todaySchema, ...errors } } }, async (request) =>
      practice.today(currentUser(request).id),
    );

    app.post("/reviews", { schema: { tags: ["practice"], summary: "Rate a flashcard (1 again … 4 easy)", body: reviewBodySchema, response: { 200: reviewResultSchema, ...errors } } }, async (request) =>
      practice.review(currentUser(request).id, request.body),
    );

    app.post(
      "/reviews/undo",
      { schema: { tags: ["practice"], summary: "Undo your last flashcard rating", response: { 200: z.object({ itemType: z.string(), itemId: z.string() }), ...errors } } },
      async (request) => practice.undoLast(currentUser(request).id),
    );

    app.get("/progress", { schema: { tags: ["practice"], summary: "Streak, heatmap, mastery, readiness, charts", response: { 200: progressSchema, ...errors } } }, async (request) =>
      practice.progress(currentUser(request).id),
    );

    app.get("/me/progress-export", { schema: { tags: ["practice"], summary: "Export your progress as JSON", response: { 200: progressExportSchema, ...errors } } }, async (request, reply) => {
      reply.header("content-disposition", 'attachment; filename="backprep-progress.json"');
      return practice.exportProgress(currentUser(request).id);
    });

    app.post(
      "/me/progress-import",
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: { tags: ["practice"], summary: "Replace your progress with an export", body: progressExportSchema, response: { 200: z.object({ cards: z.number(), reviewLogs: z.number() }), ...errors } },
      },
      async (request) => practice.importProgress(currentUser(request).id, request.body),
    );
  };
}
