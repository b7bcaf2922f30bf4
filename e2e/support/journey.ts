/**
 * The app and a browser for one journey file: both start before its tests and stop after
 * them, and the app must then exit cleanly (code 0) on SIGTERM. Files that restart the
 * app or prepare its data directory first (auth, authoring) manage their own.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser";
import { startServer, type RunningServer } from "./server";

export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function useJourney(env: Record<string, string> = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await server?.stop()).toBe(0);
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the journey starts in beforeAll");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
