-- Backprep SQL dataset: analytics
-- Product analytics for a web and mobile app: users, sessions and raw events (timestamptz, stored in UTC).
-- Deterministic: no random(); every run yields the same rows. Runs on PostgreSQL 15+ and PGlite.
-- Covers 2025-03-01 .. 2025-04-30, which includes both DST switches (US 2025-03-09, EU 2025-03-30).

CREATE TABLE users (
  id           integer     PRIMARY KEY,
  email        text        NOT NULL UNIQUE,
  country      char(2)     NOT NULL,
  timezone     text        NOT NULL,            -- IANA zone from the user profile
  plan         text        NOT NULL CHECK (plan IN ('free','pro','team')),
  referred_by  integer     REFERENCES users (id),   -- NULL: organic sign-up
  signed_up_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  id          integer     PRIMARY KEY,
  user_id     integer     REFERENCES users (id),   -- NULL: anonymous visitor
  device      text        NOT NULL CHECK (device IN ('web','ios','android')),
  started_at  timestamptz NOT NULL,
  ended_at    timestamptz,                         -- NULL: the client never sent session_end
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE events (
  id          bigint        PRIMARY KEY,
  session_id  integer       NOT NULL REFERENCES sessions (id),
  user_id     integer       REFERENCES users (id),  -- copied from the session; NULL for anonymous
  event_type  text          NOT NULL CHECK (event_type IN ('page_view','search','add_to_cart','checkout','purchase')),
  page        text,                                 -- NULL for non-page events
  revenue     numeric(10,2),                        -- only for purchase events
  occurred_at timestamptz   NOT NULL
);

INSERT INTO users (id, email, country, timezone, plan, referred_by, signed_up_at)
SELECT i,
       'user' || i || '@mail.test',
       z.country,
       z.tz,
       CASE WHEN i % 10 < 7 THEN 'free' WHEN i % 10 < 9 THEN 'pro' ELSE 'team' END,
       CASE WHEN i > 1 AND i % 6 = 0 THEN 1 + (i * 7919) % (i - 1) END,
       timestamptz '2024-06-01 00:00:00+00' + ((i * 3571) % 270) * interval '1 day' + ((i * 7919) % 86400) * interval '1 second'
FROM generate_series(1, 1500) AS i
CROSS JOIN LATERAL (
  SELECT (ARRAY['US','US','DE','GB','JP','IN','AU','UTC'])[1 + (i * 17) % 8] AS country0,
         (ARRAY['America/New_York','America/Los_Angeles','Europe/Berlin','Europe/London',
                'Asia/Tokyo','Asia/Kolkata','Australia/Sydney','UTC'])[1 + (i * 17) % 8] AS tz
) z0
CROSS JOIN LATERAL (SELECT CASE WHEN z0.country0 = 'UTC' THEN 'NL' ELSE z0.country0 END AS country, z0.tz) z;

-- Sessions: about one every 9.6 minutes over 60 days; ~5% anonymous; users with id % 13 = 0 never come back.
INSERT INTO sessions (id, user_id, device, started_at, ended_at)
SELECT s,
       CASE WHEN s % 19 = 0 THEN NULL ELSE u.uid END,
       (ARRAY['web','web','ios','android','web'])[1 + (s * 7) % 5],
       t.started_at,
       CASE WHEN s % 47 = 0 THEN NULL ELSE t.started_at + (60 + (s * 7919) % 5400) * interval '1 second' END
FROM generate_series(1, 9000) AS s
CROSS JOIN LATERAL (
  SELECT CASE WHEN raw % 13 = 0 THEN raw + 1 ELSE raw END AS uid
  FROM (SELECT 1 + floor(1499 * (((s * 7919) % 10007)::numeric / 10007) ^ 2)::int AS raw) r
) u
CROSS JOIN LATERAL (
  SELECT timestamptz '2025-03-01 00:00:00+00' + (s * 576 + (s * 104729) % 500) * interval '1 second' AS started_at
) t;

-- 1 to 8 events per session, spread over the session; the first is always a page view.
INSERT INTO events (id, session_id, user_id, event_type, page, revenue, occurred_at)
SELECT row_number() OVER (ORDER BY s.id, k),
       s.id,
       s.user_id,
       e.event_type,
       CASE WHEN e.event_type = 'page_view'
            THEN (ARRAY['/','/pricing','/docs','/blog','/product/1','/product/2','/product/3','/cart','/account'])[1 + (s.id * 7 + k * 5) % 9] END,
       CASE WHEN e.event_type = 'purchase' THEN ((s.id * 7919 + k) % 20000 + 900) / 100.0 END,
       s.started_at + (k - 1) * coalesce((s.ended_at - s.started_at) / (1 + (s.id * 13) % 8), interval '30 seconds')
FROM sessions s
CROSS JOIN LATERAL generate_series(1, 1 + (s.id * 13) % 8) AS k
CROSS JOIN LATERAL (
  SELECT CASE WHEN k = 1 THEN 'page_view'
              WHEN (s.id * 31 + k * 17) % 20 < 10 THEN 'page_view'
              WHEN (s.id * 31 + k * 17) % 20 < 13 THEN 'search'
              WHEN (s.id * 31 + k * 17) % 20 < 16 THEN 'add_to_cart'
              WHEN (s.id * 31 + k * 17) % 20 < 18 THEN 'checkout'
              ELSE 'purchase' END AS event_type
) e;

-- Client retries: some events were delivered twice (same session, type, page and time; new id).
INSERT INTO events (id, session_id, user_id, event_type, page, revenue, occurred_at)
SELECT 1000000 + id, session_id, user_id, event_type, page, revenue, occurred_at
FROM events
WHERE id % 97 = 0;

ANALYZE;
