"""Coverage-guided fuzzing of the readers with atheris: ``make fuzz``.

Each target in ``targets.py`` runs for ``--seconds`` (default 30) starting
from its seed corpus in ``fuzz/corpus/<target>/`` (kept in the repository;
new inputs atheris finds go to a scratch copy, not into the repository). A
crash prints the input and exits non-zero: turn it into a test in
``tests/test_fuzz.py`` before fixing it.

    python fuzz/run.py                 # every target, 30 s each
    python fuzz/run.py span_parse --seconds 300
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fuzz_one(name: str, seconds: int) -> int:
    """Run one target in a child process (atheris takes over the process)."""
    seeds = HERE / "corpus" / name
    with tempfile.TemporaryDirectory(prefix=f"polevents-fuzz-{name}-") as scratch:
        work = Path(scratch) / "corpus"
        if seeds.is_dir():
            shutil.copytree(seeds, work)
        else:
            work.mkdir()
        code = (
            "import sys, atheris\n"
            f"sys.path.insert(0, {str(HERE)!r})\n"
            "with atheris.instrument_imports():\n"
            "    import polevents, polevents.io, targets\n"
            "from polevents.errors import PolEventsError\n"
            f"target = targets.TARGETS[{name!r}]\n"
            "def one(data):\n"
            "    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)\n"
            "    try:\n"
            "        target(text)\n"
            "    except PolEventsError:\n"
            "        pass\n"
            "atheris.Setup(sys.argv, one)\n"
            "atheris.Fuzz()\n"
        )
        findings = HERE / "findings"
        findings.mkdir(exist_ok=True)
        args = [
            sys.executable,
            "-c",
            code,
            f"-max_total_time={seconds}",
            "-rss_limit_mb=4096",
            f"-artifact_prefix={findings}/{name}-",
        ]
        print(f"fuzz: {name} for {seconds} s", flush=True)
        return subprocess.run([*args, str(work)], check=False).returncode


def main() -> int:
    sys.path.insert(0, str(HERE))
    from targets import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help="any of: " + ", ".join(TARGETS))
    parser.add_argument("--seconds", type=int, default=30)
    options = parser.parse_args()
    unknown = sorted(set(options.targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown targets {unknown}; expected any of {', '.join(TARGETS)}")
    failed = [name for name in options.targets or TARGETS if fuzz_one(name, options.seconds)]
    if failed:
        print("fuzz: findings in " + ", ".join(failed), file=sys.stderr)
        return 1
    print("fuzz: no findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
