"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import {
  type SavedCommunicationSettings,
  saveCommunicationSettingsAction,
} from "@/app/(app)/settings/communications/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INMAIL_CATEGORIES, type InmailCategory } from "@/db/schema/categories";
import type { ActionState } from "@/lib/actions/state";
import { SIGNATURE_MAX } from "@/lib/text/fields";
import { SignatureField } from "./signature-field";
import { SwitchField } from "./switch-field";

type State = ActionState<SavedCommunicationSettings>;

/**
 * The fields are uncontrolled: React resets a form when its action settles, to the defaults of
 * that render. Those defaults are what the member should see next — what was saved after a
 * save, what they submitted after a refusal — so nothing they typed is lost.
 */
function shownValues(state: State, saved: SavedCommunicationSettings): SavedCommunicationSettings {
  if (state?.ok && state.data) return state.data;
  if (state && !state.ok && state.values) {
    const v = state.values;
    const chosen = (v.interestCategories ?? "").split(",");
    return {
      acceptsInmail: v.acceptsInmail === "on",
      interestCategories: INMAIL_CATEGORIES.filter((c) => chosen.includes(c)),
      signature: v.signature ?? "",
      emailNotifications: v.emailNotifications === "on",
      readReceipts: v.readReceipts === "on",
      showPresence: v.showPresence === "on",
      sponsoredMessages: v.sponsoredMessages === "on",
    };
  }
  return saved;
}

export function CommunicationSettingsForm({ saved }: { saved: SavedCommunicationSettings }) {
  const t = useTranslations();
  const [state, action] = useActionState(saveCommunicationSettingsAction, null);
  const shown = shownValues(state, saved);

  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never, { max: SIGNATURE_MAX } as never) : undefined;
  };
  const categoriesError = error("interestCategories");

  return (
    <form action={action} noValidate>
      <Section heading={t("settings.communications.inmailHeading")}>
        <SwitchField
          id="acceptsInmail"
          name="acceptsInmail"
          label={t("settings.communications.acceptsInmail")}
          hint={t("settings.communications.acceptsInmailHint")}
          error={error("acceptsInmail")}
          defaultChecked={shown.acceptsInmail}
          onLabel={t("settings.communications.on")}
          offLabel={t("settings.communications.off")}
        />
        <fieldset
          className="mt-6"
          aria-describedby={
            categoriesError ? "categories-hint categories-error" : "categories-hint"
          }
        >
          <legend className="font-semibold text-slate-900">
            {t("settings.communications.categoriesLegend")}
          </legend>
          <p id="categories-hint" className="mt-1 text-sm text-slate-600">
            {t("settings.communications.categoriesHint")}
          </p>
          {categoriesError && (
            <p id="categories-error" className="mt-1 text-sm font-medium text-red-700">
              {categoriesError}
            </p>
          )}
          <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {INMAIL_CATEGORIES.map((category) => (
              <li key={category}>
                <CategoryCheckbox
                  category={category}
                  label={t(`categories.${category}`)}
                  defaultChecked={shown.interestCategories.includes(category)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      </Section>

      <Section heading={t("settings.communications.signatureHeading")}>
        <SignatureField defaultValue={shown.signature} error={error("signature")} answer={state} />
      </Section>

      <Section heading={t("settings.communications.notificationsHeading")}>
        <Checkbox
          name="emailNotifications"
          label={t("settings.communications.emailNotifications")}
          hint={t("settings.communications.emailNotificationsHint")}
          defaultChecked={shown.emailNotifications}
        />
      </Section>

      <Section heading={t("settings.communications.activityHeading")}>
        <div className="space-y-4">
          <Checkbox
            name="readReceipts"
            label={t("settings.communications.readReceipts")}
            hint={t("settings.communications.readReceiptsHint")}
            defaultChecked={shown.readReceipts}
          />
          <Checkbox
            name="showPresence"
            label={t("settings.communications.showPresence")}
            hint={t("settings.communications.showPresenceHint")}
            defaultChecked={shown.showPresence}
          />
        </div>
      </Section>

      <Section heading={t("settings.communications.sponsoredHeading")}>
        <Checkbox
          name="sponsoredMessages"
          label={t("settings.communications.sponsoredMessages")}
          hint={t("settings.communications.sponsoredMessagesHint")}
          defaultChecked={shown.sponsoredMessages}
        />
      </Section>

      <div className="flex flex-col gap-3 px-5 py-4 sm:flex-row-reverse sm:items-center sm:justify-between">
        <SubmitButton pendingLabel={t("settings.communications.saving")}>
          {t("settings.communications.save")}
        </SubmitButton>
        <FormMessage tone={failed ? "error" : "success"}>
          {failed?.formError
            ? t(failed.formError as never)
            : failed
              ? t("settings.communications.notSaved")
              : state?.ok && state.message
                ? t(state.message as never)
                : undefined}
        </FormMessage>
      </div>
    </form>
  );
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="border-b border-slate-200 px-5 py-5">
      <h2 className="mb-4 text-lg font-semibold text-slate-900">{heading}</h2>
      {children}
    </section>
  );
}

function CategoryCheckbox({
  category,
  label,
  defaultChecked,
}: {
  category: InmailCategory;
  label: string;
  defaultChecked: boolean;
}) {
  return (
    <label className="flex min-h-10 cursor-pointer items-center gap-3 rounded px-1 text-slate-800 hover:bg-slate-50">
      <input
        type="checkbox"
        name="interestCategories"
        value={category}
        defaultChecked={defaultChecked}
        className="size-5 shrink-0 accent-brand-700"
      />
      {label}
    </label>
  );
}

function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        id={name}
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={`${name}-hint`}
        className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700"
      />
      <div>
        <label htmlFor={name} className="cursor-pointer font-semibold text-slate-900">
          {label}
        </label>
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      </div>
    </div>
  );
}
