"""Pane labels: title, source, date, byline."""

from __future__ import annotations

from readingdesk.corpus import corpus_from_texts
from readingdesk.corpus.metadata import find_date, shorten


def article(text: str, name: str = "story"):
    return corpus_from_texts({name: text}).articles[0]


def test_dateline_names_the_agency_and_the_title_skips_it() -> None:
    a = article("SEOUL, Sept. 12 (Yonhap) -- Kim and Putin were set to hold a summit. More.")
    assert a.source == "Yonhap"
    assert a.title == "Kim and Putin were set to hold a summit."
    # A dateline may give the place's country or state too.
    assert article("NAIROBI, Kenya (Reuters) - A dam burst on Monday. More.").source == "Reuters"
    assert article("CAIRO, Egypt, June 19 (AP) — Talks ended. More.").source == "AP"


def test_a_dateline_alone_on_its_line_names_the_agency() -> None:
    a = article("Jury finds the founder guilty\n\nNew York CNN –\n\nThe founder was found guilty.\n\nMore.")
    assert (a.source, a.title) == ("CNN", "Jury finds the founder guilty")
    assert article("Rates rise\n\nLONDON (Reuters) -\n\nThe bank raised rates.\n\nMore.").source == "Reuters"
    # Capitals after a place further down the story are no agency.
    later = "Rates rise\n\nThe bank raised rates.\n\nMarkets held.\n\nTraders slept.\n\nNew York NYSE –\n\nMore."
    assert article(later, "wire").source == "wire"


def test_source_line_and_headline() -> None:
    a = article("Kim travels to Russia by train\n\nThe leader left on Sunday.\n\nSource: El heraldo")
    assert a.source == "El heraldo"
    assert a.title == "Kim travels to Russia by train"


def test_a_subheading_is_no_title() -> None:
    lede = "The bridge collapsed early Tuesday after a ship struck it."
    plain = article(f"{lede}\n\nHow many people are missing?\n\nSix workers are missing.")
    assert plain.sentences[1].kind == "headline"
    assert plain.title == lede
    marked = article(f"{lede}\n\n## What happened\n\nThe ship lost power.")
    assert marked.title == lede
    # A headline above the lede is the title, even after a picture's caption.
    headed = article(f"![Divers search the river](https://example.com/a.jpg)\n\n# Bridge falls\n\n{lede}")
    assert headed.title == "Bridge falls"


def test_trailing_sign_off_names_the_agency() -> None:
    a = article("The train left on Sunday. It crossed on Tuesday. EFE\nasb/tw")
    assert a.source == "EFE"  # the editor slug after it is no source
    b = article("The train left on Sunday. It crossed on Tuesday.\nAFP")
    assert b.source == "AFP"


def test_source_falls_back_to_the_name() -> None:
    assert article("Kim left on Sunday.", name="efe-story").source == "efe-story"


def test_date_line_and_byline() -> None:
    a = article(" date 2023-09-12 (ATTN: ADDS details)\n\nBy Lee Minji\n\nSEOUL (Yonhap) -- Kim left.")
    assert a.date == "2023-09-12"
    assert a.byline == "Lee Minji"


def test_names_and_a_date_alone_under_the_headline_are_byline_and_date() -> None:
    a = article(
        "Quake kills at least 237\n\nRescuers race to reach a girl\n\nSamuel Osborne\n\n"
        "Thursday 21 September 2017 07:26\n\nRescuers worked through the night. More people were found."
    )
    assert [s.kind for s in a.sentences] == ["headline", "headline", "meta", "meta", "body", "body"]
    assert a.byline == "Samuel Osborne"
    assert a.date == "2017-09-21"
    two = article("Quake kills 245\n\nDavid Agren and Doug Stanglin\n\nMEXICO CITY — Police found a girl alive.")
    assert two.byline == "David Agren and Doug Stanglin"
    assert [s.kind for s in two.sentences] == ["headline", "meta", "body"]
    # Once the story has begun, a short line of capitalised words is a subheading, and the
    # first line of an article is its headline, whatever its words.
    later = article("Quake kills 245\n\nRescuers dug all night.\n\nRescue Crews Return\n\nThey came back.")
    assert later.sentences[2].kind == "headline"
    assert article("Rescue Crews Return\n\nThey came back on Monday.").title == "Rescue Crews Return"
    # Capitalised words that close a page are no byline.
    assert article("Quake kills 245\n\nRescuers dug all night.\n\nSponsored Content").byline is None
    # Writers' names under a one-sentence standfirst, and their outlet under them, as the
    # segmenter reads them.
    under = article(
        "Quake kills 245\n\nRescuers dug all night.\n\nLia Russell, Dillon Mullan\n\nBaltimore Sun\n\nThey came."
    )
    assert under.byline == "Lia Russell, Dillon Mullan"


def test_date_from_the_text_and_leading_date_left_out_of_the_title() -> None:
    a = article("Tuesday, September 12, 2023 – Kim has arrived in Russia ahead of a meeting.")
    assert a.date == "2023-09-12"
    assert a.title == "Kim has arrived in Russia ahead of a meeting."


def test_find_date_shapes() -> None:
    assert find_date("on April 25, 2019, in this photo") == "2019-04-25"
    assert find_date("on 3 Sept. 2021 at noon") == "2021-09-03"
    assert find_date("Sept. 12 (Yonhap)") is None
    assert find_date("2023-13-45") is None


def test_long_lead_is_shortened_at_a_word() -> None:
    title = shorten("word " * 40)
    assert title.endswith("…") and len(title) <= 90 and "  " not in title


def test_a_long_headline_is_the_title_in_full_and_a_long_lead_is_cut() -> None:
    headline = "US approves first vaccine for RSV, a virus that kills thousands of older Americans each year"
    assert len(headline) > 90
    assert article(f"{headline}\n\nThe agency approved it on Wednesday. More.").title == headline
    front = f"---\ntitle: {headline}\n---\n\nThe agency approved it on Wednesday."
    assert article(front).title == headline
    lead = "The agency approved the first vaccine against the virus on Wednesday for adults aged sixty and older."
    assert article(f"{lead} More.").title.endswith("…")


def test_a_headline_with_stops_inside_is_one_headline_and_the_whole_title() -> None:
    for headline in (
        "Bam! NASA spacecraft crashes into asteroid",
        "Dove or hawk? Fed chair braces America for more",
        "This Boeing lost its door plug in flight. The impact ripped headrests off seats and a shirt off a passenger",
    ):
        a = article(f"{headline}\n\nThe spacecraft hit the asteroid on Monday. More.")
        assert a.title == headline
        first = a.sentences[0]
        assert (first.kind, a.sentence_text(first)) == ("headline", headline)
    # A lead of two sentences is still two sentences of the story.
    lead = article("The craft hit. It broke apart on impact, engineers said.\n\nMore.")
    assert [s.kind for s in lead.sentences] == ["body", "body", "body"]


def test_a_section_label_above_the_headline_and_an_agency_without_a_place() -> None:
    a = article("Politics\n\nBiden withdraws from the race\n\nPresident Joe Biden withdrew on Sunday. More.")
    assert a.title == "Biden withdraws from the race"
    assert (a.sentence_text(a.sentences[0]), a.sentences[0].kind) == ("Politics", "meta")
    wire = article("Biden quits\n\n(AP) — President Joe Biden dropped out of the race on Sunday.\n\nMore.")
    assert wire.source == "AP"


def test_a_sentence_credited_to_a_photographer_is_a_caption() -> None:
    a = article("Biden quits\n\nHe spoke on Sunday.\n\nUS President Joe Biden. Credit: Bloomberg\n\nMore.")
    kinds = [(a.sentence_text(s), s.kind) for s in a.sentences]
    assert ("US President Joe Biden.", "caption") in kinds and ("Credit: Bloomberg", "meta") in kinds
    # So is a line credited after a bar to a picture agency.
    b = article("Biden quits\n\nHe spoke on Sunday.\n\nPresident Joe Biden | Shutterstock\n\nMore.")
    assert ("President Joe Biden | Shutterstock", "caption") in [(b.sentence_text(s), s.kind) for s in b.sentences]


def test_seed_labels(seed_corpus) -> None:
    labels = {a.id[:3]: (a.source, a.date, a.byline) for a in seed_corpus.articles}
    assert labels["000"][0] == "EFE"
    assert labels["003"][0] == "El heraldo"
    assert labels["004"] == ("Yonhap", "2023-09-12", "Lee Minji")
    assert labels["002"][1] == "2023-09-12"


def test_a_writer_and_where_they_file_from_under_a_standfirst_are_the_byline() -> None:
    filed = article(
        "Trump found guilty on all 34 counts\n\n*Ex-president: This was a rigged trial\n\n"
        "Emmanuel Addeh in Abuja\n\nA jury in Manhattan found Trump guilty."
    )
    assert filed.byline == "Emmanuel Addeh in Abuja"
    assert [s.kind for s in filed.sentences] == ["headline", "body", "meta", "body"]


def test_a_dateline_of_two_agencies_names_them_and_is_no_caption() -> None:
    a = article("(WJW / AP) – A New York jury found Donald Trump guilty on Thursday.\n\nHe will appeal.")
    assert a.source == "WJW / AP"
    assert [s.kind for s in a.sentences] == ["body", "body"]
