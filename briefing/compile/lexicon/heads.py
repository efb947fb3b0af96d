"""The last word of a name or a description, and what it makes of it (the speaker reading's lists).

A capitalised run that ends in one of these is not a person's name: "the Harbour Times" and "the
Finance Ministry" speak as organisations, "the Harbour Festival" and "Main Street" speak not at
all; "the spokesman" is a role that points back at a person the story named.  All lower case.
"""

from __future__ import annotations

from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS

#: Last words that make a name run an organisation ("the Harbour Times", "the Finance Ministry").
ORG_NAME_ENDS = frozenset(
    """times post news journal press party committee campaign department ministry agency office
    association institute council commission foundation group university college bank corporation
    company inc corp network tribune herald guardian reuters bureau house senate congress court
    administration center centre fund union executive government parliament assembly authority service
    trust board police""".split()
)
#: Last words that make a name run an event, a prize, a place or a work, which never speaks.
THING_NAME_ENDS = frozenset(
    """festival award awards prize prix cup league championship championships games olympics tour series
    show programme program day week act street road avenue square county state city stadium school
    hospital airport station film""".split()
)
#: Role nouns a description ("the spokesman", "the senator") names a person by.
SPEAKER_ROLES = frozenset(
    """spokesman spokeswoman spokesperson president senator governor mayor minister chairman chairwoman
    chair secretary director leader official aide adviser advisor lawyer attorney candidate nominee
    professor analyst economist strategist manager founder executive chief ambassador commissioner
    judge sheriff general congressman congresswoman representative speaker""".split()
)
#: Speech verbs after which a capitalised word glued to the sentence opens the next one.
GLUE_SPEECH_VERBS = frozenset(
    "said says asked asks added adds told tells wrote writes replied replies continued explained "
    "insisted warned shouted recalled recalls noted notes argued argues admitted conceded declared "
    "announced responded joked cried exclaimed wondered tweeted".split()
)
#: Capitalised words that start a role or a place rather than a byline name (as written).
BYLINE_NOT_NAMES = frozenset(
    "The In On At By For President Minister Prime Secretary General Chancellor King Queen Prince Princess "
    "Senator Governor Mayor Chief Judge Justice Director Officer Spokesman Spokeswoman Leader Pope Sir Lord "
    "Lady Dame Saint New North South East West United Democratic Republican Former Deputy Foreign Defense "
    "Defence State National International Federal Supreme High Royal Central Upper Lower Great Greater "
    "Mount Lake River Cape Fort Port San Santa Los Las Le La El Al Ben Van Von De Del Savings Group Bank "
    "Trust Capital Holdings Partners Airlines Motors Energy Systems Industries Financial Securities Insurance "
    "Media News Times Post Press Daily Journal Company University College School Council Court Party Army "
    "Police Ministry Department Agency Office Committee Commission Union Association League Club City County "
    "Park Street Square Hall House Center Centre Institute Foundation Fund Reserve Board Exchange Market".split()
)
#: Title words before a name ("Senator", "Insp.", "Ceo"): the abbreviations and the spelt-out titles.
TITLE_WORDS = frozenset(TITLE_ABBREVIATIONS) | frozenset(
    """president senator
    representative congressman congresswoman governor mayor secretary minister chancellor judge justice
    chairman chairwoman chair speaker leader spokesman spokeswoman director general vice prime
    attorney sheriff commissioner ambassador deputy chief former candidate nominee sir lady lord
    king queen prince princess pope bishop councillor councilor councilman councilwoman alderman
    assemblyman assemblywoman del delegate detective inspector superintendent officer coach mp mep msp
    ceo""".split()
)
#: Nouns a name before them only qualifies ("the Clinton campaign", "Trump aides"): not the speaker's name.
MODIFIED_NOUNS = frozenset(
    """campaign campaigns administration government party aide aides adviser advisers advisor advisors
    spokesman spokeswoman spokesperson supporter supporters voter voters ally allies surrogate
    surrogates camp team staff staffer staffers loyalist loyalists backer backers critic critics fan
    fans family foundation presidential vice running press communications deputy senior top chief
    national political economic policy official officials leader leaders member members lawmaker
    lawmakers donor donors delegate delegates director manager secretary minister governor mayor
    senator representative congressman congresswoman judge justice counsel commissioner ambassador
    coach player star host anchor columnist reporter correspondent editor writer analyst economist
    professor historian pollster strategist consultant operative executive founder chairman chairwoman
    officer agent nominee candidate lawyer attorney president researcher scientist expert fellow
    organizer activist boss captain skipper principal driver rider striker midfielder goalkeeper
    defender winger forward owner trainer teammate colleague""".split()
)
