import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  conversation,
  expect,
  expectNoA11yViolations,
  freshEmail,
  screenshot,
  signIn,
  signUpConfirmed,
  submitAndSettle,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");
const giulia = demoAccount("career");

test.describe.configure({ mode: "serial" });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Signs up through the real form; the page must already be on /sign-up. */
async function signUp(page: Page, name: string, email?: string) {
  await page.getByLabel("Full name").fill(name);
  if (email) await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-long-and-private-passphrase");
  await page.getByRole("button", { name: "Agree & join" }).click();
}

test("a member invites an email address; the invitee joins from the mail, accepts, and they message for free", async ({
  browser,
}) => {
  test.slow();
  const email = `invitee.${randomUUID().slice(0, 8)}@example.com`;
  const inviteeName = `Ivo Invitee ${randomUUID().slice(0, 4)}`;

  // Sophie invites an address that has no account yet.
  const inviter = await newPage(browser);
  await signIn(inviter, sophie.email, DEMO_PASSWORD);
  await inviter
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "My Network" })
    .click();
  await expect(inviter.getByRole("heading", { name: "My Network", level: 1 })).toBeVisible();
  // Bad input is answered next to the field.
  await inviter.getByLabel("Email address").fill("not-an-address");
  await submitAndSettle(inviter, inviter.getByRole("button", { name: "Send invitation" }));
  await expect(
    inviter.getByText("Enter a valid email address, like name@example.com."),
  ).toBeVisible();
  await inviter.getByLabel("Email address").fill(email);
  await inviter.getByLabel("Note (optional)").fill("Hi! Let's stay in touch after the fair.");
  await submitAndSettle(inviter, inviter.getByRole("button", { name: "Send invitation" }));
  await expect(inviter.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const sent = inviter.getByRole("region", { name: /Sent invitations/ });
  await expect(sent.getByText(email)).toBeVisible();
  await expectNoA11yViolations(inviter);
  await screenshot(inviter, "network-invite-by-email");

  // The invitee opens the mail and follows its sign-up link.
  const invitee = await newPage(browser);
  await invitee.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  await invitee
    .getByRole("link", { name: new RegExp(email) })
    .first()
    .click();
  await expect(invitee.getByText("Hi! Let's stay in touch after the fair.")).toBeVisible();
  await invitee.getByRole("link", { name: /\/sign-up\?invite=/ }).click();
  await expect(invitee).toHaveURL(/\/sign-up\?invite=/);
  await expect(
    invitee.getByText(`${sophie.name} invited you to connect. Join InMail to accept.`),
  ).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await expectNoA11yViolations(invitee);
  await screenshot(invitee, "sign-up-from-invitation");
  await signUp(invitee, inviteeName);

  // Straight to My Network, with Sophie's invitation and her note waiting.
  await expect(invitee).toHaveURL("/network");
  const received = invitee.getByRole("region", { name: /Pending invitations/ }).first();
  await expect(received.getByRole("link", { name: sophie.name, exact: true })).toBeVisible();
  await expect(
    received.getByText("Let's stay in touch after the fair.", { exact: false }),
  ).toBeVisible();
  await expect(
    invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My Network" }),
  ).toContainText("1");
  await expectNoA11yViolations(invitee);
  await screenshot(invitee, "network-invitation-received");
  await invitee.setViewportSize({ width: 375, height: 812 });
  await screenshot(invitee, "network-invitation-received-375");
  await invitee.setViewportSize({ width: 1280, height: 800 });
  await invitee.getByRole("button", { name: `Accept the invitation from ${sophie.name}` }).click();
  const connections = invitee.getByRole("region", { name: "1 connection" });
  await expect(connections.getByRole("link", { name: sophie.name, exact: true })).toBeVisible();
  await expect(invitee.getByText("No invitations are waiting for you.")).toBeVisible();

  // Now 1st-degree: the profile offers a free Message.
  await invitee.goto(`/in/${sophie.handle}`);
  await expect(invitee.getByRole("button", { name: /Invite .* to connect/ })).toHaveCount(0);
  await invitee.getByRole("link", { name: "Message", exact: true }).click();
  await expect(
    invitee.getByRole("heading", { name: `New message to ${sophie.name}` }),
  ).toBeVisible();
  await invitee.getByLabel("Message", { exact: true }).fill("Thanks for the invitation, Sophie!");
  await invitee.getByRole("button", { name: "Send message" }).click();
  await expect(invitee).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  await expect(conversation(invitee).getByText("Thanks for the invitation, Sophie!")).toBeVisible();
  await screenshot(invitee, "network-first-message");

  // Sophie sees it and answers for free.
  await inviter.goto("/messaging");
  await inviter
    .getByRole("link", { name: new RegExp(inviteeName) })
    .first()
    .click();
  await expect(conversation(inviter).getByText("Thanks for the invitation, Sophie!")).toBeVisible();
  await inviter.getByLabel("Write a message").fill("Welcome aboard!");
  await submitAndSettle(inviter, inviter.getByRole("button", { name: "Send", exact: true }));
  await expect(conversation(inviter).getByText("Welcome aboard!")).toBeVisible();
  await expectNoA11yViolations(inviter);
  await inviter.goto("/network");
  await expect(
    inviter.getByRole("region", { name: /Sent invitations/ }).getByText(email),
  ).toHaveCount(0);
});

test("connect from a profile with a note; the member accepts, then removes the connection", async ({
  browser,
}) => {
  test.slow();
  const name = `Nora Networker ${randomUUID().slice(0, 4)}`;
  const member = await newPage(browser);
  await signUpConfirmed(member, {
    name,
    email: freshEmail("nora"),
    password: "a-long-and-private-passphrase",
  });

  await member.goto(`/in/${giulia.handle}`);
  await member.getByRole("button", { name: `Invite ${giulia.name} to connect` }).click();
  const dialog = member.getByRole("dialog", { name: `Invite ${giulia.name} to connect` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Note (optional)").fill("é".repeat(301));
  await expect(dialog.getByRole("button", { name: "Send invitation" })).toBeDisabled();
  await dialog.getByLabel("Note (optional)").fill("Ciao Giulia, we met at the Milan meetup.");
  await expectNoA11yViolations(member);
  await screenshot(member, "profile-connect-dialog");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(member.getByText(`Invitation sent to ${giulia.name}.`)).toBeVisible();
  await expect(
    member.getByRole("button", { name: `Invitation to ${giulia.name} pending` }),
  ).toBeDisabled();
  await expectNoA11yViolations(member);
  await screenshot(member, "profile-connect-pending");

  // Giulia accepts from My Network.
  const other = await newPage(browser);
  await signIn(other, giulia.email, DEMO_PASSWORD);
  await other.goto("/network");
  const received = other.getByRole("listitem").filter({ hasText: name });
  await expect(
    received.getByText("Ciao Giulia, we met at the Milan meetup.", { exact: false }),
  ).toBeVisible();
  await received.getByRole("button", { name: `Accept the invitation from ${name}` }).click();
  await expect(
    other.getByRole("button", { name: `Accept the invitation from ${name}` }),
  ).toHaveCount(0);

  // The search box filters connections by name.
  await other.getByRole("searchbox", { name: "Search your connections" }).fill(name);
  await other.getByRole("button", { name: "Search", exact: true }).click();
  await expect(other).toHaveURL(/\/network\?q=/);
  const row = other.getByRole("listitem").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expectNoA11yViolations(other);
  await screenshot(other, "network-connections-search");
  await other.setViewportSize({ width: 375, height: 812 });
  await screenshot(other, "network-connections-375");
  await other.setViewportSize({ width: 1280, height: 800 });

  // Remove, behind a confirmation.
  await row.getByRole("button", { name: `Remove connection with ${name}` }).click();
  const confirm = other.getByRole("alertdialog", { name: `Remove ${name} from your connections?` });
  await expect(confirm).toBeVisible();
  await expectNoA11yViolations(other);
  await screenshot(other, "network-remove-confirm");
  await confirm.getByRole("button", { name: "Remove connection" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(other.getByText(`None of your connections matches “${name}”.`)).toBeVisible();

  // For the other member, Giulia is out of the network again: Connect is back.
  await member.goto(`/in/${giulia.handle}`);
  await expect(
    member.getByRole("button", { name: `Invite ${giulia.name} to connect` }),
  ).toBeVisible();
});

test("a sent invitation can be withdrawn, and a received one ignored", async ({ browser }) => {
  test.slow();
  const emily = demoAccount("optout");
  const name = `Walter Withdraw ${randomUUID().slice(0, 4)}`;
  const member = await newPage(browser);
  await signUpConfirmed(member, {
    name,
    email: freshEmail("walter"),
    password: "a-long-and-private-passphrase",
  });

  const invite = async () => {
    await member.goto(`/in/${emily.handle}`);
    await member.getByRole("button", { name: `Invite ${emily.name} to connect` }).click();
    await member.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      member.getByRole("button", { name: `Invitation to ${emily.name} pending` }),
    ).toBeVisible();
  };

  await invite();
  await member.goto("/network");
  const sent = member.getByRole("region", { name: /Sent invitations/ });
  await sent.getByRole("button", { name: `Withdraw the invitation to ${emily.name}` }).click();
  await expect(member.getByText("You have no pending sent invitations.")).toBeVisible();
  await member.goto(`/in/${emily.handle}`);
  await expect(
    member.getByRole("button", { name: `Invite ${emily.name} to connect` }),
  ).toBeVisible();

  await invite();
  const other = await newPage(browser);
  await signIn(other, emily.email, DEMO_PASSWORD);
  await other.goto("/network");
  await other.getByRole("button", { name: `Ignore the invitation from ${name}` }).click();
  await expect(
    other.getByRole("button", { name: `Ignore the invitation from ${name}` }),
  ).toHaveCount(0);
  await expect(other.getByRole("link", { name, exact: true })).toHaveCount(0);
});
