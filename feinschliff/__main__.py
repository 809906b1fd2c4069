from feinschliff.cli.main import main

raise SystemExit(main())
