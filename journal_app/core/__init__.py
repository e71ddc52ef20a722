"""The core of Journal: vault, journal and search. Plain Python, no Qt."""
