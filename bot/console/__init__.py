"""The coordinators' web console: log in by link, edit, check, try, publish and roll back flows and knowledge,
manage helpers, read the statistics. Served under /console by the web chat's app; see docs/console.md."""
