"""``python -m stance …`` runs the command line."""

from .cli import script_main

if __name__ == "__main__":
    raise SystemExit(script_main())
