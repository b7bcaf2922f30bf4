/** pino JSON logs in production; readable lines in development or with LOG_PRETTY=true. */
import pino from "pino";
import type { Config } from "./config";

export function createLogger(config: Config) {
  const pretty = config.LOG_PRETTY ?? config.NODE_ENV === "development";
  return pino({
    level: config.LOG_LEVEL,
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" } } } : {}),
  });
}
