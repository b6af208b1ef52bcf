"""The analyst questions shown in the README ("Query the warehouse"), with their SQL.

The README section is generated from this list (`python -m antara_testkit.readme_queries`), the tests
run every query as an analyst login against the fixture warehouse, and bench/marts_bench.py times
them on 100,000 articles: what the README promises is what is tested and measured.
"""

from __future__ import annotations

from typing import NamedTuple


class ReadmeQuery(NamedTuple):
    title: str
    sql: str


QUERIES = [
    ReadmeQuery(
        "Who edited the most translated wire stories in 2024?",
        """
SELECT person AS editor, sum(wire_translated_articles) AS translated_wire_stories
FROM mart.person_role_monthly
WHERE role = 'editor' AND month >= DATE '2024-01-01' AND month < DATE '2025-01-01'
GROUP BY person_id, person
HAVING sum(wire_translated_articles) > 0
ORDER BY translated_wire_stories DESC, editor
LIMIT 10;
""",
    ),
    ReadmeQuery(
        "Which organisations appear most often with Joko Widodo?",
        """
SELECT org.canonical_name AS organisation, pair.articles, pair.first_month, pair.last_month
FROM core.entity person
JOIN mart.entity_pair pair ON person.entity_id IN (pair.entity_a_id, pair.entity_b_id)
JOIN core.entity org
  ON org.entity_id = CASE WHEN pair.entity_a_id = person.entity_id THEN pair.entity_b_id ELSE pair.entity_a_id END
WHERE person.entity_type = 'PER' AND person.canonical_name = 'Joko Widodo'
  AND org.entity_type = 'ORG'
ORDER BY pair.articles DESC, organisation
LIMIT 10;
""",
    ),
    ReadmeQuery(
        "Which articles mentioned NATO in April 2024 (by any of its names)?",
        """
SELECT a.article_id, coalesce(a.published_date, a.published_month) AS published, a.lead, count(*) AS mentions
FROM core.entity_alias alias
JOIN core.entity_mention m USING (entity_id)
JOIN core.article a USING (article_id)
WHERE lower(alias.alias) = 'nato'
  AND a.published_month = DATE '2024-04-01'
GROUP BY a.article_id
ORDER BY mentions DESC, a.article_id
LIMIT 20;
""",
    ),
    ReadmeQuery(
        "Which places file the most stories in each province?",
        """
SELECT province_code, place, articles
FROM (
    SELECT province_code, place, sum(articles) AS articles,
           row_number() OVER (PARTITION BY province_code ORDER BY sum(articles) DESC, place) AS n
    FROM mart.dateline_place_monthly
    WHERE province_code IS NOT NULL
    GROUP BY province_code, place
) ranked
WHERE n <= 3
ORDER BY province_code, n;
""",
    ),
    ReadmeQuery(
        "Who and what is in the news from Central Java (ID-JT)?",
        """
SELECT rank_in_province, entity_type, canonical_name, articles, mentions
FROM mart.entity_by_province
WHERE province_code = 'ID-JT'
ORDER BY rank_in_province
LIMIT 10;
""",
    ),
    ReadmeQuery(
        "How many stories did each reporter file per month in 2024?",
        """
SELECT person AS reporter, month, articles
FROM mart.person_role_monthly
WHERE role = 'reporter' AND month >= DATE '2024-01-01' AND month < DATE '2025-01-01'
ORDER BY reporter, month;
""",
    ),
    ReadmeQuery(
        "What share of each month's translated wire stories came from each agency?",
        """
SELECT month, source, translated_articles, share_of_translated, share_of_month
FROM mart.wire_source_monthly
WHERE translated_articles > 0
ORDER BY month, share_of_translated DESC, source;
""",
    ),
    ReadmeQuery(
        "How often was Joko Widodo in the news, month by month?",
        """
SELECT m.month, m.articles, m.mentions
FROM core.entity e
JOIN mart.entity_mentions_monthly m USING (entity_id)
WHERE e.entity_type = 'PER' AND e.canonical_name = 'Joko Widodo'
ORDER BY m.month;
""",
    ),
    ReadmeQuery(
        "Full-text search: articles about building dams (any form of `bangun`)",
        """
SELECT article_id, published_month, lead, headline
FROM mart.search_articles('pembangunan bendungan', 10);
""",
    ),
    ReadmeQuery(
        "Which files were held back, and why?",
        """
SELECT reason, count(*) AS files, max(r.started_at) AS last_seen
FROM ingest.raw_file f
JOIN ingest.run r ON r.run_id = f.last_run_id
WHERE f.status = 'quarantined'
GROUP BY reason
ORDER BY files DESC, reason;
""",
    ),
]


def markdown() -> str:
    """The README section "Query the warehouse", built from QUERIES."""
    parts = [
        "## Query the warehouse",
        "",
        "Analysts connect as their own login, a member of the read-only `analyst` role (it reads `core`, `mart`",
        "and the ingest ledger `ingest.run`/`ingest.raw_file`, and can change nothing). To create one by hand:",
        "",
        "```sql",
        "CREATE ROLE dewi LOGIN PASSWORD 'choose-a-password' IN ROLE analyst;",
        "```",
        "",
        (
            "or from Python, without the password reaching any log: "
            "`etl.warehouse.marts.create_analyst_login(engine, 'dewi', password)`."
        ),
        "",
        "The `mart` schema holds materialised views refreshed after every ingest (`antara-etl marts refresh`):",
        "entity mentions per day and month, top entities per dateline place and province, entity co-occurrence,",
        "credits per person and month, wire-source shares, and `mart.search_articles(query, max_results)` for",
        'Indonesian full-text search (stemmed, stop words ignored, web-search syntax: `"frase"`, `or`, `-kata`;',
        "a query matching more than 5,000 articles ranks the newest 5,000).",
        "",
    ]
    for query in QUERIES:
        parts += [f"**{query.title}**", "", "```sql", query.sql.strip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(markdown())
