import { databaseUrlForTool } from "./embedded/connect";
import { migrateDatabase } from "./migrate";

// `npm run db:migrate`: the app migrates itself on start; this is for deploy pipelines.
const { url, release } = await databaseUrlForTool();
try {
  await migrateDatabase(url);
  console.log("PostgreSQL migrated");
} finally {
  await release();
}
