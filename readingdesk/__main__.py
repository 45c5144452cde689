"""``python -m readingdesk``."""

from readingdesk.cli import main

raise SystemExit(main())
