import { connectPostgres } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { sweep } from "./sweeper";
import { runDueJobs } from "./worker";

// `npm run jobs`: one sweep by hand, then every job that is due (the mails it added among them),
// as the server's worker would; safe beside running servers and workers. `--jobs-only` skips the
// sweep.
const jobsOnly = process.argv.includes("--jobs-only");
const { url, release } = await databaseUrlForTool();
try {
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 2 });
  try {
    const report = jobsOnly ? null : await sweep(handle.db);
    await runDueJobs({ db: handle.db, connectionString: url });
    console.log(JSON.stringify(report ?? { jobsOnly: true }));
  } finally {
    await handle.close();
  }
} finally {
  await release();
}
