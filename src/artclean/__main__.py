"""``python -m artclean``."""

from .cli import main

main(prog_name="artclean")
