"""Qt Widgets user interface over the core."""
