"""``python -m ceasewatch``: the same command line as the ``ceasewatch`` script."""

from ceasewatch.cli import main

if __name__ == "__main__":
    main()
