"""Test-wide settings: hypothesis runs derandomized so that every run checks the same cases."""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "normalize",
    derandomize=True,
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("normalize")
