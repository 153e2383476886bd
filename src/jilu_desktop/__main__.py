from jilu_desktop.cli import main

raise SystemExit(main())
