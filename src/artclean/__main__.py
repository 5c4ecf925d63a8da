"""``python -m artclean``: the same command line as ``artclean``."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="artclean")
