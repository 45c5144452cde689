"""Word boundaries for choosing an excerpt word by word: any white space separates words."""

from __future__ import annotations

from readingdesk.ui.words import next_word_start, previous_word_end, word_end, word_start

# A sentence inside a longer text: its span is 4..40, and a no-break space and a tab are spaces.
TEXT = "xxx The armored\u00a0train crossed\tthe river. yyy"
LOW, HIGH = 4, 40


def test_the_word_around_an_offset() -> None:
    inside_train = TEXT.index("rain")
    assert TEXT[word_start(TEXT, LOW, inside_train) : word_end(TEXT, inside_train, HIGH)] == "train"
    assert word_start(TEXT, LOW, LOW + 1) == LOW  # the first word starts at the sentence's start
    assert word_end(TEXT, TEXT.index("river"), HIGH) == HIGH  # the last ends at its end


def test_one_word_more_or_less() -> None:
    assert TEXT[next_word_start(TEXT, LOW, HIGH) :].startswith("armored")
    assert TEXT[next_word_start(TEXT, TEXT.index("crossed"), HIGH) :].startswith("the river")
    assert next_word_start(TEXT, TEXT.index("river"), HIGH) == HIGH
    assert TEXT[LOW : previous_word_end(TEXT, LOW, HIGH)] == "The armored\u00a0train crossed\tthe"
    assert previous_word_end(TEXT, LOW, TEXT.index(" armored")) == LOW  # no word is left
