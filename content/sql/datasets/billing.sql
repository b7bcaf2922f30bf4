-- Backprep SQL dataset: billing
-- A B2B SaaS company: customer accounts, price plans, subscriptions with start/end dates, monthly or
-- yearly invoices with lines, and the company's own staff (account managers, org chart).
-- Money is stored in integer cents. Deterministic: no random(). Runs on PostgreSQL 15+ and PGlite.

CREATE TABLE employees (
  id          integer PRIMARY KEY,
  full_name   text    NOT NULL,
  title       text    NOT NULL,
  department  text    NOT NULL CHECK (department IN ('Executive','Sales','Support','Finance','Engineering')),
  manager_id  integer REFERENCES employees (id),   -- NULL: the CEO
  salary      integer NOT NULL,                    -- yearly, USD
  hired_on    date    NOT NULL
);

CREATE TABLE plans (
  id                 integer PRIMARY KEY,
  code               text    NOT NULL UNIQUE,
  name               text    NOT NULL,
  billing_interval   text    NOT NULL CHECK (billing_interval IN ('month','year')),
  price_cents        integer NOT NULL CHECK (price_cents >= 0),   -- per seat per interval
  is_public          boolean NOT NULL
);

CREATE TABLE accounts (
  id                  integer     PRIMARY KEY,
  name                text        NOT NULL,
  country             char(2)     NOT NULL,
  currency            char(3)     NOT NULL CHECK (currency IN ('USD','EUR')),
  reseller_id         integer     REFERENCES accounts (id),    -- NULL: direct customer
  account_manager_id  integer     REFERENCES employees (id),   -- NULL: self-serve
  created_at          timestamptz NOT NULL
);

CREATE TABLE subscriptions (
  id          integer PRIMARY KEY,
  account_id  integer NOT NULL REFERENCES accounts (id),
  plan_id     integer NOT NULL REFERENCES plans (id),
  status      text    NOT NULL CHECK (status IN ('trialing','active','past_due','canceled')),
  seats       integer NOT NULL CHECK (seats > 0),
  started_on  date    NOT NULL,
  ended_on    date,            -- exclusive; NULL: still running
  CHECK (ended_on IS NULL OR ended_on > started_on)
);

CREATE TABLE invoices (
  id               integer PRIMARY KEY,
  account_id       integer NOT NULL REFERENCES accounts (id),
  subscription_id  integer REFERENCES subscriptions (id),  -- NULL: one-off invoice
  status           text    NOT NULL CHECK (status IN ('draft','open','paid','void','uncollectible')),
  currency         char(3) NOT NULL,
  issued_on        date    NOT NULL,
  due_on           date    NOT NULL,
  paid_at          timestamptz,          -- NULL unless paid
  CHECK (due_on >= issued_on)
);

CREATE TABLE invoice_lines (
  id            integer PRIMARY KEY,
  invoice_id    integer NOT NULL REFERENCES invoices (id),
  kind          text    NOT NULL CHECK (kind IN ('subscription','usage','discount','credit','setup_fee')),
  description   text    NOT NULL,
  quantity      integer NOT NULL,
  amount_cents  integer NOT NULL       -- line total; negative for discounts and credits
);

-- Org chart: CEO, 4 VPs, 12 managers, 43 individual contributors.
INSERT INTO employees (id, full_name, title, department, manager_id, salary, hired_on)
SELECT i,
       (ARRAY['Maya','Omar','Lena','Kofi','Ines','Yuki','Ravi','Nora','Tomas','Amara','Jonas','Priya','Elif','Mateo','Sven','Zara'])[1 + (i * 5) % 16]
       || ' ' || (ARRAY['Novak','Okafor','Schmidt','Tanaka','Garcia','Singh','Dubois','Kowalski','Costa','Berg','Haddad'])[1 + (i * 7) % 11],
       CASE WHEN i = 1 THEN 'CEO' WHEN i <= 5 THEN 'VP' WHEN i <= 17 THEN 'Manager'
            WHEN i % 5 = 0 THEN 'Senior ' || d.dept_title ELSE d.dept_title END,
       CASE WHEN i = 1 THEN 'Executive' ELSE d.dept END,
       CASE WHEN i = 1 THEN NULL WHEN i <= 5 THEN 1 WHEN i <= 17 THEN 2 + (i - 6) % 4 ELSE 6 + (i - 18) % 12 END,
       CASE WHEN i = 1 THEN 250000 WHEN i <= 5 THEN 180000 WHEN i <= 17 THEN 120000 + (i % 4) * 5000
            ELSE 60000 + ((i * 7919) % 9) * 5000 END,
       date '2015-01-05' + (i * 53) % 3000
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (
  SELECT (ARRAY['Sales','Support','Finance','Engineering'])[1 + (CASE WHEN i <= 5 THEN i - 2 WHEN i <= 17 THEN (i - 6) % 4 ELSE ((i - 18) % 12) % 4 END)] AS dept,
         (ARRAY['Account Executive','Support Engineer','Accountant','Software Engineer'])[1 + (CASE WHEN i <= 5 THEN i - 2 WHEN i <= 17 THEN (i - 6) % 4 ELSE ((i - 18) % 12) % 4 END)] AS dept_title
) d;

INSERT INTO plans (id, code, name, billing_interval, price_cents, is_public) VALUES
  (1, 'free',             'Free',               'month',      0, true),
  (2, 'starter-monthly',  'Starter (monthly)',  'month',   1200, true),
  (3, 'starter-yearly',   'Starter (yearly)',   'year',   12000, true),
  (4, 'pro-monthly',      'Pro (monthly)',      'month',   2900, true),
  (5, 'pro-yearly',       'Pro (yearly)',       'year',   29000, true),
  (6, 'business-monthly', 'Business (monthly)', 'month',   5900, true),
  (7, 'business-yearly',  'Business (yearly)',  'year',   59000, true),
  (8, 'legacy-unlimited', 'Legacy Unlimited',   'month',   9900, false);

-- 1200 accounts; accounts 1..20 are resellers, some others are resold by them.
INSERT INTO accounts (id, name, country, currency, reseller_id, account_manager_id, created_at)
SELECT i,
       (ARRAY['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Tyrell','Cyberdyne','Soylent','Aperture'])[1 + (i * 7) % 12]
       || ' ' || (ARRAY['Labs','Systems','Group','Analytics','Cloud','Logistics','Health','Media'])[1 + (i * 11) % 8] || ' ' || i,
       c.country,
       CASE WHEN c.country IN ('US','CA','AU') THEN 'USD' ELSE 'EUR' END,
       CASE WHEN i > 20 AND i % 10 = 0 THEN 1 + (i * 7) % 20 END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE (ARRAY[18, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 6, 10, 14])[1 + (i * 3) % 14] END,
       timestamptz '2023-01-01 09:00:00+00' + ((i * 7) % 850) * interval '1 day' + ((i * 7919) % 36000) * interval '1 second'
FROM generate_series(1, 1200) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['US','DE','FR','GB','US','NL','CA','ES','AU','US'])[1 + (i * 13) % 10] AS country) c;

-- Subscriptions. Every account except id % 11 = 0 subscribes when created.
-- id % 3 = 0: the first subscription ends (upgrade, same day = contiguous; id % 6 = 0: a 45-day gap = churn and return).
INSERT INTO subscriptions (id, account_id, plan_id, status, seats, started_on, ended_on)
SELECT row_number() OVER (ORDER BY a.id, x.n), a.id, x.plan_id, x.status, x.seats, x.started_on, x.ended_on
FROM accounts a
CROSS JOIN LATERAL (SELECT (a.created_at AT TIME ZONE 'UTC')::date AS d0,
                           30 * (2 + a.id % 8) AS len1,
                           1 + (a.id * 5) % 7 AS p1) b
CROSS JOIN LATERAL (
  SELECT 1 AS n, b.p1 AS plan_id,
         CASE WHEN a.id % 3 = 0 THEN 'canceled'
              WHEN a.id % 17 = 0 THEN 'canceled'
              WHEN a.id % 13 = 0 THEN 'past_due'
              WHEN b.d0 > date '2025-04-01' THEN 'trialing'
              ELSE 'active' END AS status,
         1 + (a.id * 5) % 12 AS seats,
         b.d0 AS started_on,
         CASE WHEN a.id % 3 = 0 THEN b.d0 + b.len1
              WHEN a.id % 17 = 0 THEN b.d0 + b.len1 + 100 END AS ended_on
  UNION ALL
  SELECT 2, least(b.p1 + 2, 7),
         CASE WHEN a.id % 9 = 0 THEN 'canceled' ELSE 'active' END,
         2 + (a.id * 5) % 12,
         b.d0 + b.len1 + CASE WHEN a.id % 6 = 0 THEN 45 ELSE 0 END,
         CASE WHEN a.id % 9 = 0 THEN b.d0 + b.len1 + CASE WHEN a.id % 6 = 0 THEN 45 ELSE 0 END + 200 END
  WHERE a.id % 3 = 0
) x
WHERE a.id % 11 <> 0;

UPDATE subscriptions SET plan_id = 8 WHERE account_id IN (7, 14, 49, 98) AND started_on = (SELECT min(started_on) FROM subscriptions s2 WHERE s2.account_id = subscriptions.account_id);

-- Invoices: one per billing period from the start until the end (exclusive) or 2025-06-30, free plan excluded.
INSERT INTO invoices (id, account_id, subscription_id, status, currency, issued_on, due_on, paid_at)
SELECT row_number() OVER (ORDER BY p.issued_on, s.id),
       s.account_id, s.id,
       st.status,
       a.currency,
       p.issued_on,
       p.issued_on + CASE WHEN a.reseller_id IS NOT NULL THEN 30 ELSE 14 END,
       CASE WHEN st.status = 'paid'
            THEN (p.issued_on + ((s.id * 7 + p.n) % 20)) + ((s.id * 7919 + p.n * 104729) % 86400) * interval '1 second' END AT TIME ZONE 'UTC'
FROM subscriptions s
JOIN plans pl ON pl.id = s.plan_id
JOIN accounts a ON a.id = s.account_id
CROSS JOIN LATERAL (
  SELECT (g)::date AS issued_on, row_number() OVER ()::int AS n
  FROM generate_series(s.started_on::timestamp,
                       (least(coalesce(s.ended_on, date '2025-07-01'), date '2025-07-01') - 1)::timestamp,
                       CASE WHEN pl.billing_interval = 'year' THEN interval '1 year' ELSE interval '1 month' END) AS g
) p
CROSS JOIN LATERAL (
  SELECT CASE WHEN p.issued_on >= date '2025-06-20' THEN 'open'
              WHEN s.status = 'past_due' AND p.issued_on >= date '2025-04-01' THEN 'open'
              WHEN (s.id * 31 + p.n * 7) % 97 = 0 THEN 'void'
              WHEN (s.id * 31 + p.n * 7) % 89 = 0 THEN 'uncollectible'
              ELSE 'paid' END AS status
) st
WHERE pl.price_cents > 0;

-- One-off invoices (onboarding fees) without a subscription.
INSERT INTO invoices (id, account_id, subscription_id, status, currency, issued_on, due_on, paid_at)
SELECT 100000 + a.id, a.id, NULL, CASE WHEN a.id % 100 = 0 THEN 'draft' ELSE 'paid' END, a.currency,
       (a.created_at AT TIME ZONE 'UTC')::date + 3, (a.created_at AT TIME ZONE 'UTC')::date + 33,
       CASE WHEN a.id % 100 <> 0 THEN a.created_at + interval '10 days' END
FROM accounts a
WHERE a.id % 25 = 0;

INSERT INTO invoice_lines (id, invoice_id, kind, description, quantity, amount_cents)
SELECT row_number() OVER (ORDER BY l.invoice_id, l.n), l.invoice_id, l.kind, l.description, l.quantity, l.amount_cents
FROM (
  SELECT i.id AS invoice_id, 1 AS n, 'subscription' AS kind, pl.name || ' x ' || s.seats AS description,
         s.seats AS quantity, s.seats * pl.price_cents AS amount_cents
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id JOIN plans pl ON pl.id = s.plan_id
  UNION ALL
  SELECT i.id, 2, 'usage', 'API calls over quota', 1 + (i.id * 7) % 40, (1 + (i.id * 7) % 40) * 150
  FROM invoices i WHERE i.subscription_id IS NOT NULL AND i.id % 4 = 0
  UNION ALL
  SELECT i.id, 3, 'discount', 'Loyalty discount 10%', 1, -(s.seats * pl.price_cents / 10)
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id JOIN plans pl ON pl.id = s.plan_id
  WHERE s.account_id % 5 = 0
  UNION ALL
  SELECT i.id, 4, 'credit', 'Service credit (incident)', 1, -500
  FROM invoices i WHERE i.subscription_id IS NOT NULL AND i.id % 37 = 0
  UNION ALL
  SELECT i.id, 1, 'setup_fee', 'Onboarding package', 1, 50000
  FROM invoices i WHERE i.subscription_id IS NULL
) l;

ANALYZE;
