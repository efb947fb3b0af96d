"""``python -m briefing`` runs the same command line as the ``briefing`` script."""

from briefing.cli import main

main()
