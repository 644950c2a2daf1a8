# The mypyc trial of docs/speed.md "Stop 46": run from a copy of the tree (git archive), with
# pyproject.toml moved aside (setuptools validates its licence table) and a mypy.ini of
# [mypy] python_version = 3.11, ignore_missing_imports = True; after source_changes.diff:
#   python setup_mypyc.py build_ext --inplace --build-temp /tmp/btemp
# (JOBS: C files compiled at once; OPT: mypyc opt level; SKIP: module names left pure; SEP=1 separate).
# Not part of the build: setup.py builds no mypyc extension.
import glob, os, sys
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from setuptools._distutils import ccompiler
from mypyc.build import mypycify

def _compile(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False,
             extra_preargs=None, extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
    todo = [o for o in objects if o in build and not (os.path.exists(o) and os.path.getmtime(o) >= os.path.getmtime(build[o][0]))]
    def one(obj):
        src, ext = build[obj]
        self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)
    with ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        list(pool.map(one, todo))
    return objects
ccompiler.CCompiler.compile = _compile

paths = sorted(p for p in glob.glob("lkj_xl/core/*.py") if not p.endswith("__init__.py"))
skip = set(os.environ.get("SKIP", "").split())
paths = [p for p in paths if os.path.basename(p)[:-3] not in skip]
setup(name="lkjc", packages=[], ext_modules=mypycify(paths + ["lkj_xl/errors.py"], opt_level=os.environ.get("OPT", "3"), multi_file=True, separate=os.environ.get("SEP") == "1"))
