"""python -m lkj_xl and the lkj-xl script (``run``): the command line."""

import os

EXIT_INTERRUPTED = 130  # lkj_xl.errors.EXIT_INTERRUPTED; not imported: nothing may come before run()


def _exit_quietly(signum, frame) -> None:
    """Ctrl-C while no command runs (the CLI still importing its modules, or done): nothing is being
    written, so exit at once with 130 instead of a KeyboardInterrupt traceback from an import."""
    # No flush of sys.stdout: click.echo flushed what was said, and a pipe nobody reads (| less,
    # paused) would block the flush, and Ctrl-C with it.
    from contextlib import suppress  # imported here: nothing before run() but what it needs

    with suppress(OSError):  # stderr closed: nothing more to say
        os.write(2, b"\ninterrupted\n" if os.isatty(2) else b"interrupted\n")
    os._exit(EXIT_INTERRUPTED)


def run() -> None:
    """The entry point. Ctrl-C is quiet from its first line: the C module _signal because `signal`
    spends milliseconds building enums, in which Ctrl-C would still be a traceback. Only here: a
    program importing lkj_xl keeps its own Ctrl-C. While a command runs, Ctrl-C raises
    KeyboardInterrupt (cli_signals.signals_unwind), which removes its temporary files on the way out."""
    import _signal

    _signal.signal(_signal.SIGINT, _exit_quietly)
    from lkj_xl.cli import main

    main()


if __name__ == "__main__":
    run()
