"""Data quality: the "audit" of write-audit-publish.

A staged batch is validated with Great Expectations (suites.py) before it is published; results go
to the `quality` schema, a batch with a failed critical expectation is blocked (audit.py).
report.py summarises recent audits; replay.py re-processes quarantined files after a fix;
bench.py measures what the audit costs per batch.

Great Expectations is imported lazily, inside the functions that run it: importing it takes
seconds and DAG files must stay cheap to parse.
"""
