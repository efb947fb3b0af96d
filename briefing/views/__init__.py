"""Views of a brief: Rich for the terminal, Markdown for pipes (the TUI lives in briefing.tui).

Views render what the brief holds and compute nothing it lacks.
"""
