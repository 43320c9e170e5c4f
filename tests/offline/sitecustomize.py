"""Run by Python at start in every process the tests start: no network for them either."""

import offline_guard

offline_guard.install()
