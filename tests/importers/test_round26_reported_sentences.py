"""Two quotations of one speaker parted by a sentence of reported speech (round 26): "“A.” The
Minister added that … . “B,” X concluded." is two statements, not one; the sentence between
them is the writer's account, not the credit of the quotation before it."""

from __future__ import annotations

from tests.importers.drafting import draft


def _heads(*paragraphs: str) -> list[tuple[str | None, str]]:
    found = draft(*paragraphs)
    return [(s.speaker.name if s.speaker else None, s.text[:12]) for s in found.statements]


def test_added_that_parts_two_quotations() -> None:
    assert _heads(
        "Minister Lind after the talks: a busy spring ahead",
        "This morning, Foreign Minister Eva Lind and her Varland counterpart Karl Moen met in "
        "Brio.",
        "She noted that the ministry will use the winter to prepare. “In spring we will have to "
        "work hard so that the fisheries quarrel is not only named but also settled.” The "
        "Minister added that difficult weeks lie ahead and that a united approach would help "
        "the ministry succeed. “As I said in parliament last week, the time for words is over "
        "and the time for work has come,” Ms Lind concluded, thanking her guest.",
    ) == [("Eva Lind", "In spring we"), ("Eva Lind", "As I said in")]


def test_fuegte_hinzu_dass_parts_two_quotations() -> None:
    assert _heads(
        "Ministerin Lind nach den Gesprächen",
        "Außenministerin Eva Lind und ihr Amtskollege Karl Moen trafen sich am Morgen in Brio.",
        "Sie betonte, dass das Ministerium den Winter zur Vorbereitung nutzen werde. „Im "
        "Frühjahr müssen wir hart arbeiten, damit der Fischereistreit nicht nur benannt, "
        "sondern auch beigelegt wird.“ Die Ministerin fügte hinzu, dass schwierige Wochen "
        "bevorstünden und ein gemeinsames Vorgehen helfen würde. „Wie ich im Parlament gesagt "
        "habe, ist die Zeit der Worte vorbei und die Zeit der Arbeit gekommen“, schloss Lind.",
    ) == [("Eva Lind", "Im Frühjahr "), ("Eva Lind", "Wie ich im P")]


def test_a_ajoute_que_parts_two_quotations() -> None:
    assert _heads(
        "La ministre Lind après les entretiens",
        "La ministre des Affaires étrangères, Eva Lind, et son homologue Karl Moen se sont "
        "rencontrés ce matin à Brio.",
        "Elle a souligné que le ministère utilisera l'hiver pour se préparer. « Au printemps, "
        "nous devrons travailler dur pour que la querelle de la pêche soit non seulement "
        "nommée mais aussi réglée. » La ministre a ajouté que des semaines difficiles "
        "s'annoncent et qu'une approche commune aiderait le ministère. « Comme je l'ai dit au "
        "Parlement, le temps des mots est passé et celui du travail est venu », a conclu Mme "
        "Lind.",
    ) == [("Eva Lind", "Au printemps"), ("Eva Lind", "Comme je l'a")]


def test_a_plain_credit_between_still_joins() -> None:
    assert _heads(
        "Minister Lind after the talks",
        "Foreign Minister Eva Lind met her Varland counterpart Karl Moen in Brio on Monday.",
        "“In spring we will have to work hard so that the fisheries quarrel is settled at "
        "last.” Lind said. “As I said in parliament last week, the time for words is over.”",
    ) == [("Eva Lind", "In spring we")]
