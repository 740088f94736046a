import { redirect } from "next/navigation";

/** Communications is the only settings section so far. */
export default function SettingsPage() {
  redirect("/settings/communications");
}
