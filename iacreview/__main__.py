from iacreview.cli import main

raise SystemExit(main())
