// Every exported server action, by module, with the fields its form sends. The fuzz test checks
// that this list is complete (every "use server" file of app/, every export); the fuzz tests drive
// each action with hostile values for these fields.

export const ACTION_FIELDS: Record<string, Record<string, string[]>> = {
  "app/actions.ts": { setLocaleAction: ["locale"], signOutAction: [] },
  "app/(app)/actions.ts": { resendConfirmationAction: [] },
  "app/(auth)/sign-in/actions.ts": { signInAction: ["email", "password", "callbackUrl"] },
  "app/(auth)/sign-up/actions.ts": {
    signUpAction: ["name", "email", "password", "invite", "callbackUrl"],
  },
  "app/(auth)/forgot-password/actions.ts": { forgotPasswordAction: ["email"] },
  "app/(auth)/reset-password/[token]/actions.ts": {
    resetPasswordAction: ["token", "password", "confirmPassword"],
  },
  "app/(auth)/confirm-email/[token]/actions.ts": { confirmEmailAction: ["token"] },
  "app/(app)/in/[handle]/actions.ts": {
    blockMemberAction: ["memberId"],
    unblockMemberAction: ["memberId", "handle"],
  },
  "app/(app)/settings/blocked/actions.ts": { unblockFromSettingsAction: ["memberId"] },
  "app/(app)/settings/profile/actions.ts": {
    saveProfileAction: [
      "headline",
      "title",
      "company",
      "country",
      "city",
      "timeZone",
      "industry",
      "about",
      "next",
    ],
    skipOnboardingAction: [],
    removePhotoAction: [],
  },
  "app/(app)/settings/account/actions.ts": {
    changeNameAction: ["name"],
    changeEmailAction: ["email", "currentPassword"],
  },
  "app/(app)/messaging/[threadId]/actions.ts": {
    replyAction: ["threadId", "body", "idempotencyKey"],
    quickReplyAction: [
      "threadId",
      "answer",
      "note",
      "reason",
      "weeks",
      "shareEmail",
      "phone",
      "idempotencyKey",
    ],
  },
  "app/(app)/messaging/[threadId]/state-actions.ts": {
    archiveThreadAction: ["threadId"],
    unarchiveThreadAction: ["threadId"],
    markThreadUnreadAction: ["threadId"],
  },
  "app/(app)/messaging/inbox-actions.ts": {
    loadInboxPageAction: ["filter", "after", "until"],
    loadEarlierMessagesAction: ["threadId", "before", "since"],
  },
  "app/(app)/messaging/live-actions.ts": {
    markThreadReadAction: ["threadId"],
    typingAction: ["threadId"],
  },
  "app/(app)/messaging/new/actions.ts": {
    sendInmailAction: [
      "recipientId",
      "idempotencyKey",
      "subject",
      "body",
      "category",
      "contactEmail",
      "contactPhone",
    ],
    sendMessageAction: ["recipientId", "body", "idempotencyKey"],
  },
  "app/(app)/network/actions.ts": {
    inviteMemberAction: ["inviteeId", "note"],
    inviteByEmailAction: ["email", "note"],
    acceptInvitationAction: ["invitationId"],
    ignoreInvitationAction: ["invitationId"],
    withdrawInvitationAction: ["invitationId"],
    removeConnectionAction: ["memberId"],
  },
  "app/(app)/recruiting/actions.ts": {
    createProjectAction: ["name"],
    renameProjectAction: ["projectId", "name"],
    deleteProjectAction: ["projectId"],
    removeCandidateAction: ["projectId", "memberId"],
    createCampaignAction: ["projectId", "name", "subjectTemplate", "bodyTemplate", "category"],
    updateCampaignAction: ["campaignId", "name", "subjectTemplate", "bodyTemplate", "category"],
    launchCampaignAction: ["campaignId", "when", "startsAt"],
    changeCampaignAction: ["campaignId", "change"],
    saveCandidatesAction: [
      "projectId",
      "newProjectName",
      "scope",
      "memberId",
      "pageMemberId",
      "q",
      "location",
      "industry",
      "degree",
    ],
  },
  "app/(app)/premium/actions.ts": {
    subscribeAction: ["planId", "priceCents", "currency"],
    cancelSubscriptionAction: [],
  },
  "app/(app)/premium/checkout/actions.ts": {
    payLocalOrderAction: ["orderId"],
    cancelLocalOrderAction: ["orderId"],
  },
  "app/(app)/premium/credits/actions.ts": { buyCreditsAction: ["credits", "currency"] },
  "app/(app)/settings/communications/actions.ts": {
    saveCommunicationSettingsAction: [
      "acceptsInmail",
      "interestCategories",
      "interestCategories",
      "signature",
      "emailNotifications",
      "readReceipts",
      "showPresence",
    ],
  },
  "app/(app)/settings/communications/open-profile-actions.ts": {
    saveOpenProfileAction: ["openProfile"],
  },
  "app/(app)/settings/security/actions.ts": {
    signOutSessionAction: ["sessionId"],
    signOutOtherSessionsAction: [],
    changePasswordAction: ["currentPassword", "newPassword"],
  },
  "app/dev/clock/actions.ts": { advanceClockAction: ["days"] },
};
