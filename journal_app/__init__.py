"""Journal: an offline, encrypted diary and checklist for people living in exile."""

__version__ = "0.1.0"
