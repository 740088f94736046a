import { getDatabaseHandle } from "@/db";
import { sweep } from "./sweeper";

// `npm run jobs`: one sweep by hand (the server also runs it every minute).
const handle = await getDatabaseHandle();
try {
  const report = await sweep(handle.db);
  console.log(JSON.stringify(report));
} finally {
  await handle.close();
}
