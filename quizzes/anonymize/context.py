"""Context rules that generalize beyond word lists (issue 19).

* **Names in name positions**: any word, capitalised or not, ordinary English or not ("hope",
  "Summer", "Bill", "rose"), is a name where only a name can stand: "my girl hope", "Joy from
  bed 4", "Grace's first day", "Niamh can you", "Hey Sunny,", "shoutout to Frank, Mark and Pat",
  "Bill (92)", and glued into a support hashtag ("#hopestrong", "#rosewalks", "#team_jack").
* **Roster names**: "DOE, J", "TREMBLAY, M" (an all-caps surname, a comma, one initial).
* **Facilities without a gazetteer**: hospital acronyms after "at/in/from" ("at LUTH", "in
  QEUH") and names built on facility words ("Royal Darwin", "Brampton Civic", "the Mater").
* **International record numbers**: letters, slashes and hyphens ("LUTH/23/04417",
  "IP/24/55012", "RJ1-77845K"), after a record word of any health system (UHID, URN, UR,
  hospital/folder/card/CR/IP no, NHI, PPS, NRIC, FIN, Medicare, OHIP, RAMQ, PHN, Aadhaar, CHI);
  national numbers recognised by shape and check digit (NHS mod 11, Aadhaar Verhoeff, SA ID
  Luhn, Singapore NRIC/FIN, NZ NHI, Australian Medicare).
* **International dates**: d.m., d.m.y, d/m (whole, never a fragment), "the 2nd", "Thurs 10th".
* **Safe Harbor year rule**: a birth year that reveals an age over 89 ("born 1929", "b. 1930",
  "DOB 1931"), and ages 90+ in "(92)" or "nan is 94".
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

import regex
from presidio_analyzer import RecognizerResult

from .lexicon import WEEKDAYS, WEEKDAYS_SHORT, Lexicon, get_lexicon, is_english
from .normalize import fold
from .patterns import RegexRecognizer, literal_alternation, result

_I = regex.IGNORECASE
_OLD_AGE = r"(?:9\d|1[01]\d)"
_OLD_AGE_RX = regex.compile(r"(?<!\d)" + _OLD_AGE + r"(?!\d)")
# kinship words that are also everyday English before a number ("ate 95", "pop 96", "gg 94")
_AMBIGUOUS_KIN = frozenset({"ate", "pop", "gg", "iya", "nne", "nna", "mami", "zia", "zio"})
# grandparent, parent and elder words that data/kinship_honorifics.txt lacks (it holds
# "ouma", "oupa", "gogo", "nan", and since the ninth round "atok", "opah"…): Kikuyu
# "cucu"/"guka"/"shosho", Malay "nenek", Irish "granda", Swahili "mzee"; and French
# "mémé"/"pépé" as written (the file's words are folded, this pattern reads the post as it is)
_MORE_KIN = frozenset(
    """cucu shosho guka nenek granny grandma grandpa granda grandmother grandfather
    mum mom mam mammy mother father dad mémé pépé mzee""".split()  # noqa: SIM905
)
_W = r"[\p{L}][\p{L}\p{M}'’-]*"  # one word

# Words that can never be the name in a name position ("my son is", "from bed 4 was").
_FUNCTION_WORDS = """
    a an the and or but if so to of in on at by for with from into onto over under is was
    are were be been being has have had do does did will would can could should may might must
    shall just also still now then not no yes he she it they we you i me him her them us my your
    his its our their this that these those who whom which what when where why how here there
    very really so too all any some every each more most less got get gets getting went go goes
    going came come comes coming made make said says told asked had has finally again already
    always never ever today tonight tomorrow yesterday back home out up down off about after
    before since until while as than like because though although bc tho lol omg pls please
    thanks thank ok okay hi hey bless god mum mom dad nan gran nana mama papa baby sir madam
    mr mrs ms mx mdm miss dr prof sister nurse matron doc ward unit team staff everyone
    everybody guys folks ladies nurses doctors all mods admins"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
# Staff-role shorthand that stands where a name could ("Reg told me", "Locum said").
STAFF_ROLES = frozenset(
    [
        "reg",
        "registrar",
        "sho",
        "consultant",
        "locum",
        "intern",
        "resident",
        "attending",
        "fellow",
        "charge",
        "cnm",
        "cno",
        "hca",
        "hcas",
        "rmo",
        "jmo",
        "ho",
        "fy1",
        "fy2",
        "f1",
        "f2",
        "st1",
        "st2",
        "ct1",
        "sr",
        "spr",
        "anp",
        "acp",
        # the person cared for is a role too: "Patient's mom made a TikTok"
        "patient",
        "patients",
    ]
)
# After a possessive "'s" the auxiliary readings are gone ("Will's mum"); only these stay out.
_POSSESSIVE_STOP = "it that what there here who he she let one today"
POSSESSIVE_STOP = frozenset(_POSSESSIVE_STOP.split())
SUPPORT_SUFFIX = (
    "strong|stronger|strength|fights|fighter|fighting|walks|walking|warrior|warriors|wins|"
    "power|brave|tough|climbs|journey|army|updates|update|smiles|heals|healing|recovery|"
    "isahero|hero|forever|love|legacy|squad|crew|tribe|story|stories|vs\\w+|"
    # a person's occasion (ninth round): "#moragsleavingdo", "#siobhánsbigday"
    "s?leavingdo|s?leavingparty|s?bigday|s?birthday|s?bday|s?wedding|s?farewell|"
    "s?graduation|s?retirement|s?sendoff|s?babyshower|s?hendo|s?welcomehome|s?lastshift|"
    "s?firstshift|s?homecoming"
)
SUPPORT_PREFIX = (
    "team_?|teamfor|prayfor|pray4|prayersfor|justicefor|love4|lovefor|standwith|"
    "happybirthday|happybday|hbd|congrats|congratulations|welcomeback|farewell|goodbye|"
    "missyou|weloveyou|getwellsoon|getwell|restinpeace"
)
CARE_WORDS = (
    "bed|bay|room|rm|ward|cot|side room|cubicle|icu|nicu|picu|hdu|ccu|ed|a&e|er|resus|"
    "maternity|theatre|rehab|oncology|palliative|radiology|pharmacy|security|housekeeping|"
    "physio|facilities|l&d|labour ward|labor and delivery|the ward|peds|the unit|"
    "birthing suite|delivery suite|triage|outpatients|recovery|theatres"
)
DEPARTMENT_WORDS = (
    "radiology|billing|respiratory(?:\\s+therapy)?|cardiology|pre-?admission|casualty|opd|"
    "frailty|sdec|pharmacy|theatres?|physio(?:therapy)?|dietetics|phlebotomy|pathology|"
    "the\\s+lab|lab|endoscopy|dialysis|renal|haematology|neuro|ortho|gastro|paeds|medical\\s+records|"
    "admissions|switchboard|reception|bank\\s+office|the\\s+discharge\\s+lounge|discharge\\s+lounge"
)
_HASHTAG_FACILITY_WORDS = frozenset(
    {"hospital", "st", "saint", "general", "royal", "infirmary", "clinic", "hospice", "medical"}
)
# What follows "NHS"/"HSE" in the name of a national body, not a local board or trust.
_NHS_BODIES_WORDS = """
    digital direct choices trust trusts foundation professionals app login jobs pensions
    employers providers confederation improvement resolution property blood business education
    national shared supply test track inform pay staff workers nurses nursing number
    website services service scotland england wales ireland northern"""
_NHS_BODIES = frozenset(_NHS_BODIES_WORDS.split())
# Listed first names that are also a month or a verb, names when they stand before "from
# <department>" at the start of a sentence ("May from radiology", "will from theatres").
_WORD_NAMES_OK_BEFORE_DEPT = frozenset({"may", "june", "april", "august", "will", "mark", "bill"})
_AFTER_FACILITY = frozenset({"staff", "team", "crew", "nurses", "doctors", "today", "tonight"})
# All-caps words that are clinical/organisational vocabulary, never a facility acronym.
_CLINICAL_ACRONYMS = """
    ICU NICU PICU HDU CCU CICU MICU SICU ED ER AE OR PACU NHS HSE GP GPS MRI CT CTG ECG EKG
    EEG ECHO OGD ERCP TURP CABG PEG NG IV PICC DNR DNI TTO TTOS NBM NPO OT PT SLP RN RGN RMN EN
    HCA HCAS HCSW PSW CNA NP PA SHO FY1 FY2 ST1 MO HO HOS SCBU CS ICD MI AF TB HIV COPD CKD UTI
    DKA SATS BM BP HR RR INR CRP FBC UE LFT ABG CPR BLS ALS ACLS PPE COVID RSV MRSA UK US USA
    NZ AU SA SG CA IE NG IN NYC LA DC AHPRA NMC GMC HCPC HPCSA NCNZ SSSC HIQA HDC POPIA HIPAA
    GDPR NHI PPS OHIP RAMQ PHN CHI NRIC FIN NICE WHO CDC FDA NIH CQC RCN RCP BMA ANA PMJAY
    DM PM AM OK OMG LOL TLDR AITA POV FYI ASAP RIP IDK TBH IMO NGL PLS FB IG DM DMS BBC ITV QI
    AAA ATM PIN ID DOB MRN UR URN UHID IP OP OPD CR NO NB PS DNB MBBS MD MS PHD MSC BSC CPD
    CNM LTC TTO ANP ACP RMO JMO EUA OGD LSCS OSCE GSW NEWS SBAR DR PRC NCLEX
    CEO CNO DON PHC MDT SOS STD STI BPH PPH SAH ICH IVH TSH FSH ACTH ADH SIADH GNRH LH HSH DASH
    AND THE FOR BUT NOT YOU OMFG WTH SMH ASH RSH
    AMU AMAU MAU SAU CDU EAU ACU MAPU PNLE NLE OGDS LMWH DOAC NOAC TPN PCA HITH CNS CNE"""
CLINICAL_ACRONYMS = frozenset(_CLINICAL_ACRONYMS.split())
# acronyms in a facility position that name no facility: health charities and agencies working
# across the posts' countries, and hospital doctors' grades ("the NCHD rotation")
NOT_FACILITY_ORGS = frozenset(
    # the last two lines (ninth round): a kind of clinic or unit, not one facility ("at the
    # CHPS compound", "floating to PCU", "in the CVICU")
    """AMREF MSF UNICEF USAID PEPFAR IFRC UNFPA UNAIDS UNHCR NCHD SMO CMO
    CHPS CHC PHC RHC BHU RHU DHQ THQ UPHC PHU MOU PCU CVICU CTICU SICU MICU NSICU NICU PICU
    PACU CCU HDU ITU AMU MAU SAU EAU AAU CDU ASU MAPU SSU OPD IPD""".split()  # noqa: SIM905
)
# regions written as an acronym after "the": Australian states and territories, countries
_REGION_ACRONYMS = frozenset("NT ACT NSW QLD VIC TAS WA SA UK US USA UAE EU".split())  # noqa: SIM905
# cheap pre-check of "Faith and I", "me and Joy"
_PAIR_ME_HINT = regex.compile(r"(?:&|\band)\s*(?:I|me)\b|\b(?i:me|myself)\s*(?:&|and\b)")
RECORD_WORDS = (
    r"MRN|UHID|URN|UR|NHI|IHI|DVA|PPS|NRIC|FIN|IC|Medicare(?:\s+(?:no\.?|number|card))?|OHIP|RAMQ|PHN|"
    r"medical\s+aid(?:\s+(?:no\.?|number|#))?|member\s+(?:no\.?|number)|policy\s+(?:no\.?|number)|"
    r"AHCIP|Aadhaar|CHI|NHS\s*(?:no\.?|number|#)?|health\s+card|hospital\s+(?:no\.?|number|#)|"
    r"hosp\.?\s+(?:no\.?|number)|folder(?:\s+no\.?)?|card\s+no\.?|case\s+no\.?|CR\s+no\.?|"
    r"IP\s+no\.?|OP\s+no\.?|reg(?:istration)?\s+no\.?|chart|file\s+no\.?|record\s+no\.?|"
    r"patient\s+no\.?|pt\s+no\.?|unit\s+no\.?|ID\s+no\.?|ID\s+number|ID"
)

_WORD_RX = regex.compile(r"[\p{L}\p{M}'’-]+")
_LIST_WORD_RX = regex.compile(r"\p{L}[\p{Ll}\p{M}'-]+")
_NRIC_RX = regex.compile(r"[STFGM]\d{7}\p{Lu}")
_NHI_RX = regex.compile(r"\p{Lu}{3}\d{4}|\p{Lu}{3}\d{2}\p{Lu}{2}")
_NHI_WORD_RX = regex.compile(r"\bNHI\b")
_PPS_RX = regex.compile(r"\d{7}\p{Lu}{1,2}")
_DATE_SEP_RX = regex.compile(r"[./]")
_PLACE_SEP_RX = regex.compile(r"[ -]")
_NOT_DATE_BEFORE_RX = regex.compile(
    r"(?:version|firmware|v|ver|release|grade|stage|level|step|score)\s*$"
)
_SCORE_BEFORE_RX = regex.compile(
    r"(?:pain|score|scored|gcs|apgar|power|sats|rated|mmse|moca|news2?|mews|bishop|bp|x|of|"
    r"out\s+of|ratio|grade|mrc|strength|rr|hr|\d)\s*[:=]?\s*$"
)
_DATE_CONTEXT_BEFORE_RX = regex.compile(
    r"(?:on|from|since|until|til|by|starts?|due|dob|died|born|appt|appointment|date|surgery|"
    r"op|scans?|review|clinic|induction|section|discharge|admitted|discharged|booked|"
    r"the|,|\(|swap\s+my|my)\s*$"
)
_TITLE_RX = regex.compile(
    r"(?i:nurse|sister|matron|midwife|porter|chechi)\s|(?:Mr|Mrs|Ms|Mx|Mdm|Miss|Dr|Prof)\b"
)


def _kinship_or_title(lex: Lexicon) -> str:
    return literal_alternation(lex.kinship)


def verhoeff_ok(number: str) -> bool:
    d = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]  # fmt: skip
    p = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]  # fmt: skip
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def nhs_ok(number: str) -> bool:
    """NHS number: 10 digits, modulus 11 check digit."""
    if len(number) != 10 or not number.isdigit():
        return False
    total = sum(int(ch) * (10 - i) for i, ch in enumerate(number[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(number[9])


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def medicare_au_ok(number: str) -> bool:
    if len(number) < 10 or number[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(a) * w for a, w in zip(number[:8], weights, strict=True)) % 10 == int(number[8])


_ANY_DIGIT = regex.compile(r"\d")
# cheap pre-checks (a text they do not match holds no match of the pattern they guard):
# every licence number has five digits in a row; "<name> from/in/on <care word>" has the
# preposition after a space
_FIVE_DIGITS = regex.compile(r"\d{5}")
_CARE_HINT = regex.compile(r"\s(?:from|in|on)\s+(?:the\s+)?(?:" + CARE_WORDS + r")\b", regex.I)
# the same for the numeric dates and ages (tests/anonymize/test_scan_gates.py): "12/9",
# "14.12", "3/12" (date_dm, date_slash, date_ddmm, date_md); "03/1931" (month_year); an age
# 90-125 (old_age, paren_age, ordinal_age); "14th" (bare_ordinal); "1-2 Nov" (day_range)
_DIGIT_SEP_DIGIT = regex.compile(r"\d[./]\d")
_MONTH_YEAR_HINT = regex.compile(r"\d[./-][12]\d")
_OLD_AGE_DIGITS = regex.compile(r"9\d|1[0-2]\d")
_ORDINAL_HINT = regex.compile(r"\d(?i:st|nd|rd|th)")
_DAY_RANGE_HINT = regex.compile(r"\d\s*[-–]\s*\d")
# and for names: "Grace's first" (possessive), "Bill (92)", "Bill, 92,", "aged 92" (with_age),
# a phone number's digits (name_phone, phone_after_word)
_POSSESSIVE_HINT = regex.compile(r"['’]s\s")
_AGE_HINT = regex.compile(r"\(\s*\d|,\s*\d|(?i:aged?)\s+\d")
_PHONE_DIGITS = regex.compile(r"\d[\d ()-]{6,}\d")
# a vocative's verb after a space ("Niamh can you") or its greeting ("Hey Sunny"); a facility
# acronym's three capitals or its capital before "H" ("at RPA", "KKH")
_VOCATIVE_HINT = regex.compile(
    r"\s(?:can|could|pls|please|would|will\s+you|are\s+you|r\s+u)\b"
    r"|(?i:\b(?:hey|hi|hiya|thanks|thank\s+you|cheers|ta|love\s+you|miss\s+you)\s)"
)
_ACRONYM_HINT = regex.compile(r"\p{Lu}{3}|\p{Lu}H")


_SENTENCE_OPEN_BEFORE = regex.compile(r"(?:^|[.!?]\s*)$")


_BED_WORD_BEFORE = regex.compile(r"(?i:bed|bay|ward|room|rm|cubicle|no\.?|#)\s*,?\s*$")


_COMMA_OR_SPACE = regex.compile(r"[,\s]")


# a general practice named by its doctor: "at Dr Mackie's", "to Dr Osei's surgery"; never the
# doctor's own people or things ("Dr Osei's patient", "Dr Mackie's advice")
_DOCTORS_PRACTICE = regex.compile(
    r"(?<=\b(?i:at|to|from|in|into|outside|round|over\s+at|down\s+at|up\s+at)\s+)"
    r"(?P<f>(?:Dr|Doctor)\.?\s+\p{Lu}[\p{L}'-]+['’]s)"
    r"(?=\s+(?i:surgery|practice|clinic|rooms|office|place|medical\s+centre)\b"
    r"|\s*[.,!?;:)]|\s*$"
    r"|\s+(?i:yesterday|today|tomorrow|tonight|this|last|next|again|for|on|at|and|but|with|"
    r"in|earlier|later|every|twice|after|before|since|till|until|lol|smh|tbh)\b)"
)


# ---------------------------------------------------------------- names in staffing posts
# (issue 19, ninth round) the positions a rota, a handover or a swap request puts a name in:
# "Brandy is the ICU float", "Destiny floating to PCU", "Joy already covering boxing day",
# "call Tui on 0412 …", "Achieng day" in a roster, "gwilym bed 4 - post TKR", "a wee man,
# bill, in bed 12"
_STAFF_VERB_AFTER = regex.compile(
    r"(?<![\w#@'’-])(?P<n>\p{Lu}\p{Ll}{2,})\s+(?:(?:is\s+)?(?:already\s+|now\s+)?"
    r"(?:floating|covering|swapping|swaps|float(?:s|ed)?\s+to|is\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:float|in\s+charge|charge\s+nurse|NIC|runner|coordinator|resus\s+nurse))\b"
    r"|(?:is|are)\s+on\s+(?:nights|days|lates|earlies|call|leave|mat\s+leave)\b)"
)
_CALL_NAME_ON = regex.compile(
    r"\b(?i:call|ring|text|msg|message|phone|whatsapp|contact|ask)\s+"
    r"(?P<n>\p{Lu}\p{Ll}{1,})\s+(?:on|at)\s+(?=[+(]?\d)"
)
_ROSTER_SHAPE = regex.compile(r"\b\p{Lu}{3,}(?:\s\p{Lu}{2,})?,\s?\p{Lu}\b")
_ROSTER_SHIFT = regex.compile(
    r"(?<![\w#@'’-])(?P<n>\p{Lu}\p{Ll}{2,})\s+(?:days?|nights?|off|AM|PM|graveyard|lates?|"
    r"earl(?:y|ies)|LD|long\s+days?|N|D|E|L)(?=\s*(?:[.,;:)]|$))"
)
_NAME_BEFORE_BED = regex.compile(
    r"(?:^|[:;,.\n-]\s*|\b(?i:handover|hndover|h/o|update|pt)\s*:?\s+)"
    r"(?P<n>\p{L}[\p{Ll}\p{M}'’-]{2,})\s+(?i:bed|bd|rm|room|bay|cubicle)\s*\d"
)
_PERSON_WORD_APPOSITION = regex.compile(
    r"\b(?i:man|woman|lady|gent|gentleman|chap|fella|fellow|lad|lass|wifie|boy|girl|guy|pt|"
    r"patient|resident|client|wean|bairn)\s*,\s+(?P<n>\p{L}[\p{Ll}\p{M}'’-]{2,})\s*,\s+"
    r"(?=(?i:in|from|on|at|bed|rm|room|bay|\d|aged?|who|keeps?|is|was))"
)
_DAY_SHORT = frozenset(WEEKDAYS) | {w.lower() for w in WEEKDAYS_SHORT}
_COUPLE = regex.compile(r"(?P<a>\p{L}{3,}?)(?:and|n)(?P<b>\p{L}{3,})", regex.I)
_SERVICES = frozenset(
    """security switchboard reception pharmacy bleep radiology xray x-ray lab labs porters
    porter admin site helpdesk it desk office control dispatch ambulance police fire
    theatres theatre recovery maternity triage resus bedbureau transport estates catering
    occupational therapy physio switch operator""".split()  # noqa: SIM905
)
# (ninth round) "it's Destiny from 4 South", "this is kemi on nights": a self-introduction
_SELF_INTRO = regex.compile(
    r"\b(?i:it['’]?s|this\s+is|i['’]m|im)\s+(?P<n>\p{L}[\p{Ll}\p{M}'’-]+)\s+"
    r"(?i:from|on|in|here|at)\b"
)
# "my co-PG anshu", "my review buddy jomar", "my preceptor Keisha": a colleague or friend
_MY_PEER = regex.compile(
    r"\b(?i:my|our)\s+(?i:co-?(?:pg|intern|resident|worker|reg|f1|f2|ho|mo)|review\s+buddy|"
    r"buddy|bestie|bff|roomie|roommate|batchmate|batch\s+mate|preceptor|mentor|colleague|"
    r"coworker|co-worker|work\s+wife|work\s+husband|best\s*friend)"
    r"\s+(?P<n>\p{L}[\p{Ll}\p{M}'’-]+)"
)
# "Faith wedding", "Kemi's send-off": a person's occasion
_OCCASION_AFTER = regex.compile(
    r"(?<![\w#@'’-])(?P<n>\p{Lu}\p{Ll}{2,})(?:['’]s)?\s+(?i:wedding|funeral|send-?off|farewell|"
    r"leaving\s+do|baby\s+shower|graduation|christening|naming\s+ceremony|burial|nikah|walima|"
    r"mehndi|retirement\s+do|retirement\s+party)\b"
)
_SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall", "christmas", "easter"})
# cheap pre-checks on the lower-cased post: a word each pattern above must hold
_STAFF_VERB_HINT = regex.compile(
    r"floating|covering|swap|float|charge|nic\b|runner|coordinator|resus|on\s"
)
_CALL_HINT = regex.compile(
    r"(?:call|ring|text|msg|message|phone|whatsapp|contact|ask)\s+\S+\s+(?:on|at)\s"
)
_APPOSITION_HINT = regex.compile(r",\s+\S+\s*,")
_BED_HINT = regex.compile(r"bed|bd|rm|room|bay|cubicle")
_PERSON_NOUNS = frozenset(
    """man woman boy girl lady lad lass fella fellow guy gent chap soul thing baby babe bairn
    wean one ones wifie mannie""".split()  # noqa: SIM905
)
_NOT_STAFF_NAME = frozenset(
    """agency bank everyone someone anyone nobody noone she he they who night day ward unit team
    staff nurse doctor registrar consultant reg sho fy1 fy2 matron sister charge float resus
    theatre theatres pharmacy porter porters security admin reception handover rota today
    tomorrow tonight this that there here which what please pls thanks""".split()  # noqa: SIM905
)


class ContextRecognizer(RegexRecognizer):
    ENTITIES = ["PERSON", "FACILITY", "LOCATION", "MRN", "ID", "DATE", "AGE", "ROOM", "PHONE"]

    def __init__(self) -> None:
        super().__init__()
        lex = get_lexicon()
        self.lex = lex
        kin = _kinship_or_title(lex)
        # "my girl hope", "our boy Hunter", "lil kai", "my pt ivy", "our little Poppy"
        self.after_role = regex.compile(
            r"\b(?:(?:my|our|her|his|their|your)\s+(?:(?:little|lil|wee|baby|beautiful|sweet|"
            r"brave|darling|precious)\s+)?(?:girl|boy|son|daughter|pt|patient|baby|bub|kid|"
            r"grandson|granddaughter|niece|nephew|brother|sister|mum|mom|dad|husband|wife|"
            r"little\s+one|twins?|princess|angel)|(?:baby|b/o|son|daughter|wife|husband|mother|"
            r"father)\s+of|(?:lil|little|wee|baby|patient|pt|named|called|"
            r"brother|uncle|auntie|aunty|grandpa|grandad|granny|nan|nanna)|(?:nurse|sister|"
            r"chechi|matron|midwife|porter|physio|hca|hcsw|pharmacist|paramedic|cleaner|doctor|"
            r"carer|receptionist|ward\s+clerk|ward\s+aide|(?-i:Mr|Mrs|Ms|Mx|Mdm|Miss|Dr|Prof)\.?|"
            + kin
            + r"))\s+(?P<n>"
            + _W
            + r")",
            _I,
        )
        # "Joy from bed 4", "Sky from bed 2", "Bishop from palliative care", "Angel from bed 11"
        self.before_care = regex.compile(
            r"(?P<n>" + _W + r")\s+(?P<prep>from|in|on)\s+(?:the\s+)?(?:" + CARE_WORDS + r")\b",
            _I,
        )
        # apposition: "Sunny the triage nurse", "Lucky the porter"
        self.apposition = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+),?\s+the\s+(?:\w+\s+)?(?:nurse|porter|"
            r"doctor|midwife|physio|hca|cleaner|tea\s+lady|receptionist|pharmacist|paramedic|"
            r"security\s+guard|chaplain|consultant|registrar|student|volunteer|legend)\b"
        )
        # possessive before a life word: "Grace's first day", "Faith's chemo", "Will's mum"
        self.possessive = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{Lu}[\p{L}\p{M}-]+)['’]s\s+(?:first|last|chemo|surgery|"
            r"op|mum|mom|dad|wife|husband|son|daughter|shift|life|birthday|bday|funeral|"
            r"family|scan|scans|results|appendix|\w+\s+(?:day|shift|op|surgery))\b"
        )
        # vocative at the start of a message or after a greeting
        self.vocative = regex.compile(
            r"(?:^|[.!?]\s+|\n)(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s*,?\s+(?:can|could|pls|please|"
            r"would|will\s+you|are\s+you|r\s+u)\b"
            r"|\b(?i:hey|hi|hiya|thanks|thank\s+you|cheers|ta|love\s+you|miss\s+you)\s+"
            r"(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\b(?=\s*[,!.:;)]|\s+(?:and|&|for|on|in|at|you)\b|\s*$)"
        )
        # "shoutout to Frank, Mark and Pat", "Love to Holly, Robin and Daisy", "RIP Rose"
        self.list_lead = regex.compile(
            r"\b(?:shout\s*-?outs?\s+to|love\s+to|big\s+love\s+to|thank\s+you|thanks(?:\s+to)?|"
            r"sending\s+love\s+to|prayers\s+for|pray\s+for|rip|update\s+on|grateful\s+to|"
            r"big\s+ups|happy\s+birthday|congrats|congratulations)\s+"
            r"(?:to\s+)?(?:(?:nurse|sister|dr\.?|mr\.?|mrs\.?|ms\.?|our|my|the\s+amazing)\s+)?"
            r"(?P<list>\p{L}[\p{Ll}\p{M}'-]+(?:\s*(?:,|and|&)\s*\p{L}[\p{Ll}\p{M}'-]+)*)",
            _I,
        )
        # "Bill (92)", "Primrose, 93,", "Godwin from Surulere, 19,": name next to an age
        self.with_age = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s*(?:\(\s*(?:1[01]\d|12[0-5]|\d{1,2})\s*\)"
            r"|,\s*(?:1[01]\d|12[0-5]|\d{1,2})\s*,|\s+(?i:aged?)\s+(?:1[01]\d|12[0-5]|\d{1,2})\b)"
            r"(?!\s*\d)"
        )
        # "Storm from Frankston turned 16", "Gift from Ajegunle was 22": a name and a place
        self.from_place = regex.compile(
            r"(?:^|[.!?]\s+|\n|\b(?i:our|my|and)\s+)(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s+from\s+"
            r"(?P<p>\p{Lu}[\p{L}\p{M}'-]+(?:[ -]\p{Lu}[\p{L}\p{M}'-]+)?)"
            r"(?=\s*,|\s+(?:turned|was|is|has|had|aged?|who|came|died|passed|just|got|made)\b)"
        )
        # "our Eve", "my Tane": a capitalised word right after our/my, mid-sentence
        self.our_name = regex.compile(
            r"(?<=[\p{Ll},]\s+)(?i:our|my)\s+(?P<n>\p{Lu}\p{Ll}[\p{Ll}\p{M}'-]+)\b(?!\s+\p{Lu}|['’-])"
        )
        # "a patient called Happy Sunday": two capitalised words after named/called
        self.called = regex.compile(
            r"\b(?i:named|called|known\s+as)\s+(?P<n>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\b"
        )
        # "Mr van der Merwe", "Dr de la Cruz", "Mrs bin Hassan": particles after a title
        self.title_particle = regex.compile(
            r"\b(?:Mr|Mrs|Ms|Mx|Mdm|Miss|Dr|Prof)\.?\s+(?P<n>(?:(?:van|der|den|de|la|le|du|von|"
            r"da|di|del|della|dos|das|bin|binti|binte|ter|ten|al|el|ap|mac|ó|o')\s+){1,3}"
            r"\p{Lu}[\p{L}\p{M}'-]+)"
        )
        # "Chip, Rusty and Buck in facilities", "Ruby and Jade on maternity"
        self.list_before_care = regex.compile(
            r"(?P<list>\p{Lu}[\p{Ll}\p{M}'-]+(?:\s*,\s*\p{Lu}[\p{Ll}\p{M}'-]+)*\s*,?\s*(?:and|&)\s+"
            r"\p{Lu}[\p{Ll}\p{M}'-]+)\s+(?i:from|in|on)\s+(?i:the\s+)?(?i:"
            + CARE_WORDS
            + r"|maternity|nights|days|reception|theatres?|recovery|switchboard|catering|"
            r"the\s+desk)\b"
        )
        # "Summer is in Alder Hey", "Our Summer is", "X turned 16", "X was born"
        self.name_verb = regex.compile(
            r"(?:^|[.!?,:]\s+|\b(?i:our|my)\s+)(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s+(?:turned|is\s+in|"
            r"was\s+born|had\s+(?:her|his)|got\s+(?:her|his)|passed\s+away|finally\s+home|"
            r"is\s+home|is\s+out|is\s+at|is\s+on|told\s+me|asked\s+me|drew\s+me|made\s+me|"
            r"born\s+(?:on\s+)?\d|said\s+(?:he|she|they)|got\s+(?:her|him|me))\b",
        )
        # "Mark in respiratory therapy", "Bill from billing", "Grace at Ridge Hospital", "june &
        # mark from pharmacy", "Ailsa at the QEUH": a word at the start of a sentence (or after
        # "to/and") before a department or a capitalised place
        self.name_at_place = regex.compile(
            r"(?:^|[.!?]\s+|\n|\b(?i:to|and)\s+)(?P<n>\p{L}[\p{Ll}\p{M}'-]+)"
            r"(?:\s*(?:&|\band\b)\s*(?P<n2>\p{L}[\p{Ll}\p{M}'-]+))?\s+(?i:from|at|in|on)\s+"
            r"(?:(?i:the)\s+)?(?:(?P<dept>(?i:"
            + CARE_WORDS
            + "|"
            + DEPARTMENT_WORDS
            + r"))\b|(?-i:\p{Lu}[\p{L}\p{M}&'-]+))"
        )
        # "Summer started her first week", "Aroha brought pāua fritters": a sentence's subject
        self.name_did = regex.compile(
            r"(?:^|[.!?]\s+|\n)(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s+(?:started|brought|stayed|sat|rang|"
            r"walked|delivered|remembered|arrived|passed|graduated|retired|clocked|owes|born|"
            r"covered|swapped|texted|messaged|cooked|baked|hugged|cried|helped|saved|taught|"
            r"precepted|volunteered|offered|bought|smashed|nailed|sorted|stepped\s+up|picked\s+up|"
            r"(?:is|was)\s+on\s+(?:nights|lates|earlies|days|long\s+days|twilights)|"
            r"on\s+(?:nights|lates|earlies|long\s+days|twilights))\b"
        )
        # "Faith and I did the round", "me and Summer": a name paired with the writer
        self.pair_me = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s*(?:&|\band\b)\s*(?-i:I|me)\b(?!['’])"
            r"|\b(?i:me|myself)\s*(?:&|\band\b)\s*(?P<n2>\p{Lu}[\p{Ll}\p{M}'-]+)\b"
        )
        # "the new grad, Summer, is flying": a name set off by commas after a role noun
        self.role_apposition = regex.compile(
            r"\b(?i:grad|nurse|student|hca|midwife|porter|physio|doctor|reg|registrar|intern|"
            r"houseman|preceptee|preceptor|colleague|coworker|co-worker|patient|pt|cleaner)"
            r",\s+(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+),"
        )
        # "Ping Shaz on 0412 ...", "text Kemi", "ask Tunde": a name after a contact verb
        self.contact_name = regex.compile(
            r"\b(?i:ping|text|ring|call|ask|tell|message|msg|dm|whatsapp)\s+(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\b"
            r"(?=\s+(?:on|at|for|if|when|about)\b|\s*[,.!?:]|\s*$|\s+\+?\d)"
        )
        # "Pt Hendricks, Darnell", "Pt LÉVESQUE, Marie-Claude", "Pt DELA CRUZ, Jose Jr.": a
        # patient list's "Surname, First name" after Pt/Patient
        self.surname_first = regex.compile(
            r"\b(?i:pt|patient|name)\.?:?\s+(?P<n>\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}{2,}[\p{L}'’-]*)?,"
            r"\s*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:\s+(?:Jr|Sr|II|III)\b\.?)?)"
        )
        # "si Joy", "kay Angel", "ni Marites" (Filipino person markers), "her name is Nowethu"
        self.marker_name = regex.compile(
            r"\b(?i:si|kay|ni|kina|name\s+is|name's|names\s+are)\s+(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\b"
        )
        # "rose (side room 3) needs obs", "Kev (bed 4)": a word before a bed in brackets
        self.name_bed = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{L}[\p{Ll}\p{M}'-]+)\s*\((?i:bed|side\s+room|room|rm|bay|cubicle)\s*\d"
        )
        # "Ruby & Jade you carried me": two names before "you"
        self.pair_you = regex.compile(
            r"(?<![\p{L}#@])(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s*(?:&|\band\b)\s*"
            r"(?P<n2>\p{Lu}[\p{Ll}\p{M}'-]+)\s+(?i:you|u)\b"
        )
        # "Tygerberg ICU. Mandisa +27 21 938 4911": a lone name before a phone number
        self.name_phone = regex.compile(
            r"(?:^|[.!?:]\s+|\n)(?P<n>\p{Lu}[\p{Ll}\p{M}'-]+)\s+(?=\+?\d[\d ()-]{7,}\d)"
        )
        self.roster = regex.compile(
            r"(?<![\p{L}\p{N}])(?P<n>\p{Lu}[\p{Lu}'’-]{1,}(?:\s\p{Lu}{2,})?(?P<comma>,\s?|\s)\p{Lu}"
            r"(?:(?:\.\s?|\s)\p{Lu}(?![\p{L}\p{N}]))?\.?)(?![\p{L}\p{N}])"
        )
        self.hashtag = regex.compile(r"#(?P<body>[\p{L}_]{3,})")
        self.hashtag_split = regex.compile(
            r"^(?:(?P<pre>" + SUPPORT_PREFIX + r")(?P<a>\p{L}{3,})|(?P<b>\p{L}{3,}?)_?"
            r"(?P<suf>" + SUPPORT_SUFFIX + r"))$",
            _I,
        )
        self.facility_acronym = regex.compile(
            r"(?i:\b(?:at|in|from|to|@|attends?|transferred\s+to|admitted\s+to)\s+(?:the\s+)?)"
            r"(?P<f>\p{Lu}{3,6})\b(?!['’]s\b|[-/]\d)(?P<next>\s+\p{L}+)?"
            r"|(?<![\p{L}/-])(?P<f>\p{Lu}{1,4}H)\b(?![-/]\d)(?P<next>\s+\p{L}+)?"
        )
        self.facility_words = regex.compile(
            r"\b(?P<f>(?:[Tt]he\s+)?Royal\s+(?:College\s+of\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+"
            r"(?:\s+\p{Lu}\p{Ll}+)?)|\p{Lu}\p{Ll}+\s+(?:Civic|General|Infirmary|Base|Memorial|"
            r"District|Regional|Children['’]s|University)|the\s+Mater|the\s+Rotunda|"
            r"\p{Lu}{2,5}\s+\p{Lu}\p{Ll}{3,})\b"
        )
        self.record = regex.compile(
            r"\b(?:" + RECORD_WORDS + r")(?:\s+card)?\s*(?:#|:|no\.?|number|is)?\s*"
            r"(?P<code>(?=[A-Z0-9 /-]*\d)[A-Z0-9][A-Z0-9/-]*(?:[ ][A-Z0-9/-]*\d[A-Z0-9/-]*){0,3}"
            r"(?:(?<=\d)[ -](?-i:\p{Lu}{2})(?![\w/]))?)"
            r"(?![\w/])",
            _I,
        )
        self.slash_code = regex.compile(
            r"(?<![\w/])(?P<code>\p{Lu}{2,8}(?:/\p{Lu}{2,8})?/\d{2,4}/\d{3,8}|"
            r"\p{Lu}{2,8}/\p{Lu}{2,8}/\d{4,9}|\p{Lu}{2,8}/\d{5,9}|"
            r"\p{Lu}{2,6}\d?-\d{4,7}\p{Lu}?|\p{Lu}{2,6}-\d{4}-\d{3,6}|\p{Lu}{2,6}-\d{3,5}-\p{Lu})"
            r"(?![\w/]|-\w)"
        )
        self.national = regex.compile(
            r"(?<![\w-])(?P<code>\d{3}[ -]?\d{3}[ -]?\d{4}|\d{4}[ -]?\d{4}[ -]?\d{4}|"
            r"\d{13}|\d{4}[ ]?\d{5}[ ]?\d(?:[ -]?\d)?|[STFGM]\d{7}\p{Lu}|\p{Lu}{3}\d{4}|"
            r"\p{Lu}{3}\d{2}\p{Lu}{2}|\d{7}\p{Lu}{1,2})(?![\w-])"
        )
        self.date_dm = regex.compile(
            r"(?<![\d./:-])(?P<d>(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])"
            r"(?:[./](?:(?:19|20)?\d{2})|\.)?)(?![\d:]|[./]\d|%|\p{L})"
        )
        self.date_ordinal = regex.compile(
            r"\b(?P<d>(?:the\s+|(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\.?\s+)"
            r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
            r"(?!\s+(?:time|times|floor|day|week|month|year|attempt|round|cycle|dose|shift|"
            r"baby|child|kid|pregnancy|place|grade|birthday|anniversary|one|of\s+\d))",
            _I,
        )
        self.ward_code = regex.compile(
            r"\b(?i:ward)\s+(?P<r>\d{1,3}\p{Lu}|\p{Lu}\d{1,2})\b"
            r"(?!\s*(?:%|mg|ml|days?|weeks?|hours?|hrs?|mins?|patients?|beds?|nurses?|staff)\b)"
        )
        # "Happy 105th", "her 98th birthday": an ordinal age over 89
        self.ordinal_age = regex.compile(
            r"(?:\b(?i:happy|her|his|their|your)\s+)(?P<a>(?:9\d|1[01]\d|12[0-5])(?i:st|nd|rd|th))\b"
            r"|\b(?P<b>(?:9\d|1[01]\d|12[0-5])(?i:st|nd|rd|th))\s+(?i:birthday|bday|b'day)\b"
        )
        # "to cath lab 14.12," (two-digit day and month, dot-separated), "Scans on 12/15"
        self.date_ddmm = regex.compile(
            r"(?<![\d./:,-])(?<!(?i:at|@)\s)(?P<d>(?:[12]\d|3[01]|0[1-9])\.(?:0[1-9]|1[0-2]))"
            r"(?![\d:]|[./]\d|%|\s*(?i:am|pm|hrs?|h)\b)"
        )
        self.date_md = regex.compile(
            r"(?i:\b(?:on|from|since|until|til|by|due|appt|date|scans?|surgery|op|dob|starts?)\s+)"
            r"(?P<d>(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01]))(?![\d/])"
        )
        # "born 03/1931", "DOB 3.1931": month and year
        # "at the QE", "outside the Heath", "the Women's": a capitalised name after "the"
        self.the_facility = regex.compile(
            r"\b(?i:at|outside|in|into|to|from|near)\s+(?P<the>the\s+)(?P<f>\p{Lu}{2,4}(?![\p{L}\p{N}])|"
            r"\p{Lu}\p{Ll}+(?:['’]s)?)(?![\p{L}'’-])(?!\s+\p{Lu})"
        )
        self.facility_of = regex.compile(
            r"\b(?P<f>(?:Countess|Duchess|Duke|Prince|Princess|Queen|King|Lady|Sir)\s+of\s+"
            r"\p{Lu}\p{Ll}+|(?:School|College|Faculty|Institute)\s+of\s+(?:Nursing|Midwifery|"
            r"Medicine|Health(?:\s+Sciences?)?)(?:\s+and\s+Midwifery)?(?:,?\s+\p{Lu}\p{Ll}+)?)\b"
        )
        # "on a Merthyr community page", "a Kelowna moms group": a place naming a local group
        self.place_group = regex.compile(
            r"\b(?P<p>\p{Lu}[\p{L}\p{M}'-]+(?:\s\p{Lu}[\p{L}\p{M}'-]+)?)\s+(?i:community|moms?|mums?|"
            r"mothers|parents|buy/swap|buy\s+and\s+sell|buy\s+swap\s+sell|local|residents|"
            r"neighbourhood|neighborhood|noticeboard|notice\s+board)\s+(?i:fb\s+|facebook\s+)?"
            r"(?i:page|group|forum|chat|board)\b"
        )
        # "the Stornoway ferry", "the Kilkenny bypass", "the Tamworth bus": a name that is no
        # English word before a local transport or council word
        self.place_service = regex.compile(
            r"\b(?i:the)\s+(?P<p>\p{Lu}\p{Ll}[\p{L}\p{M}'-]+)\s+(?i:ferry|ferries|bus|buses|"
            r"train|bypass|motorway|airport|airstrip|harbou?r|council|ring\s+road|road\s+works)\b"
        )
        # "mine was RN 924471", "licence no. 12345678", "NMC PIN 12A3456E"
        self.licence = regex.compile(
            r"\b(?P<c>(?:(?-i:RN|RPN|LPN|LVN|APRN|NP|RM|EN|RGN|RMN|RNMH|RSCN|SRN|RHV)\s*#?\s*"
            r"\d{5,10})|"
            r"(?<=(?i:licen[cs]e|registration|PIN|AHPRA|NMC|NCNZ|SANC|NMBI|MMC|MDCN|KMPDC|"
            r"NCK|PRC|HPCSA|NMCN|NMBI|MCNZ)\s*(?i:no\.?|number|#)?"
            r"\s*:?\s*)(?-i:(?:[A-Z]{1,4}\s?)?\d{5,10}[A-Z]?))\b"
        )
        # Irish Eircode "D24 X2F3"; a street after "address" ("address 22 Ashgrove Park")
        self.eircode = regex.compile(
            r"(?<![\p{L}\p{N}])(?P<a>[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})(?![\p{L}\p{N}])"
        )
        self.address_word = regex.compile(
            r"\b(?i:address|lives\s+at|living\s+at)\s*:?\s*(?P<a>\d{1,5}[A-Za-z]?\s+\p{Lu}\p{Ll}+"
            r"(?:\s\p{Lu}\p{Ll}+){0,3})"
        )
        # sign-off at the very end: "... ta. Kirra", "Thanks x\nSiobhan"
        self.sign_off = regex.compile(
            r"(?:(?P<lead>\b(?i:ta|thanks|thx|cheers|love|regards|xx?)[.!,]?\s*|[-–—~]\s*)|"
            r"[.!?\n]\s*)(?P<n>\p{Lu}\p{Ll}{2,})\s*[.!x]?\s*$"
        )
        # "with Bea and Kat", "with my girls Esi & Dede"
        self.with_list = regex.compile(
            r"\b(?i:with|w/)\s+(?:(?i:my|our)\s+(?i:girls|boys|ladies|team|crew|fam|besties|"
            r"colleagues)\s+)?(?P<list>\p{Lu}\p{Ll}+(?:\s*,\s*\p{Lu}\p{Ll}+)*\s*(?:and|&)\s+"
            r"\p{Lu}\p{Ll}+)\b"
        )
        self.month_year = regex.compile(
            r"(?<![\d./-])(?P<d>(?:0?[1-9]|1[0-2])[./-](?P<y>(?:19|20)\d{2}))(?![\d./-]|\s*%)"
        )
        self.phone_after_word = regex.compile(
            r"\b(?:hp|h/p|mob|mobile|cell|tel|phone|ph|ring|call|text|whatsapp|contact|number)"
            r"\s*(?:no\.?|number|#|:)?\s*(?:on\s+|at\s+)?"
            r"(?P<p>\+?\d[\d ()-]{6,16}\d)(?![\d/])",
            _I,
        )
        self.place_after = regex.compile(
            r"\b(?i:lives?\s+(?:in|at)|living\s+in|based\s+in|back\s+(?:home\s+)?in|home\s+in|"
            r"near|moved\s+to|discharged\s+to|placement\s+in|nurse\s+in|clinic\s+in|"
            r"life\s+in|locum\s+in|resident\s+in|doc\s+in|RN\s+in)\s+"
            r"(?P<p>\p{Lu}[\p{L}\p{M}'-]+(?:[ -]\p{Lu}[\p{L}\p{M}'-]+)?)"
        )
        # any d/m or m/d with a slash ("swap lates 14/1 and 15/1", "MRI shifted to 16/12",
        # "my 12/24 night"): a date unless it scores something ("pain 7/10", "24/7", "3/52")
        self.date_slash = regex.compile(
            r"(?<![\d./:-])(?P<d>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\d/]|\.\d|\s*(?:%|(?i:ago|"
            r"weeks?|wks?|days?|months?|hx|history|pregnant|gestation|mmhg|patients|nurses|beds|"
            r"staff|of)\b))"
        )
        # a bare ordinal day at the end of a clause: "Don't forget physio 14th", "nights 19th."
        self.bare_ordinal = regex.compile(
            r"(?<![\w/#@-])(?P<d>(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))"
            r"(?=\s*[,.!?;)]|\s*$|\s+(?i:at|am|pm|and|or|\d))"
        )
        # "(1929-2026)": a life span whose birth year reveals an age over 89
        self.life_span = regex.compile(r"\((?P<y>1[89]\d{2})\s*[-–]\s*(?:19|20)\d{2}\)")
        # ages over 89 after a verb of reaching or right after a birth date: "is now 100",
        # "clocked 104", "DOB 02/09/1933, 93,", "95 na siya"
        self.old_age = regex.compile(
            r"\b(?i:is\s+now|now|clocked|reached|hits?|hit|turns|turning|aged?)\s+(?P<a>9\d|1[01]\d|12[0-5])\b"
            r"(?!\s*(?:%|mg|ml|kg|mins?|minutes|hours?|hrs|days|patients|beds|mmhg|/))"
            r"|(?<=(?:19|20)\d{2},?\s*\(?)(?P<b>9\d|1[01]\d|12[0-5])\b(?=\s*[,)]|\s+(?i:y|yo|yrs|years))"
            r"|\b(?P<c>9\d|1[01]\d|12[0-5])\s+(?i:na\s+siya|years\s+young|and\s+still)\b"
        )
        # a proper-noun hashtag: "#Westmead", "#TaurangaHospital", "#StThomas", "#LASUTH"
        self.proper_hashtag = regex.compile(
            r"(?<![\w#])#(?P<f>(?:\p{Lu}\p{Ll}+){1,3}|\p{Lu}{4,8})(?![\w])"
        )
        self.camel_part = regex.compile(r"\p{Lu}(?:\p{Ll}+|\p{Lu}*(?!\p{Ll}))")
        # a bare facility name before a department: "Middlemore ED", "Tygerberg ICU", "UHW A&E",
        # "Withybush crew", "PGIMER cardiology", "Letterkenny UH OPD"
        self.facility_dept = regex.compile(
            r"(?<![\p{L}\p{N}#@'’-])(?P<f>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+"
            r"(?:ED|A&E|ICU|NICU|PICU|HDU|OPD|ER|SCBU|(?i:casualty|maternity|cardiology|theatres?|"
            r"crew|pharmacy|dialysis|paeds|oncology|labou?r\s+ward|day\s+surgery|outpatients|"
            r"emergency\s+department))\b"
        )
        # health-board names: "NHS Grampian", "HSE Dublin North East" (not "NHS England/Digital")
        self.health_board = regex.compile(
            r"\b(?P<f>(?:NHS|HSE)\s+\p{Lu}[\p{Ll}]+(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{Ll}]+){0,2})\b"
        )
        # "37 Military Hospital", "Tamale Teaching", "Moi Teaching and Referral", "Nakuru Level 5"
        self.numbered_facility = regex.compile(
            r"\b(?P<f>\d{1,3}\s+(?:Military|Army|Naval|Field|Base)(?:\s+(?:Reference\s+)?Hospital)?|"
            r"(?P<h>\p{Lu}\p{Ll}+)\s+(?:Teaching(?:\s+and\s+Referral)?|Level\s+[1-6]\b)"
            r"(?:\s+Hospital)?)"
        )
        # "8-10 Dec", "12–14 March": a range of days
        self.day_range = regex.compile(
            r"\b(?P<d>(?:[12]\d|3[01]|0?[1-9])\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])\s+(?i:jan|feb|mar|apr|"
            r"may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?)"
        )
        # Singapore/Malaysia HDB addresses: "Blk 512 Jurong West St 52 #08-114"
        self.block_address = regex.compile(
            r"\b(?P<a>(?i:blk|block)\s+\d{1,4}[A-Z]?(?:\s+\p{Lu}[\p{L}]*){1,5}(?:\s+\d{1,3}[A-Z]?)?"
            r"(?:\s*,?\s*#\d{1,3}-\d{1,5})?)|(?<![\w#])(?P<u>#\d{2}-\d{2,5})\b"
        )
        self.birth_year = regex.compile(
            r"\b(?:born(?:\s+in)?|b\.|dob|d\.o\.b\.?|year\s+of\s+birth|yob|"
            # "née en 1934" (French), "gebore in 1931" (Afrikaans), "lahir tahun 1930" (Malay),
            # "ipinanganak noong 1932" (Tagalog), "alizaliwa mwaka 1929" (Swahili)
            r"n[ée]e?\s+(?:en|in)|gebore(?:\s+in)?|lahir(?:\s+pada)?(?:\s+tahun)?|"
            r"ipinanganak(?:\s+noong)?|alizaliwa(?:\s+mwaka)?)\s*:?\s*"
            r"(?P<y>1[89]\d{2})\b",
            _I,
        )
        self.paren_age = regex.compile(
            r"(?<=[\p{L}\d]\s*)\(\s*(?P<a>9\d|1[01]\d|12[0-5])\s*\)"
            r"|\b(?:is|was|turned|turns|aged|age)\s+(?P<b>9\d|1[01]\d|12[0-5])\b"
            r"|(?:^|[.!?]\s+)(?P<c>9\d|1[01]\d|12[0-5])\s+(?=and\s+still|years|yrs|yo\b|y/o|y\.o)"
            r"(?!\s*(?:%|mg|kg|bpm|mmhg|ml|units|minutes|mins|hours|days|weeks|percent|/))",
            _I,
        )

        self._init_old_age_context()

    # ------------------------------------------------------------------ helpers
    def _name_ok(self, word: str, *, level: int = 0, possessive: bool = False) -> bool:
        """Is ``word`` a name in this position?

        level 0 (weak position: a list after "thanks to", "X turned"): a known first/last name
        (everyday-word names included: hope, Summer, Bill) or a capitalised word that is not
        everyday English (Aroha, Olu).
        level 1 (strong position: "X from bed 4", "my girl X", vocative, "named X"): also any
        capitalised word that is not a clinical term, place or month ("Sky", "Bishop").
        level 2 (after a title: "Ms. Ong", "Nurse Joy"): any capitalised word.
        Never a function word; a lower-case word only when it is in a name list."""
        k = fold(word.rstrip("'’").removesuffix("'s").removesuffix("’s"))
        if len(k) < 2 or not _WORD_RX.fullmatch(k):
            return False
        if k in (POSSESSIVE_STOP if possessive else FUNCTION_WORDS):
            return False
        upper = word[:1].isupper()
        if word.isupper() and word in CLINICAL_ACRONYMS:
            return False
        if len(word) > 2 and word[:-1].isupper() and word[-1] == "s":
            return False  # "TTOs", "HCAs": a plural acronym
        if k in STAFF_ROLES:
            return False
        if level >= 2:
            return upper
        lex = self.lex
        if k in lex.never or k in lex.kinship or k in lex.keep_places:
            return False
        if k in lex.months or k in lex.weekdays:
            return False
        if level >= 1 and upper:
            return True
        if k in lex.eponyms:
            return False
        if k in lex.all_first:
            return True
        if k in lex.all_last:
            return upper
        return upper and k not in lex.common

    def _word_name(self, word: str) -> bool:
        """A weak position: a listed first name (everyday words included: Bill, June, Summer)
        or a capitalised word that is no English word (Ailsa, Aroha); never a month."""
        k = fold(word)
        if not self._name_ok(word) or ("-" in word and k not in self.lex.all_first):
            return False  # "Follow-up in June"
        return k in self.lex.all_first or (word[:1].isupper() and not is_english(k))

    def _person(self, start: int, end: int, reason: str, score: float = 0.75):
        return result("PERSON", start, end, score, "ContextRecognizer", reason)

    # ------------------------------------------------------------------ find
    def find(self, text: str) -> Iterable[RecognizerResult]:
        yield from self._names(text)
        yield from self._staff_names(text)
        yield from self._facilities(text)
        yield from self._bare_facilities(text)
        if _ANY_DIGIT.search(text):  # record numbers all have digits
            yield from self._records(text)
        yield from self._dates_and_ages(text)
        yield from self._old_ages_in_context(text)
        yield from self._extra(text)

    def _names(self, text: str) -> Iterable[RecognizerResult]:
        for pat, reason, level in (
            (self.after_role, "word after a role/kinship word ('my girl hope')", 1),
            (self.before_care if _CARE_HINT.search(text) else None,
             "word before 'from bed/ward/unit' ('Joy from bed 4')", 1),
            (self.possessive if _POSSESSIVE_HINT.search(text) else None,
             "possessive before a life word ('Grace's first day')", 0),
            (self.apposition, "name before 'the <role>' ('Sunny the triage nurse')", 1),
            (self.vocative if _VOCATIVE_HINT.search(text) else None,
             "vocative ('Niamh can you', 'Hey Sunny,')", 1),
            (self.with_age if _AGE_HINT.search(text) else None,
             "word next to an age ('Bill (92)')", 0),
            (self.name_verb, "word in a subject-of-care position ('Summer is in')", 0),
        ):  # fmt: skip
            if pat is None:
                continue  # its cheap pre-check failed
            for m in pat.finditer(text):
                n = m.group("n")
                lvl = 2 if pat is self.after_role and _TITLE_RX.match(m.group()) else level
                if (lvl == 2 and not m.group()[:1].isupper()) or (
                    lvl == 2
                    and m.group()[:2].lower() not in ("mr", "ms", "mx", "md", "mi", "dr", "pr")
                ):
                    # "Nurse Educator", "Sister ward": after a role title the word must be
                    # a known name or not everyday English
                    lvl = 1 if n[:1].isupper() and fold(n) not in self.lex.common else 0
                    if is_english(fold(n)) and fold(n) not in self.lex.all_first:
                        continue  # "Nurse Residency": an English word no name list knows
                if pat is self.before_care and not n[:1].isupper() and m.group("prep") != "from":
                    continue  # "spent all of summer in the NICU"
                if not self._name_ok(n, level=lvl, possessive=pat is self.possessive):
                    continue
                if pat is self.after_role and n[:1].islower() and fold(n) in _PERSON_NOUNS:
                    continue  # "a wee man", "my girl lass": a person, not a name
                s, e = m.span("n")
                if n.endswith(("'s", "’s")):
                    e -= 2
                yield self._person(s, e, reason)
        for pat, reason in (
            (
                self.name_at_place,
                "word before 'from/at <department or place>' ('Bill from billing')",
            ),
            (self.name_did, "subject of a sentence ('Summer started her first week')"),
            (self.pair_me if _PAIR_ME_HINT.search(text) else None,
             "a name paired with the writer ('Faith and I')"),
            (self.role_apposition if ", " in text else None,
             "a name between commas after a role ('the grad, Summer,')"),
            (self.contact_name, "name after a contact verb ('Ping Shaz on 0412')"),
            (self.marker_name, "name after a person marker ('si Joy', 'her name is')"),
            (self.pair_you, "two names before 'you' ('Ruby & Jade you carried me')"),
            (self.name_bed if "(" in text else None,
             "a name before its bed in brackets ('rose (side room 3)')"),
            (self.name_phone if _PHONE_DIGITS.search(text) else None,
             "a lone name before a phone number"),
        ):  # fmt: skip
            if pat is None:
                continue  # its cheap pre-check failed
            for m in pat.finditer(text):
                for g in ("n", "n2"):
                    n = m.groupdict().get(g)
                    if not n or "'" in n or "’" in n:
                        continue
                    if not self._word_name(n) and not (
                        pat is self.name_at_place
                        and m.group("dept")
                        and fold(n) in self.lex.all_first
                        and fold(n) in _WORD_NAMES_OK_BEFORE_DEPT
                    ):
                        continue
                    if pat is self.name_phone and (
                        fold(n) not in self.lex.all_first or is_english(fold(n))
                    ):
                        continue  # "Son 07723 ...", "Ph 04 567 2210": a listed, non-word name only
                    yield self._person(*m.span(g), reason)
        for m in self.from_place.finditer(text) if "from" in text else ():
            if self._name_ok(m.group("n"), level=1):
                yield self._person(*m.span("n"), "name before 'from <place> turned/was'")
            p = m.group("p")
            if fold(p) not in self.lex.keep_places and fold(p) not in self.lex.never:
                yield result("LOCATION", *m.span("p"), 0.6, "ContextRecognizer",
                             "place in '<name> from <place> was/turned'", label="CITY")  # fmt: skip
        for m in self.our_name.finditer(text):
            k = fold(m.group("n"))
            if self._name_ok(m.group("n"), level=1) and k in self.lex.all_first:
                yield self._person(*m.span("n"), "capitalised word after 'our/my' mid-sentence")
        for m in self.called.finditer(text):
            words = m.group("n").split()
            if all(self._name_ok(w, level=2) for w in words):
                yield self._person(*m.span("n"), "name after 'called/named'")
        for m in self.title_particle.finditer(text):
            s, e = m.span("n")
            if m.group("n").endswith(("'s", "’s")):
                e -= 2
            yield self._person(s, e, "name with particles after a title", 0.85)
        for m in self.list_before_care.finditer(text):
            for w in _LIST_WORD_RX.finditer(m.group("list")):
                if fold(w.group()) == "and" or not self._name_ok(w.group(), level=1):
                    continue
                s = m.start("list") + w.start()
                yield self._person(s, s + len(w.group()), "names listed before 'in <unit>'")
        for m in self.list_lead.finditer(text):
            capitalised = m.group("list")[:1].isupper()
            for w in _LIST_WORD_RX.finditer(m.group("list")):
                if w.group() in ("and",):
                    continue
                if w.group()[:1].isupper() != capitalised:
                    break  # "thanks Grace, see you Monday": the list ended with the case
                if self._name_ok(w.group()):
                    s = m.start("list") + w.start()
                    yield self._person(s, s + len(w.group()), "name after a thanks/shout-out lead")
        for m in self.surname_first.finditer(text):
            first = m.group("n").split(",")[1].split()[0]
            if self._name_ok(first, level=1):
                yield self._person(*m.span("n"), "patient list 'Surname, First name'", 0.85)
        for m in self.roster.finditer(text):
            surname = _COMMA_OR_SPACE.split(m.group("n"))[0]
            if surname.upper() in CLINICAL_ACRONYMS or fold(surname) in self.lex.never:
                continue
            if m.group("comma") == " " and (
                len(surname) < 4
                or fold(surname) not in self.lex.all_last
                or fold(surname) in self.lex.common
            ):
                continue  # "MKHIZE S" without a comma: only a listed surname
            yield self._person(*m.span("n"), "roster name 'SURNAME, I'", 0.85)
        if "#" in text:
            for m in self.hashtag.finditer(text):
                sm = self.hashtag_split.match(m.group("body"))
                if not sm:
                    yield from self._couple_hashtag(m)
                    continue
                g = "a" if sm.group("a") else "b"
                n = sm.group(g)
                if (
                    sm.group("suf") and n.lower().endswith("s") and not self._name_ok(n)
                    and self._name_ok(n[:-1])
                ):  # fmt: skip
                    n = n[:-1]  # "#skyesjourney": a possessive glued in
                k = fold(n)
                named = self._name_ok(n) or (
                    # after a lead that asks for a name ("#happybirthdaytemi"), any word no
                    # dictionary knows
                    bool(sm.group("pre")) and not is_english(k) and k not in self.lex.common
                )
                if not named or k in self.lex.hashtag_words:
                    continue
                s = m.start("body") + sm.start(g)
                yield self._person(s, s + len(n), "name glued into a support hashtag", 0.8)

    def _couple_hashtag(self, m: regex.Match[str]) -> Iterable[RecognizerResult]:
        """Two first names joined by "and" in a hashtag ("#giftandinnocent2026"): a couple."""
        c = _COUPLE.fullmatch(m.group("body"))
        if not c:
            return
        first = self.lex.all_first
        if fold(c["a"]) in first and fold(c["b"]) in first:
            for g in ("a", "b"):
                s = m.start("body") + c.start(g)
                yield self._person(s, s + len(c[g]), "names of a couple in a hashtag", 0.7)

    def _staff_names(self, text: str) -> Iterable[RecognizerResult]:
        """Names in the positions of a rota, a handover or a swap request (see above)."""
        low = text.lower()
        for rx_, reason, level, hint in (
            (_STAFF_VERB_AFTER, "name before a staffing verb ('Destiny floating to PCU')", 0,
             _STAFF_VERB_HINT),
            (_CALL_NAME_ON, "name in 'call X on <number>'", 0, _CALL_HINT),
            (_PERSON_WORD_APPOSITION, "name in apposition ('a wee man, bill, in bed 12')", 0,
             _APPOSITION_HINT),
        ):  # fmt: skip
            if not hint.search(low):
                continue  # its cheap pre-check failed
            for m in rx_.finditer(text):
                n = m.group("n")
                k = fold(n)
                if k in _NOT_STAFF_NAME or not (
                    self._name_ok(n, level=level) or k in self.lex.all_first
                ):
                    continue
                if k in _SERVICES or (
                    rx_ is not _CALL_NAME_ON and k not in self.lex.all_first and is_english(k)
                ):
                    continue  # "ring Switchboard on 0": a service
                yield self._person(*m.span("n"), reason)
        if _ROSTER_SHAPE.search(text):
            for m in _ROSTER_SHIFT.finditer(text):
                n = m.group("n")
                if fold(n) not in _NOT_STAFF_NAME and self._name_ok(n, level=1):
                    yield self._person(*m.span("n"), "name before a shift in a roster")
        for rx_, reason, hint in (
            (_SELF_INTRO, "name in a self-introduction ('it's Destiny from 4 South')",
             ("it", "this is", "i'm", "i’m", "im ")),
            (_MY_PEER, "name after 'my buddy/preceptor/co-PG'", ("my ", "our ")),
            (_OCCASION_AFTER, "name before an occasion ('Faith wedding')",
             ("wedding", "funeral", "send", "farewell", "leaving", "shower", "graduation",
              "christening", "naming", "burial", "nikah", "walima", "mehndi", "retirement")),
        ):  # fmt: skip
            if not any(h in low for h in hint):
                continue  # its cheap pre-check failed
            for m in rx_.finditer(text):
                n = m.group("n")
                k = fold(n)
                if (
                    k in _NOT_STAFF_NAME or k in _SEASONS or k in self.lex.never
                    or k in self.lex.kinship or k in self.lex.keep_places
                    or k in self.lex.months or k in self.lex.weekdays
                    or not (
                        (k in self.lex.all_first and (n[:1].isupper() or k not in self.lex.common))
                        or (not is_english(k) and k not in self.lex.common)
                    )
                ):  # fmt: skip
                    continue  # "my preceptor said": a lower-case word is a name only if no word
                yield self._person(*m.span("n"), reason)
        for m in _NAME_BEFORE_BED.finditer(text) if _BED_HINT.search(low) else ():
            n = m.group("n")
            k = fold(n)
            if k in _NOT_STAFF_NAME or not self._name_ok(n.capitalize(), level=1):
                continue
            if k not in self.lex.all_first and (is_english(k) or k in self.lex.common):
                continue  # "Sepsis bed 4", "side bed 2": a word
            yield self._person(*m.span("n"), "name right before its bed ('gwilym bed 4')")

    def _facilities(self, text: str) -> Iterable[RecognizerResult]:
        if "Dr" in text or "Doctor" in text:
            for m in _DOCTORS_PRACTICE.finditer(text):
                yield result(
                    "FACILITY", *m.span("f"), 0.7, "ContextRecognizer",
                    "a doctor's practice named by its doctor ('down at Dr Mackie's')",
                    label="HOSPITAL",
                )  # fmt: skip
        for m in self.facility_acronym.finditer(text) if _ACRONYM_HINT.search(text) else ():
            f = m.group("f")
            if (
                f in CLINICAL_ACRONYMS
                or f in NOT_FACILITY_ORGS
                or fold(f) in self.lex.never
                or len(f) < 3
            ):
                continue
            nxt = (m.group("next") or "").strip()
            if (
                nxt
                and nxt.islower()
                and nxt not in FUNCTION_WORDS
                and not (nxt.endswith("ed") or nxt in _AFTER_FACILITY)
            ):
                continue  # "at STD clinic": an attribute, not a place ("at UBTH walked" is one)
            yield result(
                "FACILITY", *m.span("f"), 0.6, "ContextRecognizer",
                "facility acronym after 'at/in/from'", label="HOSPITAL",
            )  # fmt: skip
        for m in self.facility_words.finditer(text):
            f = m.group("f")
            head = f.split()[0]
            if head.isupper() and (head in CLINICAL_ACRONYMS or len(f.split()) != 2):
                continue
            if head.isupper() and fold(f.split()[1]) in self.lex.common:
                continue
            if head.isupper() and fold(f.split()[1]).rstrip(".") in _DAY_SHORT:
                continue  # "swaps LD Thurs": a shift and its day
            yield result(
                "FACILITY", *m.span("f"), 0.6, "ContextRecognizer",
                "name built on a facility word", label="HOSPITAL",
            )  # fmt: skip

    def _bare_facilities(self, text: str) -> Iterable[RecognizerResult]:
        lex = self.lex
        if "#" in text:
            for m in self.proper_hashtag.finditer(text):
                f = m.group("f")
                k = fold(f)
                if (
                    f in CLINICAL_ACRONYMS or k in lex.never or k in lex.keep_places
                    or k in lex.hashtag_words or k in lex.common
                ):  # fmt: skip
                    continue
                parts = [fold(p) for p in self.camel_part.findall(f)] or [k]
                if f.isupper():
                    ok = f.endswith("H") or "TH" in f or "UH" in f  # "#LASUTH", "#UBTH"
                else:
                    ok = any(p in _HASHTAG_FACILITY_WORDS for p in parts[1:]) or not any(
                        is_english(p) or p in lex.common for p in parts
                    )
                if ok:
                    yield result(
                        "FACILITY", *m.span("f"), 0.55, "ContextRecognizer",
                        "proper noun in a hashtag ('#Westmead')", label="HOSPITAL",
                    )  # fmt: skip
        for m in self.health_board.finditer(text):
            words = m.group("f").split()[1:]
            if fold(" ".join(words)) in lex.keep_places or fold(words[0]) in _NHS_BODIES:
                continue
            yield result(
                "FACILITY", *m.span("f"), 0.6, "ContextRecognizer",
                "health board ('NHS Grampian')", label="HOSPITAL",
            )  # fmt: skip
        for m in self.numbered_facility.finditer(text):
            h = m.group("h")
            if h and (is_english(fold(h)) or fold(h) in lex.never or fold(h) in lex.common):
                continue  # "Clinical Teaching", "Care Level 3"
            yield result(
                "FACILITY", *m.span("f"), 0.6, "ContextRecognizer",
                "numbered or teaching hospital ('37 Military', 'Tamale Teaching')",
                label="HOSPITAL",
            )  # fmt: skip
        for m in self.facility_dept.finditer(text):
            f = m.group("f")
            head = f.split()[0]
            k = fold(head)
            if (
                is_english(k) or k in lex.never or k in lex.common or k in lex.keep_places
                or k in lex.months or k in lex.weekdays or k in lex.kinship
                or head.upper() in CLINICAL_ACRONYMS or fold(f) in lex.keep_places
            ):  # fmt: skip
                continue
            yield result(
                "FACILITY", *m.span("f"), 0.55, "ContextRecognizer",
                "name before a department ('Middlemore ED')", label="HOSPITAL",
            )  # fmt: skip

    def _extra(self, text: str) -> Iterable[RecognizerResult]:
        lex = self.lex
        for m in self.the_facility.finditer(text):
            f = m.group("f")
            k = fold(f.removesuffix("'s").removesuffix("’s"))
            if f.isupper():
                if (
                    f in CLINICAL_ACRONYMS
                    or f in NOT_FACILITY_ORGS
                    or f in _REGION_ACRONYMS
                    or len(f) < 2
                ):
                    continue
            elif f.endswith("s") and is_english(k.removesuffix("s")):
                continue  # a region named in the plural: "the Highlands", "the Valleys"
            elif (
                (k in lex.common and not f.endswith(("'s", "’s")))
                or k in lex.never
                or k in lex.months
                or k in lex.weekdays
                or k in lex.keep_places
                or k in STAFF_ROLES
            ):
                continue
            yield result("FACILITY", m.start("the"), m.end("f"), 0.6, "ContextRecognizer",
                         "capitalised name after 'at the'", label="HOSPITAL")  # fmt: skip
        for m in self.facility_of.finditer(text):
            yield result("FACILITY", *m.span("f"), 0.65, "ContextRecognizer",
                         "'<title> of <place>', 'School of Nursing'", label="HOSPITAL")  # fmt: skip
        for m in self.place_group.finditer(text):
            p = m.group("p")
            if fold(p) in lex.keep_places or all(
                w in lex.common or w in lex.never for w in fold(p).split()
            ):
                continue
            yield result("LOCATION", *m.span("p"), 0.6, "ContextRecognizer",
                         "place naming a local group or page", label="CITY")  # fmt: skip
        for m in self.place_service.finditer(text):
            k = fold(m.group("p"))
            if k in lex.keep_places or k in lex.never or k in lex.all_first or is_english(k):
                continue
            reason = "place before a local transport or council word"
            yield result("LOCATION", *m.span("p"), 0.6, "ContextRecognizer", reason, label="CITY")
        for m in self.licence.finditer(text) if _FIVE_DIGITS.search(text) else ():
            yield result("LICENSE", *m.span("c"), 0.8, "ContextRecognizer", "licence number")
        for m in self.eircode.finditer(text):
            if sum(ch.isdigit() for ch in m.group("a")) >= 3:
                yield result("ADDRESS", *m.span("a"), 0.7, "ContextRecognizer", "Eircode")
        for m in self.address_word.finditer(text):
            yield result("ADDRESS", *m.span("a"), 0.75, "ContextRecognizer",
                         "street after 'address'")  # fmt: skip
        m = self.sign_off.search(text)
        if (
            m
            and self._name_ok(m.group("n"))
            and (m.group("lead") is not None or fold(m.group("n")) in lex.first)
        ):
            yield self._person(*m.span("n"), "sign-off name at the end of the post", 0.6)
        for m in self.with_list.finditer(text):
            for w in _LIST_WORD_RX.finditer(m.group("list")):
                if fold(w.group()) == "and" or not self._name_ok(w.group()):
                    continue
                s = m.start("list") + w.start()
                yield self._person(s, s + len(w.group()), "names listed after 'with'")

    def _records(self, text: str) -> Iterable[RecognizerResult]:
        for m in self.record.finditer(text):
            code = m.group("code").strip()
            if sum(ch.isdigit() for ch in code) < 4:
                continue
            yield result(
                "MRN", m.start("code"), m.start("code") + len(code), 0.85, "ContextRecognizer",
                "record number after a record word",
            )  # fmt: skip
        for m in self.slash_code.finditer(text):
            yield result(
                "MRN", *m.span("code"), 0.7, "ContextRecognizer",
                "record number with letters, slashes or hyphens",
            )  # fmt: skip
        for m in self.national.finditer(text):
            code = m.group("code")
            digits = "".join(ch for ch in code if ch.isdigit())
            ok = ""
            if len(digits) == 10 and nhs_ok(digits):
                ok = "NHS number (mod 11)"
            elif len(digits) == 12 and code[0] not in "01" and verhoeff_ok(digits):
                ok = "Aadhaar-like number (Verhoeff)"
            elif len(code) == 13 and code.isdigit() and luhn_ok(code):
                ok = "South African ID number (Luhn)"
            elif len(digits) in (10, 11) and medicare_au_ok(digits) and " " in code:
                ok = "Australian Medicare number (check digit)"
            elif _NRIC_RX.fullmatch(code):
                ok = "Singapore NRIC/FIN shape"
            elif _NHI_RX.fullmatch(code) and code[:3] not in CLINICAL_ACRONYMS:
                ok = "NZ NHI shape" if _NHI_WORD_RX.search(text) else ""
            elif _PPS_RX.fullmatch(code):
                ok = "Irish PPS shape"
            if ok:
                yield result("ID", m.start(), m.end(), 0.8, "ContextRecognizer", ok)

    def _init_old_age_context(self) -> None:
        """Ages over 89 told by their context rather than by "aged"/"years old" (Safe Harbor):
        a patient or kinship word before the number, an age unit in the poster's language,
        an apposition in a handover, or "<age> and still …" right after a person is named."""
        kin = literal_alternation((set(self.lex.kinship) - _AMBIGUOUS_KIN) | _MORE_KIN)
        n = rf"(?<![\d.,/:#£$€@-])(?P<n>{_OLD_AGE})(?![\d%°/]|[.,:]\d)"
        unit = (
            r"(?:years?|yrs?|yo|y/o|y\.o\.?|saal|sal|tahun|thn|taon|anyos|años|anos|jaar|ans|"
            r"miaka)\b"
        )
        not_after = (
            r"(?!\s*(?i:%|mg|mcg|ml|kg|g\b|bpm|mmhg|mins?\b|minutes|secs?\b|seconds|hrs?\b|"
            r"hours|days?|weeks?|wks|months?|patients|pts\b|calls|beds|units|cm|mm|th\b|"
            r"st\b|nd\b|rd\b|on\s+(?:ra|air|room\s+air|o2|\d)))"
        )
        honorific = r"(?:\s+(?i:ji|jee|sahib|sahiba|po))?"
        # "pt 91 long lie", "pesakit 90 jatuh", "pt 95,": a call-out or handover patient
        # number; never "PT 95" (physio, prothrombin time) and never a dose/sat/duration
        self.old_after_patient = regex.compile(
            r"\b(?:[Pp]t|[Pp]atient|[Pp]esakit|[Pp]asyente|[Mm]gonjwa)\s+" + n + not_after
        )
        # "Atok 95 tahun", "dadi 96 saal ki", "Ammi ji 93 saal", "our cucu, 98 years",
        # "Nan 94." — a kinship word (a name may follow it) and the number, with an age unit
        # or at the end of a clause
        self.old_after_kin = regex.compile(
            rf"\b(?i:{kin}){honorific}(?-i:\s+\p{{Lu}}\p{{Ll}}+){{0,2}},?\s+{n}"
            rf"(?=\s*{unit}|\s*[,.!;)]|\s*$|\s+(?:and|&|en|aur|at|pun)\b)" + not_after,
            _I,
        )
        # "92 saal ki Dadi", "93 saal ki hain", "90 saal ke dada": Hindi/Urdu age phrase
        self.old_saal = regex.compile(rf"{n}\s+(?i:saal|sal)\s+(?i:ki|ka|ke)\b")
        # "ana miaka 95", "mzee wa miaka 92": Swahili puts the number after the unit
        self.old_miaka = regex.compile(
            rf"\b(?i:ana|wa|mwenye)\s+(?i:umri\s+wa\s+)?(?i:miaka)\s+{n}\b"
        )
        # "<age> and still/tough/wants …" or "<age>, WWII vet" opening a clause right after a
        # person was named: "Nan Mereana. 96 and she still …", ", 94 and wants her tea"
        self.old_and_still = regex.compile(
            rf"(?:(?<=^|[.!?:;]\s*)|(?<=,\s*)){n}(?:\s+(?:and|&|en|aur|at|na|pero|et|y)\s+"
            r"(?:(?i:she|he|they|is|was|so|still|ya|hy|sy|nog|pa|din|rin|bado|abhi|bhi|masih|"
            r"tetap|toujours)\s+){0,2}"
            r"(?i:still|steeds|nog|tough|sharp|skerp|strong|sterk|fit|feisty|wants?|loves?|"
            r"going|independent|lucid|sprightly|cheeky|sassy|bright|alert|walking|dancing|"
            r"driving|flirt\w*|kicking|chatty|stubborn|mobile|hale|healthy|gesond|bado|"
            r"masih|toujours|encore|pa\s+rin|smart|beautiful|gorgeous|amazing|thriving)\b"
            # a wait or a count, not an age: "90 and still waiting", "95 and still counting"
            r"(?!\s+(?i:waiting|counting|queu\w*|no\b|nothing|on\s+hold|in\s+the\s+queue))"
            r"|(?P<comma>,)\s+(?=\p{L}))"
        )
        # ", 92, CAP" in a handover that named the patient by title earlier in the sentence
        self.old_apposition = regex.compile(
            r"(?<=\b(?:Mr|Mrs|Ms|Mdm|Madam|Miss|Puan|Encik|Cik|Mme|Mlle|M|Lola|Lolo|Aunty|"
            r"Auntie|Uncle|Gogo|Mama|Baba|Mzee|Ouma|Oupa|Tannie|Oom)\.?\s+\p{Lu}[^.!?\n]{0,80}"
            r"(?<![\d\s]|\b\p{L}{1,6}\s?\d+)),\s*" + n + r"\s*,(?!\s*\d)"
        )
        self.person_before = regex.compile(
            rf"\b(?:(?i:{kin}|grandmother|grandfather|grandparent|patient|pt|resident|she|he)\b"
            r"|(?:Mr|Mrs|Ms|Mdm|Miss|Mme)\.?\s+\p{Lu}|(?:Pop|Poppy|Pa|Ma|Nan)\b)"
        )

    def _old_ages_in_context(self, text: str) -> Iterable[RecognizerResult]:
        """See ``_init_old_age_context``; only numbers 90-119 are reported."""
        if not _OLD_AGE_RX.search(text):
            return
        why = "age over 89 from its context"
        for rx in (self.old_after_patient, self.old_after_kin, self.old_saal, self.old_miaka,
                   self.old_apposition):  # fmt: skip
            for m in rx.finditer(text):
                yield result("AGE", *m.span("n"), 0.7, "ContextRecognizer", why)
        for m in self.old_and_still.finditer(text):
            before = text[max(0, m.start() - 120) : m.start()]
            if not self.person_before.search(before):
                continue
            if m.group("comma") and not _SENTENCE_OPEN_BEFORE.search(before):
                continue  # "<age>, …" only when it opens a sentence
            if _BED_WORD_BEFORE.search(before):
                continue
            yield result("AGE", *m.span("n"), 0.7, "ContextRecognizer", why)

    def _dates_and_ages(self, text: str) -> Iterable[RecognizerResult]:
        slashed = _DIGIT_SEP_DIGIT.search(text) is not None
        old = _OLD_AGE_DIGITS.search(text) is not None
        for m in self.date_dm.finditer(text) if slashed else ():
            d = m.group("d")
            parts = [p for p in _DATE_SEP_RX.split(d) if p]
            before = text[max(0, m.start() - 12) : m.start()].lower()
            if _NOT_DATE_BEFORE_RX.search(before):
                continue
            # d/m needs a date-ish neighbour: "on 12/9", "starts 25/11", "(1/12)"
            if (
                len(parts) == 2
                and ("/" in d or not d.endswith("."))
                and not _DATE_CONTEXT_BEFORE_RX.search(before)
            ):
                continue
            yield result("DATE", m.start("d"), m.end("d"), 0.75, "ContextRecognizer",
                         "day-first numeric date")  # fmt: skip
        for m in self.date_slash.finditer(text) if slashed else ():
            a, b = int(m.group("a")), int(m.group("b"))
            if not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
                continue
            if (a, b) == (24, 7) or b in (52,):
                continue
            before = text[max(0, m.start() - 16) : m.start()].lower()
            if _NOT_DATE_BEFORE_RX.search(before) or _SCORE_BEFORE_RX.search(before):
                continue
            if b == 10 and not _DATE_CONTEXT_BEFORE_RX.search(before):
                continue  # "he's a 7/10", "food 8/10": a rating out of ten, not 7 October
            yield result("DATE", *m.span("d"), 0.7, "ContextRecognizer", "numeric day and month")
        for m in self.block_address.finditer(text):
            g = "a" if m.group("a") else "u"
            yield result("ADDRESS", *m.span(g), 0.7, "ContextRecognizer", "block / unit address")
        for m in self.day_range.finditer(text) if _DAY_RANGE_HINT.search(text) else ():
            yield result("DATE", *m.span("d"), 0.75, "ContextRecognizer", "range of days")
        for m in self.bare_ordinal.finditer(text) if _ORDINAL_HINT.search(text) else ():
            yield result("DATE", *m.span("d"), 0.55, "ContextRecognizer", "ordinal day")
        for m in self.life_span.finditer(text):
            if _dt.date.today().year - int(m.group("y")) > 89:
                yield result("DATE", *m.span("y"), 0.85, "ContextRecognizer",
                             "birth year of a life span revealing an age over 89")  # fmt: skip
        for m in self.old_age.finditer(text) if old else ():
            g = next(x for x in ("a", "b", "c") if m.group(x))
            yield result("AGE", *m.span(g), 0.7, "ContextRecognizer", "age over 89")
        for m in self.date_ddmm.finditer(text) if slashed else ():
            before = text[max(0, m.start() - 12) : m.start()].lower()
            if not _NOT_DATE_BEFORE_RX.search(before):
                yield result("DATE", *m.span("d"), 0.7, "ContextRecognizer", "dd.mm date")
        for m in self.date_md.finditer(text) if slashed else ():
            yield result("DATE", *m.span("d"), 0.7, "ContextRecognizer", "month/day date")
        for m in self.month_year.finditer(text) if _MONTH_YEAR_HINT.search(text) else ():
            yield result("DATE", *m.span("d"), 0.7, "ContextRecognizer", "month/year date",
                         year=m.group("y"))  # fmt: skip
        for m in self.ordinal_age.finditer(text) if old else ():
            g = "a" if m.group("a") else "b"
            yield result("AGE", *m.span(g), 0.75, "ContextRecognizer", "ordinal age over 89")
        for m in self.date_ordinal.finditer(text):
            yield result("DATE", *m.span("d"), 0.6, "ContextRecognizer", "ordinal day")
        this_year = _dt.date.today().year
        for m in self.birth_year.finditer(text):
            if this_year - int(m.group("y")) > 89:
                yield result(
                    "DATE", *m.span("y"), 0.85, "ContextRecognizer",
                    "birth year revealing an age over 89",
                )  # fmt: skip
        for m in self.ward_code.finditer(text):
            yield result("ROOM", *m.span("r"), 0.7, "ContextRecognizer", "ward/bay code")
        for m in self.phone_after_word.finditer(text) if _PHONE_DIGITS.search(text) else ():
            digits = sum(ch.isdigit() for ch in m.group("p"))
            if 7 <= digits <= 15:
                yield result("PHONE", *m.span("p"), 0.7, "ContextRecognizer",
                             "phone number after a phone word")  # fmt: skip
        for m in self.place_after.finditer(text):
            p = m.group("p")
            words = [fold(w) for w in _PLACE_SEP_RX.split(p)]
            if fold(p) in self.lex.keep_places or any(
                w in self.lex.common or w in self.lex.never for w in words
            ):
                continue
            yield result("LOCATION", *m.span("p"), 0.6, "ContextRecognizer",
                         "place after 'lives in/near/back in'", label="CITY")  # fmt: skip
        for m in self.paren_age.finditer(text) if old else ():
            g = next(x for x in ("a", "b", "c") if m.group(x))
            yield result("AGE", *m.span(g), 0.7, "ContextRecognizer", "age over 89")
