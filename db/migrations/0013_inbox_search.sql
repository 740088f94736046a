-- Searching one's own conversations (db/queries/inbox-search.ts): every message keeps its
-- accent-folded full-text document, so matching a message is reading a stored value, not
-- parsing its body. The search walks the member's own threads by their own index and looks at
-- the messages of those threads only (messages_thread_idx); no index over all messages is
-- needed, and none would keep the cost from growing with other members' mail.
ALTER TABLE "messages" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', inmail_fold("body"))
) STORED;
