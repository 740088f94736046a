/**
 * Which messages go to the browser. Only client components translate there, and each route
 * sends the namespaces its client components use (components/i18n/client-messages.tsx), not
 * the whole catalogue inlined into every page.
 */

/** Every page's client components: the shell (menu, language, confirm banner) and errors. */
export const SHARED_CLIENT_MESSAGES = [
  "errors",
  "validation",
  "nav",
  "language",
  "account.banner",
  "account.confirm",
] as const;

type Messages = Record<string, unknown>;

/** The parts of a catalogue named by dotted paths ("account.banner"), in the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Messages | undefined)?.[key];
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) {
      if (typeof into[key] !== "object" || into[key] === null) into[key] = {};
      into = into[key] as Messages;
    }
    const last = keys[keys.length - 1] as string;
    into[last] =
      typeof from === "object" && typeof into[last] === "object"
        ? { ...(into[last] as Messages), ...(from as Messages) }
        : from;
  }
  return picked;
}

/** The live character counter (components/messaging/character-count.tsx), wherever a note is typed. */
export const CHARACTER_COUNT_MESSAGES = ["compose.overBy", "compose.counterLabel"] as const;

/**
 * The inbox's words a thread's client parts use: the quick answers (QuickReplyForm), "… is
 * typing", and the errors their actions answer with — not the whole namespace (the list and the
 * thread itself are translated on the server). A thread page, and a sent InMail's answer, carry
 * these on every load.
 */
export const THREAD_CLIENT_MESSAGES = [
  "inbox.typing",
  "inbox.sending",
  "inbox.interested",
  "inbox.interestedOptions",
  "inbox.shareEmail",
  "inbox.sharePhone",
  "inbox.note",
  "inbox.notInterested",
  "inbox.notInterestedOptions",
  "inbox.reasonLabel",
  "inbox.reasonNone",
  "inbox.declineReasons",
  "inbox.later",
  "inbox.laterOptions",
  "inbox.laterWhen",
  "inbox.laterWeeks",
  "inbox.errors",
  "refusals",
  "compose.errors",
  ...CHARACTER_COUNT_MESSAGES,
] as const;
