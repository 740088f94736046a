import { type Column as DrizzleColumn, getTableColumns, is, SQL, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";

/**
 * Rows per statement. Each batch travels as ONE json parameter expanded by json_to_recordset,
 * not as a multi-row VALUES list: no 65,535-parameter limit to respect, and building the
 * statement costs far less than binding millions of single values (100k members with a million
 * connection rows load several times faster this way).
 */
const BATCH_ROWS = 5000;

type Column = { key: string; name: string; type: string; fallback: () => unknown };

/** What a row that leaves the column out gets: json_to_recordset would give NULL instead. */
function fallbackOf(key: string, column: DrizzleColumn): () => unknown {
  if (column.defaultFn) return column.defaultFn;
  if (column.default !== undefined && !is(column.default, SQL)) return () => column.default;
  if (column.hasDefault && column.notNull) {
    return () => {
      throw new Error(`seed rows must set ${key}: its default is SQL`);
    };
  }
  return () => null;
}

function columnsOf(table: PgTable, rows: readonly object[]): Column[] {
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) present.add(key);
  return Object.entries(getTableColumns(table))
    .filter(([key]) => present.has(key))
    .map(([key, column]) => ({
      key,
      // The schema has no explicit column names: drizzle derives snake_case ones from the keys.
      name: column.keyAsName ? toSnakeCase(column.name) : column.name,
      type: column.getSQLType(),
      fallback: fallbackOf(key, column),
    }));
}

async function insertBatch<T extends PgTable>(db: Executor, table: T, rows: PgInsertValue<T>[]) {
  if (rows.length === 0) return;
  const columns = columnsOf(table, rows);
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const c of columns) {
      const value = (row as Record<string, unknown>)[c.key];
      record[c.name] = value === undefined ? c.fallback() : value;
    }
    return record;
  });
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const types = columns.map((c) => `"${c.name}" ${c.type}`).join(", ");
  await db.execute(
    sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(records)}::json) as r(${sql.raw(types)})`,
  );
}

/** Batched INSERTs; rows are built one batch at a time by `rowsFor`, so memory stays flat. */
export async function insertInBatches<T extends PgTable>(
  db: Executor,
  table: T,
  total: number,
  rowsFor: (start: number, end: number) => PgInsertValue<T>[],
  onBatch?: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < total; start += BATCH_ROWS) {
    const end = Math.min(total, start + BATCH_ROWS);
    await insertBatch(db, table, rowsFor(start, end));
    onBatch?.(end);
  }
}

/** The same for rows already in memory. */
export function insertRows<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly PgInsertValue<T>[],
): Promise<void> {
  return insertInBatches(db, table, rows.length, (start, end) => rows.slice(start, end));
}
