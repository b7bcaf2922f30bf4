/** The API under /api/v1: one plugin per resource. */
import type { AppContext } from "../context";
import type { Api } from "../http/types";
import { attemptRoutes } from "./attempt-routes";
import { authoringRoutes } from "./authoring-routes";
import { codingRoutes } from "./coding-routes";
import { sqlRoutes } from "./sql-routes";
import { authRoutes } from "./auth-routes";
import { practiceRoutes } from "./practice-routes";
import { questionRoutes } from "./question-routes";
import { settingsRoutes } from "./settings-routes";

export function apiRoutes(ctx: AppContext) {
  return async function (app: Api) {
    await app.register(authRoutes(ctx.services.auth, { login: ctx.config.LOGIN_RATE_LIMIT, register: ctx.config.REGISTER_RATE_LIMIT }));
    await app.register(questionRoutes(ctx.services.questions));
    await app.register(attemptRoutes(ctx.services.attempts));
    await app.register(practiceRoutes(ctx.services.practice));
    await app.register(codingRoutes(ctx));
    await app.register(sqlRoutes(ctx));
    await app.register(authoringRoutes(ctx));
    await app.register(settingsRoutes(ctx.config, ctx.services.attempts.graderName));
  };
}
