"""Screens: the brief itself, the help screen and the small prompt for a file path."""
