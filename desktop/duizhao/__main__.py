from duizhao.cli import main

raise SystemExit(main())
