import type { Locale } from "./config";
import deAccount from "./messages/de/account.json";
import deCheckout from "./messages/de/checkout.json";
import deCompose from "./messages/de/compose.json";
import deInbox from "./messages/de/inbox.json";
import deInvitations from "./messages/de/invitations.json";
import dePremium from "./messages/de/premium.json";
import dePrivacy from "./messages/de/privacy.json";
import deProfileEdit from "./messages/de/profile-edit.json";
import deRecruiting from "./messages/de/recruiting.json";
import deRefusals from "./messages/de/refusals.json";
import deSearch from "./messages/de/search.json";
import deSettings from "./messages/de/settings.json";
import deSponsored from "./messages/de/sponsored.json";
import deCore from "./messages/de.json";
import enAccount from "./messages/en/account.json";
import enCheckout from "./messages/en/checkout.json";
import enCompose from "./messages/en/compose.json";
import enInbox from "./messages/en/inbox.json";
import enInvitations from "./messages/en/invitations.json";
import enPremium from "./messages/en/premium.json";
import enPrivacy from "./messages/en/privacy.json";
import enProfileEdit from "./messages/en/profile-edit.json";
import enRecruiting from "./messages/en/recruiting.json";
import enRefusals from "./messages/en/refusals.json";
import enSearch from "./messages/en/search.json";
import enSettings from "./messages/en/settings.json";
import enSponsored from "./messages/en/sponsored.json";
import enCore from "./messages/en.json";
import itAccount from "./messages/it/account.json";
import itCheckout from "./messages/it/checkout.json";
import itCompose from "./messages/it/compose.json";
import itInbox from "./messages/it/inbox.json";
import itInvitations from "./messages/it/invitations.json";
import itPremium from "./messages/it/premium.json";
import itPrivacy from "./messages/it/privacy.json";
import itProfileEdit from "./messages/it/profile-edit.json";
import itRecruiting from "./messages/it/recruiting.json";
import itRefusals from "./messages/it/refusals.json";
import itSearch from "./messages/it/search.json";
import itSettings from "./messages/it/settings.json";
import itSponsored from "./messages/it/sponsored.json";
import itCore from "./messages/it.json";

// One file per feature and language (messages/<locale>/<feature>.json), so features can be
// translated independently; each becomes the namespace of its file name.
const en = {
  ...enCore,
  account: enAccount,
  checkout: enCheckout,
  compose: enCompose,
  inbox: enInbox,
  invitations: enInvitations,
  premium: enPremium,
  privacy: enPrivacy,
  recruiting: enRecruiting,
  refusals: enRefusals,
  profileEdit: enProfileEdit,
  search: enSearch,
  settings: enSettings,
  sponsored: enSponsored,
};

export type Messages = typeof en;

export const messagesByLocale: Record<Locale, Messages> = {
  en,
  de: {
    ...deCore,
    account: deAccount,
    checkout: deCheckout,
    compose: deCompose,
    inbox: deInbox,
    invitations: deInvitations,
    premium: dePremium,
    privacy: dePrivacy,
    recruiting: deRecruiting,
    refusals: deRefusals,
    profileEdit: deProfileEdit,
    search: deSearch,
    settings: deSettings,
    sponsored: deSponsored,
  } as Messages,
  it: {
    ...itCore,
    account: itAccount,
    checkout: itCheckout,
    compose: itCompose,
    inbox: itInbox,
    invitations: itInvitations,
    premium: itPremium,
    privacy: itPrivacy,
    recruiting: itRecruiting,
    refusals: itRefusals,
    profileEdit: itProfileEdit,
    search: itSearch,
    settings: itSettings,
    sponsored: itSponsored,
  } as Messages,
};
