"""The pages shown before the journal is open: first run, create the vault, unlock."""
