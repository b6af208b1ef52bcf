"""Test and benchmark tooling for the ANTARA warehouse: not part of the product.

Installed with the ``test`` extra (``pip install -e ".[test]"``); ``pip install .`` leaves it out.
``tests/`` and ``bench/`` import it and never each other.

- ``generator``: reproducible raw corpora with exact ground truth (``python -m antara_testkit.generator``);
- ``faults``: private PostgreSQL servers, migrated templates, CLI runs in subprocesses, table checksums;
- ``hostile``: the hostile-input corpus and its expectations;
- ``readme_queries``: the analyst queries README shows, with their expected shapes;
- ``airflow_corpus``: small corpora for the Airflow tests.
"""
