-- Applied after every other object: the analyst role reads everything in core and mart, including
-- the views and marts just re-created (ALTER DEFAULT PRIVILEGES in 0005 covers only objects made by
-- the role that ran it; the upgrade may run as another).  Idempotent.
GRANT USAGE ON SCHEMA core, mart TO analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA core, mart TO analyst;
