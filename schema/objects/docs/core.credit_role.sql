COMMENT ON TABLE core.credit_role IS 'The credit roles and the labels ANTARA prints for them; rows come from etl/vocabulary.py (re-seeded by db upgrade).';
COMMENT ON COLUMN core.credit_role.role IS 'The role as stored in core.article_credit.role.';
COMMENT ON COLUMN core.credit_role.label_indonesian IS 'The label the Indonesian edition prints today (`Pewarta`).';
COMMENT ON COLUMN core.credit_role.label_english IS 'The label the English edition prints today (`Reporter`).';
COMMENT ON COLUMN core.credit_role.labels IS 'Every label the parser accepts for the role (case variants aside).';
COMMENT ON COLUMN core.credit_role.position IS 'The order credit lines usually come in, from 1.';
