"""Backups in the app: back up now, automatic backups on lock and quit, verify, restore into a new vault, merge."""
