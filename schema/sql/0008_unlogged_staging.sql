-- 0008 unlogged staging: staging tables skip the write-ahead log.
--
-- Every published row is written twice, into staging (for the audit) and then into core; logging
-- the staging copy made the load about twice as expensive as it needs to be.  UNLOGGED tables are
-- as durable as any across a clean shutdown, but PostgreSQL empties them after a crash of the
-- server (and does not replicate them).  Nothing is lost then: a batch in staging was never
-- published, so its files are not in the ledger and the next run reads, stages and audits them
-- again; quality.* keeps every audit result, and a release (quality.batch_override) stays on record
-- but must be given again for the re-staged batch.  Children first: a logged table may not
-- reference an unlogged one.
ALTER TABLE staging.file SET UNLOGGED;
ALTER TABLE staging.article SET UNLOGGED;
ALTER TABLE staging.article_credit SET UNLOGGED;
ALTER TABLE staging.related_headline SET UNLOGGED;
ALTER TABLE staging.entity_mention SET UNLOGGED;
ALTER TABLE staging.article_entity SET UNLOGGED;
ALTER TABLE staging.batch SET UNLOGGED;
