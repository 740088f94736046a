import type { JobHelpers, Task, TaskList } from "graphile-worker";
import type { Database } from "@/db/client";
import { getInmailPolicy } from "@/db/queries/policy";
import { accountExistsMail, confirmEmailMail, passwordResetMail } from "@/lib/auth/account-mail";
import { refreshTestClock } from "@/lib/clock/test-clock";
import { deliverMailOnce } from "@/lib/mail/deliver";
import { inmailReceivedMail, inmailReminderMail, replyReceivedMails } from "@/lib/messaging/notify";
import { emailInvitationMail, invitationMail } from "@/lib/network/invitation-mail";
import { deletePhotoObjects } from "@/lib/profile/photos";
import { processCampaign, resumeAfterCredits } from "@/lib/recruiting/campaigns";
import { deliverSponsored, offerToOnlineAudience } from "@/lib/sponsored/delivery";
import { runMaintenance } from "./maintenance";
import type { JobName, JobPayloads } from "./queue";
import { sweep } from "./sweeper";

type Handler<N extends JobName> = (
  db: Database,
  payload: JobPayloads[N],
  job: { key: string },
) => Promise<void>;

/** The mail key is the job's key (every mail job is added with one), so retries share it. */
function keyOf(helpers: JobHelpers): string {
  return helpers.job.key ?? `job:${helpers.job.id}`;
}

const handlers: { [N in JobName]: Handler<N> } = {
  "mail:inmail-received": async (db, payload, job) => {
    await deliverMailOnce(db, job.key, () => inmailReceivedMail(db, payload));
  },
  "mail:reply-received": async (db, payload, job) => {
    // A thread may have several other participants: one mail (and one key) each.
    for (const { recipientId, mail } of await replyReceivedMails(db, payload)) {
      await deliverMailOnce(db, `${job.key}:${recipientId}`, async () => mail);
    }
  },
  "mail:inmail-reminder": async (db, payload, job) => {
    const policy = await getInmailPolicy(db);
    await deliverMailOnce(db, job.key, () =>
      inmailReminderMail(db, { inmailId: payload.inmailId, afterDays: policy.reminderAfterDays }),
    );
  },
  "mail:invitation": async (db, payload, job) => {
    await deliverMailOnce(db, job.key, () => invitationMail(db, payload));
  },
  "mail:email-invitation": async (db, payload, job) => {
    await deliverMailOnce(db, job.key, () => emailInvitationMail(db, payload));
  },
  "mail:password-reset": async (db, payload, job) => {
    await refreshTestClock(db);
    await deliverMailOnce(db, job.key, () => passwordResetMail(db, payload));
  },
  "mail:confirm-email": async (db, payload, job) => {
    await deliverMailOnce(db, job.key, () => confirmEmailMail(db, payload));
  },
  "mail:account-exists": async (db, payload, job) => {
    await deliverMailOnce(db, job.key, () => accountExistsMail(db, payload));
  },
  "photo:delete-objects": async (_db, payload) => {
    await deletePhotoObjects(payload.keys);
  },
  "campaign:send": async (db, payload) => {
    await processCampaign(db, payload);
  },
  "campaign:resume-after-credits": async (db, payload) => {
    await resumeAfterCredits(db, payload);
  },
  "sponsored:deliver": async (db, payload) => {
    await deliverSponsored(db, payload);
  },
  "sponsored:launch": async (db, payload) => {
    await offerToOnlineAudience(db, payload.campaignId);
  },
  sweep: async (db) => {
    await sweep(db);
    await runMaintenance(db);
  },
};

/** graphile-worker's task list, bound to a database. */
export function taskListFor(db: Database): TaskList {
  const list: TaskList = {};
  for (const name of Object.keys(handlers) as JobName[]) {
    const handler = handlers[name] as Handler<JobName>;
    const task: Task = async (payload, helpers) => {
      await handler(db, payload as JobPayloads[JobName], { key: keyOf(helpers) });
    };
    list[name] = task;
  }
  return list;
}

/** Every minute on one of the workers (graphile-worker schedules each tick once for all). */
export const CRONTAB = "* * * * * sweep ?max=1";
