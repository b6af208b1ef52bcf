"""Adding a credit role is one entry in etl/vocabulary.py: the parser, the Role enum, the audit, the
generator's labels and core.credit_role (seeded by the upgrade) all follow it, with no migration."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import sqlalchemy as sa

from etl import vocabulary
from etl.records import Role
from etl.warehouse.migrate import credit_role_rows
from tests.conftest import REPO

# Run in a fresh interpreter: the parser builds its patterns from the vocabulary at import time.
ADD_PENYUNTING = textwrap.dedent(
    """
    import datetime, json, sys
    from etl import vocabulary
    vocabulary.CREDIT_LABELS += (vocabulary.CreditLabel("copy_editor", ("Penyunting",), ("Copy editor",)),)
    vocabulary.CREDIT_ROLES += ("copy_editor",)

    from etl.pipeline import ingest
    from etl.records import Role
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade
    import sqlalchemy as sa

    url, root = sys.argv[1:3]
    engine = create_engine(url)
    upgrade(engine)  # the warehouse is at head already: only the new role's row is seeded
    summary = ingest(root, engine, as_of=datetime.date(2026, 11, 29), workers=1)
    with engine.connect() as conn:
        credits = conn.execute(sa.text(
            "SELECT c.role, p.name, r.label_indonesian FROM core.article_credit c"
            " JOIN core.person p USING (person_id) JOIN core.credit_role r USING (role) ORDER BY c.position"
        )).all()
    with engine.connect() as conn:
        ledger = [list(r) for r in conn.execute(sa.text("SELECT status, reason, message FROM ingest.raw_file"))]
    print(json.dumps({"role": Role.COPY_EDITOR.value, "loaded": summary.loaded, "ledger": ledger, "credits": [list(c) for c in credits]}))
    """
)


def test_adding_a_credit_role_is_one_vocabulary_entry(warehouse_url, tmp_path):
    article = (
        " date 2024-03 Semarang (ANTARA) - Dinas pertanian kota mencatat panen padi berlangsung lancar."
        "Petani di kecamatan itu menanam varietas baru yang tahan hama.\n\n"
        "Pewarta: Budi Santoso\n\nPenyunting: Sari Wulandari\n\nEditor: Rina Wulandari\n\n"
    )
    (tmp_path / "in" / "2024" / "03").mkdir(parents=True)
    (tmp_path / "in" / "2024" / "03" / "antara_000001.txt").write_text(article, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", ADD_PENYUNTING, warehouse_url, str(tmp_path / "in")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["role"] == "copy_editor" and result["loaded"] == 1, result["ledger"]
    assert result["credits"] == [
        ["reporter", "Budi Santoso", "Pewarta"],
        ["copy_editor", "Sari Wulandari", "Penyunting"],
        ["editor", "Rina Wulandari", "Editor"],
    ]


def test_roles_enum_and_lookup_rows_come_from_the_vocabulary():
    assert [r.value for r in Role] == list(vocabulary.CREDIT_ROLES)
    assert [row["role"] for row in credit_role_rows()] == list(vocabulary.CREDIT_ROLES)
    assert {row["role"]: row["label_indonesian"] for row in credit_role_rows()}["reporter"] == "Pewarta"


def test_the_generator_writes_the_labels_of_the_vocabulary():
    from antara_testkit.generator.article import _LABELS

    for label in vocabulary.CREDIT_LABELS:
        assert _LABELS["id"][label.role] == label.indonesian[0]
        assert _LABELS["en"][label.role] == label.english[0]


def test_a_warehouse_refuses_a_credit_role_outside_the_vocabulary(warehouse):
    with warehouse.connect() as conn:
        fk = conn.execute(
            sa.text(
                "SELECT confrelid::regclass::text FROM pg_constraint"
                " WHERE conrelid = 'core.article_credit'::regclass AND contype = 'f' AND conname = 'article_credit_role_fkey'"
            )
        ).scalar()
    assert fk == "core.credit_role"
