"""The main job from Python: check the bundled 2022 case under both readings.

Run with ``python examples/check_2022.py``. The same as ``polevents check``
and ``polevents check --policy literal``, in a dozen lines of library code.
"""

from __future__ import annotations

from polevents import ReadingPolicy, RecordBook
from polevents.datasets import twitter_space_2022


def main() -> None:
    case = twitter_space_2022()
    book = RecordBook()
    for record in sorted(case.records, key=lambda r: r.set_on.start):
        book.add(record)
    for policy in (ReadingPolicy.NEWS, ReadingPolicy.LITERAL):
        print(f"Under the {policy.name.upper()} reading:")
        for event in case.events:
            for verdict in book.check(event, policy=policy):
                print(f"  [{verdict.outcome.name}] {verdict}")
        print()


if __name__ == "__main__":
    main()
