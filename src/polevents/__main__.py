"""``python -m polevents``: the same as the ``polevents`` command."""

from polevents.cli import main

raise SystemExit(main())
