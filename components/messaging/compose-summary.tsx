import { getFormatter, getTranslations } from "next-intl/server";

/** Credits left, what sending costs, and the sender's response score — before the send button. */
export async function ComposeSummary({
  credits,
  recipientName,
  refundAfterDays,
  score,
  windowDays,
}: {
  credits: number;
  recipientName: string;
  refundAfterDays: number;
  score: { sent: number; answered: number; score: number | null };
  windowDays: number;
}) {
  const t = await getTranslations("compose");
  const format = await getFormatter();
  return (
    <div className="space-y-1 rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-slate-800">
      <p className="font-semibold">{t("credits", { count: credits })}</p>
      <p>{t("creditCost", { name: recipientName, days: refundAfterDays })}</p>
      {score.score === null ? (
        <p>{t("responseScoreNone")}</p>
      ) : (
        <p>
          <span className="font-semibold">
            {t("responseScore", {
              score: format.number(score.score, { style: "percent", maximumFractionDigits: 0 }),
            })}
          </span>{" "}
          <span className="text-slate-700">
            {t("responseScoreHint", {
              answered: score.answered,
              sent: score.sent,
              days: windowDays,
            })}
          </span>
        </p>
      )}
    </div>
  );
}
