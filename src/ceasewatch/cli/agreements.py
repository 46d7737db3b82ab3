"""Commands of this group are registered on ceasewatch.cli.app.main."""
