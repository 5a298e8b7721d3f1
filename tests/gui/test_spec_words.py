"""The window held to the vendor's documents (shared/spec): the SDK token's liveness_timeout by liveness type, an H5
session's liveness details, a session with only ID card scores, a session's failed comparison, v3's own error words,
both request_ids of a web session, and get_result's default images."""

from __future__ import annotations

import pytest

from faceid_console.api import LivenessType
from faceid_console.ui.main_window import MainWindow


@pytest.mark.parametrize(("kind", "default"), [
    (LivenessType.MEGLIVE, 10), (LivenessType.STILL, 60), (LivenessType.FLASH, None), (LivenessType.RAW_IMAGE, None),
], ids=["meglive", "still", "flash", "raw_image"])
def test_liveness_timeout_is_offered_and_sent_only_for_the_types_it_times_with_their_default(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, kind: LivenessType, default: int | None) -> None:
    """liveness_timeout=10, labelled "default 10", was sent for every liveness_type: get_biz_token documents it for
    action liveness (default 10) and silent liveness (default 60) only; flash has flash_liveness_timeout (default
    120), raw_image no liveness check to time."""
    page = window.token_page
    page.liveness_box.setCurrentIndex(page.liveness_box.findData(kind))
    spin, label = page.int_edits["liveness_timeout"], page.int_labels["liveness_timeout"]
    request = page.build_request()
    assert request.liveness_timeout == default
    assert ("liveness_timeout" in request.form_fields()) == (default is not None)
    assert spin.isVisibleTo(page) == label.isVisibleTo(page) == (default is not None)
    if default is not None:
        assert (spin.value(), label.text()) == (default, f"liveness_timeout (5–60, default {default}):")
    assert request.flash_liveness_timeout == (120 if kind is LivenessType.FLASH else None)
