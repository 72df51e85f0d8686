import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
# CI: more examples, no deadline (shared machines stall), and the failing
# example printed so that a red run can be reproduced locally.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
