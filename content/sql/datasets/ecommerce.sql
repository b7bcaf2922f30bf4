-- Backprep SQL dataset: ecommerce
-- An online shop selling in three currencies. Deterministic: no random(); every run yields the same rows.
-- Runs on PostgreSQL 15+ and PGlite.

CREATE TABLE categories (
  id         integer PRIMARY KEY,
  name       text    NOT NULL UNIQUE,
  parent_id  integer REFERENCES categories (id)
);

CREATE TABLE customers (
  id               integer     PRIMARY KEY,
  email            text        NOT NULL UNIQUE,
  full_name        text        NOT NULL,
  country          char(2)     NOT NULL,
  city             text,                        -- NULL: not provided
  marketing_opt_in boolean,                     -- NULL: never asked
  signed_up_at     timestamptz NOT NULL
);

CREATE TABLE products (
  id           integer       PRIMARY KEY,
  sku          text          NOT NULL UNIQUE,
  name         text          NOT NULL,
  category_id  integer       NOT NULL REFERENCES categories (id),
  price        numeric(10,2) NOT NULL CHECK (price > 0),   -- list price, in the order currency
  active       boolean       NOT NULL DEFAULT true,
  created_at   timestamptz   NOT NULL
);

CREATE TABLE orders (
  id           integer     PRIMARY KEY,
  customer_id  integer     NOT NULL REFERENCES customers (id),
  status       text        NOT NULL CHECK (status IN ('pending','paid','shipped','delivered','cancelled','refunded')),
  currency     char(3)     NOT NULL CHECK (currency IN ('USD','EUR','GBP')),
  coupon_code  text,                            -- NULL: no coupon
  created_at   timestamptz NOT NULL,
  shipped_at   timestamptz,                     -- NULL until shipped
  delivered_at timestamptz                      -- NULL until delivered
);

CREATE TABLE order_items (
  order_id    integer       NOT NULL REFERENCES orders (id),
  product_id  integer       NOT NULL REFERENCES products (id),
  quantity    integer       NOT NULL CHECK (quantity > 0),
  unit_price  numeric(10,2) NOT NULL CHECK (unit_price >= 0),  -- price actually charged per unit
  PRIMARY KEY (order_id, product_id)
);

CREATE TABLE payments (
  id        integer       PRIMARY KEY,
  order_id  integer       NOT NULL REFERENCES orders (id),
  kind      text          NOT NULL CHECK (kind IN ('charge','refund')),
  method    text          NOT NULL CHECK (method IN ('card','paypal','bank_transfer')),
  status    text          NOT NULL CHECK (status IN ('succeeded','failed')),
  amount    numeric(10,2) NOT NULL CHECK (amount > 0),   -- always positive; kind says the direction
  created_at timestamptz  NOT NULL
);

-- Category tree (three levels).
INSERT INTO categories (id, name, parent_id) VALUES
  (1, 'Electronics', NULL), (2, 'Home & Kitchen', NULL), (3, 'Sports', NULL), (4, 'Books', NULL),
  (5, 'Computers', 1), (6, 'Audio', 1), (7, 'Phones', 1),
  (8, 'Laptops', 5), (9, 'Monitors', 5), (10, 'Accessories', 5),
  (11, 'Headphones', 6), (12, 'Speakers', 6),
  (13, 'Kitchen', 2), (14, 'Furniture', 2), (15, 'Cookware', 13), (16, 'Small Appliances', 13),
  (17, 'Running', 3), (18, 'Cycling', 3), (19, 'Fiction', 4), (20, 'Technical', 4),
  (21, 'Databases', 20), (22, 'Gift Cards', NULL);

INSERT INTO customers (id, email, full_name, country, city, marketing_opt_in, signed_up_at)
SELECT i,
       'customer' || i || '@example.com',
       (ARRAY['Ada','Alan','Grace','Linus','Margaret','Ken','Barbara','Dennis','Frances','John',
              'Radia','Tim','Hedy','Edsger','Katherine','Donald','Sophie','Guido','Anita','Niklaus'])[1 + (i * 7) % 20]
       || ' ' ||
       (ARRAY['Lovelace','Turing','Hopper','Torvalds','Hamilton','Thompson','Liskov','Ritchie','Allen','Backus',
              'Perlman','Lee','Lamarr','Dijkstra','Johnson','Knuth','Wilson','Rossum','Borg','Wirth',
              'Kay','Codd','Gray','Stonebraker','Chen'])[1 + (i * 13) % 25],
       (ARRAY['US','DE','GB','FR','NL','PL','ES','US','CA','IE'])[1 + (i * 31) % 10],
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE (ARRAY['Springfield','Berlin','London','Paris','Amsterdam','Warsaw','Madrid','Austin','Toronto','Dublin'])[1 + (i * 31) % 10]
       END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE i % 3 = 0 END,
       timestamptz '2023-01-01 00:00:00+00' + ((i * 4159) % 365) * interval '1 day' + ((i * 7919) % 86400) * interval '1 second'
FROM generate_series(1, 2000) AS i;

INSERT INTO products (id, sku, name, category_id, price, active, created_at)
SELECT i,
       'SKU-' || lpad(i::text, 5, '0'),
       (ARRAY['Basic','Pro','Ultra','Compact','Classic','Smart','Eco','Travel'])[1 + (i * 3) % 8] || ' ' ||
       (ARRAY['Laptop','Monitor','Cable','Headphones','Speaker','Phone','Pan','Kettle','Chair','Desk',
              'Shoes','Helmet','Novel','SQL Handbook','Gift Card'])[1 + (i - 1) % 15] || ' ' || i,
       (ARRAY[8, 9, 10, 11, 12, 7, 15, 16, 14, 14, 17, 18, 19, 21, 22])[1 + (i - 1) % 15],
       ((i * 7919) % 9000 + 499) / 100.0,
       i % 19 <> 0,
       timestamptz '2022-06-01 00:00:00+00' + ((i * 37) % 500) * interval '1 day'
FROM generate_series(1, 200) AS i;

-- Orders: skewed towards low customer ids (a few heavy buyers); customers with id % 7 = 3 never order.
INSERT INTO orders (id, customer_id, status, currency, coupon_code, created_at, shipped_at, delivered_at)
SELECT j,
       c.cid,
       s.status,
       CASE WHEN j % 41 = 0 THEN 'USD'                       -- a few cross-border orders
            WHEN cu.country IN ('US','CA') THEN 'USD'
            WHEN cu.country = 'GB' THEN 'GBP'
            ELSE 'EUR' END,
       CASE WHEN j % 23 = 0 THEN 'BLACKFRIDAY' WHEN j % 9 = 0 THEN 'WELCOME10' END,
       t.created_at,
       CASE WHEN s.status IN ('shipped','delivered','refunded') THEN t.created_at + (1 + j % 5) * interval '1 day' + (j % 7) * interval '1 hour' END,
       CASE WHEN s.status IN ('delivered','refunded') THEN t.created_at + (1 + j % 5) * interval '1 day' + (j % 7) * interval '1 hour'
                                                               + (1 + j % 4) * interval '1 day' + (j % 11) * interval '1 hour' END
FROM generate_series(1, 12000) AS j
CROSS JOIN LATERAL (
  SELECT CASE WHEN raw % 7 = 3 THEN raw + 1 ELSE raw END AS cid
  FROM (SELECT 1 + floor(2000 * (((j * 7919) % 10007)::numeric / 10007) ^ 2)::int AS raw) r
) c
JOIN customers cu ON cu.id = c.cid
CROSS JOIN LATERAL (
  SELECT CASE WHEN j > 11700 AND j % 3 = 0 THEN 'pending'
              WHEN (j * 13) % 100 < 3 THEN 'pending'
              WHEN (j * 13) % 100 < 9 THEN 'cancelled'
              WHEN (j * 13) % 100 < 13 THEN 'refunded'
              WHEN (j * 13) % 100 < 20 OR j > 11850 THEN 'paid'
              WHEN (j * 13) % 100 < 35 OR j > 11600 THEN 'shipped'
              ELSE 'delivered' END AS status
) s
CROSS JOIN LATERAL (
  SELECT timestamptz '2024-01-01 00:00:00+00' + (j * 5040 + (j * 7919) % 3600) * interval '1 second' AS created_at
) t;

-- 1 to 4 lines per order; coupon orders get 10% off.
INSERT INTO order_items (order_id, product_id, quantity, unit_price)
SELECT o.id,
       p.id,
       CASE WHEN (o.id + k) % 29 = 0 THEN 5 ELSE 1 + (o.id + k) % 3 END,
       CASE WHEN o.coupon_code IS NOT NULL THEN round(p.price * 0.9, 2) ELSE p.price END
FROM orders o
CROSS JOIN LATERAL generate_series(1, 1 + (o.id * 7) % 4) AS k
JOIN products p ON p.id = 1 + (o.id * 31 + k * 119) % 200;

-- Payments: a failed attempt on some orders, one successful charge per non-pending order
-- (cancelled orders only have a failed attempt), a full refund for refunded orders and partial refunds.
INSERT INTO payments (id, order_id, kind, method, status, amount, created_at)
SELECT row_number() OVER (ORDER BY x.order_id, x.seq), x.order_id, x.kind, x.method, x.status, x.amount, x.created_at
FROM (
  SELECT o.id AS order_id, 1 AS seq, 'charge' AS kind,
         (ARRAY['card','paypal','bank_transfer','card'])[1 + o.id % 4] AS method,
         'failed' AS status, tot.total AS amount, o.created_at + interval '2 minutes' AS created_at
  FROM orders o JOIN LATERAL (SELECT sum(quantity * unit_price) AS total FROM order_items WHERE order_id = o.id) tot ON true
  WHERE o.status = 'cancelled' OR (o.status <> 'pending' AND o.id % 10 = 0)
  UNION ALL
  SELECT o.id, 2, 'charge', (ARRAY['card','paypal','bank_transfer','card'])[1 + (o.id + 1) % 4],
         'succeeded', tot.total, o.created_at + interval '5 minutes'
  FROM orders o JOIN LATERAL (SELECT sum(quantity * unit_price) AS total FROM order_items WHERE order_id = o.id) tot ON true
  WHERE o.status IN ('paid','shipped','delivered','refunded')
  UNION ALL
  SELECT o.id, 3, 'refund', (ARRAY['card','paypal','bank_transfer','card'])[1 + (o.id + 1) % 4],
         'succeeded',
         CASE WHEN o.status = 'refunded' THEN tot.total ELSE round(tot.total * 0.3, 2) END,
         coalesce(o.delivered_at, o.created_at) + interval '4 days'
  FROM orders o JOIN LATERAL (SELECT sum(quantity * unit_price) AS total FROM order_items WHERE order_id = o.id) tot ON true
  WHERE o.status = 'refunded' OR (o.status = 'delivered' AND o.id % 53 = 0)
) x;

ANALYZE;
