"""Documents, deadlines, stays and the horizon of what is due: the second workspace of the app."""
