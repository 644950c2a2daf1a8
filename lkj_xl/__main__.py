"""python -m lkj_xl: the lkj-xl command line."""

from lkj_xl.cli import main

main()
