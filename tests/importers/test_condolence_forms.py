"""Condolences that mention a visit or a call, receptions, and calls received, as releases
tell them: invented sentences in the forms real releases use."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft as _draft


def test_signing_a_book_of_condolences_is_no_meeting() -> None:
    draft = _draft(
        "Secretary-General expressed his condolences for the victims of the attack",
        "3 March 2019, Sampleton",
        "Dr. Omar Example, Secretary-General of the Organisation, visited the office of the "
        "Governor of Sampleton to sign the book of condolences in honour of the victims. He "
        "expressed his heartfelt condolences to their families.",
    )
    assert draft.kind == "statement"
    assert draft.consultation is None


def test_a_condolence_whose_lede_then_reports_a_call_is_the_statement() -> None:
    draft = _draft(
        "Attentat de Sampleville : le gouvernement exprime sa consternation",
        "Exempleville, 15.07.2016 - Le gouvernement condamne avec la plus grande fermeté "
        "l'attentat commis hier soir à Sampleville. Le président, Jean Muster, s'est entretenu "
        "ce matin par téléphone avec le président du pays, Louis Exemple, pour lui faire part de "
        "ses condoléances.",
        "Le gouvernement exprime sa solidarité avec le peuple touché.",
    )
    assert draft.kind == "statement"
    assert draft.consultation is None


def test_a_lede_that_opens_with_the_call_reports_it() -> None:
    draft = _draft(
        "President conveys condolences to his counterpart",
        "President Jean Muster spoke by telephone today with President Louis Exemple to convey "
        "his condolences after the attack in Sampleville.",
        "The two presidents also discussed cooperation against terrorism.",
    )
    assert draft.kind == "readout"
    assert draft.consultation is not None


def test_courtesy_calls_received_today_are_dated_by_the_date_line() -> None:
    draft = _draft(
        "Speaker receives envoys",
        "Sampletown, Thursday, 19 October 2023 - His Excellency Awang Omar Example, Speaker of "
        "the Legislative Council, today received three courtesy calls from the foreign "
        "diplomatic missions at the Legislative Council Building.",
        "His Excellency received courtesy calls from His Excellency Dr. Anna Model, Ambassador "
        "of the Republic of Indonesia, and His Excellency Mr. Tran Van Mau, Ambassador of the "
        "Socialist Republic of Vietnam.",
    )
    assert draft.consultation is not None
    assert draft.consultation.date == date(2023, 10, 19)


def test_guests_greeted_at_a_reception_met_no_one() -> None:
    draft = _draft(
        "Landeshauptmann empfing Botschafter in der Residenz",
        "Rund 40 Botschafter begrüßte Landeshauptmann Hans Muster am 6. September bei einem "
        "Empfang in der Residenz.",
        "„Unser Land ist eine Drehscheibe“, so Landeshauptmann Hans Muster beim international "
        "besetzten Treffen.",
    )
    assert draft.kind == "other"
    assert draft.consultation is None
