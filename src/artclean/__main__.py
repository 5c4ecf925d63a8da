"""``python -m artclean``: the same command line as ``artclean``."""

from .cli import run

if __name__ == "__main__":
    run()
