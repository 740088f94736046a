-- Sponsored InMail (lib/sponsored/): campaigns, their exact money ledger, deliveries, the per-member
-- lock of the frequency cap, "not interested" stops; a budget is paid as a credit_orders row of
-- purpose sponsored_budget.
CREATE TYPE "public"."ad_ledger_kind" AS ENUM('payment', 'spend', 'release', 'allocation');--> statement-breakpoint
CREATE TYPE "public"."sponsored_status" AS ENUM('draft', 'active', 'paused', 'completed', 'ended');--> statement-breakpoint
CREATE TABLE "ad_accounts" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"balance_cents" integer DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	CONSTRAINT "ad_accounts_balance_nonneg" CHECK ("ad_accounts"."balance_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ad_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"advertiser_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "ad_ledger_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"order_id" uuid,
	"delivery_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ad_ledger_amount_positive" CHECK ("ad_ledger"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "sponsored_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advertiser_id" uuid NOT NULL,
	"name" text NOT NULL,
	"subject_template" text NOT NULL,
	"body_template" text NOT NULL,
	"cta_label" text NOT NULL,
	"cta_url" text NOT NULL,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"title_terms" text[] DEFAULT '{}' NOT NULL,
	"companies" text[] DEFAULT '{}' NOT NULL,
	"status" "sponsored_status" DEFAULT 'draft' NOT NULL,
	"price_per_send_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"budget_cents" integer DEFAULT 0 NOT NULL,
	"spent_cents" integer DEFAULT 0 NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"audience_size" integer,
	"excluded_opted_out" integer,
	"excluded_refuses_inmail" integer,
	"excluded_blocked" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"launched_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "sponsored_campaigns_money" CHECK ("sponsored_campaigns"."spent_cents" >= 0 and "sponsored_campaigns"."spent_cents" <= "sponsored_campaigns"."budget_cents" and "sponsored_campaigns"."delivered" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sponsored_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"price_cents" integer NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"not_interested_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sponsored_member_locks" (
	"member_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsored_policy" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"min_audience_size" integer NOT NULL,
	"member_cap_count" integer NOT NULL,
	"member_cap_days" integer NOT NULL,
	"price_per_send_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"min_budget_cents" integer NOT NULL,
	"max_budget_cents" integer NOT NULL,
	"subject_max_characters" integer NOT NULL,
	"body_max_characters" integer NOT NULL,
	"cta_max_characters" integer NOT NULL,
	"name_max_characters" integer NOT NULL,
	CONSTRAINT "sponsored_policy_single_row" CHECK ("sponsored_policy"."id"),
	CONSTRAINT "sponsored_policy_positive" CHECK ("sponsored_policy"."min_audience_size" > 0 and "sponsored_policy"."member_cap_count" > 0 and "sponsored_policy"."member_cap_days" > 0
        and "sponsored_policy"."price_per_send_cents" > 0 and "sponsored_policy"."min_budget_cents" >= "sponsored_policy"."price_per_send_cents"
        and "sponsored_policy"."max_budget_cents" >= "sponsored_policy"."min_budget_cents")
);
--> statement-breakpoint
CREATE TABLE "sponsored_stops" (
	"member_id" uuid NOT NULL,
	"advertiser_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sponsored_stops_member_id_advertiser_id_pk" PRIMARY KEY("member_id","advertiser_id")
);
--> statement-breakpoint
ALTER TABLE "credit_orders" DROP CONSTRAINT "credit_orders_credits_range";--> statement-breakpoint
ALTER TABLE "credit_orders" ADD COLUMN "purpose" text DEFAULT 'credits' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_orders" ADD COLUMN "sponsored_campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "communication_settings" ADD COLUMN "sponsored_messages" boolean;--> statement-breakpoint
ALTER TABLE "ad_accounts" ADD CONSTRAINT "ad_accounts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_ledger" ADD CONSTRAINT "ad_ledger_advertiser_id_members_id_fk" FOREIGN KEY ("advertiser_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_ledger" ADD CONSTRAINT "ad_ledger_campaign_id_sponsored_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."sponsored_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_campaigns" ADD CONSTRAINT "sponsored_campaigns_advertiser_id_members_id_fk" FOREIGN KEY ("advertiser_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_deliveries" ADD CONSTRAINT "sponsored_deliveries_campaign_id_sponsored_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."sponsored_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_deliveries" ADD CONSTRAINT "sponsored_deliveries_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_member_locks" ADD CONSTRAINT "sponsored_member_locks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_stops" ADD CONSTRAINT "sponsored_stops_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_stops" ADD CONSTRAINT "sponsored_stops_advertiser_id_members_id_fk" FOREIGN KEY ("advertiser_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ad_ledger_order_key" ON "ad_ledger" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_ledger_delivery_key" ON "ad_ledger" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "ad_ledger_campaign_idx" ON "ad_ledger" USING btree ("campaign_id","id");--> statement-breakpoint
CREATE INDEX "ad_ledger_advertiser_idx" ON "ad_ledger" USING btree ("advertiser_id","id");--> statement-breakpoint
CREATE INDEX "sponsored_campaigns_advertiser_idx" ON "sponsored_campaigns" USING btree ("advertiser_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "sponsored_campaigns_active_idx" ON "sponsored_campaigns" USING btree ("launched_at","id") WHERE "sponsored_campaigns"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "sponsored_deliveries_campaign_member_key" ON "sponsored_deliveries" USING btree ("campaign_id","member_id");--> statement-breakpoint
CREATE INDEX "sponsored_deliveries_member_idx" ON "sponsored_deliveries" USING btree ("member_id","delivered_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "sponsored_deliveries_campaign_idx" ON "sponsored_deliveries" USING btree ("campaign_id","delivered_at","id");--> statement-breakpoint
ALTER TABLE "credit_orders" ADD CONSTRAINT "credit_orders_sponsored_campaign_id_sponsored_campaigns_id_fk" FOREIGN KEY ("sponsored_campaign_id") REFERENCES "public"."sponsored_campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_orders" ADD CONSTRAINT "credit_orders_credits_range" CHECK (("credit_orders"."purpose" = 'credits' and "credit_orders"."credits" between 1 and 10)
        or ("credit_orders"."purpose" = 'sponsored_budget' and "credit_orders"."credits" = 0));--> statement-breakpoint
-- The numbers of Sponsored InMail; change them here (or in the row), not in code.
INSERT INTO "sponsored_policy" ("id", "min_audience_size", "member_cap_count", "member_cap_days", "price_per_send_cents", "currency", "min_budget_cents", "max_budget_cents", "subject_max_characters", "body_max_characters", "cta_max_characters", "name_max_characters")
VALUES (true, 300, 1, 30, 80, 'usd', 1000, 1000000, 60, 1500, 20, 80) ON CONFLICT ("id") DO NOTHING;
