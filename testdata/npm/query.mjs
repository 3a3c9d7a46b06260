// query.mjs runs SQL statements in an in-memory DuckDB and prints the rows
// of the last one as JSON: deid's tests use DuckDB as an independent Parquet
// reader and writer. Usage: node query.mjs 'SQL; SQL; ...'
import { DuckDBInstance } from '@duckdb/node-api';

const sql = process.argv[2];
if (!sql) {
  console.error('usage: node query.mjs SQL');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const reader = await conn.runAndReadAll(sql);
const types = reader.columnTypes().map(String);
process.stdout.write(JSON.stringify({ columns: reader.columnNames(), types, rows: reader.getRowObjectsJson() }) + '\n');
