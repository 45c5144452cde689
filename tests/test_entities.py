"""Entities: mentions with exact offsets, types, and aliases merged across sources."""

from __future__ import annotations

import re

import pytest

import readingdesk
from readingdesk.analysis.entities import extract_entities
from readingdesk.analysis.entities.capitals import restore_case, written_case
from readingdesk.analysis.entities.gazetteer import demonym_country, is_given_name, known_place
from readingdesk.analysis.entities.mentions import Candidate, blank_market_codes, find_candidates, word_evidence
from readingdesk.corpus import corpus_from_texts
from readingdesk.corpus.segment import in_capitals


def names(text: str) -> list[tuple[str, str | None]]:
    return [(text[c.start : c.end], c.type) for c in find_candidates(text)]


def names_known(text: str, known: frozenset[str]) -> list[tuple[str, str | None]]:
    """Names found where the corpus capitalises the words of ``known`` mid-sentence."""
    return [(text[c.start : c.end], c.type) for c in find_candidates(text, known)]


def entities_of(texts: dict[str, str]):
    return extract_entities(corpus_from_texts(texts).articles)


def entity_named(entities, alias: str):
    found = [e for e in entities if alias in e.aliases]
    assert len(found) == 1, (alias, [e.aliases for e in entities])
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met the Central Committee of the Workers' Party there.",
            "Central Committee of the Workers' Party",
        ),
        ("The train crossed the Korea-Russia Friendship Bridge early.", "Korea-Russia Friendship Bridge"),
        ("They met at the Far Eastern Federal University on Monday.", "Far Eastern Federal University"),
        ("He was accompanied by Foreign Minister Choe Son-hui today.", "Choe Son-hui"),
        ("It was confirmed by President Vladimir Putin on Monday.", "Vladimir Putin"),
        ("It was confirmed by Mr Putin on Monday.", "Putin"),
    ],
)
def test_multi_word_names_with_connectors_and_titles(text: str, expected: str) -> None:
    assert expected in [n for n, _ in names(text)]


def test_titles_weekdays_months_and_nationalities_are_not_names() -> None:
    found = [n for n, _ in names("The North Korean leader met Russian officials on Tuesday in September.")]
    assert found == []
    assert names("The toll from Tuesday's fires and Friday’s storm rose in March.") == []
    found = [n for n, _ in names("It was Foreign Minister Choe Son-hui who spoke.")]
    assert "Foreign Minister Choe Son-hui" not in found and "Choe Son-hui" in found


def test_sentence_initial_capital_is_no_name_unless_known() -> None:
    assert names("Photos published by KCNA show a group.") == [("KCNA", "ORG")]
    text = "Kim left Pyongyang on Sunday."
    assert "Kim" not in [n for n, _ in names(text)]
    assert "Kim" in [text[c.start : c.end] for c in find_candidates(text, frozenset({"Kim"}))]


def test_everyday_words_opening_a_sentence_or_label_are_no_names() -> None:
    # Derived everyday words a little rarer than names a reader would know.
    assert names("Tragically, many victims lived in remote villages.") == []
    assert names("Fatalities were reported in Taroudant.") == [("Taroudant", "PLACE")]
    assert names("Rescuers searched all night.") == []
    # The first word after a label opens the sentence too.
    assert names("Photos: Deadly earthquake kills over 800 people in Morocco") == [("Morocco", "PLACE")]
    # A rare name in first place stays one.
    assert names("Peskov said the talks would go on.") == [("Peskov", None)]
    # So does a news agency, whose name is an everyday word by its frequency alone.
    entities = entities_of({"a": "Reuters said the talks would go on. Bloomberg reported the deal on Monday."})
    assert [(e.name, e.type) for e in entities] == [("Bloomberg", "ORG"), ("Reuters", "ORG")]


def test_a_headline_in_title_case_names_only_its_names() -> None:
    assert names("Update: More Than 820 Dead After Strong Morocco Earthquake") == [("Morocco", "PLACE")]
    text = "Reporters Were Barred From the Republic of Korea"
    assert [text[c.start : c.end] for c in find_candidates(text, frozenset({"Korea"}))] == ["Republic of Korea"]
    # Capitals in such a headline are no evidence that a word is a name elsewhere.
    entities = entities_of({"a": "More Than 800 Dead After Strong Quake Near Marrakesh\n\nStrong tremors were felt."})
    assert [e.name for e in entities] == ["Marrakesh"]
    # Some styles keep longer prepositions in lower case: still title case, and "Says" is no one.
    assert names("Police Officer Says Bridge Fell after Ship Struck It near Baltimore") == [("Baltimore", "PLACE")]
    # A short one has two everyday words, both capitalised: they are no part of the name.
    text = "Sam Bankman-Fried Found Guilty"
    assert [text[c.start : c.end] for c in find_candidates(text, frozenset({"Sam"}))] == ["Sam Bankman-Fried"]


def test_one_word_place_spellings_merge_and_countries_stay_apart() -> None:
    entities = entities_of(
        {
            "a": "Buildings fell in Marrakesh. Aid came from Austria.",
            "b": "The old walls of Marrakech cracked. Aid came from Australia.",
        }
    )
    assert entity_named(entities, "Marrakesh").aliases == ["Marrakech", "Marrakesh"]
    assert entity_named(entities, "Austria") is not entity_named(entities, "Australia")


def test_a_city_named_alone_is_not_its_own_fire_department() -> None:
    entities = entities_of(
        {
            "a": "Baltimore’s bridge collapsed early Tuesday, bringing down the Baltimore bridge in "
            "seconds. The Baltimore City Fire Department said divers were searching.",
            "b": "The Yonhap News Agency said the train had left. Yonhap said it was slow.",
        }
    )
    city = entity_named(entities, "Baltimore")
    department = entity_named(entities, "Baltimore City Fire Department")
    assert city is not department
    assert (city.type, department.type) == ("PLACE", "ORG")
    assert city.aliases == ["Baltimore"] and len(city.mentions) == 2
    # An organisation still goes by its first word where that is no place.
    assert sorted(entity_named(entities, "Yonhap News Agency").aliases) == ["Yonhap", "Yonhap News Agency"]


def test_a_company_named_with_its_web_address_and_legal_form() -> None:
    entities = entities_of(
        {
            "a": "Demand from cloud providers such as Microsoft and Amazon.com Inc remained strong.",
            "b": "Demand from Amazon was strong, and companies like Google, Meta and Oracle bought chips.",
        }
    )
    amazon = entity_named(entities, "Amazon.com Inc")
    assert sorted(amazon.aliases) == ["Amazon", "Amazon.com Inc"] and amazon.type == "ORG"
    # "X and Y Inc" names two firms, and a legal form alone names none.
    assert entity_named(entities, "Microsoft").aliases == ["Microsoft"]
    assert not [e for e in entities if {"Inc", "Microsoft and Amazon.com Inc"} & set(e.aliases)]
    # Every name in a list of examples of firms is a firm's.
    assert {entity_named(entities, name).type for name in ("Microsoft", "Google", "Meta", "Oracle")} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Inter Miami beat Orlando City 3-1 on Wednesday night.", "Orlando City"),
        ("Inter Miami coach Gerardo Martino said the team was learning.", "Inter Miami"),
        ("Fans cheered the Manchester City 2-0 win over Chelsea.", "Manchester City"),
        # A club called by its city's name alone: what sport says around it.
        ("Real Madrid shot their side to a 2-0 win over Barcelona on Saturday.", "Barcelona"),
        ("Bure will miss Saturday's home game against Ottawa.", "Ottawa"),
        ("Portugal called up Porto central defender Joao Pinto on Friday.", "Porto"),
        ("Barcelona were twice denied by the woodwork.", "Barcelona"),
        ("Ajax drew with Rotterdam on Sunday.", "Rotterdam"),
        # Basketball's scores run to three digits; a position after a team's name.
        ("LeBron James scored 40 as the Lakers beat the Golden State Warriors 121-115.", "Golden State Warriors"),
        ("LeBron James scored 40 as the Lakers beat the Golden State Warriors 121-115.", "Lakers"),
        ("Patrick Mahomes threw; Eagles quarterback Jalen Hurts ran.", "Eagles"),
        # A team that played to a score, before the verb; a club's own last word.
        ("Ajax beat PSV 2-1 on Sunday.", "Ajax"),
        ("Manchester United and Tottenham Hotspur drew 0-0 on Sunday.", "Manchester United"),
        ("Manchester United and Tottenham Hotspur drew 0-0 on Sunday.", "Tottenham Hotspur"),
    ],
)
def test_a_team_named_for_its_city_is_an_organisation(text: str, team: str) -> None:
    assert (team, "ORG") in names(text)


def test_initials_that_spell_a_word_are_an_acronym_where_they_spell_the_name_before_them() -> None:
    entities = entities_of(
        {"a": "Agents of Immigration and Customs Enforcement (ICE) arrested him. Later, ICE said he was freed."}
    )
    ice = entity_named(entities, "Immigration and Customs Enforcement")
    assert ice.aliases == ["Immigration and Customs Enforcement", "ICE"] and len(ice.mentions) == 3
    assert ice.type == "ORG"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Veteran striker John Smith scored twice.", "John Smith"),
        ("Regular defender Artur Lekbello was missing.", "Artur Lekbello"),
        ("Democrats won, while Republican Glenn Youngkin failed to flip the Senate.", "Glenn Youngkin"),
    ],
)
def test_a_rank_or_a_party_before_a_persons_name_is_no_name(text: str, person: str) -> None:
    assert [name for name, _ in names(text) if name != "Senate"] == [person]


def test_a_city_team_opening_on_a_foreign_article_and_a_dateline_in_capitals_keep_their_kinds() -> None:
    entities = entities_of(
        {
            "a": "SANTA CLARA, Calif. — Nvidia reported revenue on Tuesday.",
            "b": "Fans of the Los Angeles Lakers cheered.",
        }
    )
    assert entity_named(entities, "SANTA CLARA").type == "PLACE"  # not a person named Santa
    assert entity_named(entities, "Los Angeles Lakers").type == "ORG"


def test_a_team_goes_by_its_own_word_after_its_city_and_a_public_body_does_not() -> None:
    entities = entities_of(
        {
            "a": "The Kansas City Chiefs beat the Philadelphia Eagles 38-35. The Chiefs won.",
            "b": "Eagles quarterback Jalen Hurts ran. Maui Police said so. Police said more.",
        }
    )
    assert entity_named(entities, "Kansas City Chiefs").aliases == ["Kansas City Chiefs", "Chiefs"]
    assert entity_named(entities, "Philadelphia Eagles").aliases == ["Philadelphia Eagles", "Eagles"]
    assert entity_named(entities, "Maui Police").aliases == ["Maui Police"]


def test_a_quoted_title_is_one_name_and_names_its_work_where_unquoted_too() -> None:
    assert names("Scorsese's “Killers of the Flower Moon” opens Friday.") == [
        ("Scorsese", None),
        ("Killers of the Flower Moon", "OTHER"),
    ]
    # A quotation is no title, nor is a place's name in quotation marks.
    assert names('He said "We are in the Middle of a war" on Monday.') == []
    assert names('They proclaimed the "Republic of Padania" on Sunday.')[0][1] != "OTHER"
    entities = entities_of(
        {
            "a": "Microsoft bought the maker of “Call of Duty” and “Candy Crush.”",
            "b": "Fans said the takeover of Call of Duty maker Activision Blizzard was big.",
        }
    )
    title = entity_named(entities, "Call of Duty")
    assert title.type == "OTHER" and len(title.mentions) == 2
    assert not [e for e in entities if e.name in ("Call", "Duty")]


def test_a_clubs_last_word_makes_it_one_and_a_player_winning_to_a_score_is_no_team() -> None:
    entities = entities_of({"a": "Fans of Leeds United sang.", "b": "Mark Selby beat Ding Junhui 10-7 on Sunday."})
    assert entity_named(entities, "Leeds United").type == "ORG"
    assert entity_named(entities, "Mark Selby").type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Flooding hit Orlando City 3 miles away.",
        "Residents of Barcelona have protested against tourism.",
        "Paris and Barcelona are crowded in August.",
        "Protesters marched against Barcelona's new law.",
    ],
)
def test_a_city_is_still_a_place_where_no_score_sport_or_staff_tells(text: str) -> None:
    city = "Orlando City" if "Orlando" in text else "Barcelona"
    assert entity_named(entities_of({"a": text}), city).type == "PLACE"


def test_a_player_beaten_is_no_team() -> None:
    entities = entities_of({"a": "Blanc won, easily beating Sebastien Foucras by 15 points."})
    assert entity_named(entities, "Sebastien Foucras").type == "PERSON"


def test_a_quoted_nickname_is_part_of_the_persons_name() -> None:
    assert names('Coach Gerardo "Tata" Martino told reporters.') == [('Gerardo "Tata" Martino', "PERSON")]
    assert names("Joaquín “El Chapo” Guzmán was sentenced.") == [("Joaquín “El Chapo” Guzmán", "PERSON")]
    # Only after a given name: a programme's title between two names stays apart.
    assert names('The BBC "Panorama" Team said so.')[0][0] == "BBC"
    entities = entities_of({"a": 'Coach Gerardo "Tata" Martino said so.', "b": "Gerardo Martino said so."})
    assert sorted(entity_named(entities, "Gerardo Martino").aliases) == ['Gerardo "Tata" Martino', "Gerardo Martino"]


def test_a_middle_initial_and_a_judges_title_do_not_make_another_person() -> None:
    entities = entities_of(
        {
            "a": "Justice Arthur Engoron fined Donald Trump on Friday. George H. W. Bush was not there.",
            "b": "The judge, Arthur F. Engoron, fined Donald J. Trump. George W. Bush was not there either.",
        }
    )
    assert sorted(entity_named(entities, "Donald Trump").aliases) == ["Donald J. Trump", "Donald Trump"]
    assert sorted(entity_named(entities, "Arthur Engoron").aliases) == ["Arthur Engoron", "Arthur F. Engoron"]
    # Initials that differ are two people.
    assert entity_named(entities, "George W. Bush") is not entity_named(entities, "George H. W. Bush")


def test_a_son_named_for_his_father_is_one_person_and_not_his_father() -> None:
    entities = entities_of(
        {"a": "Donald Trump said his son Donald Trump Jr. would testify.", "b": "Donald Jr. testified after Eric."}
    )
    son = entity_named(entities, "Donald Trump Jr")
    assert {"Donald Jr", "Donald Trump Jr"} <= {alias.rstrip(".") for alias in son.aliases}
    assert entity_named(entities, "Donald Trump") is not son


def test_a_generation_ends_a_name_even_after_a_title_word() -> None:
    # "King" is a title, but not before a generation alone; a numeral ends a person's name
    # and nothing else ("Phase III" is no name).
    assert names("Martin Luther King Jr. spoke in Memphis.") == [("Martin Luther King Jr", None), ("Memphis", "PLACE")]
    assert names("The speech by Martin Luther King III was moving.") == [("Martin Luther King III", None)]
    assert names("King Charles III visited.") == [("Charles III", "PERSON")]
    assert names("The Phase III trial ended.") == []


def test_a_newspaper_is_an_organisation() -> None:
    # A masthead word that names only newspapers, or one that names other things too after a place.
    assert names("It was first reported by the Miami Herald.") == [("Miami Herald", "ORG")]
    assert names("Family members identified him, The Baltimore Sun reported.") == [("Baltimore Sun", "ORG")]
    assert names("The story ran in the Kansas City Star.") == [("Kansas City Star", "ORG")]
    # Not a person who bears the word as a family name (typed as a person later, from her given name).
    assert names("The story was written by Lena Sun.") == [("Lena Sun", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The institution's head word does not keep its office and holder inside it.
        (
            "Later, Federal Reserve Chairman Jerome Powell arrived.",
            [("Federal Reserve", "ORG"), ("Jerome Powell", "PERSON")],
        ),
        ("Later, Bank of Japan Governor Kazuo Ueda said so.", [("Bank of Japan", "ORG"), ("Kazuo Ueda", "PERSON")]),
        # A title inside an institution's name, with no holder after it, stays in the name.
        ("Officers of the Joint Chiefs of Staff met.", [("Joint Chiefs of Staff", "ORG")]),
        # "Chief", "General" and "Justice" open offices more often than they are one; before a
        # given name, they are titles.
        (
            "Later, Maui Police Chief John Pelletier said so.",
            [("Maui Police", "ORG"), ("John Pelletier", "PERSON")],
        ),
        ("Later, General Mark Milley said so.", [("Mark Milley", "PERSON")]),
        (
            "Later, Supreme Court Justice Sonia Sotomayor wrote.",
            [("Supreme Court", "ORG"), ("Sonia Sotomayor", "PERSON")],
        ),
        # Ending an institution's name, "Justice" is part of it.
        ("Prosecutors at the Department of Justice agreed.", [("Department of Justice", "ORG")]),
        ("Later, the International Court of Justice ruled.", [("International Court of Justice", "ORG")]),
        # A service before its chief is an organisation, whether or not the gazetteer knows its place.
        (
            "Later, Los Angeles Fire Chief Kristin Crowley said so.",
            [("Los Angeles Fire", "ORG"), ("Kristin Crowley", "PERSON")],
        ),
        ("Later, Maui Fire Chief Brad Ventura said so.", [("Maui Fire", "ORG"), ("Brad Ventura", "PERSON")]),
        # "Chief" opens an office before "of" too.
        (
            "Later, White House Chief of Staff Jeff Zients said so.",
            [("White House", "ORG"), ("Jeff Zients", "PERSON")],
        ),
        # Before another title word, they open the office: "Chief Executive", "General Manager".
        (
            "Shares fell after General Motors Chief Executive Mary Barra spoke.",
            [("General Motors", "ORG"), ("Mary Barra", "PERSON")],
        ),
        ("Shares of General Motors fell.", [("General Motors", "ORG")]),
        # A trade word ends a firm's name, not a person's.
        (
            "Shares of Samsung Electronics and Duke Energy fell.",
            [("Samsung Electronics", "ORG"), ("Duke Energy", "ORG")],
        ),
        # Two places before an office are two places, not one institution.
        (
            "Later, Manhattan US Attorney Damian Williams said so.",
            [("Manhattan", "PLACE"), ("US", "PLACE"), ("Damian Williams", "PERSON")],
        ),
        ("Later, New York Gov. Kathy Hochul said so.", [("New York", "PLACE"), ("Kathy Hochul", "PERSON")]),
    ],
)
def test_an_institution_an_office_and_its_holder_are_apart(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_washington_dc_is_a_city_and_its_district() -> None:
    assert names("The Fed met in Washington, D.C., on Wednesday.")[-2:] == [("Washington", "PLACE"), ("D.C.", "PLACE")]
    entities = entities_of({"a": "Officials in the District of Columbia said so.", "b": "Residents of D.C. agreed."})
    assert set(entity_named(entities, "District of Columbia").aliases) == {"District of Columbia", "D.C."}


def test_police_and_court_offices_are_titles() -> None:
    assert names("Superintendent Roland Butler said divers would return.") == [("Roland Butler", "PERSON")]
    assert names("Maryland State Police Superintendent Lt. Col. Roland Butler spoke.") == [
        ("Maryland State Police", "ORG"),
        ("Roland Butler", "PERSON"),
    ]


def test_an_administration_is_an_organisation_with_its_initials() -> None:
    entities = entities_of(
        {
            "a": "The US Food and Drug Administration approved the vaccine on Wednesday.",
            "b": "The Food and Drug Administration said the FDA would review it again.",
        }
    )
    agency = entity_named(entities, "Food and Drug Administration")
    assert agency.type == "ORG"
    assert sorted(agency.aliases) == ["FDA", "Food and Drug Administration", "US Food and Drug Administration"]


def test_initials_spelled_out_in_common_words_name_a_thing() -> None:
    entities = entities_of(
        {
            "a": "The vaccine protects against respiratory syncytial virus, or RSV, the agency said.",
            "b": "RSV kills thousands each year. The Centers for Disease Control (CDC) tracks RSV.",
        }
    )
    assert entity_named(entities, "RSV").type == "OTHER"
    assert entity_named(entities, "CDC").type == "ORG"


def test_initials_defined_in_brackets_are_one_thing_with_their_later_mentions() -> None:
    entities = entities_of(
        {
            "a": "Respiratory syncytial virus (RSV) fills hospitals each winter. RSV kills thousands.",
            "b": "The agency approved a vaccine on Friday.",
        }
    )
    rsv = entity_named(entities, "RSV")
    assert rsv.type == "OTHER"
    assert len(rsv.mentions) == 2


def test_initials_coined_before_a_last_word_was_added_still_join_the_name() -> None:
    entities = entities_of(
        {
            "a": "The Centers for Disease Control and Prevention tracks the virus.",
            "b": "The CDC said cases rose. The Department of Health and Human Services agreed.",
        }
    )
    assert sorted(entity_named(entities, "CDC").aliases) == ["CDC", "Centers for Disease Control and Prevention"]


def test_initials_in_mixed_case_have_a_small_letter_for_each_linking_word() -> None:
    entities = entities_of(
        {
            "a": "The Department of Justice will appeal. The Ministry of Defence had no comment.",
            "b": "The DoJ said so, and the MoD did not. The Department of Energy agreed.",
        }
    )
    assert sorted(entity_named(entities, "DoJ").aliases) == ["Department of Justice", "DoJ"]
    assert sorted(entity_named(entities, "MoD").aliases) == ["Ministry of Defence", "MoD"]
    # The small letter stands for a linking word, and a capital for a word that is not one.
    assert entity_named(entities, "Department of Energy").aliases == ["Department of Energy"]


def test_a_code_with_digits_is_no_organisations_initials() -> None:
    entities = entities_of(
        {"a": "Demand for the H100 chip was strong, LSEG said.", "b": "Buyers wanted the H100, LSEG data showed."}
    )
    assert (entity_named(entities, "H100").type, entity_named(entities, "LSEG").type) == ("OTHER", "ORG")


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Moroccan", "morocco"), ("Nigerians", "nigeria"), ("Egyptian", "egypt"), ("Japanese", "japan"),
        ("Peruvian", "peru"), ("Israeli", "israel"), ("Korean", "korea"), ("Swiss", "switzerland"),
        ("Christian", None), ("Jordan", None), ("Tehran", None), ("Morgan", None),
        # A country of two words by its last: not "Republican", nor a given name of a saint's island.
        ("Salvadoran", "el salvador"), ("Lankans", "sri lanka"), ("Republican", None), ("Lucian", None),
        ("Montenegrin", "montenegro"), ("Yugoslav", "yugoslavia"), ("Cypriot", "cyprus"),
    ],
)  # fmt: skip
def test_nationality_words_name_their_country(word: str, country: str | None) -> None:
    assert demonym_country(word) == country


def test_a_state_abbreviated_after_its_city_is_the_state() -> None:
    entities = entities_of(
        {
            "a": "The bridge in Dundalk, Md., fell on Tuesday.",
            "b": "Officials in Maryland said the state would rebuild it. A port in Baltimore, Md., is shut.",
        }
    )
    state = entity_named(entities, "Md.")
    assert (state.name, state.type) == ("Maryland", "PLACE")
    assert sorted(m.text for m in state.mentions) == ["Maryland", "Md.", "Md."]
    alone = entity_named(entities_of({"a": "The plant in Springfield, Mo., closed."}), "Mo.")
    assert alone.name == "Missouri"


def test_a_nationality_word_is_no_name_and_no_alias() -> None:
    entities = entities_of(
        {"a": "The Moroccan Interior Ministry counted the dead. The Moroccan government sent troops."}
    )
    assert [e.aliases for e in entities] == [["Moroccan Interior Ministry"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name with a participle is the name: "Singapore-flagged", but "Kim Jong-un" stays whole.
        ("The Dali, a Singapore-flagged ship, hit it.", [("Dali", None), ("Singapore", "PLACE")]),
        ("It was Kim Jong-un who left.", [("Kim Jong-un", None)]),
        # An acronym owns what follows: the FBI's office, not a person "FBI's Baltimore".
        ("The FBI’s Baltimore field office said so.", [("FBI", None), ("Baltimore", None)]),
        # An abbreviated title before its full stop: the person named follows it, and the
        # state before it is a place.
        (
            "It moved fast, according to Maryland Gov. Wes Moore.",
            [("Maryland", "PLACE"), ("Wes Moore", "PERSON")],
        ),
        ("Hawaii Gov. Josh Green said so.", [("Hawaii", "PLACE"), ("Josh Green", "PERSON")]),
        # A state opening a sentence is a place, as a country is.
        ("Maryland officials said the state would rebuild it.", [("Maryland", "PLACE")]),
        # ... and so is a place whose name opens on an everyday word, before anything else.
        ("New York City officials said so.", [("New York City", "PLACE")]),
        ("New Zealand Prime Minister Chris Hipkins spoke.", [("New Zealand", "PLACE"), ("Chris Hipkins", "PERSON")]),
        ("Great Britain won the match.", [("Great Britain", "PLACE")]),
        # "according to X" and "a report from X" name a source, not a place.
        ("The ship had an issue, according to Equasis, a shipping system.", [("Equasis", None)]),
        ("He was convicted, according to a report from Reuters.", [("Reuters", None)]),
        ("Aid came from Austria.", [("Austria", "PLACE")]),
        # "and" inside an organisation's name, not after a comma.
        (
            "It was run by the Cybersecurity and Infrastructure Security Agency today.",
            [("Cybersecurity and Infrastructure Security Agency", "ORG")],
        ),
        (
            "With Pak Jong-chon, and Munitions Industry Department staff.",
            [("Pak Jong-chon", None), ("Munitions Industry Department", "ORG")],
        ),
        # Two portfolios before one public body's head are one body; two firms stay two.
        (
            "The House Energy and Commerce Committee said on Monday it would vote.",
            [("House Energy and Commerce Committee", "ORG")],
        ),
        (
            "Ports were open, the Communications and Transportation Ministry said.",
            [("Communications and Transportation Ministry", "ORG")],
        ),
        ("Shares of Duke Energy and Southern Company fell.", [("Duke Energy", "ORG"), ("Southern Company", "ORG")]),
        # A grade on a scale is no name; a particle that is an everyday word joins a given name.
        ("The storm strengthened to a Category 4 hurricane on Monday.", []),
        (
            "Erik ten Hag watched as Barcelona keeper Marc-Andre ter Stegen saved it.",
            [("Erik ten Hag", None), ("Barcelona", "ORG"), ("Marc-Andre ter Stegen", "PERSON")],
        ),
        # A holder's name after an institution and a title may hold particles; a body of
        # holders of a title is a body ("Council of Ministers").
        (
            "In Brussels, European Commission President Ursula von der Leyen said so.",
            [("Brussels", "PLACE"), ("European Commission", "ORG"), ("Ursula von der Leyen", "PERSON")],
        ),
        ("He told the Council of Ministers on Monday.", [("Council of Ministers", "ORG")]),
        (
            "Warner Bros. Discovery Chief Executive David Zaslav said so.",
            [("Warner Bros. Discovery", None), ("David Zaslav", "PERSON")],
        ),
        # Two firms joined by "and" stay two, however a firm's name ends; the everyday words
        # nameparser takes for titles are none ("Customs", "Field").
        ("It opened its network to Ford and General Motors drivers.", [("Ford", None), ("General Motors", "ORG")]),
        (
            "Agents of Immigration and Customs Enforcement (ICE) arrested him at Soldier Field.",
            [("Immigration and Customs Enforcement", None), ("ICE", None), ("Soldier Field", None)],
        ),
        # "on" joins a body's name to its subject, not to a day or a place.
        ("He joined the Council on Foreign Relations.", [("Council on Foreign Relations", "ORG")]),
        ("The Security Council on Gaza voted on Monday.", [("Security Council", "ORG"), ("Gaza", None)]),
        ("The Committee on Monday said so.", [("Committee", "ORG")]),
        # No person's or place's name says "without".
        ("He said Doctors Without Borders ran it.", [("Doctors Without Borders", "ORG")]),
        # The nationality of a country of two words is no name; a crown prince's title is his.
        ("The Sri Lankan cricket board and Costa Rican officials met.", []),
        ("He said New Zealander Lydia Ko won.", [("Lydia Ko", None)]),
        ("He said Saudi Crown Prince Mohammed bin Salman spoke.", [("Mohammed bin Salman", "PERSON")]),
        # A street's "Way", a city hall; a list closed by "and" of places is all places, unless
        # one of its names reads as another kind or no "and" closes it.
        (
            "They met on Mollison Way at Lewiston City Hall.",
            [("Mollison Way", "PLACE"), ("Lewiston City Hall", "PLACE")],
        ),
        (
            "Schools in Auburn, Lisbon and Sabattus were closed.",
            [("Auburn", "PLACE"), ("Lisbon", "PLACE"), ("Sabattus", "PLACE")],
        ),
        ("He visited Paris, London and Tom Smith.", [("Paris", None), ("London", None), ("Tom Smith", None)]),
        # A firm's name in a list says what a name the list's preposition made a place is.
        (
            "Investors from Microsoft, Meta Platforms and Alphabet joined.",
            [("Microsoft", "ORG"), ("Meta Platforms", "ORG"), ("Alphabet", None)],
        ),
        (
            "Two members of the Politburo, Ri Pyong-chol and Pak Jong-chon, came.",
            [("Politburo", "ORG"), ("Ri Pyong-chol", None), ("Pak Jong-chon", None)],
        ),
        (
            "It flew to Nairobi, Kenya, BlackBox Nigeria reports.",
            [("Nairobi", "PLACE"), ("Kenya", "PLACE"), ("BlackBox Nigeria", None)],
        ),
        # Sport speaks of a club with a place's head word, after a score and a preposition, and
        # of one who played to a score or that a player scored for.
        ("He said Arsenal beat Manchester City.", [("Arsenal", None), ("Manchester City", "ORG")]),
        ("He said Liverpool, who drew 1-1 at Chelsea, are second.", [("Liverpool", "ORG"), ("Chelsea", "ORG")]),
        # ... but its ground is a place, though its name is a town's ("Villa Park, Illinois").
        (
            "He said Everton beat Arsenal 2-1 at Villa Park.",
            [("Everton", "ORG"), ("Arsenal", "ORG"), ("Villa Park", "PLACE")],
        ),
        ("He said Leeds lost 2-0 at Stamford Bridge.", [("Leeds", "ORG"), ("Stamford Bridge", "PLACE")]),
        # A side that beat a name opens the sentence as a side, however everyday its name; not
        # a firm that beat estimates.
        ("Chelsea beat Arsenal on Saturday.", [("Chelsea", "ORG"), ("Arsenal", None)]),
        ("Dallas edged the Rangers on Sunday.", [("Dallas", "ORG"), ("Rangers", None)]),
        ("Police beat back the crowd.", []),
        ("Mohamed Salah scored for Liverpool.", [("Mohamed Salah", None), ("Liverpool", "ORG")]),
        # An armed group's name before what it is; a region's before its rebels may be a place's.
        ("He said the Hamas militant group attacked.", [("Hamas", "ORG")]),
        ("He said Tigray rebels advanced.", [("Tigray", None)]),
        # Before a portfolio's title, the institution that opens it is named, the portfolio not.
        (
            "He said Maine Public Safety Commissioner Mike Sauschuck spoke.",
            [("Maine", "PLACE"), ("Mike Sauschuck", "PERSON")],
        ),
        ("He said NATO Secretary-General Jens Stoltenberg spoke.", [("NATO", "ORG"), ("Jens Stoltenberg", "PERSON")]),
        ("He said UK Home Secretary Suella Braverman spoke.", [("UK", "PLACE"), ("Suella Braverman", "PERSON")]),
        # An organisation's full name owns what follows its "'s"; a body's name after "of" closes
        # on rarer words too.
        ("He said Pfizer Inc's vaccine Abrysvo was approved.", [("Pfizer Inc", "ORG"), ("Abrysvo", None)]),
        (
            "The Commerce Department's Bureau of Industry and Security said so.",
            [("Commerce Department", "ORG"), ("Bureau of Industry and Security", "ORG")],
        ),
        (
            "He led the National Institute of Allergy and Infectious Diseases.",
            [("National Institute of Allergy and Infectious Diseases", "ORG")],
        ),
        # "Nazi" describes as a nationality does; a wire service's newsroom signs off a story.
        ("Nazi German invaders killed most of them.", []),
        ("-- Prague Newsroom 42-2-2423-0003", [("Prague Newsroom", "ORG")]),
        # A variant's letters and numbers are one name; a board is an organisation's.
        ("A new variant, named JN.1, was spreading.", [("JN.1", "OTHER")]),
        ("He said OpenAI's board fired Sam Altman.", [("OpenAI", "ORG"), ("Sam Altman", None)]),
        # The state a party's member represents is a place; the party's name is not.
        (
            "Senator John Fetterman, a Pennsylvania Democrat, disagreed.",
            [("John Fetterman", "PERSON"), ("Pennsylvania", "PLACE")],
        ),
        # A body named for a list of portfolios is one name; a list of names after one is not.
        (
            "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives said so.",
            [("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG")],
        ),
        (
            "The Department for Environment, Food and Rural Affairs said so.",
            [("Department for Environment, Food and Rural Affairs", "ORG")],
        ),
        (
            "He visited the Bank of England, Paris and Berlin.",
            [("Bank of England", "ORG"), ("Paris", None), ("Berlin", None)],
        ),
        # A dateline's place in capitals, even an everyday word's, with its state or country;
        # an agency's name in its brackets is an organisation, whatever its spelling.
        ("DUNDALK — Six people are missing.", [("DUNDALK", "PLACE")]),
        ("WASHINGTON — The Senate voted.", [("WASHINGTON", "PLACE"), ("Senate", "ORG")]),
        (
            "SAN FRANCISCO, Oct 18 (Reuters) - Tesla Inc reported a drop.",
            [("SAN FRANCISCO", "PLACE"), ("Reuters", "ORG"), ("Tesla Inc", "ORG")],
        ),
        ("LAHAINA, Hawaii (AP) — The fire spread.", [("LAHAINA", "PLACE"), ("Hawaii", "PLACE"), ("AP", "ORG")]),
        # The word after a dateline opens the story: an everyday word there is no name.
        (
            "MARRAKECH, Morocco (Reuters) - Rescuers dug.",
            [("MARRAKECH", "PLACE"), ("Morocco", "PLACE"), ("Reuters", "ORG")],
        ),
        ("KYIV, Ukraine — Drones struck.", [("KYIV", "PLACE"), ("Ukraine", "PLACE")]),
        # A place before its state or country is one, even opening the sentence; an owner is not.
        ("Baltimore, Md. officials said so.", [("Baltimore", "PLACE"), ("Md.", "PLACE")]),
        ("Lahaina, Hawaii, residents fled.", [("Lahaina", "PLACE"), ("Hawaii", "PLACE")]),
        ("Peskov, Russia’s spokesman, said so.", [("Peskov", None), ("Russia", "PLACE")]),
        # ... and before a named region that closes the phrase, but not before an office there.
        ("A dam burst in Mai Mahiu, Nakuru County, on Monday.", [("Mai Mahiu", "PLACE"), ("Nakuru County", "PLACE")]),
        ("Richard Bissen, Maui County mayor, said so.", [("Richard Bissen", None), ("Maui County", "PLACE")]),
    ],
)
def test_names_beside_the_words_around_them(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common given name opening a sentence opens a person's name, however everyday the word.
        ("John Kirby told reporters the talks went well.", [("John Kirby", None)]),
        ("Mark Smith, the mayor, said more.", [("Mark Smith", "PERSON")]),
        # A given name and a family name that also ends places' names: a person where the name
        # says something, a place where nothing tells.
        ('"We will recover," Tom Bridge said on Tuesday.', [("Tom Bridge", "PERSON")]),
        ("Residents of Lake Charles cheered, said Tom Bridge.", [("Lake Charles", "PLACE"), ("Tom Bridge", "PERSON")]),
        # ... or where a role after it, even one followed by where ("on the train"), says so.
        ("Tom Bridge, a passenger on the train, said smoke filled it.", [("Tom Bridge", "PERSON")]),
        ("Smoke filled the carriage, passenger Tom Bridge recalled.", [("Tom Bridge", "PERSON")]),
        ("Traffic stopped on the Albert Bridge on Tuesday.", [("Albert Bridge", "PLACE")]),
        ("The award went to Will Young and others.", [("Will Young", None)]),
        # ... but a question's modal before a country is no given name.
        ("Will Russia join the talks?", [("Russia", "PLACE")]),
        # "Title of office Name": the office, then the person who holds it.
        ("The Secretary of Defense Lloyd Austin spoke on Monday.", [("Lloyd Austin", "PERSON")]),
        ("He was joined by the Minister of Foreign Affairs Choe Son-hui there.", [("Choe Son-hui", "PERSON")]),
        ("It was said by President of Russia Vladimir Putin himself.", [("Vladimir Putin", "PERSON")]),
        ("He was met by the governor of Maryland on the way.", [("Maryland", "PLACE")]),
        ("He was met by the Governor of New York on the way.", [("New York", "PLACE")]),
        (
            "He is U.S. Attorney for the Southern District of New York.",
            [("U.S.", "PLACE"), ("Southern District", "PLACE"), ("New York", "PLACE")],
        ),
        ("He spoke with the Director of Public Affairs on Monday.", []),
        # A run ending in a title names the institution, not a person; "US" is no title; an
        # office ending on a derived everyday word names no one.
        ("Smith, the US Navy Director of Salvage Operations, spoke.", [("US Navy", "ORG")]),
        # News style abbreviations: a title, a place's "St.", a state after its city.
        ('"We are pleased with the vote," said Sen. John Doe, a Republican.', [("John Doe", "PERSON")]),
        (
            "The company, based in St. Louis, Mo., reported its revenue on Monday.",
            [("St. Louis", "PLACE"), ("Mo.", "PLACE")],
        ),
        (
            "He moved from Albany, N.Y., to Dundalk, Md.",
            [("Albany", "PLACE"), ("N.Y.", "PLACE"), ("Dundalk", "PLACE"), ("Md.", "PLACE")],
        ),
        (
            "St. Petersburg is a city on the Baltic coast with many museums.",
            [("St. Petersburg", "PLACE"), ("Baltic", None)],
        ),
        # "around" and "off" a name place it too; a feast after any preposition is a time.
        ("Fires burned around Kihei without air support.", [("Kihei", "PLACE")]),
        ("The boat sank off Newfoundland on Sunday.", [("Newfoundland", "PLACE")]),
        ("Attacks rose in Ramadan and fell around Easter.", [("Ramadan", "OTHER"), ("Easter", "OTHER")]),
        # A name describing the next word is no place for the preposition before it.
        ("Debris from OceanGate sub was found near the site.", [("OceanGate", None)]),
        (
            "A ship like the MV Dali is large, as was Hurricane Dora.",
            [("MV Dali", "OTHER"), ("Hurricane Dora", "OTHER")],
        ),
    ],
)
def test_given_names_offices_and_kinds_of_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words of business news make a name an organisation's, even an everyday word's.
        ("Analysts at Goldman Sachs cut their targets.", [("Goldman Sachs", "ORG")]),
        ("Shares of Apple fell 3% on Monday.", [("Apple", "ORG")]),
        ("By noon, Apple and Microsoft shares had risen.", [("Apple", "ORG"), ("Microsoft", "ORG")]),
        ("JPMorgan analyst Ryan Brinkman was not convinced.", [("JPMorgan", "ORG"), ("Ryan Brinkman", None)]),
        # A company before its officer's title is named too, and so is any name but a portfolio.
        ("Tesla CEO Elon Musk warned of slower growth.", [("Tesla", "ORG"), ("Elon Musk", "PERSON")]),
        ("Interior Minister Kithure Kindiki spoke.", [("Kithure Kindiki", "PERSON")]),
        ("He said Fed Chair Jerome Powell would speak.", [("Fed", "ORG"), ("Jerome Powell", "PERSON")]),
        # Not an owner's nor a place's name, nor an everyday first word before a verb.
        ("Dock workers at Baltimore's port were idle.", [("Baltimore", None)]),
        ("Shares of the Austin, Texas-based company fell.", [("Austin", "PLACE"), ("Texas", "PLACE")]),
        ("Public shares of the data were limited.", []),
        ("Lawyers for Netanyahu said so.", [("Netanyahu", None)]),
        # A noun for an organisation in apposition, before the name or after it; or what only an
        # organisation has, after its possessive.
        ("It hauled cargo for the Danish based company, Maersk, to Colombo.", [("Maersk", "ORG"), ("Colombo", None)]),
        ("Shipments by chipmaker Nvidia rose.", [("Nvidia", "ORG")]),
        ("Sales at Kroll, the Danish shipping giant, fell.", [("Kroll", "ORG")]),
        ("Willumstad was named Citigroup's chief operating officer.", [("Willumstad", None), ("Citigroup", "ORG")]),
        # A name that a verb ties to "its", of one word too.
        ("Mellanox said its sales rose.", [("Mellanox", "ORG")]),
        # Not a person described by what he works for, nor one who owns shares or earnings.
        ("Sales fell, said Okonkwo, the bank's economist.", [("Okonkwo", None)]),
        ("Musk's shares and Ronaldo's earnings rose.", [("Musk", None), ("Ronaldo", None)]),
        ("The policy maker Okonkwo said so.", [("Okonkwo", None)]),
    ],
)
def test_organisations_by_the_words_of_business_news(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_an_opening_word_the_corpus_writes_in_lower_case_is_no_organisation() -> None:
    texts = {
        "a": "Former chief executive John Smith said the plan failed. The former head of Acme resigned.",
        "b": "Many analysts said Acme was weak. Veteran analysts were surprised, a veteran trader said.",
        "c": "Apple analysts said so. Click chairman hill saint therefore, users click on it.",
    }
    found = {(entity.name, entity.type) for entity in readingdesk.analyze_texts(texts).entities}
    assert not {name for name, _ in found} & {"Former", "Many", "Veteran", "Click"}
    assert {("John Smith", "PERSON"), ("Apple", "ORG")} <= found


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    # Even where the corpus capitalises it mid-sentence, in a quote of two sentences.
    known = frozenset({"But", "However"})
    assert names_known("But Bankman-Fried’s lawyer said so.", known) == [("Bankman-Fried", None)]
    assert names_known("However Putin said so.", known) == [("Putin", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He joined Human Rights Watch in 2010, the group said.", ["Human Rights Watch"]),
        ("The report came from Energy Transfer.", ["Energy Transfer"]),
        ("The deal with Energy Transfer closed on Monday.", ["Energy Transfer"]),
        ("Analysts expect General Electric's results to improve.", ["General Electric"]),
        # Words that modify the noun after them, or a headline in title case, name nothing.
        ("Rescuers from a Search Dog team arrived.", []),
        ("Energy Transfer Deal Falls Through After Long Talks", []),
    ],
)
def test_capitalised_everyday_words_that_close_a_phrase_in_prose_are_a_name(text: str, expected: list[str]) -> None:
    everyday = frozenset({"human", "rights", "watch", "energy", "transfer", "general", "electric", "search", "dog"})
    assert [text[c.start : c.end] for c in find_candidates(text, lower_words=everyday)] == expected


def test_and_joins_everyday_words_of_one_name_and_never_two_names() -> None:
    everyday = frozenset({"search", "rescue", "health", "human", "services"})
    text = "He said members of an Urban Search and Rescue team are arriving."
    # Without corpus evidence that the words are everyday ones, the name ends at "and".
    assert [n for n, _ in names(text)] == ["Rescue"]
    # With it, "Search and Rescue" is one run of everyday words: no name, and no stray "Rescue".
    assert find_candidates(text, lower_words=everyday) == []
    text = "The Department of Health and Human Services said so."
    found = [(text[c.start : c.end], c.type) for c in find_candidates(text, lower_words=everyday)]
    assert found == [("Department of Health and Human Services", "ORG")]
    # Names, places and days on either side of "and" stay apart.
    text = "Later, Lavrov and Peskov spoke in Moscow and Beijing on Monday and Tuesday."
    lower_too = everyday | {"monday", "tuesday", "moscow", "beijing"}
    found = [text[c.start : c.end] for c in find_candidates(text, lower_words=lower_too)]
    assert found == ["Lavrov", "Peskov", "Moscow", "Beijing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title opening the sentence still says a person follows, however common the name.
        ("President Trump spoke to them.", [("Trump", "PERSON")]),
        ("Mr. Smith spoke to them.", [("Smith", "PERSON")]),
        # Days and titles are capitalised in any sentence: they do not make it a title-case headline.
        ("President Donald Trump met Google executives on Monday.", [("Donald Trump", "PERSON")]),
        # Particles and articles inside a name, and a name that opens on one.
        ("It was Ursula von der Leyen who spoke.", [("Ursula von der Leyen", None)]),
        ("Later, von der Leyen said so.", [("von der Leyen", None)]),
        ("It was Bashar al-Assad who fled.", [("Bashar al-Assad", None)]),
        ("They flew to Rio de Janeiro.", [("Rio de Janeiro", "PLACE")]),
        # Not a word that merely looks like one, nor before a day.
        ("It left the den Monday.", []),
        # An owner with a name of two words is a name of its own.
        ("It was Elon Musk's Tesla that fell.", [("Elon Musk", None), ("Tesla", None)]),
        ("It hit the Navy's High Command.", [("Navy's High Command", "ORG")]),
        # A name ending on a place's owns what follows, however common a word the place is.
        ("It was Real Madrid's Balkan strike force that scored.", [("Real Madrid", None), ("Balkan", None)]),
        ("The service was at St Mary's Church.", [("St Mary's Church", "PLACE")]),
        # A hyphenated title.
        ("It was US Vice-President Kamala Harris who spoke.", [("US", "PLACE"), ("Kamala Harris", "PERSON")]),
        # An initial's full stop stays inside a name, but not before an everyday word.
        ("Minister S. Jaishankar said so.", [("S. Jaishankar", "PERSON")]),
        ("It was George W. Bush who spoke.", [("George W. Bush", None)]),
        ("They chose Plan B. Then they left.", [("Plan B", "OTHER")]),
        # A country's possessive opening the sentence, and an institution's possessive.
        ("Japan's Prime Minister Fumio Kishida spoke.", [("Japan", "PLACE"), ("Fumio Kishida", "PERSON")]),
        ("He is director of the Communist Party's office.", [("Communist Party", "ORG")]),
        # A company's legal form, and an airline.
        ("It was Boeing Co. that agreed to pay.", [("Boeing Co", "ORG")]),
        ("The Lion Air crash killed 189 people.", [("Lion Air", "ORG")]),
    ],
)
def test_names_of_world_news_as_they_are_written(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_a_hyphenated_family_name_and_a_persons_initials_are_the_persons() -> None:
    entities = entities_of(
        {
            "a": "FTX founder Sam Bankman-Fried (SBF) was found guilty. Bankman-Fried, 31, was convicted.",
            "b": "SBF Trial Ends\n\nJurors said SBF was guilty. Bankman-Fried faces 115 years in prison.",
        }
    )
    person = entity_named(entities, "Sam Bankman-Fried")
    assert (person.name, person.type) == ("Sam Bankman-Fried", "PERSON")
    assert set(person.aliases) == {"Sam Bankman-Fried", "Bankman-Fried", "SBF"}
    # An organisation's initials stay its own.
    entities = entities_of({"a": "The World Health Organization (WHO) warned.", "b": "WHO met."})
    assert entity_named(entities, "WHO").type == "ORG"


def test_a_person_named_in_full_is_found_by_family_name_alone() -> None:
    entities = entities_of(
        {
            "a": "Hawaii Gov. Josh Green visited Maui on Thursday. Later, Green said the toll would rise. "
            "The address was billed on Green’s social media. The green hills burned.",
            "b": "Singer Will Young, a young star, was there too. Young people cheered. Green thanked the crews. "
            "Green said they were tired. They thanked Green in Washington.",
            "c": "George Washington was no part of it. Officials in Washington said so.\n\n"
            "Big Crowds Hail Young Stars And Green Plans In Hawaii",
        }
    )
    green = entity_named(entities, "Josh Green")
    assert [(m.text, m.sentence) for m in green.mentions] == [
        ("Josh Green", "a:0"),
        ("Green", "a:1"),
        ("Green", "a:2"),
        ("Green", "b:3"),
        ("Green", "b:4"),
    ]
    # A family name that is an everyday word the corpus writes in lower case is no mention when
    # it opens a sentence ("Green thanked", "Young people"), unless a verb of speech follows it
    # ("Green said"); a place is no person's family name.
    assert [m.text for m in entity_named(entities, "Will Young").mentions] == ["Will Young"]
    assert all("Washington" not in e.aliases for e in entities if e.type == "PERSON")


def test_a_family_name_that_is_also_a_title_is_found_alone_but_not_as_a_title() -> None:
    entities = entities_of(
        {
            "a": "Lawyer Thierry Herzog was also found guilty. Herzog was banned from the bar. Mr Herzog will appeal.",
            "b": "Tom Bishop said the church was full. Bishop Michael Curry spoke. The bishop and Bishop said more.",
        }
    )
    herzog = entity_named(entities, "Thierry Herzog")
    assert [(m.text, m.sentence) for m in herzog.mentions] == [
        ("Thierry Herzog", "a:0"),
        ("Herzog", "a:1"),
        ("Herzog", "a:2"),
    ]
    # Before a name, the word is that name's title.
    bishop = entity_named(entities, "Tom Bishop")
    assert [(m.text, m.sentence) for m in bishop.mentions] == [("Tom Bishop", "b:0"), ("Bishop", "b:2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A family name after a word too rare to be a listed given name is a person's, after
        # "from" as anywhere.
        ("He took money from Liliane Bettencourt.", [("Liliane Bettencourt", None)]),
        # A place's last word, the kind of place it is, keeps it a place.
        ("They drove in from Cedar Grove.", [("Cedar Grove", "PLACE")]),
        ("A fire broke out in Stony Brook.", [("Stony Brook", "PLACE")]),
    ],
)
def test_a_persons_name_after_a_place_preposition(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_initials_after_initials_name_another_thing_and_two_in_a_row_are_two_names() -> None:
    entities = entities_of(
        {
            "a": "It crowned NASA’s (DART) seven-year effort. The Italian Space Agency’s (ASI) cubesat watched.",
            "b": "NASA DART mission deflects asteroid\n\nThe DART craft hit it, NASA said.",
        }
    )
    assert entity_named(entities, "NASA").aliases == ["NASA"]
    assert "DART" in entity_named(entities, "DART").aliases
    # A name's initials in brackets after its owner's "'s" are still its own.
    assert set(entity_named(entities, "ASI").aliases) == {"Italian Space Agency", "ASI"}
    assert all("NASA DART" not in e.aliases for e in entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short subheading in title case names nothing by its everyday words...
        ("A Frightening Ordeal", []),
        ("Inspections and Cancellations", []),
        # ... but a name alone on its line is still a name.
        ("Jennifer Homendy", [("Jennifer Homendy", None)]),
        ("Alaska Airlines", [("Alaska Airlines", "ORG")]),
    ],
)
def test_a_short_subheading_in_title_case(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_a_long_headline_with_every_word_capitalised_names_only_its_names() -> None:
    entities = entities_of(
        {
            "a": "Kamala Harris Endorsed by Biden as Potential Democrat Nominee\n\n"
            "President Joe Biden endorsed Vice President Kamala Harris on Sunday.",
        }
    )
    assert sorted(e.name for e in entities) == ["Joe Biden", "Kamala Harris"]


def test_a_flight_or_a_road_is_named_with_its_number() -> None:
    entities = entities_of(
        {
            "a": "Alaska Airlines Flight 1282 made an emergency landing. The jet, Flight 1282, was new.",
            "b": "Flight 1282 left Portland. Drivers on Interstate 95 and Route 66 saw nothing.",
        }
    )
    flight = entity_named(entities, "Flight 1282")
    assert (flight.type, len(flight.mentions)) == ("OTHER", 3)
    assert entity_named(entities, "Alaska Airlines").type == "ORG"
    assert entity_named(entities, "Interstate 95").type == "PLACE"
    assert entity_named(entities, "Route 66").type == "PLACE"


def test_a_player_beaten_over_sets_and_a_person_named_like_a_court_are_people() -> None:
    entities = entities_of(
        {
            "a": "World No.1 Carlos Alcaraz defeated Novak Djokovic 1-6, 7-6(8-6), 6-1, 3-6, 6-4 on Sunday.",
            "b": "Alcaraz beat Djokovic 1-6, 7-6(6), 6-1, 3-6, 6-4. Djokovic wanted Margaret Court's record.",
            "c": "Orlando City beat Toronto FC 3-1 on Sunday.",
        }
    )
    assert entity_named(entities, "Novak Djokovic").type == "PERSON"
    assert entity_named(entities, "Margaret Court").type == "PERSON"
    # One score after a name is still a team's.
    assert entity_named(entities, "Toronto FC").type == "ORG"


def test_an_everyday_word_the_corpus_capitalises_alone_again_and_again_is_a_name() -> None:
    entities = entities_of(
        {
            "a": "Shares rose after Apple reported results. Analysts said Apple would gain.",
            "b": "Apple said its sales rose. The lawsuit against Google was filed. Investors in Google sold.",
        }
    )
    assert [len(entity_named(entities, name).mentions) for name in ("Apple", "Google")] == [3, 2]
    # Once mid-sentence, and a sentence opening on it.
    entities = entities_of({"a": "The lawsuit against Google was filed.", "b": "Google said it would appeal."})
    assert len(entity_named(entities, "Google").mentions) == 2


@pytest.mark.parametrize(
    "texts",
    [
        # Once is not enough: a heading's or a slogan's capitals; nor are sentences opening on it.
        {"a": "Shares rose after Apple reported results.", "b": "Shares fell."},
        {"a": "Apple reported results.", "b": "Apple fell."},
        # The last word of a longer name, a model after its number, initials.
        {"a": "He was named Secretary of State. The Secretary of State met."},
        {"a": "The Boeing 737-9 Max plane landed. The 737-9 Max fleet was grounded."},
        {"a": "It oversees weapons production and R&D programs.", "b": "It runs production and R&D programs."},
        # A word the corpus also writes in lower case.
        {"a": "Analysts said Apple would gain. Apple fell. He ate an apple."},
    ],
)
def test_an_everyday_word_capitalised_once_or_inside_a_name_stays_a_word(texts: dict[str, str]) -> None:
    found = {alias for entity in entities_of(texts) for alias in entity.aliases}
    assert not found & {"Apple", "State", "Max", "R&D"}


def test_an_owner_the_corpus_names_alone_is_a_name_however_everyday_the_word() -> None:
    entities = entities_of(
        {
            "a": "President-elect Donald Trump named his picks. Rubio ran against Trump in 2016.",
            "b": "Thune said the Senate would confirm Trump's Cabinet quickly. The Navy's High Command met.",
        }
    )
    assert len(entity_named(entities, "Donald Trump").mentions) == 3
    assert entity_named(entities, "Navy's High Command").type == "ORG"


def test_a_club_named_with_its_towns_word_goes_by_that_word() -> None:
    entities = entities_of(
        {
            "a": "Arsenal won 2-1 over Manchester City. City, who had won five games, pulled one back.",
            "b": "Mexico City was hit by a quake. The City said damage was light.",
        }
    )
    assert len(entity_named(entities, "Manchester City").mentions) == 2
    assert entity_named(entities, "Mexico City").aliases == ["Mexico City"]


def test_initials_of_a_law_name_the_law_not_an_organisation() -> None:
    entities = entities_of(
        {
            "a": "The Commission opened probes under the Digital Markets Act (DMA). Firms must comply with the DMA.",
            "b": "Paris Saint-Germain (PSG) won. PSG fans cheered.",
        }
    )
    assert entity_named(entities, "DMA").type == "OTHER"
    assert entity_named(entities, "PSG").type == "ORG"


def test_a_firms_plural_head_after_a_given_name_is_still_a_firms() -> None:
    entities = entities_of({"a": "Palo Alto Networks and Tyson Foods rose. Meta Platforms and Yum Brands fell."})
    for firm in ("Tyson Foods", "Meta Platforms", "Yum Brands", "Palo Alto Networks"):
        assert entity_named(entities, firm).type == "ORG", firm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural head word after "and" spans both names it joins.
        (
            "He chairs an International Federation of Red Cross and Red Crescent Societies mission.",
            [("International Federation of Red Cross and Red Crescent Societies", "ORG")],
        ),
        (
            "An official of the International Federation of the Red Cross and Red Crescent Societies (IFRC) spoke.",
            [("International Federation of the Red Cross and Red Crescent Societies", "ORG"), ("IFRC", "ORG")],
        ),
        # An office's name goes on past its head word's connector, but not into a place.
        (
            "According to the UN Office for the Coordination of Humanitarian Affairs, teams were sent.",
            [("UN Office for the Coordination of Humanitarian Affairs", "ORG")],
        ),
        (
            "The Ministry of Foreign Affairs of Russia said so.",
            [("Ministry of Foreign Affairs", "ORG"), ("Russia", "PLACE")],
        ),
        ("The Bank of England and the Bank of Japan met.", [("Bank of England", "ORG"), ("Bank of Japan", "ORG")]),
        # A word that only modifies a title is no title of its own.
        (
            "The Department of Financial Protection and Innovation closed it.",
            [("Department of Financial Protection and Innovation", "ORG")],
        ),
        ("Chief Financial Officer Jane Doe said so.", [("Jane Doe", "PERSON")]),
    ],
)
def test_long_names_of_organisations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("In Northeastern Libya two dams collapsed, and Libya mourned.", "Northeastern Libya"),
        ("Floods hit Eastern Libya on Sunday.", "Eastern Libya"),
        ("Fighting in Eastern Ukraine went on.", "Eastern Ukraine"),
    ],
)
def test_a_compass_adjective_and_a_country_are_one_region(text: str, region: str) -> None:
    entity = entity_named(entities_of({"a": text}), region)
    assert entity.type == "PLACE" and entity.aliases == [region]
    # ... but an organisation's name that opens on one is not a place.
    assert (
        entity_named(entities_of({"a": "Putin visited the Eastern Economic Forum."}), "Eastern Economic Forum").type
        == "OTHER"
    )


def test_a_news_agency_is_an_organisation() -> None:
    entities = entities_of(
        {
            "a": "The toll rose to 5,300, according to the Associated Press.",
            "b": "Rescuers found more bodies, Reuters reported.",
        }
    )
    assert entity_named(entities, "Associated Press").type == "ORG"
    assert entity_named(entities, "Reuters").type == "ORG"


def test_a_datelines_place_is_one_with_the_place_named_in_a_sentence() -> None:
    entities = entities_of(
        {
            "a": "SAN FRANCISCO, Oct 18 (Reuters) - Tesla Inc reported a drop. It is based in San Francisco.",
            "b": "DUNDALK, Md. — Six people are missing. Crews searched the water.",
            "c": "DUBAI, UAE (AP) — Flights resumed on Monday.",
        }
    )
    assert sorted(entity_named(entities, "SAN FRANCISCO").aliases) == ["SAN FRANCISCO", "San Francisco"]
    assert entity_named(entities, "SAN FRANCISCO").name == "San Francisco"
    # A place only ever printed in capitals is shown as a sentence would write it; initials stay.
    assert (entity_named(entities, "DUNDALK").name, entity_named(entities, "DUNDALK").type) == ("Dundalk", "PLACE")
    assert entity_named(entities, "UAE").name == "UAE"
    assert entity_named(entities, "Reuters").type == "ORG"


def test_short_forms_with_particles_and_companies_legal_forms() -> None:
    entities = entities_of(
        {
            "a": "President Bashar al-Assad fled on Sunday. Later, al-Assad was seen. Al Gore spoke. Gore left.",
            "b": "Ursula von der Leyen spoke. Later, von der Leyen left. Shares of Apple Inc. rose on AI hopes. "
            "AI stocks fell.",
        }
    )
    assert entity_named(entities, "al-Assad").name == "Bashar al-Assad"
    assert entity_named(entities, "von der Leyen").name == "Ursula von der Leyen"
    # A capitalised "Al" is a given name, not an article.
    assert entity_named(entities, "Gore").aliases == ["Al Gore", "Gore"]
    # "Apple Inc." has the initials of "Apple", not "AI", which names nothing here.
    assert entity_named(entities, "Apple Inc").aliases == ["Apple Inc"]
    assert not any("AI" in entity.aliases for entity in entities)


def test_an_ocean_is_one_place_with_its_word_ocean_and_without() -> None:
    entities = entities_of(
        {
            "a": "The wreck lies in the North Atlantic, off Canada. Indian officials said the Pacific was calm.",
            "b": "The ship sank in the North Atlantic Ocean in 1912. The Indian Ocean and the Pacific Ocean were not.",
        }
    )
    assert sorted(entity_named(entities, "North Atlantic").aliases) == ["North Atlantic", "North Atlantic Ocean"]
    assert sorted(entity_named(entities, "Pacific").aliases) == ["Pacific", "Pacific Ocean"]
    # "Indian" is India's people; the ocean keeps its own entity.
    assert entity_named(entities, "Indian Ocean").aliases == ["Indian Ocean"]


def test_a_city_the_data_spells_with_accents_is_a_place_as_news_spells_it() -> None:
    # The gazetteer writes "Jalālābād"; news text writes it plainly.
    entities = entities_of(
        {"a": "Rockets hit Jalalabad on Monday, officials said.", "b": "Jalalabad was quiet on Tuesday."}
    )
    assert entity_named(entities, "Jalalabad").type == "PLACE"
    assert known_place("Shindand") and known_place("Al-Hoceima")
    # Without its accents a city's name can be an English word ("Dráma"), which stays a word.
    assert not known_place("Drama")


def test_a_country_s_provinces_and_nations_are_places_and_region_words_alone_are_not() -> None:
    assert all(known_place(name) for name in ("England", "Wales", "Quebec", "Punjab", "New South Wales"))
    assert not any(known_place(name) for name in ("Central", "Northern Province", "Free State"))


def test_organisations_by_initials_and_names_that_open_on_a_country() -> None:
    entities = entities_of(
        {
            "a": "The World Health Organization warned of cholera. The Kenya Red Cross counted 48 dead.",
            "b": "According to the WHO, 185,000 people were displaced. WHO officials flew in. Who knows why? "
            "The Kenyan Red Cross sent teams. Jordan Peterson wrote about it.",
        }
    )
    who = entity_named(entities, "World Health Organization")
    assert who.type == "ORG"
    assert [m.text for m in who.mentions] == ["World Health Organization", "WHO", "WHO"]
    red_cross = entity_named(entities, "Kenya Red Cross")
    assert red_cross.type == "ORG" and "Kenyan Red Cross" in red_cross.aliases
    assert entity_named(entities, "Jordan Peterson").type == "PERSON"


def test_people_ships_and_companies_are_typed_and_merged() -> None:
    entities = entities_of(
        {
            "a": "James Wallace, a port official, said the ship lost power. Wallace said six were missing.",
            "b": "The Titan, run by OceanGate Expeditions, vanished. Debris from OceanGate sub was found.",
            "c": "CBS correspondent David Martin reported the noise. The sounds were noise, Martin reported.",
            "d": "The MV Dali lost power. An inspection of the Dali found a fault.",
        }
    )
    assert entity_named(entities, "Wallace").aliases == ["James Wallace", "Wallace"]
    assert entity_named(entities, "Wallace").type == "PERSON"
    # An office's name names no one, though not every word of it is everyday English.
    office = entities_of({"a": "Smith, the US Navy Director of Salvage Operations, spoke."})
    assert [e.aliases for e in office] == [["US Navy"]]
    # "Martin" is also a city's name; as the short form of "David Martin" it is the person.
    assert entity_named(entities, "Martin").type == "PERSON"
    assert entity_named(entities, "OceanGate").aliases == ["OceanGate Expeditions", "OceanGate"]
    assert entity_named(entities, "OceanGate").type == "ORG"
    dali = entity_named(entities, "Dali")
    assert dali.aliases == ["MV Dali", "Dali"] and dali.type == "OTHER"


def test_a_storm_goes_by_its_name_alone() -> None:
    entities = entities_of(
        {
            "a": "Tropical Storm Claudette made landfall in Louisiana. Claudette weakened overnight.",
            "b": "Claudette dumped heavy rain on Alabama.",
            "c": "Hurricane Idalia hit Florida as Claudette faded. Idalia was a Category 3 storm.",
        }
    )
    claudette = entity_named(entities, "Claudette")
    assert claudette.aliases == ["Tropical Storm Claudette", "Claudette"] and len(claudette.mentions) == 4
    assert len(entity_named(entities, "Idalia").mentions) == 2
    assert entity_named(entities, "Idalia") is not claudette


def test_a_countrys_institution_goes_by_its_last_word() -> None:
    entities = entities_of(
        {
            "a": "The U.S. Navy sent a ship. The Navy said it would help.",
            "b": "Russian Army units moved. The Army denied it. Russian officials said so.",
            "c": "The Navy confirmed the search.",
        }
    )
    assert entity_named(entities, "U.S. Navy").aliases == ["U.S. Navy", "Navy"]
    assert len(entity_named(entities, "U.S. Navy").mentions) == 3
    assert entity_named(entities, "Russian Army").aliases == ["Russian Army", "Army"]
    assert all("Russian" not in e.aliases for e in entities)


def test_a_syllable_set_off_by_a_stray_space_stays_in_the_name() -> None:
    entities = entities_of({"a": "Defense Minister Kang Sun-nam left.", "b": "Defense Minister Kang Sun -nam. , two"})
    assert entity_named(entities, "Kang Sun -nam").aliases == ["Kang Sun -nam", "Kang Sun-nam"]
    # A dash between words is no part of a name.
    text = "It hit Baltimore -officials said so."
    assert [text[c.start : c.end] for c in find_candidates(text, frozenset())] == ["Baltimore"]


def test_a_known_name_run_into_a_country_is_two_names() -> None:
    text = "It said that Putin North Korea would like to sell arms."
    known = frozenset({"Putin"})
    assert [(text[c.start : c.end], c.type) for c in find_candidates(text, known)] == [
        ("Putin", None),
        ("North Korea", "PLACE"),
    ]
    # An everyday word before a country is part of a name: "Air France".
    text = "He flew with Air France to the summit."
    assert "Air France" in [text[c.start : c.end] for c in find_candidates(text, frozenset({"Air"}))]


def test_dotted_and_plain_initials_are_one_name() -> None:
    entities = entities_of(
        {
            "a": "The US Navy joined the search, which was led by the United States Coast Guard on Monday.",
            "b": "A U.S. Navy ship arrived. The U.S. Coast Guard said so.",
        }
    )
    assert sorted(entity_named(entities, "US Navy").aliases) == ["U.S. Navy", "US Navy"]
    assert sorted(entity_named(entities, "U.S. Coast Guard").aliases) == [
        "U.S. Coast Guard",
        "United States Coast Guard",
    ]


def test_a_ships_bare_name_is_the_ship_where_a_preposition_reads_as_a_place() -> None:
    entities = entities_of(
        {
            "a": "Debris found 1,600 feet from Titanic after implosion",
            "b": "The sub was on its way to the wreck of the RMS Titanic. The Titanic sank in 1912.",
        }
    )
    titanic = entity_named(entities, "Titanic")
    assert titanic.aliases == ["RMS Titanic", "Titanic"] and titanic.type == "OTHER"


def test_a_name_in_capitals_is_the_name_not_an_acronym() -> None:
    entities = entities_of({"a": "The ship named DALI sailed.", "b": "The MV Dali hit a pier. The Dali sank."})
    assert entity_named(entities, "Dali").aliases == ["MV Dali", "DALI", "Dali"]


def test_acronyms_possessives_and_defined_acronyms() -> None:
    found = names("A spokesperson for the South Korean Joint Chiefs of Staff (JCS) said so.")
    assert ("Joint Chiefs of Staff", "ORG") in found and ("JCS", "ORG") in found
    found = [n for n, _ in names("It violates UN sanctions, the U.S. said, citing Russia’s TASS agency.")]
    assert {"UN", "U.S.", "Russia", "TASS"} <= set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The best-known initials are printed so often that they are frequent words themselves.
        ("Officials said the FBI and the CIA were told.", [("FBI", "ORG"), ("CIA", "ORG")]),
        ("He told the BBC that NASA had agreed.", [("BBC", "ORG"), ("NASA", "ORG")]),
        # Initials of a common noun, and everyday words in capitals, name nothing.
        ("The company's CEO said GDP fell and an SUV hit an ATM.", []),
        ("Sales of EVs rose on AI hopes and an AI boom.", []),
        # So do such initials after a prefix; an organisation named with them is still one.
        ("Non-GAAP earnings rose. Pre-IPO shares and post-COVID demand grew.", []),
        ("The Anti-AIDS Foundation met.", [("Anti-AIDS Foundation", "ORG")]),
        # Initials the sentence spells out in common words name a thing, not an organisation.
        ("An ROV, or remotely operated vehicle, found the tail cone.", [("ROV", "OTHER")]),
        ("A UAV (unmanned aerial vehicle) and weapons of mass destruction (WMD) were seen.", [("WMD", "OTHER")]),
        (
            "The Federal Bureau of Investigation (FBI) and the FBI (in person) said so.",
            [("Federal Bureau of Investigation", "ORG"), ("FBI", "ORG"), ("FBI", "ORG")],
        ),
        ("Prices are NOW at a NEW high.", []),
        # Such initials opening an organisation's name are part of it; before a person's, a title.
        ("The DVD Copy Control Association sued him.", [("DVD Copy Control Association", "ORG")]),
        ("CEO Tim Cook said so.", [("Tim Cook", None)]),
    ],
)
def test_initials_that_name_and_initials_that_do_not(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_types_from_cues_and_place_data() -> None:
    found = dict(
        names(
            "Officials in Vladivostok said the Munitions Industry Department and the Tumen River "
            "and the Eastern Economic Forum and Japan were named."
        )
    )
    assert found["Munitions Industry Department"] == "ORG"
    assert found["Tumen River"] == "PLACE"
    assert found["Eastern Economic Forum"] == "OTHER"
    assert found["Japan"] == "PLACE"
    found = dict(names("They said the Koutoubia Mosque and the US Geological Survey were hit."))
    assert found["Koutoubia Mosque"] == "PLACE" and found["US Geological Survey"] == "ORG"
    # Without a cue, a name led by a compass word is a region, not a person.
    assert entity_named(entities_of({"a": "The ship sank in the North Atlantic."}), "North Atlantic").type == "PLACE"
    # A natural feature or a region named in lower case after the name makes it a place; a
    # compound noun that follows people too does not.
    assert names("The quake hit the High Atlas mountains.") == [("High Atlas", "PLACE")]
    assert names("Officials in the Nakuru county said so.") == [("Nakuru", "PLACE")]
    assert names("The Biden border policy failed.") == [("Biden", None)]
    assert names("Lee Minji city editor wrote it.") == [("Lee Minji", None)]


def test_an_appositive_age_or_role_makes_a_name_a_persons() -> None:
    # "Hassan" and "Victoria" are also the names of places; the appositive tells who is meant.
    assert names("We lost everything, said Hassan, a shopkeeper in the old town.") == [("Hassan", "PERSON")]
    assert names("The roof fell, said Victoria, 52.") == [("Victoria", "PERSON")]
    assert names("The roof fell, said Victoria, a 52-year-old, on Monday.") == [("Victoria", "PERSON")]
    assert names("The roof fell, said Victoria, the deputy mayor.") == [("Victoria", "PERSON")]
    # A description of a firm, a figure that is no age, and a noun that is no head.
    assert names("The Dali was inspected, according to Equasis, a shipping intelligence system.")[-1][1] != "PERSON"
    assert names("Shares of Acme, a maker of student loans, fell.") == [("Acme", "ORG")]
    assert names("The storm passed Victoria, 450 miles away.") == [("Victoria", None)]


def test_long_organisation_names_stay_whole() -> None:
    # A plural head joins its "for" as a singular one does, and "and" inside a long name joins
    # everyday words that finish it, but not another name.
    assert names("Officials at the Centers for Disease Control and Prevention said so.") == [
        ("Centers for Disease Control and Prevention", "ORG")
    ]
    assert names("The Ministry of Foreign Affairs and Trade said so.") == [
        ("Ministry of Foreign Affairs and Trade", "ORG")
    ]
    assert names("The Ministry of Defense and Kim Jong Un spoke.") == [
        ("Ministry of Defense", "ORG"),
        ("Kim Jong Un", None),
    ]
    assert names("The Ministry of Defense and Russian media said so.")[0] == ("Ministry of Defense", "ORG")


def test_and_between_two_whole_organisations_parts_them() -> None:
    # What stands before "and" is whole (initials, or words ending in a head word), or what
    # follows opens a name of its own (a place, or a head word): two organisations.
    assert names("Crews from the U.S. Coast Guard and Maryland State Police met.") == [
        ("U.S. Coast Guard", "ORG"),
        ("Maryland State Police", "ORG"),
    ]
    assert names("The FBI and Justice Department opened an inquiry.") == [
        ("FBI", "ORG"),
        ("Justice Department", "ORG"),
    ]
    assert names("Officials from the Bank of England and Ministry of Finance met.") == [
        ("Bank of England", "ORG"),
        ("Ministry of Finance", "ORG"),
    ]
    # One name still: everyday words before "and", a head word only at the end.
    assert names("The Food and Drug Administration approved it.") == [("Food and Drug Administration", "ORG")]
    assert names("The Department of Housing and Urban Development spoke.") == [
        ("Department of Housing and Urban Development", "ORG")
    ]


def test_type_cues_of_speech_bases_and_banks() -> None:
    assert names("On July 22, Moore announced he would appeal.") == [("Moore", "PERSON")]
    assert names("Officials at Nellis Air Force Base said so.") == [("Nellis Air Force Base", "PLACE")]
    assert names("Soldiers entered the West Bank on Monday.") == [("West Bank", "PLACE")]
    assert names("Shares of Western Bank fell.") == [("Western Bank", "ORG")]
    # "to" and "at" go with firms as often as with places: no cue for a name no gazetteer knows.
    assert names("He called Linux a threat to Microsoft.")[-1] == ("Microsoft", None)
    assert names("He is head of strategy at BNP Paribas.") == [("BNP Paribas", None)]
    assert names("The train went on from Khasan, the first station.") == [("Khasan", "PLACE")]


def test_a_politicians_party_and_state_is_no_name_and_marks_a_person() -> None:
    assert names("Frist, R-Tenn., said Thursday that the bill would pass.") == [("Frist", "PERSON")]
    assert names("On Monday Dan Crenshaw, R-Texas, spoke.") == [("Dan Crenshaw", "PERSON")]
    # A letter and a word that are no party and state say nothing.
    assert names("On Monday Dan Crenshaw, A-Team, spoke.")[0] == ("Dan Crenshaw", None)


def test_who_after_a_name_marks_a_person_unless_it_speaks_of_the_noun_before() -> None:
    assert names("It is fun, said Dixon, who moved into second.") == [("Dixon", "PERSON")]
    assert names("Many residents of Lahaina, who lost their homes, left.") == [("Lahaina", None)]


def test_firms_named_for_partners_keep_their_ampersand() -> None:
    assert names("Shares of Procter & Gamble rose.") == [("Procter & Gamble", "ORG")]
    # Two everyday words become a name through the ampersand; the owner's "'s" is left out.
    assert names("The broader Standard & Poor's 500 fell.") == [("Standard & Poor", "ORG")]


def test_everyday_words_after_the_or_holding_a_place_are_a_name() -> None:
    assert [n for n, _ in names("Rates were raised by the Federal Reserve on Wednesday.")] == ["Federal Reserve"]
    assert [n for n, _ in names("It closed on the New York Stock Exchange.")] == ["New York Stock Exchange"]
    assert [n for n, _ in names("It fell in New York Stock Exchange trading.")] == ["New York Stock Exchange"]
    # Names run together into a modifier are no one name.
    assert names("They stopped at the Russia-North Korea border.") == []


def test_names_a_hyphen_joins_are_each_a_name_when_one_is_a_country() -> None:
    assert names("The Russia-Ukraine war entered its third year.") == [("Russia", "PLACE"), ("Ukraine", "PLACE")]
    assert [n for n, _ in names("Talks on the Israel-Hamas ceasefire stalled.")] == ["Israel", "Hamas"]
    # One name written with a hyphen, a name inside a longer one, a party and state: unchanged.
    assert names("Guinea-Bissau held a vote.") == [("Guinea-Bissau", "PLACE")]
    assert [n for n, _ in names("The train crossed the Korea-Russia Friendship Bridge.")] == [
        "Korea-Russia Friendship Bridge"
    ]
    assert [n for n, _ in names("said Sen. Kay Bailey Hutchison, R-Texas, who")] == ["Kay Bailey Hutchison"]


def test_a_world_city_is_a_place_though_its_name_is_a_frequent_word() -> None:
    entities = entities_of({"a": "He flew to London on Monday.", "b": "The mayor of London was there."})
    assert [(e.name, e.type, len(e.mentions)) for e in entities] == [("London", "PLACE", 2)]


def test_continents_and_their_compass_regions_are_places() -> None:
    text = "The rains displaced people across East Africa and Southeast Asia; Europe sent aid."
    assert names(text) == [("East Africa", "PLACE"), ("Southeast Asia", "PLACE"), ("Europe", "PLACE")]


def test_an_institution_word_anywhere_makes_everyday_words_an_organisation() -> None:
    text = "Bill McGuire, professor of climate hazards at University College London, explained."
    assert ("University College London", "ORG") in names(text)
    assert names("Markets fell after the Federal Reserve raised rates.") == [("Federal Reserve", "ORG")]
    # Its head word still decides where it has one: a street named for a school is a place.
    assert names("They marched down School Street.") == [("School Street", "PLACE")]


def test_short_capitals_after_the_are_initials_even_when_they_spell_a_word() -> None:
    assert [n for n, _ in names("According to the WHO, the rains displaced 185,000 people.")] == ["WHO"]
    assert [n for n, _ in names("The WHO said cases rose.")] == ["WHO"]
    # Before a title, too: the institution stays beside its officer.
    assert [n for n, _ in names("He met the WHO Director-General Tedros Adhanom Ghebreyesus.")] == [
        "WHO",
        "Tedros Adhanom Ghebreyesus",
    ]
    # The initials of a common noun, and a word in capitals without "the", stay out.
    assert names("He told the CEO it was over.") == []
    assert names("WHO SAID IT") == []


def test_a_market_index_is_no_person_and_its_head_word_alone_no_name() -> None:
    assert names("The Dow Jones Industrial Average gained 64 points.") == [("Dow Jones Industrial Average", "OTHER")]
    assert names("The Nasdaq Composite Index rose.") == [("Nasdaq Composite Index", "OTHER")]
    # "Index" after a number names nothing by itself.
    assert ("Index", "OTHER") not in names("The broader Standard & Poor's 500 Index fell.")


def test_market_codes_are_no_part_of_a_name() -> None:
    text = "The banks were ING ING.AS , Goldman Sachs GS.N and Rabobank [RABN.UL]."
    assert names(blank_market_codes(text)) == [("ING", "ORG"), ("Goldman Sachs", None), ("Rabobank", None)]
    codes = "The Nasdaq index .IXIC and <.SPX> rose."
    assert blank_market_codes(codes) == "The Nasdaq index       and        rose."
    # Initials and abbreviations stay: "U.S.", "J.P. Morgan", "a.m.".
    unchanged = "The U.S. unit of J.P. Morgan opened at 9 a.m. EST. Then it closed."
    assert blank_market_codes(unchanged) == unchanged


def test_a_nationality_before_an_acronym_is_no_part_of_it() -> None:
    assert names("There were 700 Uruguayan UN peacekeepers in Bunia.")[0] == ("UN", None)
    assert names("Then Russian FSB officers came.") == [("FSB", "ORG")]
    # Before a head word alone it stays: every country's navy would be one otherwise.
    assert names("The Russian Navy sailed.") == [("Russian Navy", "ORG")]


def test_quarters_of_a_year_are_no_names() -> None:
    assert names("Its share doubled to 6% in Q2 2003 and H1 sales rose.") == []


def test_a_time_zone_after_a_time_of_day_is_no_name() -> None:
    assert names("At 7:37 p.m. ET Thursday, the clerk spoke.") == []
    assert names("Markets closed at 14:00 GMT and at 6pm EST.") == []
    # The time's own capitals and the zone after them, with a name after both.
    assert names("At 6 AM ET the polls closed.") == []
    assert names("By 9 PM ET Reuters had the verdict.") == [("Reuters", None)]
    # After a count, capitals are a name still.
    assert names("He held 3 UN posts in 5 NATO states.") == [("UN", None), ("NATO", "ORG")]


def test_an_owner_in_the_plural_ends_a_name() -> None:
    assert names("It comes with a trial of RealNetworks' Rhapsody service.") == [
        ("RealNetworks", None),
        ("Rhapsody", None),
    ]
    assert names("Then the Central Committee of the Workers' Party met.") == [
        ("Central Committee of the Workers' Party", "ORG")
    ]


def test_ranks_of_several_words_are_titles() -> None:
    assert names("Air Commodore John Quaife said the operation went well.") == [("John Quaife", "PERSON")]
    assert names("Then Lieutenant General Ben Hodges spoke.") == [("Ben Hodges", "PERSON")]
    assert names("Later Attorney General Merrick Garland spoke.") == [("Merrick Garland", "PERSON")]
    # A firm before a title keeps its own words: "Group" is no title, and completes no rank
    # before "Chairman".
    assert names("Then Baidu Group Chairman Robin Li spoke.") == [("Baidu Group", "ORG"), ("Robin Li", "PERSON")]


def test_a_name_of_two_words_tied_to_its_is_an_organisation() -> None:
    assert names("On Monday Goldman Sachs raised its forecast.") == [("Goldman Sachs", "ORG")]
    assert names("The station said Sinclair Broadcast sold its stake.") == [("Sinclair Broadcast", "ORG")]
    # Not a person's name, a place's, or a name that only stands beside "and its".
    assert names("On Monday Joe Biden criticised its policy.") == [("Joe Biden", None)]
    assert names("Crews reached Lahaina and its harbour.") == [("Lahaina", None)]
    assert names("On Monday Mark Weller and its owner left.")[0] == ("Mark Weller", None)


def test_mention_offsets_are_exact_spans_of_the_article() -> None:
    analysis = readingdesk.analyze_texts({"a": "Kim Jong-un met Vladimir Putin.\nPutin said Kim was welcome."})
    article = analysis.articles[0]
    doc = analysis.to_dict()
    assert doc["entities"]
    for entity in doc["entities"]:
        for m in entity["mentions"]:
            assert article.text[m["start"] : m["end"]] == m["text"]
            sentence = analysis.sentence(m["sentence"])
            assert sentence.start <= m["start"] < m["end"] <= sentence.end


def test_spelling_and_transliteration_variants_merge_across_sources() -> None:
    entities = entities_of(
        {
            "efe": "Kim Jong-un met Foreign Minister Choe Son-hui near the Tumen River.",
            "bbc": "Kim Jong Un travelled with his foreign minister, Choe Sun Hui, over the Tuman River.",
        }
    )
    kim = entity_named(entities, "Kim Jong-un")
    assert "Kim Jong Un" in kim.aliases and kim.type == "PERSON"
    assert kim.sources == {"efe": 1, "bbc": 1}
    assert "Choe Sun Hui" in entity_named(entities, "Choe Son-hui").aliases
    assert "Tuman River" in entity_named(entities, "Tumen River").aliases


def test_a_given_name_spelt_with_other_vowels_inside_is_the_same_person() -> None:
    entities = entities_of(
        {
            "a": "Prosecutor Damian Williams spoke. Mario Rossi and Maria Rossi testified.",
            "b": "Prosecutor Damien Williams spoke. Dana Cole and Dina Cole testified.",
        }
    )
    assert sorted(entity_named(entities, "Damian Williams").aliases) == ["Damian Williams", "Damien Williams"]
    # Another last letter, or one vowel in a short name, makes another person.
    assert entity_named(entities, "Mario Rossi") is not entity_named(entities, "Maria Rossi")
    assert entity_named(entities, "Dana Cole") is not entity_named(entities, "Dina Cole")


def test_offices_nationality_nouns_and_ages_are_no_part_of_a_name() -> None:
    assert names("Then County Judge Tim Harley declared a mistrial.") == [("Tim Harley", "PERSON")]
    assert names("Then Fayette City Councilman Cedric Wilson spoke.") == [
        ("Fayette City", "PLACE"),
        ("Cedric Wilson", "PERSON"),
    ]
    assert names("It will match the unseeded Dutchman Martin Verkerk.") == [("Martin Verkerk", "PERSON")]
    assert names("Twenty-nine-year-old Iranian sisters are willing.") == []
    # Alone, a place's head word may be a family name.
    assert names("On Monday Park said the talks failed.") == [("Park", "PLACE")]


def test_names_of_firms_teams_and_bodies_are_no_persons() -> None:
    entities = entities_of(
        {
            "a": "Amnesty International said so. The New York Mets picked him. Coca-Cola said it would cut "
            "costs. A Reagan-era boom ended. The Washington-Baltimore Newspaper Guild met.",
            "b": "Analysts at Wal-Mart agreed. Peregrine sold it to BMC Software Inc. last year.",
            "c": "Peregrine sold its unit to BMC Software in November.",
        }
    )
    kinds = {e.name: e.type for e in entities}
    assert kinds["Amnesty International"] == "ORG"
    assert kinds["New York Mets"] == "ORG"
    assert kinds["Washington-Baltimore Newspaper Guild"] == "ORG"
    assert kinds["Coca-Cola"] != "PERSON"
    assert "Reagan-era" not in kinds
    # A firm's legal form is no part of what it is called.
    assert sorted(entity_named(entities, "BMC Software").aliases) == ["BMC Software", "BMC Software Inc"]


def test_a_name_ending_in_an_everyday_word_that_is_no_family_name_is_no_persons() -> None:
    entities = entities_of(
        {
            "a": "He ran the hedge fund Alameda Research with her. Ferries of Gozo Channel Line sailed.",
            "b": "Officials said Kim Jong Un met Josh Green and Tom Hall there.",
        }
    )
    kinds = {e.name: e.type for e in entities}
    assert kinds["Alameda Research"] != "PERSON"
    assert kinds["Gozo Channel Line"] != "PERSON"
    # A family name that is an everyday word, or a given name first, still makes a person.
    assert kinds["Josh Green"] == kinds["Tom Hall"] == kinds["Kim Jong Un"] == "PERSON"


def test_a_name_opening_on_another_languages_article_is_no_persons() -> None:
    entities = entities_of(
        {
            "a": "Officials said 39 buildings were destroyed, La Prensa reports. El Universal said so too.",
            "b": "Marine Le Pen spoke on Monday. Later, Le Pen said she would run. Robert De Niro said so. "
            "Later, De Niro left.",
        }
    )
    assert entity_named(entities, "La Prensa").type != "PERSON"
    assert entity_named(entities, "El Universal").type != "PERSON"
    # A surname that opens on a particle is the person named in full, however it is capitalised.
    assert entity_named(entities, "Le Pen").aliases == ["Marine Le Pen", "Le Pen"]
    assert entity_named(entities, "Le Pen").type == "PERSON"
    assert entity_named(entities, "De Niro").aliases == ["Robert De Niro", "De Niro"]


def test_a_person_named_by_the_first_words_of_one_longer_name_is_that_person() -> None:
    entities = entities_of(
        {
            "a": "Prime Minister Amara Tesfaye Bekele visited the site on Monday.",
            "b": "The crash was confirmed by the prime minister, Amara Tesfaye in a statement.",
        }
    )
    assert sorted(entity_named(entities, "Amara Tesfaye").aliases) == ["Amara Tesfaye", "Amara Tesfaye Bekele"]
    # The first words of two longer names name neither; a son is not his father.
    entities = entities_of(
        {
            "a": "Park Sung Ho met officials. His brother Park Sung Min ruled before him. Park Sung spoke.",
            "b": "Tom Reyes Jr. spoke on Monday. Tom Reyes said no.",
        }
    )
    assert entity_named(entities, "Park Sung").aliases == ["Park Sung"]
    assert entity_named(entities, "Tom Reyes").aliases == ["Tom Reyes"]


def test_a_word_run_on_into_a_persons_name_is_another_name() -> None:
    entities = entities_of(
        {
            "a": "Taking to Twitter Amara Tesfaye said she was saddened. Amara Tesfaye later left.",
            "b": "Marine Le Pen spoke. Le Pen said no. The Korea-Russia Friendship Bridge is long. "
            "The Friendship Bridge opened in 1959.",
        }
    )
    assert [m.text for m in entity_named(entities, "Amara Tesfaye").mentions] == ["Amara Tesfaye"] * 2
    assert entity_named(entities, "Twitter").type != "PERSON"
    # A given name, a particle surname and what a place's name ends on keep one name whole.
    assert "Marine Le Pen" in entity_named(entities, "Le Pen").aliases
    assert "Korea-Russia Friendship Bridge" in entity_named(entities, "Friendship Bridge").aliases


def test_an_acronym_stays_with_its_name_after_a_name_is_split() -> None:
    entities = entities_of(
        {
            "a": "On Monday, Kim met Putin. Then Putin spoke and Kim spoke. The Kim-Putin meeting was short. "
            "The Korean Central News Agency (KCNA) said so. The World Food Programme (WFP) said more."
        }
    )
    assert sorted(entity_named(entities, "KCNA").aliases) == ["KCNA", "Korean Central News Agency"]
    assert sorted(entity_named(entities, "WFP").aliases) == ["WFP", "World Food Programme"]


def test_a_place_described_as_one_is_a_place() -> None:
    assert names("Aid reached Amizmiz, a town of 10,000.") == [("Amizmiz", "PLACE")]
    assert names("The quake hit Chiautla de Tapia, a small town in Puebla.")[0] == ("Chiautla de Tapia", "PLACE")
    assert names("The quake hit near the town of Raboso on Tuesday.") == [("Raboso", "PLACE")]
    # A role in the town is a person's.
    assert names("The roof fell, said Maria Lopez, a city councillor.") == [("Maria Lopez", "PERSON")]


def test_the_head_of_an_organisation_named_after_it_is_a_person() -> None:
    text = "The head of the national civil defense agency, Luis Felipe Puente, posted a tweet."
    assert entity_named(entities_of({"a": text}), "Luis Felipe Puente").type == "PERSON"
    # The organisation itself, named after its description, still is one.
    assert names("A spokesman for the shipping company, Maersk, said so.") == [("Maersk", "ORG")]
    assert names("Shares of the Danish shipping company, Maersk, rose.") == [("Maersk", "ORG")]


def test_a_word_after_a_dateline_or_a_ledes_capitals_is_no_name() -> None:
    texts = {
        "a": "MEXICO CITY — Police, firefighters and volunteers dug through the rubble on Wednesday.",
        "b": "RESCUERS dug for survivors on Wednesday. The police said rescuers were exhausted.",
    }
    found = {entity.name for entity in readingdesk.analyze_texts(texts).entities}
    assert "Mexico City" in found
    assert not found & {"Police", "RESCUERS", "Rescuers"}
    # Initials in capitals stay a name: the corpus never writes them in lower case.
    found = {entity.name for entity in readingdesk.analyze_texts({"a": "NATO said rescuers would come."}).entities}
    assert found == {"NATO"}


def test_an_airline_run_into_its_planes_maker_is_two_names() -> None:
    entities = entities_of(
        {
            "a": "A brand new Ethiopian Airlines Boeing 737 crashed on Sunday.",
            "b": "The jet, made by Boeing, was operated by Ethiopian Airlines.",
        }
    )
    assert entity_named(entities, "Boeing").aliases == ["Boeing"]
    assert entity_named(entities, "Boeing").type != "PERSON"
    assert entity_named(entities, "Ethiopian Airlines").aliases == ["Ethiopian Airlines"]
    # A connector or another head word goes on with the name.
    assert names("The South Korean Ministry of National Defense said so.") == [("Ministry of National Defense", "ORG")]
    assert names("Officials of the Russian Air Force said so.") == [("Russian Air Force", "ORG")]


def test_a_name_that_opens_on_initials_is_no_persons() -> None:
    entities = entities_of({"a": "Hans Redeker of BNP Paribas said so.", "b": "Analysts said BNP Paribas erred."})
    assert entity_named(entities, "BNP Paribas").type == "ORG"
    # Initials run into the rest of the word: still a firm's; one capital inside a name is a person's.
    entities = entities_of(
        {"a": "Goldman Sachs and JPMorgan Chase also reported results.", "b": "Fans cheered LeBron James on."}
    )
    assert entity_named(entities, "JPMorgan Chase").type == "ORG"
    assert entity_named(entities, "LeBron James").type == "PERSON"


def test_a_name_that_ends_on_a_city_after_a_rare_word_is_a_firms() -> None:
    entities = entities_of(
        {"a": "Wells Fargo has provided an outperform rating.", "b": "Jack London wrote it in Central London."}
    )
    assert entity_named(entities, "Wells Fargo").type == "ORG"
    # Not after a given name, nor after an everyday word that names part of the city.
    assert entity_named(entities, "Jack London").type == "PERSON"
    assert entity_named(entities, "Central London").type == "PLACE"
    # Nor on a small town: "Bordon" and "Kamo" are towns of some 20,000 people, and family names.
    entities = entities_of({"a": "Stefano Bordon is out through illness.", "b": "Shu Kamo picked his side on Monday."})
    assert entity_named(entities, "Stefano Bordon").type == "PERSON"


def test_a_role_right_before_a_name_makes_it_a_persons() -> None:
    entities = entities_of({"a": "Japan coach Shu Kamo said the goal was lucky.", "b": "Nothing here."})
    assert entity_named(entities, "Shu Kamo").type == "PERSON"
    # A hyphenated role too, and before a name whose last word alone would make it a law or an act.
    entities = entities_of(
        {"a": "His partnership with fellow all-rounder Stuart Law added 71.", "b": "The Clean Air Act passed."}
    )
    assert entity_named(entities, "Stuart Law").type == "PERSON"
    assert entity_named(entities, "Clean Air Act").type == "OTHER"
    # A role with a comma after it ends its clause: what follows is the one who said so.
    entities = entities_of({"a": "The delay hurt every player, Zentrix said on Monday.", "b": "-"})
    assert entity_named(entities, "Zentrix").type != "PERSON"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Defender Hassan Abbas rose to intercept a long ball.", [("Hassan Abbas", "PERSON")]),
        ("Goalkeeper Salem Bitar saved twice.", [("Salem Bitar", "PERSON")]),
        ("All-rounder Greg Blewett steered his side to victory.", [("Greg Blewett", "PERSON")]),
        (
            "Officials Hassan Nasrallah and Ali Larijani met.",
            [("Ali Larijani", "PERSON"), ("Hassan Nasrallah", "PERSON")],
        ),
        ("Hosts UAE play Kuwait on Saturday.", [("Kuwait", "PLACE"), ("UAE", "PLACE")]),
    ],
)
def test_a_role_opening_a_sentence_is_no_part_of_the_name_after_it(text: str, found: list[tuple[str, str]]) -> None:
    assert sorted((e.name, e.type) for e in entities_of({"a": text, "b": "Nothing here."})) == found


def test_a_role_that_opens_a_name_going_on_with_a_small_word_stays_in_it() -> None:
    assert [n for n, _ in names("Doctors Without Borders said the clinic was hit.")] == ["Doctors Without Borders"]


def test_a_name_with_a_code_in_it_is_no_persons() -> None:
    entities = entities_of(
        {"a": "Flight ET302 plunged to the ground minutes after takeoff.", "b": "Jane Obi flew on Sunday."}
    )
    assert entity_named(entities, "Flight ET302").type == "OTHER"
    assert entity_named(entities, "Jane Obi").type == "PERSON"


def test_a_code_and_its_number_after_a_word_are_one_name() -> None:
    entities = entities_of(
        {"a": "Flight ET302 plunged after takeoff.", "b": "Flight ET 302 crashed near Bishoftu on Sunday."}
    )
    assert sorted(entity_named(entities, "Flight ET 302").aliases) == ["Flight ET 302", "Flight ET302"]
    # Not a year, nor a measure's number, nor after a code alone.
    assert names("Later, Bank of England UK 10-year yields rose.") == [("Bank of England UK", "ORG")]
    assert names("Later, the UN 2030 agenda and the FBI 10 most wanted list.") == [("UN", None), ("FBI", "ORG")]


def test_a_states_service_keeps_its_nationality() -> None:
    entities = entities_of(
        {
            "a": "The Russian Air Force struck the port. The South Korean Ministry of National Defense said so.",
            "b": "The Royal Air Force denied it. The Ministry of National Defense agreed.",
        }
    )
    assert entity_named(entities, "Russian Air Force") is not entity_named(entities, "Royal Air Force")
    # An institution whose own name goes on after its head word loses the nationality.
    assert len(entity_named(entities, "Ministry of National Defense").mentions) == 2


def test_a_school_named_after_someone_is_no_person() -> None:
    entities = entities_of(
        {
            "a": "Rescuers dug at the Enrique Rebsamen school. Parents waited at the Enrique Rebsamen school.",
            "b": "Joe Biden spoke. Critics of the Biden administration said little.",
        }
    )
    assert entity_named(entities, "Enrique Rebsamen").type == "ORG"
    assert entity_named(entities, "Joe Biden").type == "PERSON"
    # Named with its head word, it is the same school; a street is no newspaper.
    entities = entities_of(
        {
            "a": "Rescuers dug at the Enrique Rebsamen school. The Enrique Rebsamen School had 300 pupils.",
            "b": "Traders on Wall Street sold. The Wall Street Journal reported it.",
        }
    )
    assert "Enrique Rebsamen School" in entity_named(entities, "Enrique Rebsamen").aliases
    assert entity_named(entities, "Wall Street") is not entity_named(entities, "Wall Street Journal")


def test_a_bridge_named_after_someone_is_a_place_and_one_with_its_head_word() -> None:
    entities = entities_of(
        {
            "a": "Six workers were on the Francis Scott Key bridge when it collapsed.",
            "b": "The Francis Scott Key Bridge collapsed early on Tuesday.",
        }
    )
    bridge = entity_named(entities, "Francis Scott Key Bridge")
    assert bridge.type == "PLACE"
    assert set(bridge.aliases) == {"Francis Scott Key", "Francis Scott Key Bridge"}


def test_acronym_definitions_and_country_names_merge() -> None:
    entities = entities_of(
        {
            "a": "North Korea's official Korean Central News Agency (KCNA) said so. KCNA added more.",
            "b": "The DPRK and the Russian Federation signed. The U.S. objected.",
            "c": "Russia and the United States met. North Korea was absent.",
        }
    )
    assert "KCNA" in entity_named(entities, "Korean Central News Agency").aliases
    assert "Russian Federation" in entity_named(entities, "Russia").aliases
    assert "DPRK" in entity_named(entities, "North Korea").aliases
    assert "U.S." in entity_named(entities, "United States").aliases


def test_short_forms_resolve_but_people_sharing_a_surname_stay_apart() -> None:
    entities = entities_of(
        {
            "a": "North Korean leader Kim Jong-un left. Navy chief Kim Myong-sik went too. Kim waved.",
            "b": "Kim Jong Un met President Vladimir Putin. Mr Putin smiled and Mr Kim spoke.",
        }
    )
    leader = entity_named(entities, "Kim Jong-un")
    admiral = entity_named(entities, "Kim Myong-sik")
    assert leader is not admiral
    assert "Kim" in leader.aliases
    assert "Putin" in entity_named(entities, "Vladimir Putin").aliases
    # "Kim waved" follows the admiral's sentence: the nearest full name wins.
    waved = [m for m in admiral.mentions if m.text == "Kim"]
    assert len(waved) == 1


def test_name_inside_a_typo_and_translation_variants() -> None:
    entities = entities_of(
        {
            "a": "The train of Kim Jong-uncrossed the border. Kim Jong-un waved. The Munitions Industry "
            "Department was sanctioned.",
            "b": "Kim Jong-un arrived. The Industrial Department of Munitions was sanctioned. "
            "The Workers' Party Central Committee met.",
            "c": "The Central Committee of the Workers' Party met.",
        }
    )
    kim = entity_named(entities, "Kim Jong-un")
    assert len(kim.mentions) == 3
    assert "Industrial Department of Munitions" in entity_named(entities, "Munitions Industry Department").aliases
    assert (
        "Workers' Party Central Committee" in entity_named(entities, "Central Committee of the Workers' Party").aliases
    )


def test_entities_are_ordered_by_salience(seed_analysis) -> None:
    entities = seed_analysis.entities
    keys = [(len(e.sources), len(e.mentions)) for e in entities]
    assert keys == sorted(keys, reverse=True)
    top = {e.name for e in entities[:8]}
    assert {"Kim Jong-un", "Vladimir Putin", "Russia"} <= top


def test_spacy_backend_with_a_blank_pipeline_and_an_entity_ruler() -> None:
    spacy = pytest.importorskip("spacy")
    from readingdesk.analysis.entities.spacy_backend import SpacyMentionFinder, load_spacy_finder

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Kim Jong Un"},
            {"label": "PERSON", "pattern": "Kim Jong-un"},
            {"label": "GPE", "pattern": "Russia"},
            {"label": "DATE", "pattern": "Sunday"},
        ]
    )
    corpus = corpus_from_texts({"a": "Kim Jong-un left for Russia on Sunday.", "b": "Kim Jong Un is in Russia."})
    entities = extract_entities(corpus.articles, SpacyMentionFinder(nlp))
    assert {(e.name, e.type) for e in entities} == {("Kim Jong-un", "PERSON"), ("Russia", "PLACE")}
    assert "Kim Jong Un" in entity_named(entities, "Kim Jong-un").aliases
    with pytest.raises(ValueError, match="not installed"):
        load_spacy_finder("no_such_model_xyz")


def test_a_country_code_never_joins_a_name_that_shares_its_initials() -> None:
    """Whatever finds the names (here one that takes any capitalised run), "U.S." is the country."""

    def capitalised_runs(text: str, known: frozenset[str], lower: frozenset[str]) -> list[Candidate]:
        return [Candidate(m.start(), m.end(), None) for m in re.finditer(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*", text)]

    texts = {
        "a": "Urban Search crews came. Urban Search said so.",
        "b": "Help came from the U.S. on Monday. Then the U.S. said so.",
    }
    entities = extract_entities(corpus_from_texts(texts).articles, capitalised_runs)
    assert entity_named(entities, "U.S.").aliases == ["U.S."]
    assert entity_named(entities, "Urban Search").aliases == ["Urban Search"]
    # Two letters spell too many names to join one of another kind.
    texts = {"a": "A storm formed in the Gulf of Mexico on Sunday.", "b": "Then GM said its plants would close."}
    apart = extract_entities(corpus_from_texts(texts).articles)
    assert entity_named(apart, "GM").aliases == ["GM"]
    # An acronym of another name still joins it.
    texts = {"a": "It was the National Security Council that met.", "b": "Then the NSC said so."}
    joined = extract_entities(corpus_from_texts(texts).articles, capitalised_runs)
    assert sorted(entity_named(joined, "NSC").aliases) == ["NSC", "National Security Council"]


def test_a_lone_name_that_names_a_places_region_is_a_place() -> None:
    entities = entities_of(
        {
            "a": "Governor Green visited Kaloa on Thursday. Officials of Kaloa County met him there.",
            "b": "The fires that burned on Kaloa killed dozens. Crews said Kaloa was calm and the Titan sank.",
        }
    )
    assert entity_named(entities, "Kaloa").type == "PLACE"
    assert entity_named(entities, "Kaloa County").type == "PLACE"
    # A name no place holds keeps its kind.
    assert entity_named(entities, "Titan").type == "OTHER"


def test_an_organisation_goes_by_the_clipped_first_word_of_its_two_word_name() -> None:
    entities = entities_of(
        {
            "a": "The Federal Reserve raised rates, the Federal Open Market Committee said. "
            "The Banking Commission met. Students at Fordham University cheered.",
            "b": "The Fed said inflation was high, and the Bank agreed. Shares of Ford rose.",
        }
    )
    fed = entity_named(entities, "Fed")
    assert (fed.name, sorted(fed.aliases)) == ("Federal Reserve", ["Fed", "Federal Reserve"])
    assert entity_named(entities, "Federal Open Market Committee") is not fed
    # A word with an ending added is another word; a name that is no everyday word is no clip.
    assert entity_named(entities, "Bank") is not entity_named(entities, "Banking Commission")
    assert entity_named(entities, "Ford") is not entity_named(entities, "Fordham University")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An amount with its scale is no name, though it holds a capital; "3M" alone may be the firm.
        ("Revenue reached $1.65B, above the $299.3M forecast.", []),
        ("Shares of 3M rose.", [("3M", "ORG")]),
        ("3M said it would cut jobs.", [("3M", None)]),
        # Initials of a common noun, in the plural too.
        ("Demand for GPUs and EVs grew.", []),
        # A sentence's first word before an institution's head word is part of its name...
        ("State Department officials said so.", [("State Department", "ORG")]),
        ("Health Ministry figures show more.", [("Health Ministry", "ORG")]),
        # ... unless it is an adverb that opens the sentence.
        ("Meanwhile Parliament voted.", [("Parliament", "ORG")]),
        # A nation of a kingdom, a province of a country, is a place: it owns what follows.
        ("It was after England’s Geoff Hurst scored.", [("England", None), ("Geoff Hurst", None)]),
        # A saint's name is no title: "Saint-Germain" is no office of Paris.
        ("He joined his Paris Saint-Germain teammate.", [("Paris Saint-Germain", None)]),
    ],
)
def test_where_a_name_begins_and_ends_in_a_sentence(text: str, expected: list) -> None:
    assert names(text) == expected


def test_things_no_person_is_named_and_a_network_that_is_no_place() -> None:
    entities = entities_of(
        {"a": "He praised the Orion XL design.", "b": "It was a report in CNBC. He won the Golden Boot."}
    )
    assert entity_named(entities, "Orion XL").type == "OTHER"
    # Nor is a name that opens on an everyday word that is no given name.
    assert entity_named(entities, "Golden Boot").type == "OTHER"
    assert (entity_named(entities, "CNBC").name, entity_named(entities, "CNBC").type) == ("CNBC", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bank of England raised rates on Thursday.", "Bank of England"),
        ("Council of Europe officials warned of delays.", "Council of Europe"),
        ("Department of Justice lawyers said the case would go on.", "Department of Justice"),
        ("University of Hawaii researchers said the fire spread fast.", "University of Hawaii"),
    ],
)
def test_an_institution_of_a_place_opening_a_sentence_keeps_its_first_word(text: str, name: str) -> None:
    assert name in [n for n, _ in names(text)]


def test_a_word_capitalised_only_to_lead_a_name_is_everyday_alone() -> None:
    """ "Bank" of "Bank of America", where the corpus writes "the bank" too, names nothing alone."""
    texts = {
        "a": "Bank shares fall after earnings\n\nAnalysts at Bank of America expect two cuts. The bank was cautious.",
        "b": "Profits drop\n\nBank of America reported a drop in profit on Friday. Shares fell.",
    }
    bank = entity_named(entities_of(texts), "Bank of America")
    assert bank.aliases == ["Bank of America"]
    assert len(bank.mentions) == 2
    # A word the corpus capitalises alone keeps its name at a sentence's start.
    texts = {
        "a": "Phones sell\n\nAnalysts expect shares of Apple to gain. Farmers sold apple juice.",
        "b": "Earnings\n\nApple shares fell on Monday.",
    }
    assert len(entity_named(entities_of(texts), "Apple").mentions) == 2


def test_a_name_broken_across_lines_reads_as_one_line_and_keeps_its_offsets() -> None:
    texts = {
        "a": "The agency formed a new bank, the National Bank of \nSanta Clara, to hold\ndeposits.",
        "b": "Deposits moved to the National Bank of Santa Clara on Friday.",
    }
    entities = entities_of(texts)
    bank = entity_named(entities, "National Bank of Santa Clara")
    assert bank.aliases == ["National Bank of Santa Clara"]
    # Each mention is still the text as written, where it stands.
    assert {m.text for m in bank.mentions} == {"National Bank of \nSanta Clara", "National Bank of Santa Clara"}
    assert all(texts[m.article_id][m.start : m.end] == m.text for m in bank.mentions)


def test_a_person_opening_the_clause_after_a_company_noun_is_no_company() -> None:
    texts = {
        "a": "According to a statement released by the company, Sam Altman was removed from his post.",
        "b": "The board fired Sam Altman on Friday. Altman said little.",
    }
    altman = entity_named(entities_of(texts), "Sam Altman")
    assert altman.type == "PERSON" and "Altman" in altman.aliases
    # Set beside the noun as its other name, a name is the company's.
    entities = entities_of({"a": "A spokesman for the company, Maersk, said the ship was insured.", "b": "No."})
    assert entity_named(entities, "Maersk").type == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She worked as a student intern at Goldman Sachs before joining the lab.", "Goldman Sachs"),
        ("He had a job at Leap Motion for two years.", "Leap Motion"),
        ("Tech sites like The Verge have not gotten any clarification.", "Verge"),
    ],
)
def test_where_people_work_and_sites_named_as_examples_are_organisations(text: str, name: str) -> None:
    assert entity_named(entities_of({"a": text, "b": "Nothing here."}), name).type == "ORG"


def test_names_of_football_clubs_grounds_and_cups() -> None:
    texts = {
        "a": "Real Madrid CF and Kylian Mbappe have reached an agreement. He won the Coupe de France four "
        "times and spent a season on loan at the Parc des Princes.",
        "b": "Real Madrid have confirmed the signing of World Cup-winner Kylian Mbappe. Fans cheered Real Madrid.",
    }
    entities = entities_of(texts)
    # A club's letters after its name are no part of whom it names.
    assert {"Real Madrid", "Real Madrid CF"} <= set(entity_named(entities, "Real Madrid").aliases)
    assert entity_named(entities, "Coupe de France").type == "OTHER"
    assert entity_named(entities, "Parc des Princes").type == "PLACE"
    # "World Cup-winner" describes the player, whose name stands alone.
    assert {m.text for m in entity_named(entities, "Kylian Mbappe").mentions} == {"Kylian Mbappe"}


def test_an_office_by_its_initials_before_a_name_is_a_title() -> None:
    entities = entities_of({"a": "PM Rishi Sunak has said he accepts responsibility.", "b": "CTO Mira Murati spoke."})
    assert sorted((e.name, e.type) for e in entities) == [("Mira Murati", "PERSON"), ("Rishi Sunak", "PERSON")]


def test_a_person_named_after_an_owners_s_is_a_name_of_their_own() -> None:
    entities = entities_of({"a": "In Leicester, Labour’s Jon Ashworth lost his seat.", "b": "Nothing here."})
    assert entity_named(entities, "Jon Ashworth").type == "PERSON"
    assert entity_named(entities, "Labour").mentions[0].text == "Labour"
    # A name that holds an owner's "'s" stays whole.
    entities = entities_of({"a": "The People's Liberation Army drilled on Monday.", "b": "Nothing here."})
    assert [e.name for e in entities] == ["People's Liberation Army"]


def test_studios_and_pictures_head_an_organisations_name() -> None:
    entities = entities_of({"a": "The deal unites Xbox Game Studios with Activision.", "b": "Sony Pictures agreed."})
    assert entity_named(entities, "Xbox Game Studios").type == "ORG"
    assert entity_named(entities, "Sony Pictures").type == "ORG"


def test_a_dash_between_blanks_parts_two_names_and_a_roman_numeral_alone_is_none() -> None:
    text = "Geneva, Switzerland - The World Health Organization declared an emergency over clade II and clade Ib."
    found = sorted(e.name for e in entities_of({"a": text, "b": "Nothing here."}))
    assert found == ["Geneva", "Switzerland", "World Health Organization"]
    # A hyphen with a blank on one side only still joins: "Kang Sun -nam".
    assert [n for n, _ in names("The delegation included Kang Sun -nam on Monday.")] == ["Kang Sun -nam"]


def test_a_role_in_the_plural_opening_a_sentence_is_no_name() -> None:
    assert names("Jurors began deliberations on Wednesday in New York City.") == [("New York City", "PLACE")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plane landed in Saint Petersburg on Monday.", "Saint Petersburg"),
        ("Officials in St Petersburg said the port was shut.", "St Petersburg"),
        ("Fans of Saint Louis cheered the team.", "Saint Louis"),
    ],
)
def test_a_saint_opens_a_places_name_and_is_no_title(text: str, name: str) -> None:
    assert [(e.name, e.type) for e in entities_of({"a": text, "b": "Nothing here."})] == [(name, "PLACE")]


def test_a_club_named_for_a_saint_keeps_the_saint_however_it_is_hyphenated() -> None:
    entities = entities_of(
        {"a": "He informed Paris Saint Germain of his decision.", "b": "He joined Paris Saint-Germain."}
    )
    assert set(entity_named(entities, "Paris Saint-Germain").aliases) == {"Paris Saint Germain", "Paris Saint-Germain"}


def test_a_ground_an_arena_and_an_oval_are_places() -> None:
    entities = entities_of(
        {
            "a": "Rain stopped play at the Melbourne Cricket Ground after Walsh won the toss.",
            "b": "The final is at the Sydney Cricket Ground; the semi at the Bellerive Oval and the Staples Arena.",
        }
    )
    for name in ("Melbourne Cricket Ground", "Sydney Cricket Ground", "Bellerive Oval", "Staples Arena"):
        assert entity_named(entities, name).type == "PLACE"


def test_everyday_capitalised_words_after_the_and_one_describing_word_are_a_name() -> None:
    found = names("Pakistan are the third team in the triangular World Series tournament.")
    assert [name for name, _ in found] == ["Pakistan", "World Series"]
    # Without "the", capitalised everyday words are no name.
    found = names("Pakistan are the third team in a triangular World Series tournament.")
    assert [name for name, _ in found] == ["Pakistan"]


def test_a_given_name_before_a_country_that_is_a_family_name_is_a_persons_name() -> None:
    entities = entities_of(
        {"a": "Bill Jordan, general secretary of the union, told a news conference.", "b": "Will Russia attack?"}
    )
    assert entity_named(entities, "Bill Jordan").type == "PERSON"
    assert entity_named(entities, "Russia").type == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bill Jordan of the International Confederation of Free Trade Unions spoke.",
            "International Confederation of Free Trade Unions",
        ),
        ("Matsushita said in an interview with the Nihon Keizai Shimbun on Friday.", "Nihon Keizai Shimbun"),
        ("The Chosun Ilbo reported the talks.", "Chosun Ilbo"),
    ],
)
def test_a_confederation_and_a_paper_by_its_native_word_are_organisations(text: str, name: str) -> None:
    assert entity_named(entities_of({"a": text, "b": "Nothing here."}), name).type == "ORG"


def test_a_family_name_alone_names_the_person_whose_full_name_ends_on_a_generation() -> None:
    entities = entities_of(
        {"a": "John Mills Jr., 41, was put to death on Friday. Mills made a final statement.", "b": "Nothing here."}
    )
    assert entity_named(entities, "Mills").type == "PERSON"
    assert "John Mills Jr" in entity_named(entities, "Mills").aliases


def test_a_language_is_no_place_after_in() -> None:
    entities = entities_of({"a": "Speaking in Arabic, he thanked the crowd in Cairo.", "b": "She replied in Swahili."})
    assert entity_named(entities, "Arabic").type == "OTHER"
    assert entity_named(entities, "Swahili").type == "OTHER"
    assert entity_named(entities, "Cairo").type == "PLACE"
    # A language's name that is also a place's stays a place: Afar is a region of Ethiopia.
    assert entity_named(entities_of({"a": "Fighting spread in Afar on Monday.", "b": "-"}), "Afar").type == "PLACE"


def test_nationality_words_joined_by_a_hyphen_are_no_name() -> None:
    assert names("The men live in the Israeli-held zone and back the Saudi-led coalition.") == []
    assert names("The Russian-Ukrainian talks began.") == []
    assert [n for n, _ in names("Shares of Coca-Cola rose.")] == ["Coca-Cola"]


def test_initials_in_brackets_join_a_name_across_and() -> None:
    entities = entities_of(
        {"a": "Nippon Telegraph and Telephone Corp (NTT) said on Friday it hopes to grow.", "b": "Nothing here."}
    )
    assert entity_named(entities, "Nippon Telegraph and Telephone Corp").type == "ORG"
    assert "NTT" in entity_named(entities, "Nippon Telegraph and Telephone Corp").aliases
    # Without them, a firm's legal form after "and" still ends a second firm's name.
    entities = entities_of({"a": "Shares of Microsoft and Amazon.com Inc rose.", "b": "Nothing here."})
    assert {e.name for e in entities} >= {"Microsoft", "Amazon.com Inc"}


def test_a_currency_code_is_no_place() -> None:
    assert names("Ahold has annualised sales of approximately US$ 24 billion.") == [("Ahold", None)]
    assert [n for n, _ in names("The deal is worth HK$5 billion in Hong Kong.")] == ["Hong Kong"]


def test_a_resort_is_a_place_and_a_classic_an_event() -> None:
    entities = entities_of(
        {"a": "Rain washed out the third round of the JCPenney Classic at the Innisbrook Hilton Resort.", "b": "-"}
    )
    assert entity_named(entities, "Innisbrook Hilton Resort").type == "PLACE"
    assert entity_named(entities, "JCPenney Classic").type == "OTHER"


def test_a_family_name_typed_a_place_only_by_its_preposition_is_the_persons() -> None:
    entities = entities_of(
        {
            "a": "Albanian coach Astrit Hafizi named his squad on Saturday. Lekbello was missing from Hafizi's "
            'squad. "We would be happy with a draw in Belfast," said Hafizi.',
            "b": "Bill Jordan spoke. King Abdullah of Jordan met him in Amman.",
        }
    )
    assert sorted(entity_named(entities, "Hafizi").aliases) == ["Astrit Hafizi", "Hafizi"]
    assert entity_named(entities, "Hafizi").type == "PERSON"
    # A place the data sets know stays a place.
    assert entity_named(entities, "Jordan").type == "PLACE"


def test_a_sea_named_by_a_rare_word_goes_by_that_word_alone() -> None:
    entities = entities_of(
        {
            "a": "The storm formed over the Caribbean Sea in December. Ships crossed the Red Sea.",
            "b": "It is the first storm to develop in the Caribbean in December. The Red Cross helped.",
        }
    )
    assert sorted(entity_named(entities, "Caribbean").aliases) == ["Caribbean", "Caribbean Sea"]
    assert entity_named(entities, "Red Sea").aliases == ["Red Sea"]


def test_a_nation_or_a_city_of_millions_opening_a_sentence_is_a_place() -> None:
    assert names("Wales grappled with its own cluster of cases in Cardiff.")[0][0] == "Wales"
    # Not a smaller city whose name is an everyday word or a given name.
    assert "Kim" not in [n for n, _ in names("Kim left Pyongyang on Sunday.")]


def test_a_firm_that_goes_by_its_first_word_after_a_preposition_is_the_firm() -> None:
    entities = entities_of(
        {
            "a": "Santa Fe Pacific Gold Corp may reject unsolicited suitor Newmont Mining Corp. Santa Fe is mum "
            "on the takeover proposal from Newmont, announced Thursday. Newmont said the companies had talked.",
            "b": "Nothing here.",
        }
    )
    newmont = entity_named(entities, "Newmont")
    assert newmont.type == "ORG" and "Newmont Mining Corp" in newmont.aliases
    assert len(newmont.mentions) == 3


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Russia opposes expansion into the Soviet-led Warsaw Pact countries.", "Warsaw Pact", "OTHER"),
        (
            "He left Meciar's ruling Movement for a Democratic Slovakia last month.",
            "Movement for a Democratic Slovakia",
            "ORG",
        ),
        ("The agreement would give the Catholic Church too much influence.", "Catholic Church", "ORG"),
        ("The service was held at St Mary's Church in Dover.", "St Mary's Church", "PLACE"),
        ("The vigil was held at the Mount Olive Baptist Church on Sunday.", "Mount Olive Baptist Church", "PLACE"),
        ("The Russian Orthodox Church backed the war.", "Russian Orthodox Church", "ORG"),
        # Kin after its owner names a person; a team goes by its city and a plural.
        ("Charlton and his wife, Peggy, became citizens.", "Peggy", "PERSON"),
        ("She said her daughter, Samira, was safe.", "Samira", "PERSON"),
        ("Vancouver Canucks star Pavel Bure was suspended.", "Vancouver Canucks", "ORG"),
        ("He hit Buffalo Sabres defenceman Garry Galley.", "Buffalo Sabres", "ORG"),
        ("Lincoln Roberts said the vote was close.", "Lincoln Roberts", "PERSON"),
        # A former country, a paper named by its kind, a club named for a city of a million.
        ("Spain face Yugoslavia in the qualifier.", "Yugoslavia", "PLACE"),
        ("The Madrid daily El Mundo said on Friday.", "El Mundo", "ORG"),
        ("He replaces Atletico Madrid playmaker Jose Luis Caminero.", "Atletico Madrid", "ORG"),
        ("Jack London wrote the book.", "Jack London", "PERSON"),
        # A Romance place's particle after a place's preposition; not a person's given name first.
        ("Emergency workers in Pescara del Tronto were going through debris.", "Pescara del Tronto", "PLACE"),
        ("Rescuers reached a remote section of nearby Pescara del Tronto.", "Pescara del Tronto", "PLACE"),
        ("The award went to Pedro de la Rosa last year.", "Pedro de la Rosa", "PERSON"),
        # A list after a noun for places: every name in it is one.
        ("The quake leveled the towns of Amatrice, Accumoli and Pescara del Tronto.", "Accumoli", "PLACE"),
        ("The quake leveled the towns of Amatrice, Accumoli and Pescara del Tronto.", "Pescara del Tronto", "PLACE"),
        # Names in Romance languages open on their institution's head.
        ("The navy said all pupils at Colegio Enrique Rébsamen were safe.", "Colegio Enrique Rébsamen", "ORG"),
        ("He studied at the Universidad de Chile for a year.", "Universidad de Chile", "ORG"),
        ("Pupils of the Lycée Voltaire marched on Monday.", "Lycée Voltaire", "ORG"),
        # Where a place lies from another, told right after its name.
        ("Norcia, which is about 105 miles northwest of Rome, was the epicenter.", "Norcia", "PLACE"),
        ("The epicentre was Accumoli, 20 kilometres (12 miles) east of Rieti.", "Accumoli", "PLACE"),
        # A plural owner before a given name is an organisation, and the person is named apart.
        ("As CBS News' Jonathan Vigliotti reported, crews dug.", "CBS News", "ORG"),
        ("As CBS News' Jonathan Vigliotti reported, crews dug.", "Jonathan Vigliotti", "PERSON"),
    ],
)
def test_the_kind_a_name_takes_from_its_words_and_the_words_around_it(text: str, name: str, kind: str) -> None:
    assert entity_named(entities_of({"a": text, "b": "Nothing here."}), name).type == kind


def test_a_nationality_and_an_office_without_a_name_are_no_name() -> None:
    assert names("A bomb exploded outside the home of an expelled Slovak MP.") == []
    # An office's district is still a place.
    assert ("Southern District", "PLACE") in names("He is U.S. Attorney for the Southern District of New York.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Moroccan Mohamed Benchaou died of his injuries.", ["Mohamed Benchaou"]),
        ("The blast bore the hallmarks of Algerian Moslem fundamentalists.", []),
        ("Muslim and Christian leaders met in Beirut.", ["Beirut"]),
        # A faith's word inside a name stays: "Muslim Brotherhood", and a given name before a bridge's.
        ("The Muslim Brotherhood was banned in Cairo.", ["Muslim Brotherhood", "Cairo"]),
        (
            "The Muslim Council of Britain and the Jewish Agency for Israel spoke.",
            ["Muslim Council of Britain", "Jewish Agency for Israel"],
        ),
        ("The Francis Scott Key Bridge collapsed.", ["Francis Scott Key Bridge"]),
    ],
)
def test_nationality_and_faith_words_before_a_name_are_no_part_of_it(text: str, found: list[str]) -> None:
    assert [name for name, _ in names(text)] == found


def test_a_name_that_goes_by_its_initials_is_an_organisations() -> None:
    entities = entities_of(
        {
            "a": "Mbappe moved to Madrid from Paris Saint-Germain (PSG). He scored 256 goals at PSG.",
            "b": "He left PSG in June. Sam Bankman-Fried (SBF) was sentenced in New York.",
        }
    )
    assert entity_named(entities, "Paris Saint-Germain").type == "ORG"
    assert entity_named(entities, "Sam Bankman-Fried").type == "PERSON"


def test_an_office_with_an_owners_s_is_no_name() -> None:
    assert [n for n, _ in names("A release from the Manhattan District Attorney’s office alleged fraud.")] == [
        "Manhattan"
    ]


def test_a_party_or_a_firm_goes_by_the_word_before_party_or_its_legal_form() -> None:
    entities = entities_of(
        {
            "a": "The Labour Party won a landslide. Voters said Labour would govern, and Apple Inc. said so too.",
            "b": "Starmer led Labour to victory on Thursday. Analysts said Apple had gained.",
        }
    )
    labour = entity_named(entities, "Labour")
    assert labour.name == "Labour Party" and len(labour.mentions) == 3
    assert len(entity_named(entities, "Apple").mentions) == 2


def test_a_partys_members_in_the_plural_are_the_party() -> None:
    entities = entities_of(
        {
            "a": "The Conservative Party lost. The Conservatives won 121 seats, and Conservative MPs conceded.",
            "b": "Sunak led the Conservatives to defeat. Greens gained seats.",
        }
    )
    party = entity_named(entities, "Conservatives")
    assert party.name == "Conservative Party" and {"Conservatives", "Conservative Party"} <= set(party.aliases)


WIRE_STORY = (
    "BOXING - SCHULZ DEFEATS RIBALTA IN IBF HEAVYWEIGHT FIGHT.\n\n"
    "VIENNA 1996-12-07\n\n"
    "German Axel Schulz outpointed Cuba's Jose Ribalta in their International Boxing Federation "
    "non-title 10-round heavyweight fight on Saturday. Ribalta said he would fight again."
)


def test_a_headline_in_capitals_is_read_in_the_case_the_story_writes_its_words() -> None:
    entities = entities_of({"a": WIRE_STORY, "b": "Schulz trains in Vienna."})
    assert {m.text for m in entity_named(entities, "Axel Schulz").mentions} == {"SCHULZ", "Schulz", "Axel Schulz"}
    assert entity_named(entities, "Axel Schulz").type == "PERSON"
    assert entity_named(entities, "Jose Ribalta").type == "PERSON"
    assert "RIBALTA" in {m.text for m in entity_named(entities, "Jose Ribalta").mentions}
    # An everyday word of the headline is no name, nor is the run of words in capitals.
    assert not any(alias.casefold() in ("boxing", "heavyweight") for e in entities for alias in e.aliases)
    assert not any(len(alias.split()) > 3 for e in entities for alias in e.aliases)


def test_a_dateline_alone_on_its_line_names_its_place() -> None:
    entities = entities_of({"a": WIRE_STORY, "b": "LONDON (Reuters) -\n\nMarkets in London fell."})
    vienna = entity_named(entities, "VIENNA")
    assert (vienna.name, vienna.type) == ("Vienna", "PLACE")
    assert [m.text for m in entity_named(entities, "London").mentions] == ["LONDON", "London"]


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        (
            "SOCCER - REINSTATED ALBANIA NAMES SQUAD TO PLAY N.IRELAND.",
            "soccer - reinstated Albania names squad to play N.Ireland.",
        ),
        ("NHL ICE HOCKEY - CANUCKS STAR BURE SUSPENDED.", "NHL ice hockey - Canucks star Bure suspended."),
        ("US AND IRAN TALK ON FRIDAY'S DEAL", "US and Iran talk on Friday's deal"),
    ],
)  # fmt: skip
def test_words_in_capitals_take_the_case_of_the_corpus_or_of_their_kind(text: str, restored: str) -> None:
    story = "The National Hockey League suspended Bure. The Canucks play Friday. Fans of Bure wept."
    case = written_case(map(word_evidence, [story]))
    assert restore_case(text, case) == restored
    assert len(restore_case(text, case)) == len(text)


def test_a_sentence_is_in_capitals_only_with_no_letter_in_lower_case() -> None:
    assert in_capitals("SCHULZ DEFEATS RIBALTA IN IBF FIGHT.")
    assert not in_capitals("NASA and the FBI met.")
    assert not in_capitals("UN OKS AID")  # too short to tell


def test_given_names_of_other_countries_are_given_names() -> None:
    assert all(is_given_name(name) for name in ("Axel", "Pavel", "Davor", "Volodymyr", "Mykhailo"))
    # The list's rarest entries, English words and places are not.
    assert not any(is_given_name(word) for word in ("Oak", "Valve", "Paris", "Kashmir", "Hafizi"))
    assert names("German Axel Schulz outpointed Jose Ribalta.") == [("Axel Schulz", None), ("Jose Ribalta", None)]


def test_words_of_a_headline_in_capitals_that_the_story_inflects_or_hyphenates_are_no_names() -> None:
    story = "Police will breathalyse fans at the gates. Liberian striker George Weah head-butted Costa."
    headline = "SOCCER - WEAH HEAD-BUTT DEPRIVES PORTUGAL OF COSTA, BREATHALYSER TESTS."
    assert restore_case(headline, written_case(map(word_evidence, [story]))) == (
        "soccer - Weah head-butt deprives Portugal of Costa, breathalyser tests."
    )
    entities = entities_of({"a": f"{headline}\n\n{story}", "b": "Nothing here."})
    weah = entity_named(entities, "George Weah")
    assert ("WEAH" in weah.aliases, weah.type) == (True, "PERSON")
    # Initials as short as a family name stay initials.
    entities = entities_of({"a": "Kim Jong Un spoke. The UN said no.", "b": "The UN met. Kim Jong Un left."})
    assert entity_named(entities, "UN").aliases == ["UN"]


def test_a_countrys_former_name_is_the_country() -> None:
    entities = entities_of({"a": "Burma's junta met.", "b": "Myanmar's generals spoke."})
    assert sorted(entity_named(entities, "Burma").aliases) == ["Burma", "Myanmar"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A nationality before one given name; a participle opening a sentence; chambers, papers.
        ("A German Santa nearly got arrested.", [("Santa", None)]),
        ("Brazilian striker Marcelo scored twice.", [("Marcelo", "PERSON")]),
        # A participle of an everyday word opening a sentence is no name; a family name is one.
        ("Hooded protesters threw bottles at police.", []),
        ("Browning said the vote was close.", [("Browning", None)]),
        ("He sits in the Chamber of Deputies.", [("Chamber of Deputies", "ORG")]),
        ("She told La Stampa newspaper last month.", [("La Stampa", "ORG")]),
        # A country that ends the sentence, its stop no abbreviation's.
        ("The flight was due to go on to Shannon, Ireland.", [("Shannon", "PLACE"), ("Ireland", "PLACE")]),
        # An owner after "in" is no place, unless what it owns is one.
        ("Bonds were top performers in Salomon Brothers' league table.", [("Salomon Brothers", "ORG")]),
        ("The stores are in Malaysia's capital Kuala Lumpur.", [("Malaysia", "PLACE"), ("Kuala Lumpur", "PLACE")]),
        # A time of year after a place is no part of its name.
        ("The Luxembourg Christmas market opened.", [("Luxembourg", "PLACE")]),
        # Ships named after their kind; faiths and nationalities before a title.
        ("A study was carried out from the ship Kenda.", [("Kenda", "OTHER")]),
        ("The container ship Ever Given blocked the canal.", [("Ever Given", "OTHER")]),
        (
            "East Timorese Roman Catholic Bishop Carlos Belo left Dili.",
            [("Carlos Belo", "PERSON"), ("Dili", None)],
        ),
        ("Roman Polanski was arrested.", [("Roman Polanski", None)]),
    ],
)
def test_names_one_sentence_gives(text: str, found: list) -> None:
    assert names(text) == found


def test_a_capitalised_small_word_marks_title_case_and_an_everyday_word_may_describe_a_name() -> None:
    entities = entities_of(
        {
            "a": "Malala, Snowden, Belarusians Short-Listed For Sakharov Prize\n\n"
            "Malala Yousafzai and Edward Snowden were short-listed for the Sakharov Prize.",
            "b": "Fugitive Snowden short-listed for European rights prize\n\nSnowden is on the list.",
        }
    )
    assert sorted(e.name for e in entities) == ["Edward Snowden", "Malala Yousafzai", "Sakharov Prize"]
    assert len(entity_named(entities, "Edward Snowden").mentions) == 4
    # A code after the word is no name it describes: "Flight ET302".
    assert names_known("Flight ET302 plunged to the ground.", frozenset({"ET302"})) == [("Flight ET302", "OTHER")]


def test_a_rare_given_name_opening_prose_stays_with_the_family_name_the_corpus_gives_alone() -> None:
    entities = entities_of(
        {"a": "Markets slip\n\nShares fell on Monday.\n\nElon Musk said prices would fall. Musk gave no date."}
    )
    assert entity_named(entities, "Elon Musk").type == "PERSON"
    assert len(entity_named(entities, "Elon Musk").mentions) == 2
    # A common describing word still drops in prose: "Veteran Smith".
    veteran = entities_of({"a": "Club news\n\nVeteran Okafor scored twice. Okafor left in May."})
    assert [e.name for e in veteran] == ["Okafor"]


def test_two_names_after_words_giving_their_kind_are_both_that_kind() -> None:
    assert names("Thousands were evacuated in Brittany and Normandy.") == [("Brittany", "PLACE"), ("Normandy", "PLACE")]
    assert names("Homes across Cornwall and Devon lost power.") == [("Cornwall", "PLACE"), ("Devon", "PLACE")]
    assert names("Shares in Shell and TotalEnergies rose.") == [("Shell", "ORG"), ("TotalEnergies", "ORG")]
    # A preposition of no kind leaves the second alone: "between Israel and Hezbollah".
    assert names("Fighting between Israel and Hezbollah went on.")[1] == ("Hezbollah", None)
    # Nor does a given name and more take a place's kind.
    assert names("She was born in Texas and John Smith was not.")[1] == ("John Smith", None)


def test_an_adjective_that_opens_names_opens_one_at_the_start_of_a_sentence() -> None:
    assert names("National Grid said 150,000 customers had lost power.") == [("National Grid", None)]
    assert names("Federal Reserve officials held rates.") == [("Federal Reserve", "ORG")]
    assert names("International Women's Day was marked.") == [("International Women's Day", None)]
    # Before a nationality it describes: "Central European countries"; unless a name's head
    # word ends the run.
    assert names("Central European countries agreed.") == []
    assert [name for name, _ in names("Great Western Railway cancelled trains.")] == ["Great Western Railway"]
    assert names("Great Ormond Street Hospital treated him.") == [("Great Ormond Street Hospital", "ORG")]
    assert names("Great Lakes shipping resumed.") == [("Great Lakes", "PLACE")]
    # An island's name goes on past "of": "Isles of Scilly".
    assert names("Winds hit the Isles of Scilly on Thursday.") == [("Isles of Scilly", "PLACE")]


def test_a_club_named_in_full_and_by_its_head_word_is_a_club() -> None:
    entities = entities_of(
        {"a": "Haaland double keeps City top\n\nErling Haaland scored twice as Manchester City beat Brentford 3-1."}
    )
    assert entity_named(entities, "Manchester City").type == "ORG"
    assert "City" in entity_named(entities, "Manchester City").aliases


def test_where_a_firm_is_based_is_a_place_and_its_rival_no_part_of_a_name() -> None:
    assert names("Shares of the Santa Clara-based company fell 2%.") == [("Santa Clara", "PLACE")]
    assert names("Shares of Boeing fell.") == [("Boeing", "ORG")]
    assert names("Rival Advanced Micro Devices slipped 1%.") == [("Advanced Micro Devices", "ORG")]


def test_credit_ratings_are_no_organisations() -> None:
    for text in (
        "Fitch affirmed the bank's BBB+ rating on Monday.",
        "Moody's cut the country to Baa1 from Aa3 on Friday.",
        "The firm kept its AAA credit rating and sold AA-rated bonds.",
    ):
        found = {e.name for e in entities_of({"a": "Ratings\n\n" + text})}
        assert not found & {"BBB", "Baa1", "Aa3", "AAA", "AA"}, found
    # Initials that are an organisation's stay, and a road's number is no rating.
    assert names(blank_market_codes("The BBB warned buyers on the A1 road.")) == [("BBB", "ORG"), ("A1", None)]


def test_who_gives_the_figures_is_an_organisation() -> None:
    for text, name in (
        ("Analysts polled by FactSet had expected a loss.", "FactSet"),
        ("Prices rose 3%, according to Refinitiv data.", "Refinitiv"),
        ("Sales beat estimates compiled by Zacks.", "Zacks"),
    ):
        assert entity_named(entities_of({"a": "Results\n\n" + text}), name).type == "ORG"
    # A country that gives its own figures stays a place.
    assert entity_named(entities_of({"a": "Prices\n\nPrices rose, according to Japan data."}), "Japan").type == "PLACE"


def test_a_dateline_in_capitals_is_read_as_written_and_a_body_it_names_is_the_body() -> None:
    entities = entities_of(
        {
            "a": "Brazil exam cheats caught\n\nRIO DE JANEIRO 1996-12-06\n\nStudents in Rio de Janeiro cheated.",
            "b": "Africans vie for U.N. post\n\nUNITED NATIONS 1996-12-06\n\nFour states nominated candidates.",
        }
    )
    assert entity_named(entities, "RIO DE JANEIRO").aliases == ["RIO DE JANEIRO", "Rio de Janeiro"]
    assert entity_named(entities, "UNITED NATIONS").type == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("They lead Feyenoord, who have two games in hand, by nine points.", "Feyenoord", None),
        ("The fans cheered Dixon, who has two goals this season.", "Dixon", "PERSON"),
        ("Returns were meagre, Salomon Brothers said on Friday.", "Salomon Brothers", "ORG"),
    ],
)
def test_a_plural_verb_after_who_speaks_of_a_team_and_brothers_head_a_firm(text: str, name: str, kind) -> None:
    assert (name, kind) in names(text)


def test_two_known_places_joined_by_a_hyphen_and_a_name_without_someone() -> None:
    entities = entities_of(
        {
            "a": "Refugees trekked from the Goma-Bukavu area, Medecins sans Frontieres said.",
            "b": "Troops reached Guinea-Bissau on Friday.",
        }
    )
    assert [entity_named(entities, name).type for name in ("Goma", "Bukavu")] == ["PLACE", "PLACE"]
    assert entity_named(entities, "Guinea-Bissau").aliases == ["Guinea-Bissau"]  # a place's own name
    assert entity_named(entities, "Medecins sans Frontieres").type == "ORG"
