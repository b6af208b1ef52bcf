COMMENT ON TABLE core.entity_alias IS 'Every name an entity was seen under: the acronym and its expansion, short and full person names.';
COMMENT ON COLUMN core.entity_alias.entity_id IS 'The entity.';
COMMENT ON COLUMN core.entity_alias.alias IS 'One name it was written as (look-ups use lower(alias)).';
