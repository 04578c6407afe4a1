"""A name another source gives is found after a sentence's opening connective ("But Pell Roe, of ...")."""

from __future__ import annotations

from sourcediff import Article, compare


def _people(texts: dict[str, str]) -> dict[str, set[str]]:
    report = compare([Article.from_text(t, id=k, published="2026-03-09") for k, t in texts.items()])
    return {f.value or f.summary: set(f.sources) for f in report.facts if f.kind.value == "person"}


def test_a_name_after_but_is_the_person_another_source_names() -> None:
    people = _people({
        "a": "Tenants' spokesman Quill Abernoy said the rent rise in Haskett was unfair.",
        "b": "The Haskett rent rise was approved. But Quill Abernoy, of the tenants' union, hit back hard."})
    assert any(sources == {"a", "b"} for name, sources in people.items() if "Abernoy" in name)


def test_a_capitalized_word_that_opens_no_sentence_still_blocks() -> None:
    people = _people({
        "a": "Tenants' spokesman Quill Abernoy said the rent rise in Haskett was unfair.",
        "b": "The Haskett rent rise was approved at the Vale Quill Abernoy hall on Monday."})
    assert all(sources == {"a"} for name, sources in people.items() if "Abernoy" in name)
