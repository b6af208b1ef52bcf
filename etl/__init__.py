"""ANTARA news-data warehouse: every pipeline stage as plain, testable Python."""

__version__ = "0.1.0"

# Bump when parsing changes what a file becomes; stored on every row as lineage.
PARSER_VERSION = "parse-2"  # parse-2: real copies load with flags (issue 11)
