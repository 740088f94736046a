-- Counting a sponsored audience reads every member who matches (a few hundred milliseconds at
-- 100,000 members): saving a draft, counting it again and launching it are limited per member.
INSERT INTO "rate_limit_rules" ("name", "points", "duration_seconds", "description") VALUES
  ('sponsored_audience_count', 30, 3600, 'sponsored audience counts (saving, counting again, launching a draft) one member runs per hour')
ON CONFLICT ("name") DO NOTHING;
