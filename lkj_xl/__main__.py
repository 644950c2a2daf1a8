"""python -m lkj_xl: the lkj-xl command line."""

from .cli import main

main()
