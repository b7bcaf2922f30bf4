CREATE TABLE "daily_activity" (
	"user_id" uuid NOT NULL,
	"local_day" text NOT NULL,
	"reviews" integer NOT NULL,
	"grade_sum" double precision NOT NULL,
	CONSTRAINT "daily_activity_user_id_local_day_pk" PRIMARY KEY("user_id","local_day")
);
--> statement-breakpoint
ALTER TABLE "daily_activity" ADD CONSTRAINT "daily_activity_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- What one review counts for in a day's average: the grader's score, else the self-rating's grade
-- (Again 0, Hard 0.5, Good 0.8, Easy 1: GRADE_FOR_RATING in server/services/practice/readiness.ts).
CREATE FUNCTION "review_grade"(score double precision, rating integer) RETURNS double precision
	LANGUAGE sql IMMUTABLE
	RETURN coalesce(score, CASE rating WHEN 1 THEN 0 WHEN 2 THEN 0.5 WHEN 3 THEN 0.8 ELSE 1 END);
--> statement-breakpoint
INSERT INTO "daily_activity" ("user_id", "local_day", "reviews", "grade_sum")
	SELECT "user_id", "local_day", count(*), sum("review_grade"("score", "rating")) FROM "review_logs" GROUP BY 1, 2;
--> statement-breakpoint
-- Statement-level triggers with transition tables: an import of thousands of reviews is one
-- grouped upsert, not one per row. An update moves the review from its old day to its new one.
CREATE FUNCTION "daily_activity_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE "daily_activity" AS d SET "reviews" = d."reviews" - g."reviews", "grade_sum" = d."grade_sum" - g."grade_sum"
			FROM (SELECT "user_id", "local_day", count(*) AS "reviews", sum("review_grade"("score", "rating")) AS "grade_sum" FROM "removed" GROUP BY 1, 2) AS g
			WHERE d."user_id" = g."user_id" AND d."local_day" = g."local_day";
		DELETE FROM "daily_activity" WHERE "reviews" <= 0 AND "user_id" IN (SELECT "user_id" FROM "removed");
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "daily_activity" AS d ("user_id", "local_day", "reviews", "grade_sum")
			SELECT "user_id", "local_day", count(*), sum("review_grade"("score", "rating")) FROM "added" GROUP BY 1, 2
			ON CONFLICT ("user_id", "local_day") DO UPDATE SET "reviews" = d."reviews" + EXCLUDED."reviews", "grade_sum" = d."grade_sum" + EXCLUDED."grade_sum";
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "review_logs_added" AFTER INSERT ON "review_logs" REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "daily_activity_sync"();
--> statement-breakpoint
CREATE TRIGGER "review_logs_removed" AFTER DELETE ON "review_logs" REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "daily_activity_sync"();
--> statement-breakpoint
CREATE TRIGGER "review_logs_changed" AFTER UPDATE ON "review_logs" REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "daily_activity_sync"();
