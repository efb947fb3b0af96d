"""Closed word classes the actor rules read: function words, org suffixes, role nouns, connectors.

These are grammar, not names, so they are short and written out; names come from the gazetteer.
All entries are lower case.
"""

from __future__ import annotations

from briefing.compile.lexicon.calendar_names import MONTH_WORDS, WEEKDAY_WORDS

# Capitalised only because they open a sentence or a pasted headline: never part of a name.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet if then than as at by for from in into of off on onto out over
    to up upon with within without about above after against along among around before behind below
    beneath beside between beyond during except inside near since through throughout toward towards
    under until via while when where whether which who whom whose why how what that this these those
    there here he she it they we you i me him her us them his hers its our ours their theirs my mine
    your yours is are was were be been being has have had do does did will would shall should can
    could may might must not no yes all any both each either every few many more most much neither
    none other others several some such two three four five six seven eight nine ten also
    however meanwhile moreover furthermore although though because unless once now today yesterday
    tomorrow tonight last next former earlier later still even just only
    according despite instead perhaps maybe indeed already again""".split()
)

MONTHS = MONTH_WORDS
WEEKDAYS = WEEKDAY_WORDS

# Lower-case words that may sit inside an organisation's or a place's name between capitals.
CONNECTORS = frozenset("of for and & the de du des la le van von der den bin al el da di del y on in".split())
# Of those, the ones that join a family name's particles to it ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset("de du des la le van von der den bin bint ibn al el da di del dos das".split())

# Last words that make a capitalised run an organisation.
ORG_SUFFIXES = frozenset(
    """inc inc. corp corp. corporation ltd ltd. limited plc llc co co. company companies group bank
    banks ministry ministries party council agency university college school institute institution
    news times post journal herald tribune gazette telegraph press network television tv radio
    broadcasting service services office department bureau commission committee board authority
    association federation union league club fc united city rovers athletic wanderers rangers
    hotspur albion town county villa forest utd olympic sporting academy exchange fund trust foundation
    court parliament assembly congress senate cabinet government army navy force forces police guard
    front movement alliance coalition church mosque airlines airways air motors industries holdings
    systems technologies securities capital partners enterprises petroleum oil energy electric
    telecom communications pharmaceuticals insurance reserve treasury organisation organization
    society center centre hospital museum festival mission brigade battalion command corps bros
    brothers ag sa se nv bv gmbh spa llp kgaa oyj asa pty bhd""".split()
)
# First words that make "<word> of <Name>" an organisation ("Bank of England", "Ministry of Defence").
ORG_HEADS = frozenset(
    """bank ministry university department office bureau council church house court board
    institute school college academy association federation union league commission committee
    organisation organization party society chamber friends institutes centers centres agency
    authority foundation museum""".split()
)
# First words that make "<word> of <Place>" a place ("Republic of Ireland", "Gulf of Mexico").
PLACE_HEADS = frozenset(
    """republic kingdom state states federal principality emirate gulf bay sea strait isle island
    islands city county province region district cape lake mount port""".split()
)

# Nouns that name a position, for roles written after a name or in lower case before it.
ROLE_NOUNS = frozenset(
    """president minister secretary spokesman spokeswoman spokesperson chairman chairwoman chair
    director head chief leader governor mayor senator ambassador envoy commander general coach
    manager captain striker midfielder defender goalkeeper player analyst economist official
    officer executive founder editor correspondent lawyer attorney judge prosecutor adviser advisor
    aide deputy premier chancellor king queen prince princess sheikh emir president-elect
    vice-president representative delegate negotiator mediator diplomat treasurer trader strategist
    dealer broker owner partner member candidate champion winner skipper batsman bowler rider
    driver trainer jockey boss nominee sen sens reps govs atty supt pres""".split()
)
# Capitalised words that qualify a title without being one ("Defense Minister", "Acting President").
ROLE_MODIFIERS = frozenset(
    """defense defence finance interior trade economy economic justice health education labour
    labor agriculture energy industry transport culture sports sport opposition former acting
    then ex deputy foreign home state public environment information communications
    security intelligence oil planning development tourism democrat democratic republican
    conservative liberal socialist communist nationalist independent""".split()
)
# Ordinals that rank a title ("the First Minister", "Second Secretary"): with a title word the run
# is an office, not a body; alone they are ordinary words.
TITLE_RANKS = frozenset("first second third".split())

# Entries of the name parser's title list that are abbreviations or plain words in running text
# ("met", "me", "pro"): after a name they are never the role it holds.
TITLE_NOISE = frozenset("met me his her most ra mag pro ens sma pir".split())

# Generational suffixes that end a person's name ("Martin Luther King Jr.", "Vann R. Newkirk II"):
# a father's or son's name told apart ("Jr", "Sr"), a regnal or family numeral ("III"), and the
# abbreviations with their dot.
GENERATION_SUFFIXES = frozenset("jr sr".split())
NAME_NUMERALS = frozenset("ii iii iv".split())
NAME_SUFFIXES = GENERATION_SUFFIXES | {f"{s}." for s in GENERATION_SUFFIXES} | NAME_NUMERALS

# Acronyms that are titles, units or clock zones, not bodies.
TITLE_ACRONYMS = frozenset(
    "potus flotus ceo cfo coo cto mp mep pm md gmt bst est edt cet utc pct tv gdp cpi ppi dna hiv rbi era phd".split()
)

# Words nameparser lists as titles that, in front of a capitalised word, usually start the name of
# a body or a place ("United Nations", "National Bank", "Grand Prix", "St Paul").
NOT_PERSON_TITLES = frozenset(
    """united states us uk national royal grand first high supreme special international group
    business air army navy police state federal st ste saint district division field family
    law legal military municipal information intelligence security credit film radio television
    tax travel rock blues ballet baseball soccer software computer corporate customs discovery
    docket excellent flag flying foreign british english political social private public
    municipal resident right rear supreme theater theatre opera voice wing staff most petty
    civil classical criminal financial knowledge judicial master""".split()
)

# Last words of events, competitions and days, which are not actors ("World Cup", "Labor Day").
EVENT_SUFFIXES = frozenset(
    """cup open classic championship championships games olympics series trophy prix war wars day
    masters award awards prize bowl marathon rally tournament invitational final finals
    grand-prix derby festival tour conference summit""".split()
)

# Last words of places that the gazetteer does not list ("Harbour Street", "Mill Bridge").
PLACE_SUFFIXES = frozenset(
    """street square road avenue lane boulevard park bridge river lake sea ocean island islands
    mountains mountain valley coast strait bay gulf peninsula desert airport stadium arena
    heights hills plain canal province region east west ridge moor creek canyon falls springs
    glacier reservoir harbour harbor""".split()
)

# Words after a name, or before it, that make a town a sports team ("Norwich beat Exeter").
TEAM_AFTER = frozenset(
    """beat beats drew draw lost won win defeated defeat trail trailed v vs vs. edged thrashed levelled
    leveled equalised equalized scored host hosts visit""".split()
)
TEAM_BEFORE = frozenset("beat v vs vs. against defeated edged thrashed".split())
TEAM_NOUNS = frozenset(
    """captain coach manager striker midfielder defender goalkeeper skipper batsman bowler
    all-rounder player players fans supporters team side squad chairman boss winger""".split()
)

# Words after a name that make it a person who speaks.
SPEECH_VERBS = frozenset(
    """said says told added asked replied noted stated declared explained argued insisted warned
    wrote announced admitted denied confirmed claimed""".split()
)
# Endings of proper adjectives ("Arabic", "Baltic", "Bolivian"): words, not actors.
ADJECTIVE_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish", "ic")

# Nouns right after a name that make it a body ("the Tarvik news agency", "Acme group").
ORG_NOUNS_AFTER = frozenset("news agency newspaper daily company group conglomerate bank firm airline magazine".split())

# Nouns before "in" that make what follows a company, not a place ("a stake in Acme").
HOLDING_NOUNS = frozenset("stake stakes shares share interest interests investment investments holding holdings".split())

# Prepositions before a bare name that make it a place.
PLACE_PREPOSITIONS = frozenset("in at near from to outside inside across around".split())

# Words that put a capital on the map as a city ("central Athens", "the capital Athens"): there it
# is not the state it stands for elsewhere ("Athens said").
CITY_AREA_WORDS = frozenset(
    "central western eastern northern southern downtown suburban greater inner outer old capital".split()
)

# US states as news style abbreviates them after a town ("Paradise, Calif."), with the dot.
STATE_ABBREVIATIONS = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana",
    "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
    "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada",
    "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York",
    "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon",
    "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington",
    "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming",
}

# Last words of a local government area ("Butte County"); a football club named so plays in a
# results line or beside a score, which the classifier checks first.
AREA_SUFFIXES = frozenset("county township parish borough".split())

# Company suffixes written in lower case after the name ("Acme plc").
LOWER_COMPANY_SUFFIXES = frozenset("plc ltd inc llc".split())

# Positions held in a body, after "the <Name>": "the Green leader", "the Labour spokesman" name a party.
BODY_ROLES = frozenset(
    """leader leaders leadership spokesman spokeswoman spokesperson chairman chairwoman mp mps peer
    peers whip whips manifesto conference frontbench frontbencher backbencher backbenchers""".split()
)

# Lower-case titles that only a person holds, right before a name ("team principal Toto Wolff");
# words a company can also be called ("broker", "partner", "champion") are left out.
PERSONAL_TITLES = frozenset(
    """principal councillor councilor councilman councilwoman senator governor mayor spokesman
    spokeswoman spokesperson chairman chairwoman coach manager captain skipper striker midfielder
    defender goalkeeper winger lawyer attorney judge prosecutor adviser advisor aide economist
    professor writer author historian journalist novelist poet actor actress singer songwriter
    detective sergeant boss teammate driver rider dictator tycoon billionaire businessman
    businesswoman activist campaigner lawmaker congressman congresswoman pastor rapper comedian""".split()
)

# Lower-case roles in a team or firm that follow its name before a person's ("Vantor driver Ana Ruiz").
TEAM_ROLES = frozenset(
    """driver rider boss coach manager captain skipper striker midfielder defender goalkeeper winger
    teammate principal spokesman spokeswoman spokesperson""".split()
)

# Last words of football and other club names formed on a town ("Bolton Wanderers", "Derby County").
CLUB_SUFFIXES = frozenset(
    """wanderers rovers athletic united city town albion hotspur county fc villa rangers argyle
    orient alexandra wednesday utd""".split()
)

# Last words of newspapers' and magazines' names, which carry their article ("The Guardian",
# "The Sunday Telegraph"): after a capitalised "The" such a name is a body, never a person.
MASTHEAD_WORDS = frozenset(
    """times telegraph guardian independent sun mirror mail express observer spectator economist
    standard chronicle courier herald post journal tribune gazette examiner inquirer register
    monitor bulletin scotsman statesman""".split()
)

# A party member named by party: "the New York Democrat", "the Texas Republican" describe a person.
PARTY_MEMBERS = frozenset("democrat republican independent conservative liberal socialist tory".split())

# Head nouns of an apposition that make the name before it a body ("X, the discount chain").
BODY_NOUNS = frozenset(
    """chain company firm group retailer supermarket brand startup start-up conglomerate lender
    charity organisation organization institute university college regulator watchdog agency
    ministry department broadcaster publisher developer operator utility""".split()
)

# Nouns right before a name that make it a body ("the arms export company Rosoboronexport",
# "energy supplier Westgrid", "tech giant Vantor"): the body nouns and the trade nouns.
ORG_NOUNS_BEFORE = BODY_NOUNS | frozenset(
    """agency bank airline carrier maker manufacturer producer exporter importer supplier provider
    giant outfit newspaper daily weekly network party club union insurer station magazine website
    subsidiary unit brokerage miner refiner distributor""".split()
)

# Short lower-case words that follow a name and a hyphen in a modifier ("Obama-era", "Seoul-run",
# "Texas-born"); other short tails after a given name are the second syllable of a hyphened
# given name ("Kim Jong-un", "Moon Jae-in").
MODIFIER_TAILS = frozenset("run era age led born made wide type like free rich held bred area zone size only".split())
# Of those, the tails that name a time or a manner: a name before them is more often a person's or
# a period's ("Obama-era", "Thatcher-style") than a town's, so only a country, region or capital
# is read as a place there ("Soviet-era" is a nationality, "Kenya-style" a country).
PERIOD_TAILS = frozenset("era age style type like".split())

# What opens the noun phrase before a body's name set off by commas ("a law firm, Cohen Pike,"),
# and the words before it that make the name a person addressed there instead ("told the network,
# Ann Roe, 45, said").
APPOSITION_DETERMINERS = frozenset("a an the its their his her our".split())
ADDRESSED_BEFORE = frozenset("to told with at from for in on by of".split())

# Words that end the noun phrase of an apposition ("the chain founded by ...", "a firm based in").
APPOSITION_ENDS = frozenset("that which founded based owned run whose with in of and for backed led".split())

# Words that open a sentence before its subject ("However, Roe said", "But Roe said"): the
# subject is read after them (and after a comma that follows them).
INTRO_ADVERBS = frozenset(
    """but and so yet however meanwhile later earlier then now still also instead indeed separately
    elsewhere nonetheless nevertheless moreover furthermore yesterday today tonight finally first
    second third next afterwards previously recently initially eventually""".split()
)
# Words that open an introductory clause ending at a comma ("In a statement on Monday, Roe said").
INTRO_OPENERS = frozenset(
    """in at on during after before for from with by speaking asked according while when since unlike
    despite as if although though because following amid under over without once until""".split()
)
# The speaker's own voice: a sentence without any of these words, with a cue verb and a name, is the
# reporter's, not more of a quotation left open before it.
SPEAKER_VOICE = frozenset("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves you your yours".split())

# Head nouns of a speaker the story leaves unnamed ("a party source", "an executive spokeswoman"):
# such a description is itself the speaker, with the body its words name as its actor.
UNNAMED_SOURCES = frozenset("spokesman spokeswoman spokesperson source insider official aide".split())
# Endings of nouns for a person ("Harrier", "Yorkshireman", "Evertonian", "loyalist"): a capitalised
# epithet with one names the person in focus ("said the Riverside Harrier"), not a body.
PERSON_NOUN_ENDINGS = ("er", "man", "woman", "ian", "ist", "ite")
# The gender such a head tells ("she said" after "a spokeswoman ... insisted"); the rest tell none.
SOURCE_GENDERS = {"spokesman": "m", "spokeswoman": "f"}

# Head nouns of a description that stands for a person the story has named ("the athlete", "the
# veteran"): such a subject keeps the topic of the sentence before.
PERSON_DESCRIPTION_NOUNS = frozenset(
    """man woman boy girl father mother son daughter wife husband brother sister athlete sprinter
    runner veteran star actor actress singer writer author director film-maker filmmaker novelist
    player striker defender midfielder goalkeeper keeper winger forward captain coach manager boss
    politician campaigner activist official spokesman spokeswoman spokesperson minister secretary
    leader chief executive chairman chairwoman founder editor reporter journalist teenager youngster
    pensioner victim suspect lawyer doctor scientist researcher economist analyst""".split()
)

# Common English short forms of given names and the names they stand for ("Bob" Goodlatte is
# "Robert" Goodlatte in another outlet); read when actors of several articles are merged.
GIVEN_NAME_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "bob": "robert", "bobby": "robert", "rob": "robert", "bert": "robert albert herbert",
        "bill": "william", "billy": "william", "will": "william", "willie": "william",
        "rick": "richard", "ricky": "richard", "rich": "richard", "dick": "richard",
        "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael",
        "tom": "thomas", "tommy": "thomas", "joe": "joseph", "joey": "joseph", "dan": "daniel",
        "danny": "daniel", "dave": "david", "steve": "stephen steven", "chris": "christopher christine christina",
        "tony": "anthony antonio", "andy": "andrew", "drew": "andrew", "ed": "edward edwin",
        "eddie": "edward", "ted": "edward theodore", "ned": "edward", "fred": "frederick alfred",
        "greg": "gregory", "jeff": "jeffrey", "jerry": "gerald jerome", "jack": "john",
        "johnny": "john", "jon": "jonathan john", "ken": "kenneth", "larry": "lawrence laurence",
        "matt": "matthew", "mo": "maurice mohammed", "nick": "nicholas", "pat": "patrick patricia",
        "pete": "peter", "phil": "philip phillip", "ron": "ronald", "sam": "samuel samantha",
        "sandy": "alexander sandra", "alex": "alexander alexandra", "al": "albert alan allan alfred",
        "ben": "benjamin", "charlie": "charles", "chuck": "charles", "hank": "henry", "harry": "henry harold",
        "kate": "katherine catherine kathryn", "kathy": "katherine kathleen", "liz": "elizabeth",
        "beth": "elizabeth", "betty": "elizabeth", "bettie": "elizabeth", "meg": "margaret",
        "peggy": "margaret", "maggie": "margaret", "jenny": "jennifer", "sue": "susan suzanne",
        "debbie": "deborah debra", "vicky": "victoria", "nancy": "ann anne", "tim": "timothy",
        "walt": "walter", "wally": "walter", "zach": "zachary",
    }.items()
}

# Political parties by the names news uses for them (folded), each with the key of the party:
# "the Tories", "Tory" and "the Conservatives" are one actor, an organisation.
PARTY_ALIASES = {
    **dict.fromkeys(("labour", "labour party", "new labour"), "labour party"),
    **dict.fromkeys(
        ("conservatives", "conservative party", "tories", "tory", "tory party", "conservative"), "conservative party"
    ),
    **dict.fromkeys(
        ("liberal democrats", "liberal democrat", "lib dems", "lib dem", "libdems", "liberal democrat party"),
        "liberal democrats",
    ),
    **dict.fromkeys(("snp", "scottish national party"), "scottish national party"),
    **dict.fromkeys(("ukip", "uk independence party"), "uk independence party"),
    **dict.fromkeys(("plaid cymru", "plaid"), "plaid cymru"),
    **dict.fromkeys(("green party", "greens"), "green party"),
    **dict.fromkeys(("democratic party",), "democratic party"),
    **dict.fromkeys(("republican party", "gop"), "republican party"),
}

# Capitalised words that open a run of capitals without being part of the name that follows
# ("But Roe said", "Speaking to reporters, Roe ..."): the speaker reading drops them from its runs.
NAME_RUN_OPENERS = frozenset(
    """the a an and but or so yet in on at as when while after before if this that these those it its he
    she they we i his her their our my your you us them then now still meanwhile however also asked
    speaking since until though although because for from with without by to of during despite
    according there here what who why how where which whose both all some many most several other
    another each every no not nor last next former""".split()
)
# Lower-case words after a name run that go on with the clause ("Roe, who ...", "Roe has ..."),
# so the run qualifies no noun after them ("the Trump campaign" does, "Trump has" does not).
CLAUSE_WORDS = frozenset(
    """of and or who whom whose which that also has have had was is were are will would could should
    may might must did does do can cannot later then previously recently once again repeatedly himself
    herself themselves reportedly in at on during after before from to with for by last this when
    while as but not never often the a an""".split()
)
# Words before a role that leave it a role ("the former minister", "its acting chief").
ROLE_LEADERS = frozenset("the a an former then its his her their our acting interim".split())
# Words that open a relative clause ("Roe, who ...", "the city, where ..."): no subject of a cue.
RELATIVE_WORDS = frozenset("who whom whose which where when".split())
# Words that open a comma part before a cue's subject that is no subject ("In a statement, Roe
# said", "Responding, Roe said"); the cue reading's list, which differs from INTRO_OPENERS and
# INTRO_ADVERBS in a few words (merged, 6 of 1,056 dev briefs changed: left for a measured change).
ADVERBIAL_START = frozenset(
    """in at on during after before for from with by speaking asked according while when since
    unlike like despite over under through about earlier later however meanwhile still but and
    instead asked responding writing""".split()
)
