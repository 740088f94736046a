import { env } from "@/lib/env";
import { openPglite } from "./client";
import { migratePgliteDatabase, migratePostgresDatabase } from "./migrate";

// `npm run db:migrate`: the app migrates itself on start; this is for deploy pipelines.
if (env.DATABASE_URL) {
  await migratePostgresDatabase(env.DATABASE_URL);
  console.log("PostgreSQL migrated");
} else {
  const handle = await openPglite({ dataDir: env.pgliteDir });
  await migratePgliteDatabase(handle);
  await handle.close();
  console.log(`PGlite migrated at ${env.pgliteDir}`);
}
