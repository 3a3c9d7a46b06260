-- Makes duckdb_types.parquet, the all-optional layout DuckDB, pyarrow and
-- Spark write, with every type deid must keep. Run from this folder:
--   node ../../../../testdata/npm/query.mjs "$(cat make-duckdb-fixture.sql)"
COPY (
  SELECT * FROM (VALUES
    (1::BIGINT, -3::SMALLINT, 200::UTINYINT, 4000000000::UINTEGER, 'ann@example.com', 'call back',
     TIMESTAMP '2024-03-05 14:22:10.123456', '2024-03-05 14:22:10.123'::TIMESTAMP_MS,
     '2024-03-05 14:22:10.123456789'::TIMESTAMP_NS, TIMESTAMPTZ '2024-03-05 14:22:10.5+00', DATE '2024-03-05',
     TIME '14:22:10.25', -123.45::DECIMAL(12,2), 12345678901234567890.1234::DECIMAL(38,4), 0.1::DOUBLE, 1.5::FLOAT, true,
     'e4b5f1d2-3c4a-4b5e-8f6a-7b8c9d0e1f2a'::UUID, '\x00\xFF\x0A'::BLOB, ['a', 'b', NULL],
     [{'role': 'customer', 'text': 'Hi, I am Ann, ann@example.com', 'ts': TIMESTAMP '2024-03-05 14:22:11'},
      {'role': 'agent', 'text': NULL, 'ts': NULL}],
     MAP {'plan': 1, 'seats': 3}, {'name': 'Ann Lee', 'address': {'zip': '02139', 'city': 'Cambridge'}}),
    (2, NULL, NULL, NULL, 'bob@example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'NaN'::DOUBLE, NULL, NULL,
     NULL, NULL, [], [], MAP {}, NULL),
    (3, 7, 0, 0, 'ann@example.com', '', TIMESTAMP '1969-12-31 23:59:59.999999', NULL, NULL, NULL, DATE '1900-01-01',
     NULL, 0.00, -0.0001, -1e300, NULL, false, NULL, ''::BLOB, NULL, NULL, NULL,
     {'name': NULL, 'address': NULL}),
    (4, NULL, NULL, NULL, 'cy@example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, [NULL], [NULL, {'role': 'customer', 'text': 'again', 'ts': NULL}], MAP {'plan': NULL}, {'name': 'Cy', 'address': {'zip': NULL, 'city': NULL}})
  ) t(id, small, tiny_u, big_u, customer_email, notes, opened, opened_ms, opened_ns, opened_tz, day, at_time,
      amount, big_amount, score, ratio, flag, uid, blob, tags, messages, attrs, customer)
) TO 'duckdb_types.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2);
SELECT count(*) AS n FROM 'duckdb_types.parquet';
