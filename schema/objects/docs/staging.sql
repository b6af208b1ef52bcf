-- Staging is the pipeline's scratch space between write and publish (not for analysts): tables only.
COMMENT ON SCHEMA staging IS 'Batches written by the transform step and audited before they are published (write-audit-publish); UNLOGGED, emptied on publish.';
COMMENT ON TABLE staging.batch IS 'One staged batch: staged (awaiting or passed its audit), blocked (a critical check failed) or overridden (released).';
COMMENT ON TABLE staging.file IS 'The files of a staged batch, with what the transform made of each.';
COMMENT ON TABLE staging.article IS 'Articles parsed from a staged batch, awaiting audit and publish.';
COMMENT ON TABLE staging.article_credit IS 'Credits of the staged articles (role checked by the audit, not by a key: a bad role is reported, not a crash).';
COMMENT ON TABLE staging.related_headline IS 'Related headlines of the staged articles.';
COMMENT ON TABLE staging.entity_mention IS 'Entity mentions found in the staged articles, resolved to entity keys.';
COMMENT ON TABLE staging.article_entity IS 'Per staged article: the dateline as a place, and the NER model version.';
