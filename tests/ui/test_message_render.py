"""Domain messages on the screen (issue 13): ``i18n.render`` looks each template up in the
messages catalog built from ``resources/i18n/messages_<lang>.ts`` and fills the parameters in;
the presenter and the pages show what it returns."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from neurohub_desktop import i18n
from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.ids import InvalidBarcode, parse_scan
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.station import Reason, reason_msg
from neurohub_desktop.resources import translations_dir
from neurohub_desktop.ui import errors
from neurohub_desktop.ui.messages import local_name, message_text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The messages catalogs, built from the committed .ts files."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    folder = tmp_path_factory.mktemp("qm")
    for ts in translations_dir().glob("messages_*.ts"):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True
        )
    return folder


def test_a_refusal_reads_korean_with_its_values(built: Path) -> None:
    with pytest.raises(InvalidBarcode) as info:
        parse_scan("PROC-009")
    msg = info.value.msg
    assert (
        i18n.render(msg, "ko", built) == "PROC-009: 이 라인의 공정이 아닙니다 (PROC-001..PROC-008)."
    )
    assert i18n.render(msg, "en", built) == str(msg) == str(info.value)


def test_parameters_that_are_messages_are_translated_too(built: Path) -> None:
    msg = reason_msg(Reason.WRONG_KIND, unit="X-0001", kind="SERIAL", expected="WIP", process="P")
    assert (
        i18n.render(msg, "ko", built)
        == "X-0001은(는) 시리얼입니다. 이 공정(P)에서는 WIP을(를) 스캔하세요."
    )
    with pytest.raises(ce.CriteriaRefused) as refused:
        ce.validated_criteria({"measurements": [1] * 7, "defect_codes": []}, "PROC-003")
    ko = i18n.render(refused.value.msg, "ko", built)
    assert ko.startswith("기준에 문제가 8건 있습니다: 측정 항목 #1은(는) JSON 객체여야 합니다.; ")
    assert ko.endswith("; 외 3건")


def test_english_when_there_is_no_translation(built: Path, tmp_path: Path) -> None:
    msg = Msg("Not in any catalog: {x}", x=[1, 2])
    assert i18n.render(msg, "ko", built) == "Not in any catalog: 1, 2"
    known = Msg("Enter a reason.")
    assert i18n.render(known, "xx", built) == "Enter a reason."  # an unsupported locale
    assert i18n.render(known, "ko", tmp_path) == "Enter a reason."  # no catalog built there
    assert i18n.render(known, "ko_KR", built) == "사유를 입력하세요."


def test_the_presenter_and_the_helper_render_alike() -> None:
    exc = ValidationError(Msg("Enter a reason."), code="REASON_REQUIRED")
    for locale in ("ko", "en"):
        assert errors.error_text(exc, locale) == message_text(exc.msg, locale)
        assert errors.error_text(exc, locale) == i18n.render(exc.msg, locale)
    assert errors.error_text(exc, "en") == "Enter a reason."


def test_local_name_picks_the_column() -> None:
    assert local_name("센서 검사", "Sensor inspection", "ko") == "센서 검사"
    assert local_name("센서 검사", "Sensor inspection", "en") == "Sensor inspection"
    assert local_name("센서 검사", None, "en") == local_name("센서 검사", "", "en") == "센서 검사"
