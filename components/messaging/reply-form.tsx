"use client";

import { useCallback, useRef } from "react";
import { replyAction } from "@/app/(app)/messaging/[threadId]/actions";
import { typingAction } from "@/app/(app)/messaging/live-actions";
import { MessageForm } from "./message-form";

/** How often a typing member tells the other side (the indicator lasts twice as long). */
const TYPING_EVERY_MS = 3_000;

/** The reply box of an open thread: a message form that announces "… is typing". */
export function ReplyForm(props: {
  threadId: string;
  label: string;
  maxCharacters: number;
  submitLabel: string;
  pendingLabel: string;
  otherName: string;
}) {
  const last = useRef(0);
  const onTyping = useCallback(() => {
    const now = Date.now();
    if (now - last.current < TYPING_EVERY_MS) return;
    last.current = now;
    const form = new FormData();
    form.set("threadId", props.threadId);
    void typingAction(null, form);
  }, [props.threadId]);
  return (
    <MessageForm
      action={replyAction}
      hidden={{ threadId: props.threadId }}
      label={props.label}
      maxCharacters={props.maxCharacters}
      submitLabel={props.submitLabel}
      pendingLabel={props.pendingLabel}
      otherName={props.otherName}
      onTyping={onTyping}
    />
  );
}
