"""Declarative vocabulary for :mod:`crosscheck.extract.measure.measure`: what is counted, and what happened
to it.

Every table maps a lowercase word sequence to a canonical name. Multi-word entries win over their
prefixes (longest match). Nothing here is tuned to one corpus: these are general English news usages.
"""

from __future__ import annotations

from crosscheck.extract.attribution.claimants import words

# --- Who or what is counted -------------------------------------------------------------------------------
# Canonical group -> surface heads. "fighters"-like heads get their side from modifiers (SIDE_MODIFIERS).
_GROUPS: dict[str, tuple[str, ...]] = {
    "people": (
        "people", "person", "persons", "individuals", "individual", "residents", "resident", "citizens",
        "citizen", "inhabitants", "villagers", "syrians", "iraqis", "passengers", "worshippers", "shoppers",
        "pedestrians", "bystanders", "victims", "victim", "others", "more", "souls", "human beings",
    ),
    "civilians": ("civilians", "civilian", "non-combatants", "noncombatants"),
    "children": (
        "children", "child", "kids", "minors", "minor", "boys", "boy", "girls", "girl", "infants", "babies",
        "toddlers", "schoolchildren", "youngsters",
    ),
    "women": ("women", "woman"),
    "men": ("men", "man"),
    "militants": (
        "militants", "militant", "jihadists", "jihadist", "extremists", "extremist", "terrorists",
        "terrorist", "insurgents", "insurgent", "gunmen", "gunman", "jihadis", "jihadi",
    ),
    "rebels": ("rebels", "rebel", "opposition fighters", "rebel fighters", "opposition members"),
    "soldiers": (
        "soldiers", "soldier", "troops", "servicemen", "serviceman", "government forces", "regime forces",
        "army soldiers", "government troops", "regime troops", "conscripts", "officers",
    ),
    "fighters": (
        "fighters", "fighter", "combatants", "combattants", "militiamen", "militia",
        "loyalists", "recruits",
    ),
    "members": ("members",),
    "police officers": ("policemen", "policeman", "police officers", "police officer", "police"),
    "medical staff": (
        "medics", "medic", "doctors", "doctor", "nurses", "nurse", "paramedics", "medical staff",
        "medical workers", "health workers", "healthcare workers", "members of medical staff",
    ),
    "aid workers": ("aid workers", "aid worker", "humanitarian workers", "relief workers", "volunteers"),
    "journalists": ("journalists", "journalist", "reporters", "reporter"),
    "teachers": ("teachers", "teacher"),
    "students": ("students", "student", "pupils"),
    "evacuees": ("evacuees",),
    "refugees": ("refugees", "refugee", "asylum seekers"),
    "prisoners": ("prisoners", "prisoner", "detainees", "detainee", "hostages", "hostage", "captives"),
    "families": ("families",),
    "bodies": ("bodies", "corpses", "remains"),
    "displaced people": ("displaced", "internally displaced people", "idps"),
}  # fmt: skip

# Heads that carry their own event: "24 dead", "6 martyrs", "claiming two lives".
HEADS_WITH_EVENT: dict[str, tuple[str, str]] = {
    "dead": ("people", "killed"), "killed": ("people", "killed"), "martyrs": ("people", "killed"),
    "martyr": ("people", "killed"), "fatalities": ("people", "killed"), "deaths": ("people", "killed"),
    "lives": ("people", "killed"), "life": ("people", "killed"), "wounded": ("people", "injured"),
    "injured": ("people", "injured"), "injuries": ("people", "injured"),
    "casualties": ("people", "killed or injured"),
}  # fmt: skip

# Countable things that are not people. Value: (canonical noun, category).
# category: "strike" (an event in itself), "weapon" (default event: fired), "sortie" (default: flown),
# "thing" (takes the event of the clause when there is one).
_THINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("air strikes", "strike"): (
        "air strikes", "airstrikes", "air strike", "airstrike", "air raids", "air raid", "airraids", "raids",
        "raid", "strikes", "strike", "bombing raids", "aerial attacks", "aerial strikes",
    ),
    ("attacks", "strike"): ("attacks", "attack", "bombings", "explosions", "blasts", "suicide attacks"),
    ("missions", "sortie"): ("missions", "sorties", "combat missions", "combat sorties", "mission", "sortie"),
    ("flights", "strike"): ("flights", "flight"),
    ("cruise missiles", "weapon"): ("cruise missiles", "cruise missile", "tomahawks", "tomahawk missiles"),
    ("missiles", "weapon"): ("missiles", "missile", "ballistic missiles"),
    ("rockets", "weapon"): ("rockets", "rocket", "rocket shells", "grad rockets"),
    ("shells", "weapon"): (
        "shells", "shell", "mortar shells", "mortar rounds", "mortars", "artillery shells", "rounds",
    ),
    ("barrel bombs", "weapon"): ("barrel bombs", "barrel bomb"),
    ("bombs", "weapon"): ("bombs", "bomb", "car bombs", "cluster bombs"),
    ("armored vehicles", "thing"): (
        "armored vehicles", "armoured vehicles", "armored vehicle", "armoured vehicle", "armored cars",
        "armoured cars", "armored personnel carriers", "armoured personnel carriers", "apcs",
    ),
    ("tanks", "thing"): ("tanks", "tank"),
    ("vehicles", "thing"): ("vehicles", "vehicle", "cars", "trucks", "lorries", "pickups", "pick-ups"),
    ("buses", "thing"): ("buses", "busses", "bus"),
    ("aircraft", "thing"): ("aircraft", "warplanes", "jets", "planes", "helicopters", "drones"),
    ("buildings", "thing"): ("buildings", "houses", "homes", "shops"),
    ("hospitals", "thing"): ("hospitals", "clinics", "medical facilities"),
    ("schools", "thing"): ("schools",),
    ("villages", "thing"): ("villages", "towns", "settlements", "hamlets"),
    ("positions", "thing"): ("positions", "checkpoints", "outposts", "posts"),
    ("weapons depots", "thing"): ("weapons depots", "ammunition depots", "depots", "warehouses"),
    ("targets", "thing"): ("targets", "facilities", "command posts", "headquarters"),
}  # fmt: skip

# Words that say a figure is not a count of anything a fact-checker would cross-check on its own.
NOT_A_HEAD: frozenset[str] = words(
    "years year months month weeks week days day hours hour minutes minute seconds times percent per "
    "cent kilometres kilometers km miles meters metres feet yards square of the a an and or to in on "
    "at by for from with as was were is are be been has have had that this these those which who whom "
    "whose it its including among mostly mainly after before during while when near over under into "
    "across than then since per each there here not no so such also both many according who"
)
# Events that cannot take an object: "leaving 27 people dead a monitor said" is not "dead a monitor".
INTRANSITIVE: frozenset[str] = words("dead died dying perished missing trapped stranded fled martyred slain")

# Side of a "fighters"/"members"/"forces"-like head, read from its modifiers ("ISIS fighters").
SIDE_MODIFIERS: dict[str, tuple[str, ...]] = {
    "militants": (
        "is", "isis", "isil", "daesh", "islamic state", "jihadist", "jihadi", "extremist", "terrorist",
        "takfiri", "al-qaeda", "al qaeda", "nusra", "al-nusra", "hts", "tahrir al-sham", "militant",
    ),
    "rebels": (
        "rebel", "opposition", "fsa", "free syrian army", "insurgent", "anti-government", "anti-regime",
    ),
    "soldiers": (
        "regime", "government", "pro-government", "pro-regime", "pro-assad", "army", "loyalist",
        "syrian army",
        "military", "security", "allied", "pro-damascus",
    ),
}  # fmt: skip

# --- What happened to them --------------------------------------------------------------------------------
_EVENTS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death", "deaths",
        "fatalities", "perished", "slain", "slaughtered", "massacred", "martyred", "lost their lives",
        "lost his life", "lost her life", "lost their life", "claimed the lives of", "claiming the lives of",
        "death toll", "toll", "fatality toll", "number of dead", "number of deaths", "number of victims",
        "number of people killed", "number of those killed", "number of fatalities", "number killed",
        "killed or missing", "lives of", "the lives of", "massacre of", "massacre against", "eliminated",
        "eliminating", "elimination", "elimination of", "neutralised",
        "neutralized", "neutralising", "neutralizing",
    ),
    "injured": (
        "wounded", "wounding", "wound", "wounds", "injured", "injuring", "injure", "injures", "injuries",
        "injury", "hurt", "hurting", "maimed", "hospitalised", "hospitalized", "number of wounded",
        "number of injured", "number of injuries",
    ),
    "killed or injured": (
        "casualties", "killed or wounded", "killed or injured", "dead or wounded", "dead or injured",
        "killed and wounded", "killed and injured", "dead and wounded", "dead and injured",
        "number of casualties", "casualty toll",
    ),
    "critically injured": (
        "in critical condition", "in a critical condition", "critically wounded", "critically injured",
        "seriously wounded", "seriously injured", "in serious condition",
    ),
    "displaced": ("displaced", "displacing", "displace", "fled", "uprooted", "forced to flee", "forced from"),
    "arrested": (
        "arrested", "arresting", "arrest", "detained", "detaining", "rounded up", "taken into custody",
    ),
    "executed": ("executed", "executing", "execute", "beheaded", "beheading"),
    "abducted": ("abducted", "abducting", "kidnapped", "kidnapping", "taken hostage"),
    "missing": ("missing", "unaccounted for"),
    "evacuated": ("evacuated", "evacuating", "evacuate", "relocated", "relocate", "bussed out", "bused out"),
    "rescued": (
        "rescued", "rescuing", "saved", "pulled from the rubble", "pulled alive", "saved the lives of",
        "saving the lives of",
    ),
    "recovered": (
        "recovered", "retrieved", "taken away", "carted away", "pulled out", "pulled", "found", "discovered",
        "unearthed", "exhumed",
    ),
    "trapped": ("trapped", "besieged", "stranded"),
    "destroyed": ("destroyed", "destroying", "destroy", "razed", "demolished", "flattened", "wiped out"),
    "damaged": ("damaged", "damaging",),
    "captured": (
        "captured", "capturing", "capture", "seized", "seizing", "seize", "liberated", "liberating",
        "liberate", "retook", "retaken", "recaptured", "regained", "took control of", "taken control of",
        "taking control of", "took control over", "taken control over", "taking control over", "gained",
        "overran", "taken",
    ),
    "held": (
        "under control", "under militant control", "under the control of", "remained under", "held",
        "controlled", "control",
    ),
    "lost": ("lost",),
    "flown": ("flown", "flew", "flying", "carried out", "conducted", "made", "making"),
    "fired": ("fired", "firing", "launched", "launching", "dropped", "dropping", "shot"),
    "intercepted": ("intercepted", "shot down", "downed"),
    "deployed": ("deployed", "deploying", "sent", "dispatched"),
    "surrendered": ("surrendered", "defected"),
    "freed": ("freed", "released", "swapped"),
}  # fmt: skip

# Events that only make sense for some categories of counted things.
PERSON_EVENTS: frozenset[str] = words(
    "killed injured displaced arrested executed abducted missing evacuated rescued recovered trapped "
    "deployed surrendered freed lost"
) | {"killed or injured", "critically injured"}
THING_EVENTS: frozenset[str] = frozenset(
    {"destroyed", "damaged", "captured", "fired", "intercepted", "lost", "recovered", "deployed"}
)
AREA_EVENTS: dict[str, str] = {"captured": "captured", "held": "held", "lost": "lost"}
PERCENT_EVENTS: dict[str, str] = {"captured": "controlled", "held": "controlled", "lost": "lost"}

# Verbs after which the counted thing follows with its state: "leaving 3 killed", "left 20 dead".
STATE_VERBS: frozenset[str] = frozenset({"leaving", "left", "leave", "leaves", "resulted", "resulting"})

AUXILIARIES: frozenset[str] = words(
    "were was been being are is be have has had also reportedly later allegedly subsequently reported "
    "believed confirmed said thought feared now all initially eventually"
)
# Words between a transitive event verb and its counted object: "wounded another 40".
OBJECT_FILLERS: frozenset[str] = words(
    "another a further an additional some over around nearly almost from between"
)
# After these, a verb's object follows: the verb is active and its subject is not the figure.
OBJECT_STARTS: frozenset[str] = words(
    "the a an at more another over some nearly about around up dozens hundreds thousands scores "
    "several many them him her his their its fewer less least almost approximately roughly all "
    "most both tens"
)
# A figure introduced by one of these is a part of, or coordinated with, what precedes it.
PART_INTRODUCERS: tuple[str, ...] = (
    "including",
    "among them",
    "among whom",
    "of whom",
    "of them",
    "mostly",
    "mainly",
    "as well as",
    "and",
    "plus",
    "along with",
    "in addition to",
    "besides",
    "among",
)
CLAUSE_BREAKS: frozenset[str] = words(
    "; : . ! ? but while whereas although though when where because since said says saying added "
    "adding told according"
)
PLACE_NOUNS: frozenset[str] = words(
    "city town village province district neighbourhood neighborhood country territory area region "
    "governorate countryside enclave pocket camp"
)
NUMBER_WORDS: frozenset[str] = words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million billion dozen dozens hundreds thousands scores millions"
)
MONTHS: frozenset[str] = words(
    "january february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec"
)


def _invert(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): k for k, ps in table.items() for p in ps}


GROUP_PHRASES: dict[tuple[str, ...], str] = _invert(_GROUPS)
THING_PHRASES: dict[tuple[str, ...], tuple[str, str]] = {
    tuple(p.split()): key for key, ps in _THINGS.items() for p in ps
}
EVENT_PHRASES: dict[tuple[str, ...], str] = _invert(_EVENTS)
SIDE_PHRASES: dict[tuple[str, ...], str] = _invert(SIDE_MODIFIERS)
MAX_PHRASE = max(len(p) for p in [*GROUP_PHRASES, *THING_PHRASES, *EVENT_PHRASES, *SIDE_PHRASES])
# Heads whose side is read from their modifiers.
SIDED_GROUPS: frozenset[str] = frozenset({"fighters", "militants", "rebels", "soldiers"})
