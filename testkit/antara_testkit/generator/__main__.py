"""``python -m antara_testkit.generator OUT_DIR --files N --seed S [--bad]``."""

import sys

from .cli import main

sys.exit(main())
