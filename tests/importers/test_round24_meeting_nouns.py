"""Talks named by a noun with whom they were held, in a quotation's credit (round 24): "a
souligné X le 28 janvier à l'issue d'une entrevue avec son homologue Y", "sagte X nach einer
Unterredung mit Y": the release reports a meeting."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_une_entrevue_avec_son_homologue_est_une_rencontre() -> None:
    found = draft(
        "Visite de travail du Premier ministre norlandais, Olav Brenning",
        '"La Selonie et la Norlande ne sont pas deux pays voisins, mais deux pays amis", a '
        "souligné Karl Wendel le 28 janvier 2019 à l’issue d’une entrevue avec son homologue "
        "norlandais Olav Brenning, entrevue consacrée aux sujets européens.",
        "Pour le nouveau Premier ministre norlandais, il s’agissait du premier déplacement "
        'officiel à l’étranger. "Ce choix prouve que les relations entre les deux pays sont '
        'excellentes", a dit Karl Wendel devant la presse.',
    )
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date == date(2019, 1, 28)


def test_nach_einer_unterredung_mit_dem_botschafter() -> None:
    found = draft(
        "Ministerpräsident empfängt Botschafter",
        "„Norland und Selonien sind enge Freunde“, sagte Ministerpräsident Karl Wendel am "
        "28. Januar 2019 nach einer Unterredung mit dem norländischen Botschafter Olav Brenning "
        "in Brio.",
        "Es ging um Häfen und Handel.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date == date(2019, 1, 28)
