COMMENT ON TABLE core.entity_review IS 'Entity pairs that may be one (person spelling variants: same last name and word count, first words sharing three letters) that no rule merged: for an analyst to decide.';
COMMENT ON COLUMN core.entity_review.entity_id IS 'One entity of the pair (the smaller id).';
COMMENT ON COLUMN core.entity_review.other_entity_id IS 'The other entity (the larger id).';
COMMENT ON COLUMN core.entity_review.reason IS 'Why the pair is listed (`person spelling`).';
COMMENT ON COLUMN core.entity_review.first_run_id IS 'The run that listed it.';
COMMENT ON COLUMN core.entity_review.decision IS 'The analyst''s decision: `same` or `different`; NULL until reviewed.';
COMMENT ON COLUMN core.entity_review.decided_at IS 'When the analyst decided.';
