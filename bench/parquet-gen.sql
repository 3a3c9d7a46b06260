-- The ~1.5 M-row nested transcript file of the Parquet benchmark (bench/parquet.sh):
-- strings, a timestamp, an int, a bool, a nullable string, and messages as a
-- LIST<STRUCT{role, text, ts}> with a quarter of the lists empty; written by
-- DuckDB in the all-optional layout with snappy, as pyarrow and Spark write.
COPY (SELECT 'TCK-' || i AS ticket_id, TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND AS created_at,
 ['chat','email','phone','web'][1 + i % 4] AS channel, 'Customer ' || (i % 50000) AS customer_name,
 'user' || (hash(i) % 1000000) || '@example.com' AS customer_email,
 '+1 415 555 ' || lpad((hash(i) % 10000)::VARCHAR, 4, '0') AS customer_phone,
 (i % 5 + 1)::BIGINT AS rating, i % 2 = 0 AS resolved,
 CASE WHEN i % 3 = 0 THEN NULL ELSE 'note ' || md5(i::VARCHAR) END AS notes, md5((i*7)::VARCHAR) || ' ' || md5((i*11)::VARCHAR) AS summary,
 CASE WHEN i % 4 = 0 THEN [] ELSE [
  {'role': 'customer', 'text': 'Hi, this is Customer ' || (i % 50000) || '. Reach me at user' || (hash(i) % 1000000) || '@example.com or +1 415 555 ' || lpad((hash(i) % 10000)::VARCHAR, 4, '0') || '. Ref ' || md5(i::VARCHAR), 'ts': TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND},
  {'role': 'agent', 'text': 'Thanks, order #A-' || i || ' ships on firmware 2.4.1.7 today. Case ' || md5((i+1)::VARCHAR), 'ts': TIMESTAMP '2024-01-01' + INTERVAL (i + 30) SECOND}] END AS messages
 FROM range(ROWS) t(i)) TO 'OUTFILE' (FORMAT parquet, COMPRESSION snappy)
