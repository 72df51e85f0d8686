"""The main job from Python: check the bundled 2022 case under both readings.

Run with ``python examples/check_2022.py``. The same as ``polevents check``
and ``polevents check --policy literal``: one library call each,
:meth:`polevents.io.Dataset.check`, whose report prints as the command does.
"""

from __future__ import annotations

from polevents import ReadingPolicy
from polevents.datasets import twitter_space_2022


def main() -> None:
    case = twitter_space_2022()
    for policy in (ReadingPolicy.NEWS, ReadingPolicy.LITERAL):
        report = case.check(policy=policy)
        print(f"Under the {policy.name.upper()} reading:")
        for verdict in report.verdicts():
            print(f"  [{verdict.outcome.name}] {verdict}")
        print()
    print("Timeline:")
    print(case.timeline())


if __name__ == "__main__":
    main()
