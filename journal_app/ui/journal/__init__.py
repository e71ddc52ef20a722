"""The unlocked workspace: journal list, editor, calendar, tags, search, history and trash."""
