// Conformance against a peer's exercises (pgexercises, see /work/shared/peer/pgexercises/README.md):
// every exercise's reference and every accepted alternative must be judged correct against the
// reference with the ad hoc judge; deliberately wrong variants must be rejected.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlJudge, type SqlJudge } from "./judge";
import { PglitePool } from "./pglite-pool";

interface Exercise {
  id: string;
  reference: string;
  ordered: boolean;
  rows: number;
  accept: string[];
}

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const peerDir = path.resolve(repoRoot, "../shared/peer/pgexercises");
if (!existsSync(path.join(peerDir, "clubdata.sql")) || !existsSync(path.join(peerDir, "exercises.json"))) {
  throw new Error(`the peer suite is missing: expected clubdata.sql and exercises.json in ${peerDir}`);
}

let judge: SqlJudge;
let datasetSql: string;
let exercises: Exercise[];

beforeAll(async () => {
  datasetSql = await readFile(path.join(peerDir, "clubdata.sql"), "utf8");
  exercises = JSON.parse(await readFile(path.join(peerDir, "exercises.json"), "utf8")) as Exercise[];
  judge = createSqlJudge({ backend: new PglitePool({ maxWorkers: 2 }), timeLimitMs: 5000 });
});
afterAll(async () => { await judge?.close(); });

const adHoc = (e: Exercise, sql: string) => judge.judgeAdHoc({ datasetSql, expectedSql: e.reference, sql, ordered: e.ordered });

describe("pgexercises", () => {
  it("accepts every reference and every accepted alternative (81 submissions)", async () => {
    expect(exercises.length).toBe(62);
    const failures: string[] = [];
    let judged = 0;
    // Two at a time: one per sandbox.
    const queue = exercises.flatMap((e) => [e.reference, ...e.accept].map((sql) => ({ e, sql })));
    await Promise.all([0, 1].map(async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const v = await adHoc(item.e, item.sql);
        judged++;
        if (v.verdict !== "accepted") failures.push(`${item.e.id}: ${v.verdict} ${v.message}\n${item.sql}`);
      }
    }));
    expect(failures).toEqual([]);
    expect(judged).toBe(81);
  }, 300_000);

  const byId = (id: string) => exercises.find((e) => e.id === id)!;

  it.each([
    ["aggregates/00030000-count3", "select recommendedby, count(*) from cd.members group by recommendedby order by recommendedby", "rows"],
    ["aggregates/00030000-count3", "select recommendedby, count(*) from cd.members where recommendedby is not null group by recommendedby order by recommendedby desc", "order"],
    ["joins/00040000-self2", "select mems.firstname as memfname, mems.surname as memsname, recs.firstname as recfname, recs.surname as recsname from cd.members mems inner join cd.members recs on recs.memid = mems.recommendedby order by memsname, memfname", "rows"],
    ["basic/00020000-selectspecific", "select name from cd.facilities", "columns"],
    ["aggregates/00046250-facrev", "select facs.name, sum(slots * facs.membercost) as revenue from cd.bookings bks inner join cd.facilities facs on bks.facid = facs.facid group by facs.name order by revenue", "rows"],
    ["date/00080000-endtimes", "select starttime, starttime + slots*(interval '30 minutes') endtime from cd.bookings order by endtime asc limit 10", "rows"],
    ["basic/00090000-unique", "select distinct surname from cd.members order by surname desc limit 10", "rows"],
  ])("rejects a wrong variant of %s (%s)", async (id, sql, kind) => {
    const v = await adHoc(byId(id), sql);
    expect(v.verdict).toBe("wrong_answer");
    expect((v.diff as { kind: string }).kind).toBe(kind);
  });

  it("accepts ties in another order where only the ORDER BY key is required", async () => {
    // Surnames repeat (several Smiths): order by surname only, ties broken the other way.
    const e = byId("joins/00040000-self2");
    const v = await adHoc(e, "select mems.firstname as memfname, mems.surname as memsname, recs.firstname as recfname, recs.surname as recsname from cd.members mems left join cd.members recs on recs.memid = mems.recommendedby order by memsname, memfname desc");
    // memfname is a key too here, so reversing it must fail…
    expect(v.verdict).toBe("wrong_answer");
    const ties = await judge.judgeAdHoc({
      datasetSql, ordered: true,
      expectedSql: "select surname, firstname from cd.members order by surname",
      sql: "select surname, firstname from cd.members order by surname, firstname desc",
    });
    // …while with surname as the only key, Smiths in any order are fine.
    expect(ties.verdict).toBe("accepted");
  });
});
