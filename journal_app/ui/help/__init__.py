"""Help: the user guide, the keyboard shortcuts and About."""
