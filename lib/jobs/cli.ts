import { connectPostgres } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { sweep } from "./sweeper";

// `npm run jobs`: one sweep by hand (the server also runs it every minute).
const { url, release } = await databaseUrlForTool();
try {
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 2 });
  try {
    console.log(JSON.stringify(await sweep(handle.db)));
  } finally {
    await handle.close();
  }
} finally {
  await release();
}
