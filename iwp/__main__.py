"""``python -m iwp`` runs the command line."""

from iwp.cli import main

main()
