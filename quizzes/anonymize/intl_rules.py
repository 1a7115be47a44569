"""Issue 19, fifth round: structured identifiers in the forms of every country our posts come
from, written as classes of shapes rather than as the examples of one evaluation set.

* **Addresses**: house / flat / unit / plot / door / "No." numbers in front of a street of any
  English-speaking country's street types (Close, Crescent, Grove, Gardens, Mews, Park, Rise,
  View, Cross, Main, Marg, Salai…), Malay/Filipino street and estate prefixes (Jalan, Lorong,
  Taman, Barangay, Purok, Sitio), Indian and Nigerian estate, layout, phase and sector forms,
  postal boxes of every kind (P.O. Box 123-00100, PMB, Private Bag, Locked Bag), Indian PIN codes
  and Singapore postcodes after a place, Ghana digital addresses, a postcode after a street.
* **Vehicle plates**: the national shapes that no other token has (Kenya "KDA 123B", Nigeria
  "ABC 123 DE", India "MH 12 AB 1234", UK "AB12 CDE", South Africa "ABC 123 GP" / "CA 123-456",
  Ireland "191-D-12345") anywhere, and any plate-like group after a vehicle word.
* **Accounts and money**: a number after any account-like word with a few words between
  ("account no. is", "BSB", "sort code", "IBAN", "paybill", "till", "M-Pesa", "UPI"…), and
  transaction codes (mixed letters and digits) after a payment word.
* **Wards**: a ward's name or number is an identifier ("Ward 7A", "ward C4", "St Anne's Ward").
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable

import regex
from presidio_analyzer import RecognizerResult

from .context import CLINICAL_ACRONYMS, NOT_FACILITY_ORGS
from .lexicon import US_STATE_CODES, _read_phrases, get_lexicon, is_english
from .normalize import fold
from .patterns import RegexRecognizer, result

# ----------------------------------------------------------------------------- addresses
# street types of the UK, Ireland, Australia, NZ, Canada, the US, India, Nigeria, South
# Africa, Kenya, Ghana, Singapore, Malaysia and the Philippines
STREET_TYPES = (
    r"(?:Street|Str|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Cl|Crescent|Cres|Cresc|"
    r"Court|Ct|Grove|Gr|Gardens|Gdns|Garden|Park|Place|Pl|Square|Sq|Terrace|Terr|Tce|Mews|Row|"
    r"Rise|Hill|View|Vale|Green|Heights|Parade|Pde|Esplanade|Quay|Wynd|Brae|Way|Walk|Boulevard|"
    r"Blvd|Highway|Hwy|Expressway|Circle|Circus|Cir|Loop|Link|Grange|Meadows?|Chase|Glen|Dale|"
    r"Croft|Fold|Gate|Ridge|Bend|Track|Trail|Parkway|Pkwy|Marg|Salai|Nagar|Colony|Layout|"
    r"Enclave|Vihar|Puram|Extension|Extn|Estate|Crossing|Junction|Bypass|Promenade|Alley|"
    r"Plaza|Cove|Reach|Retreat|Point|Common|Villas|Residency|Apartments|Flats|Towers|Mansions)"
)
_NUM = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?"
# "Flat 2/1,", "House 44", "Plot No. 17", "Door No 3-4-12", "H.No. 12", "Apt 4B", "Stand 1123"
_UNIT = (
    r"(?:Flat|Apt|Apartment|Unit|Suite|Ste|House|Hse|Plot|Door|Stand|Erf|Lot|Shop|Villa|Qtr|"
    r"Quarters|Room|Block|Blk|Bldg|Building|Tower|Floor|Level|H\.\s?No|No|Nos|Number)"
)
_UNIT_NO = rf"\b{_UNIT}\.?\s*(?:(?i:no)\.?\s*)?#?\s*{_NUM}"
# a home's own number (not a hospital's "Unit 4", "Room 12", "Level 3")
_HOME_NO = (
    r"\b(?:Flat|Apt|Apartment|House|Hse|Plot|Door|Stand|Erf|Lot|Villa|No|Nos)\.?\s*"
    rf"(?:(?i:no)\.?\s*)?#?\s*{_NUM}"
)
_CAP = r"\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*"
_NAME = r"\p{Lu}\p{Ll}[\p{L}'’-]*"
_CAPS = rf"{_CAP}(?:\s+(?:{_CAP}|\d{{1,3}}))*"

STREET = regex.compile(
    # [unit, ][No.] 12 [Name…] <street type>: "Flat 2/1, 48 Dumbarton Rd", "No. 7 Adeyemi Close",
    # "House 14, Kofi Annan Street", "22 Glenmachan Park", "12A Heol y Bryn"
    rf"(?:{_UNIT_NO}\s*,?\s*)*(?:\b(?:No|Nos|Number|#)\.?\s*)?(?<![\w/-]){_NUM},?\s+"
    rf"(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th)|of|the|de|y|na|el)\s+){{1,4}}{STREET_TYPES}\b\.?"
    rf"(?:\s+(?:North|South|East|West|Extension|[NSEW])\b)?"
)
# a unit with no street number: "Apt 4, Canal View", "Flat 3, Block B, Jakande Estate",
# "Phase 2 House 44", "Plot 12, Sector 4"
UNIT_CHAIN = regex.compile(
    rf"(?:{_UNIT_NO}|\b(?:Phase|Sector|Zone|Section|Stage|Extension|Block|Blk)\s+[\dA-Z]{{1,4}}\b)"
    rf"(?:\s*,?\s*(?:{_UNIT_NO}|\b(?:Phase|Sector|Zone|Section|Stage|Block|Blk|Lot)\s+"
    rf"[\dA-Z]{{1,4}}\b))+"
    rf"|{_HOME_NO},\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})"
)
# Malaysian, Filipino and Indian prefixes: "Jalan SS2/24", "Lorong 3", "Taman Melati",
# "Brgy. San Isidro", "Purok 5", "Sitio Maligaya", "Sector 15", "Phase 2"
PREFIXED = regex.compile(
    r"\b(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Taman|Tmn\.?|Kampung|Kg\.?|Barangay|"
    r"Brgy\.?|Bgy\.?|Purok|Sitio|Poblacion)\s+(?:[\p{Lu}\d][\w/'-]*)(?:\s+[\p{Lu}\d][\w/'-]*){0,3}"
    r"|\b(?:Phase|Sector|Zone)\s+\d{1,3}[A-Z]?\b(?=\s*,\s*\p{Lu}|\s+(?:House|Plot|Flat|No)\b)"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:Cross|Main|Block|Stage|Phase)\b(?:\s+(?:Road|Rd))?"
)
# postal boxes of every kind: "P.O. Box 1234-00100", "PMB 2002", "Private Bag X1", "GPO Box 5"
PO_BOX = regex.compile(
    r"\b(?:P\.?\s?O\.?\s?Box|PO\s?Box|GPO\s+Box|Post\s+Office\s+Box|Box|PMB|P\.M\.B\.?|"
    r"Private\s+Bag|Private\s+Mail\s+Bag|Locked\s+Bag|Postnet\s+Suite|Postbus)\.?\s*"
    r"(?:[A-Z]?\d{1,6}(?:\s*[-–]\s*\d{5})?)(?:\s*,?\s*(?:GPO|Code)\s*\d{3,6})?",
    regex.IGNORECASE,
)
# a postal code after a place: "Bengaluru 560034", "Chennai - 600 028", "Singapore 520512",
# "pincode 110017", "postcode 2150", "Eldoret 30100", "47300 Petaling Jaya"
PIN6 = regex.compile(r"(?<![\w/.:])[1-9]\d{5}(?![\d/.,:-]\d|\d)")
PLACE_BEFORE = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+)?,?\s*[-–]?\s*$")
POSTCODE_WORD = regex.compile(
    r"(?i:\bpin\s*(?:code)?|\bpincode|\bpost\s*code|\bpostal\s+code|\bzip\s*(?:code)?|"
    r"\bpostcode)\s*(?:is|:|-)?\s*(?P<pc>\d{3}\s?\d{1,3}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b"
)
# Ghana Post GPS digital address: "GA-184-5621", "AK-039-5028"
GHANA_GPS = regex.compile(r"\b[A-Z]{2}-\d{3,4}-\d{4}\b")
# right after a street: ", Slaithwaite 2150", " 0632", " 47300"
POSTCODE_TAIL = regex.compile(
    r"(?:,\s*\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2})?,?\s*(?:[A-Z]{2,3}\s+)?"
    r"(?P<pc>\d{4,6})(?![\d/.:%-]|\s*(?i:am|pm|hrs?|mg|ml|patients)\b)"
)
# Malaysian "47300 Petaling Jaya", Filipino "1100 Quezon City" after an address
POSTCODE_FIRST_TAIL = regex.compile(r",\s*(?P<pc>\d{4,6})\s+\p{Lu}\p{Ll}+")
# a street or house named after a cue: "address: Ty Gwyn, Heol y Bryn", "lives at Rose Cottage"
ADDRESS_CUE = regex.compile(
    r"\b(?i:address(?:\s+is)?|addr|lives\s+at|living\s+at|staying\s+at|residing\s+at|"
    r"resides\s+at|deliver(?:ed|y)?\s+to|send\s+(?:it\s+)?to|drop\s+(?:it\s+)?off\s+at|"
    r"home\s+address)\s*[:\-]?\s*"
    rf"(?P<a>(?:{_UNIT_NO}\s*,?\s*)?(?:\d{{1,5}}[A-Za-z]?,?\s+)?\p{{Lu}}[\p{{L}}'’-]*"
    r"(?:[ ,]+(?:\p{Lu}[\p{L}'’-]*|\d{1,5}|y|yr|na|de|of|the)){0,6})"
)

# ----------------------------------------------------------------------------- vehicle plates
_IN_STATES = (
    "AN|AP|AR|AS|BR|CH|CG|DD|DL|DN|GA|GJ|HR|HP|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|"
    "RJ|SK|TN|TR|TS|UK|UP|WB"
)
PLATE_SHAPES = regex.compile(
    # Kenya "KDA 123B", "KCB 447T"
    r"(?<![\w-])K[A-Z]{2}\s?\d{3}\s?[A-Z](?![\w-])"
    # Nigeria "ABC 123 DE", "LSR-123-AB", "KJA 441 EC"
    r"|(?<![\w-])[A-Z]{3}[\s-]\d{3}[\s-]?[A-Z]{2}(?![\w-])|(?<![\w-])[A-Z]{3}\d{3}[A-Z]{2}(?![\w-])"
    # Singapore "SLQ 8821 K", "SGX 1234 A": S, two letters, 1-4 digits, a check letter
    r"|(?<![\w-])S[A-HJ-NP-Z]{2}\s?\d{1,4}\s?[A-HJ-MPR-UX-Z](?![\w-])"
    # India "MH 12 AB 1234", "KA01MJ2022", "DL 3C AB 1234"
    rf"|(?<![\w-])(?:{_IN_STATES})[\s-]?\d{{1,2}}[A-Z]?[\s-]?[A-Z]{{1,3}}[\s-]?\d{{4}}(?![\w-])"
    # UK "AB12 CDE"
    r"|(?<![\w-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w-])"
    # South Africa "ABC 123 GP", "BC 12 CD GP", "CA 123-456", "ND 123-456"
    r"|(?<![\w-])[A-Z]{2,3}\s?\d{2,3}(?:\s?[A-Z]{2})?\s(?:GP|MP|NW|EC|FS|NC|ZN|WP)(?![\w-])"
    r"|(?<![\w-])(?:C[A-Z]{1,2}|N[A-Z])\s?\d{3}[-\s]\d{3}(?![\w-])"
    # Ireland "191-D-12345", "12-KY-3456"
    r"|(?<![\w-])\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|"
    r"W|WD|WH|WX|WW)-\d{1,6}(?![\w-])"
)
_VEHICLE_WORD = (
    r"(?:car|cars|vehicle|van|ute|bakkie|truck|lorry|bus|taxi|cab|uber|bolt|grab|jeepney|"
    r"tricycle|trike|keke|okada|danfo|matatu|boda(?:\s?boda)?|motorbike|motorcycle|scooter|bike|"
    # Malay / Tagalog / West African words for a car, lorry, taxi, plate
    r"kereta|motor|lori|teksi|van\s?sapu|plaka|sasakyan|jeep|trotro|"
    r"SUV|sedan|hatchback|ambulance|plates?|number\s+plate|licen[cs]e\s+plate|rego|reg|"
    r"registration|parked|parking|towed|clamped|reversed|hit\s+and\s+run|dashcam|"
    r"Corolla|Camry|Civic|Hilux|Vitz|Probox|Fielder|Polo|Golf|Swift|Innova|Vios|Myvi|Axia|"
    r"Hiace|Sienna|Venza|Highlander|Prado|Ranger|Navara|Tacoma|Accord|Jetta|Avanza|"
    # (ninth round) makes and more models: "black Audi LXZ 4821", "one Vellfire SLQ 8821 K"
    r"Toyota|Honda|Nissan|Mazda|Subaru|Mitsubishi|Suzuki|Hyundai|Kia|Ford|Holden|Vauxhall|"
    r"Opel|Peugeot|Renault|Citroen|Citroën|Fiat|Skoda|Škoda|Seat|Audi|BMW|Merc|Mercedes|Benz|"
    r"Volvo|Volkswagen|VW|Lexus|Tesla|Jeep|Land\s?Rover|Range\s?Rover|Mini|Proton|Perodua|"
    r"Isuzu|Tata|Mahindra|Maruti|Chevrolet|Chevy|Dodge|GMC|Ram|Kombi|Quantum|Vellfire|Alphard|"
    r"Wish|Premio|Belta|Passo|Axio|Aqua|Prius|Yaris|Rav4|RAV4|CR-V|HR-V|Fit|Jazz|Almera|"
    r"Sylphy|X-Trail|Qashqai|Juke|Micra|Note|Demio|Saga|Persona|Bezza|Alza|Aruz|Ativa|Wira|"
    r"Kancil|Fortuner|Scorpio|Bolero|Ertiga|Dzire|Alto|Baleno|i10|i20|Creta|Corsa|Astra|Fiesta|"
    r"Focus|Transit|Sprinter|Octavia|Fabia|Outlander|Pajero|Triton|D-Max|F-150|Silverado)"
)
# a plate-like group after a vehicle word in the same clause: "silver Vitz KCY 112A",
# "parked car ABC 1234", "rego 1ABC234", "the ute, XYZ-123", "Grab SJA 4471 K"
PLATE_AFTER_WORD = regex.compile(
    rf"\b(?i:{_VEHICLE_WORD})\b(?:\s*(?:[,:(#-]|(?i:is|was|with|number|no\.?|plate|plates|reg|"
    r"rego|registration|licen[cs]e|a|the|white|black|silver|grey|gray|red|blue|green|yellow|"
    r"maroon|gold|of|and|in|at|ng|sa|ang|yung|nung|na\s+\p{Ll}+|dia|nombor|no)\b))*\s*(?<![\w-])"
    r"(?P<p>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"(?:[A-Z]{1,3}[ -]?\d{1,4}(?:[ -]?[A-Z]{1,3})?|\d[A-Z]{2,3}[ -]?\d{2,3}|"
    r"[A-Z]{2,3}[ -]?\d[A-Z]{1,2}(?:[ -]?\d{1,3})?|[A-Z0-9]{2,4}[ -][A-Z0-9]{2,4}|"
    r"[A-Z]{1,3}\s?\d{2,4}-\d{2,4}))(?![\w-])"
)
# clinical codes that look like a plate after "bus"/"bike" etc.
_NOT_PLATE = regex.compile(
    r"(?:NEWS|GCS|PEWS|MEWS|COVID|PGY|FY|ST|CT|AKI|CKD|T|C|L|S|G|P|HbA|V|Band|B|D|BP|SPO|PM|AM|"
    r"PRN|Q|F|ECG|EKG|CPR|IV|IM|SC|PO|NG|OG|HR|RR|O|N|X|K|CD|GP|MRN|ID|RN|ED|ER|ICU|A)\s?\d{1,3}$"
)

# ----------------------------------------------------------------------------- accounts
_ACCOUNT_WORD = (
    r"(?:account|acct|acc|a/c|bank\s+account|IBAN|BSB|sort\s+code|routing|IFSC|SWIFT|BIC|"
    r"paybill|pay\s+bill|till\s+(?:number|no)|buy\s+goods|M-?Pesa|mpesa|GCash|PayMaya|Maya|EcoCash|MoMo|"
    r"mobile\s+money|UPI|VPA|PayID|Zelle|Venmo|e-?transfer|Interac|EFT|reference|ref|"
    r"transaction|txn|trans\s+id|receipt|confirmation|invoice|membership|"
    r"member|policy|scheme|medical\s+aid|NHIF|NHIS|SHIF|PhilHealth|SSS|GSIS|Pag-?IBIG|CPF|EPF|"
    r"KWSP|SOCSO|UAN|ESIC|TFN|IRD|SIN|BVN|NIN|KRA\s+PIN|TIN|PAN|customer|client|loyalty|"
    r"meter|voucher|booking|claim|cheque|card)"
)
# up to three short words between the word and the number: "acc no. is", "BSB and account",
# "account number for the fundraiser is", "paybill 891300 acc"
ACCOUNT_AFTER_WORD = regex.compile(
    rf"\b(?i:{_ACCOUNT_WORD})s?\b(?:\s*(?:[:#=]|(?i:no|nos|nr|num|number|numbers|details|is|are|"
    r"was|of|for|the|my|her|his|their|our|to|code|id|ending|in|and|&|:|=|-))\.?){0,4}\s*"
    r"(?P<n>(?<![\w/.$£€₦₹₱₵-])(?=(?:[A-Z -]*\d){3})(?:\d[\d -]{2,24}\d|[A-Z]{1,4}[\d -]{3,24}\d|"
    r"(?=[A-Z\d]*[A-Z])[A-Z\d]{6,14}))(?![\w/.]|-\w)(?!\s*(?i:naira|kes|ksh|shillings?|rand|"
    r"pesos?|php|rupees?|rs|inr|cedis?|ghs|dollars?|usd|aud|nzd|cad|pounds?|gbp|euros?|k|bob|"
    r"/-|mg|ml|units?|people|patients|staff|nurses|hours?|hrs|am|pm)\b)"
)
# mixed letters and digits (a payment confirmation such as an M-Pesa code): 8-14 upper-case
# characters, at least three letters and three digits, alternating at least four times
TXN_CODE = regex.compile(r"(?<![\w@#/.-])(?P<c>[A-Z0-9]{8,14})(?![\w/-])")

# ----------------------------------------------------------------------------- wards
WARD = regex.compile(
    # "Ward 7A", "Ward 5 West", "Ward M14", "Ward B-214", "Ward D1"
    r"(?P<w>\bWard\s+(?:\d{1,3}[A-Z]?|[A-Z]{1,2}[-\s]?\d{1,3}[A-Z]?|[A-Z]{1,2})"
    r"(?:\s+(?:North|South|East|West))?)(?![\w-])"
    # "ward 7", "ward c4", "ward B-214": the number
    r"|\b(?i:ward)\s+(?i:no\.?\s*)?(?P<n>\d{1,3}[A-Za-z]?(?![:.]\d)|[A-Z]{1,2}-?\d{1,3}[A-Z]?)"
    r"(?![\w-])(?!\s*(?:%|mg|ml|days?|weeks?|hours?|hrs?|mins?|patients?|beds?|nurses?|staff|"
    r"am|pm)\b)"
    # a named ward: "St. Brigid's ward", "Nightingale Ward", "Ward Jasmine"
    r"|(?P<s>\b(?:St\.?|Saint)\s+\p{Lu}\p{Ll}+(?:['’]s)?\s+(?i:ward|unit))\b"
    r"|(?P<named>\b\p{Lu}\p{Ll}{3,}(?:['’]s)?)\s+Ward\b"
)
# ----------------------------------------------------------------------------- rosters
# a record line's "Surname, Given" or "Surname, I" and a list's "Surname I.": "Okoro, Chinedu",
# "Fernandes, Ana Paula", "Lindqvist, M", "Papadakis E."
ROSTER_COMMA = regex.compile(
    r"(?<![\p{L}\p{M}'’.-])(?P<s>\p{Lu}[\p{L}\p{M}'’-]{2,}),\s+"
    r"(?P<g>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?=\s*[,.;:)]|\s+\p{Ll}|\s*$|\s+(?:\d|\p{Lu}{2,}\b))"
    r"|\p{Lu}\.?(?=[\s,;:)]|$))"
)
ROSTER_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}'’.-])(?P<s>\p{Lu}\p{Ll}{2,}[\p{L}\p{M}'’-]*)\s+(?P<i>\p{Lu})\.(?=[\s,;.]|$)"
)
_DIGIT_NEAR = regex.compile(r"\d")
# greetings and thanks of the posts' languages come before a comma and a name, never a surname
GREETINGS = frozenset(
    """
    ayekoo diolch asante salamat shukran ngiyabonga enkosi dankie mahalo namaste hola gracias
    merci danke jambo habari sawubona molo dumela akwaaba medaase daalu nagode kumusta mabuhay
    talofa bula aloha slainte cheers kia ora tena koe hallo hai haan acha shabash oga madam
    sahib saab ji amma appa anna akka didi bhaiya bhai mama baba mzee dada wena yebo eish ag
    """.split()  # noqa: SIM905
)

# ----------------------------------------------------------------------------- facility acronyms
# an acronym in a facility position: before a department or a hospital role ("KBTH emergency
# unit", "NUH houseman year", "RVH maternity"), after a preposition of the posts' languages
# ("sa JRRMMC", "di HKL", "kwa KNH")
FACILITY_ACRONYM = regex.compile(
    # only services a hospital has, never "clinic", "ward", "nurses" (which follow a disease:
    # "IBD clinic", "MDR ward", "COPD nurses")
    r"(?<![\w#@/&.-])(?P<f>[A-Z]{3,7})\s+(?=(?i:emergency|ED|A&E|casualty|ICU|NICU|PICU|SCBU|"
    r"maternity|theatres?|OPD|canteen|cafeteria|car\s+park|houseman(?:ship)?|HO|interns?|"
    r"internship|residency|residents|registrars|consultants|matron|porters|switchboard|"
    r"radiology|labou?r\s+ward|paeds|rotation|posting|chambre|ch\.)(?!\w))"
    r"|\b(?:sa|ng|di|kwa|katika)\s+(?P<f>[A-Z]{3,7})(?![\w&-])"
    # an acronym before its town: "KGMU Lucknow", "CMC Vellore", "RIPAS Bandar" (town checked)
    r"|(?<![\w#@/&.-])(?P<f>[A-Z]{3,7})\s+(?P<town>\p{Lu}\p{Ll}{3,}(?:\s\p{Lu}\p{Ll}+)?)(?![\w'’-])"
)
_NOT_FACILITY_ACRONYMS = (
    frozenset(
        """
    MOH DOH NGO INMO SANC NSW QLD VIC TAS ACT NT WA SA NZ UAE USA UK EU ASAP FYI BTW IMO TBH POV
    LOL OMG OMW PSA DM DMS TIL AMA RIP GOAT NCLEX OSCE CBT IELTS OET PLAB USMLE MRCP MRCS FRCS
    CPD CME PGY KMTC NHIF SHA SHIF NHIS NIN BVN SSS UPI GCASH SOS ETA ASAP PTO OOO WFH TGIF
    """.split()  # noqa: SIM905
    )
    | frozenset(US_STATE_CODES)
    | NOT_FACILITY_ORGS
)

# ----------------------------------------------------------------------------- rooms
# a bed, room, bay or cubicle reference is replaced whole (the number means nothing without its
# word, and writers mark the whole reference): "Bed 4", "rm 612B", "SR2", "side room 3",
# "Bed 12-34", "Room 8N-14", "bay 2 bed 5" (two references), "Katil 14", and the posts' other
# languages: "chambre 412", "ch. 312", "kamer 5", "kwarto 3", "bilik 7", "chumba 2",
# "habitación 14"; a lettered bay: "Bay C", "pod B"
_ROOM_NUM = r"(?=\p{Lu}?\d)\p{Lu}?\d{1,4}\p{L}?(?:-\p{Lu}?\d{1,4}\p{Lu}?)?"
ROOM_WORDS = regex.compile(
    r"(?<![\w-])(?:(?i:(?:side|single|isolation|iso|private)\s+room|room|rm|bed\s*space|bed|"
    r"bay|cubicle|cubie|pod|cot|crib|isolette|stall|suite|katil|chambre|ch\.|kamer|kwarto|bilik|"
    r"chumba|habitaci[oó]n|hab\.|zimmer|quarto|stanza|sala|cama|(?:au|du|le)\s+lit)\.?\s*"
    r"(?i:number|no\.?|#)?\s*(?P<r>" + _ROOM_NUM + r")|SR\s?(?P<r>\d{1,3}\p{Lu}?))"
    r"(?![\w/%-]|[.,]\d)"
    r"|(?<![\w-])(?i:bay|pod|side\s+room|cubicle|isolation\s+room|SR)\s+(?P<r>[A-Z])(?![\w'’&-])"
)
_BED_WORDS = ("bed", "cot", "crib", "isolette", "katil", "cama", "lit")

# ----------------------------------------------------------------------------- dates
# day and month in the other languages of the posts: French, Spanish/Filipino, Afrikaans/Dutch,
# Portuguese, Italian, German, Malay/Indonesian, Swahili, Welsh, Irish, Māori
_FOREIGN_MONTH = (
    r"(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|"
    r"sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|"
    r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|"
    r"januarie|februarie|maart|mei|junie|julie|augustus|oktober|desember|januari|februari|"
    r"juni|juli|augustus|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|m[äa]rz|dezember|"
    r"mac|julai|ogos|disember|maret|agustus|"
    r"machi|aprili|agosti|septemba|oktoba|novemba|desemba|"
    r"ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|"
    r"ean[áa]ir|feabhra|m[áa]rta|aibre[áa]n|bealtaine|meitheamh|i[úu]il|l[úu]nasa|samhain|nollaig|"
    r"h[āa]nuere|p[ēe]puere|m[āa]ehe|[āa]perira|hune|h[ūu]rae|[āa]kuhata|hepetema|oketopa|"
    r"noema|t[īi]hema|"
    # Māori month names of the maramataka: Kohitātea … Hakihea
    r"kohit[āa]tea|huitanguru|pout[ūu]terangi|paengaw[hāa]+wh[āa]|haratua|pipiri|h[ōo]ngongoi|"
    r"here[\s-]?turi[\s-]?k[ōo]k[āa]|mahuru|whiringa[\s-]?[āa][\s-]?nuku|"
    r"whiringa[\s-]?[āa][\s-]?rangi|hakihea|"
    # Hindi months in Devanagari
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|"
    r"नवम्बर|दिसंबर|दिसम्बर)\.?"
)
_FOREIGN_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|"
    r"viernes|s[áa]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrydag|vrijdag|saterdag|"
    r"zaterdag|sondag|zondag|segunda|ter[çc]a|quarta|quinta|sexta|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|"
    r"jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|"
    r"r[āa]hina|r[āa]t[ūu]|r[āa]apa|r[āa]pare|r[āa]mere|r[āa]horoi|r[āa]tapu|"
    r"dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|"
    r"d[ée]\s+(?:luain|m[áa]irt|ch[ée]adaoin|hardaoin|haoine|sathairn|domhnaigh))"
)
# the day comes first in most of these languages; the weekday or article before it is added
# afterwards, so the scan starts only at digits
FOREIGN_DATE = regex.compile(
    # ordinal endings: French "1er", Welsh "1af 2il 3ydd 5ed 8fed 11eg 21ain", Irish "8ú",
    # Afrikaans "8ste", Spanish/Portuguese "1º"
    rf"(?<![\w./-])(?:(?i:ika)-?)?(?:[12]\d|3[01]|0?[1-9]|[१२३]?[०-९])"
    r"(?:er|ème|eme|e|º|ª|af|il|ydd|fed|ed|eg|ain|ú|ste|de|st|nd|rd|th)?"
    rf"\s+(?:(?i:de|ng)\s+)?(?i:{_FOREIGN_MONTH})"
    rf"(?:\s+(?:(?i:de)\s+)?(?P<y>(?:19|20)\d{{2}}|[१२][०-९]{{3}}))?(?!\w)"
)
FOREIGN_DATE_LEAD = regex.compile(
    rf"(?i:\b(?:{_FOREIGN_WEEKDAY},?\s+)?(?:le\s+|el\s+|de\s+|an\s+)?)$"
)
FOREIGN_DATE_MONTH_FIRST = regex.compile(
    # the lookahead (a word, a dot, spaces, a digit) only saves trying every month at every word
    rf"(?i:\b(?=\p{{L}}+\.?\s+\d)"
    rf"(?P<m>{_FOREIGN_MONTH})\s+(?:[12]\d|3[01]|0?[1-9])(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?)"
    r"(?![\w:])"
)
# short month words that are also words of English or Hindi ("2 mac and cheese", "mai 2 baar")
_FOREIGN_MONTH_CLASH = frozenset({"mac", "mayo", "medi", "mai", "mei", "hune", "mars", "sala"})

_FACILITY_WORD = regex.compile(
    r"\b(?:Hospital|Clinic|Cent(?:re|er)|Infirmary|Medical|Health|Institute|College|University|"
    r"School|Unit|Ward|Hospice|Practice|Surgery|Pharmacy)\b"
)
_HOUSE_WORDS = frozenset({"View", "Court", "House", "Lodge", "Cottage"})
_WARD_NOT_NAME = frozenset(
    """
    medical surgical general maternity labour labor children childrens postnatal antenatal
    isolation psychiatric private female male mens womens emergency acute day renal cardiac
    stroke elderly orthopaedic orthopedic paediatric pediatric oncology covid this that the our
    my your their every each whole same other busy quiet new old best worst next last first
    night home side respiratory medicine surgery observation assessment admissions discharge
    gynae geriatric rehab trauma burns neonatal mental health hospice ambulatory recovery high
    short stay long any which what
    """.split()  # noqa: SIM905
)


_STREET_TYPE_END = regex.compile(STREET_TYPES + r"$")
_STREET_TYPE_FULL = regex.compile(STREET_TYPES)
_LAST_WORD = regex.compile(r"[ ,]+(?P<w>[\p{L}'’-]+)$")
_WORDS = regex.compile(r"[\p{L}'’-]+")
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# cheap pre-checks: a plate or a transaction code needs an upper-case letter next to a digit
# (or two apart); a ward needs the word; an address cue or prefix needs its word
_CAPS3 = regex.compile(r"[A-Z]{3}")
# a weekday date has "12/9" or "12.9"; an account number has three digits with at most
# capitals, spaces and hyphens between them (tests/anonymize/test_scan_gates.py)
_DIGIT_SEP_DIGIT = regex.compile(r"\d[./]\d")
_THREE_DIGITS = regex.compile(r"\d[A-Z -]*\d[A-Z -]*\d")
# a capital next to a digit, with a space or hyphen between at most ("ABJ-123-XY"): every
# plate shape holds one
_LETTER_DIGIT = regex.compile(r"[A-Z][A-Z -]{0,3}\d|\d[\s-]?[A-Z]")


_SPACES = regex.compile(r"\s+")
_CAPITALS_RUN = regex.compile(r"[A-Z]+")


class InternationalRecognizer(RegexRecognizer):
    ENTITIES = ["ADDRESS", "VEHICLE", "ACCOUNT", "ROOM", "FACILITY"]

    def __init__(self) -> None:
        super().__init__()
        self.lex = get_lexicon()

    def find(self, text: str) -> Iterable[RecognizerResult]:
        has_digit = any(ch.isdigit() for ch in text)
        if has_digit:
            yield from self._foreign_dates(text)
            yield from self._addresses(text)
            if _LETTER_DIGIT.search(text):
                yield from self._plates(text)
            yield from self._accounts(text)
        else:
            for m in PREFIXED.finditer(text):
                yield result("ADDRESS", *m.span(), 0.7, "InternationalRecognizer",
                             "street, estate or barangay prefix")  # fmt: skip
            for m in ADDRESS_CUE.finditer(text):
                yield from self._cue(m)
        if "ard" in text or "ARD" in text:
            yield from self._wards(text)
        if "," in text or "." in text:
            yield from self._rosters(text, has_digit)
        if _CAPS3.search(text):  # every facility acronym has three capitals in a row
            yield from self._facility_acronyms(text)
        yield from self._known_facilities(text)
        yield from facility_names(text)
        yield from self._names(text)
        if "#" in text:
            yield from self._town_hashtags(text)
        if _UNIT_HINT.search(text):
            yield from self._units(text)
        if has_digit:
            yield from self._units_and_codes(text)
        for m in ROOM_WORDS.finditer(text):
            bed = m.group().lower().startswith(_BED_WORDS)
            yield result("ROOM", m.start(), m.end("r"), 0.75, "InternationalRecognizer",
                         "bed, room or bay, whole", label="BED" if bed else "ROOM")  # fmt: skip

    # ------------------------------------------------------------------ sixth round
    def _word_is_name(self, w: str) -> bool:
        """A capitalised word that can be part of a name: a listed first or last name that is
        no everyday word, or a word no dictionary or list knows."""
        k = fold(w.removesuffix("'s").removesuffix("’s"))
        lex = self.lex
        if k in lex.never or k in lex.kinship or k in GREETINGS or k in lex.keep_places:
            return False
        if k in lex.months or k in lex.weekdays or k in _TITLES:
            return False
        if (k in lex.all_first or k in lex.all_last) and k not in lex.common:
            return True
        return not (k in lex.common or is_english(k) or w in lex.cities)

    def _known_facilities(self, text: str) -> Iterable[RecognizerResult]:
        for m in KNOWN_FACILITY.finditer(text):
            f = m.group("f")
            start = m.start("f")
            if _SPACES.sub(" ", f) in _KNOWN_NEEDS_CUE:
                if not (
                    _FACILITY_CUE_BEFORE.search(text, max(0, start - 12), start)
                    or _FACILITY_CUE_AFTER.match(text, m.end())
                ):
                    continue
                if _NAME_GOES_ON.match(text, m.end()) and not _FACILITY_CUE_AFTER.match(
                    text, m.end()
                ):
                    continue  # "the Royal College", "the General Manager": another name
            if text[max(0, start - 4) : start] in ("the ", "The "):
                start -= 4  # "at the Royal", "from the QE2": the nickname is said with "the"
            yield result("FACILITY", start, m.end("f"), 0.9, "InternationalRecognizer",
                         "hospital known by its short name", label="HOSPITAL")  # fmt: skip

    def _town_hashtags(self, text: str) -> Iterable[RecognizerResult]:
        """A hashtag that is a town of the lists, in any case: "#sheffield", "#Ikeja"."""
        towns = _town_keys()
        for m in TOWN_HASHTAG.finditer(text):
            k = m.group("t").lower()
            if k in towns and k not in self.lex.keep_places:
                yield result("LOCATION", *m.span("t"), 0.7, "InternationalRecognizer",
                             "town as a hashtag", label="CITY")  # fmt: skip

    def _names(self, text: str) -> Iterable[RecognizerResult]:
        for m in NAME_PARTICLE.finditer(text):
            parts = [m.group("a"), *m.captures("b")]
            if not (self._word_is_name(parts[0]) and self._word_is_name(parts[-1])):
                continue
            yield result("PERSON", m.start(), m.end(), 0.7, "InternationalRecognizer",
                         "name joined by a particle", role="PERSON", role_strength=0)  # fmt: skip
        for m in NAME_TAIL.finditer(text):
            if not self._word_is_name(m.group("a")):
                continue
            c = m.group("c")
            end = m.end() if c and self._word_is_name(c) else m.end("t")
            yield result("PERSON", m.start(), end, 0.7, "InternationalRecognizer",
                         "name with its Singh/Kaur/Bibi part", role="PERSON",
                         role_strength=0)  # fmt: skip

    def _units(self, text: str) -> Iterable[RecognizerResult]:
        """Numbered or named hospital units: "Ward 7A", "Surgical Ward 2", "Female Ward B",
        "Ward 3 Pedia", "Unit 4" in a care position, "the Maternity Block"."""
        for m in UNIT_WARD.finditer(text):
            u = m.group("u")
            start = m.start("u")
            first = u.split()[0]
            if (
                first not in _UNIT_WORDS
                and fold(first) not in _UNIT_ADJ_OK
                and not _SPECIALTY_WORD.fullmatch(first)
            ):
                gap = _FIRST_GAP.search(u)
                start = m.start("u") + (gap.end() if gap else 0)  # "OSCE Unit 3": the unit
                first = u.split()[1]
            # a bare unit number ("OSCE Unit 3") is a hospital unit only in a care position
            if (
                first in ("Unit", "Wing", "Pod")
                and start == m.start("u")
                and not _UNIT_CUE.search(text, max(0, start - 16), start)
            ):
                continue
            yield result("FACILITY", start, m.end("u"), 0.7, "InternationalRecognizer",
                         "numbered ward or unit", label="UNIT")  # fmt: skip
        for m in UNIT_BLOCK.finditer(text):
            yield result("FACILITY", *m.span(), 0.7, "InternationalRecognizer",
                         "named hospital block or wing", label="UNIT")  # fmt: skip

    def _units_and_codes(self, text: str) -> Iterable[RecognizerResult]:
        wards = _UNIT_HINT.search(text) is not None
        for m in WARD_HEADER.finditer(text) if wards else ():
            f = m.group("f")
            k = fold(f)
            if (
                f in CLINICAL_ACRONYMS
                or f in _NOT_FACILITY_ACRONYMS
                or f in _DISEASE_ACRONYMS
                or k in self.lex.never
                or k in self.lex.common
            ):
                continue
            if not (f.isupper() and len(f) <= 6) and not self._word_is_name(f):
                continue
            yield result("FACILITY", *m.span("f"), 0.65, "InternationalRecognizer",
                         "hospital before its ward or unit", label="HOSPITAL")  # fmt: skip
        for m in SLASH_CODE.finditer(text) if "/" in text else ():
            c = m.group("c")
            parts = c.split("/")
            digits = sum(ch.isdigit() for ch in c)
            if digits < 5 or _DATE_LIKE.fullmatch(c):
                continue
            if not (
                any(any(ch.isalpha() for ch in p) for p in parts)
                or len(parts) >= 4
                or any(sum(ch.isdigit() for ch in p) >= 5 for p in parts)
            ):
                continue
            yield result("ID", *m.span("c"), 0.65, "InternationalRecognizer",
                         "code of parts joined by slashes")  # fmt: skip
        for rx_, why in ((PLATE_BEFORE_WORD, "plate before a parking word"),
                         (GHANA_PLATE, "plate with its year")):  # fmt: skip
            for m in rx_.finditer(text):
                p = m.group("p") if "p" in rx_.groupindex else m.group()
                letters = _CAPITALS_RUN.match(p)
                if (
                    sum(ch.isdigit() for ch in p) < 2
                    or _NOT_PLATE.match(p)
                    or (letters and letters.group() in CLINICAL_ACRONYMS)
                    or (letters and letters.group() in _NOT_PLATE_LETTERS)
                ):
                    continue
                span = m.span("p") if "p" in rx_.groupindex else m.span()
                yield result("VEHICLE", *span, 0.7, "InternationalRecognizer", why)
        for m in SCHEME_MEMBER.finditer(text):
            yield result("HEALTH_PLAN", *m.span("n"), 0.7, "InternationalRecognizer",
                         "member number after a medical aid or insurer")  # fmt: skip
        for m in WEEKDAY_NUMERIC_DATE.finditer(text) if _DIGIT_SEP_DIGIT.search(text) else ():
            yield result("DATE", *m.span(), 0.7, "InternationalRecognizer",
                         "weekday of another language and its date")  # fmt: skip
        for m in AGE_OF.finditer(text) if _OLD_NUMBER.search(text) else ():
            g = next(x for x in "abcdef" if m.group(x))
            yield result("AGE", *m.span(g), 0.7, "InternationalRecognizer", "age over 89")

    # ------------------------------------------------------------------ rosters
    def _surname_ok(self, s: str) -> bool:
        k = fold(s)
        lex = self.lex
        return not (
            s.isupper()
            or k in GREETINGS
            or k in lex.common
            or k in lex.never
            or k in lex.keep_places
            or k in lex.months
            or k in lex.weekdays
            or k in lex.kinship
            or k in lex.eponyms
            or s in lex.cities
            or is_english(k)
        )

    def _rosters(self, text: str, has_digit: bool) -> Iterable[RecognizerResult]:
        lex = self.lex
        for m in ROSTER_COMMA.finditer(text):
            s, g = m.group("s"), m.group("g").rstrip(".")
            if not self._surname_ok(s):
                continue
            given = fold(g.split()[0].split("-")[0])
            initial = len(g) == 1
            if not initial and given not in lex.all_first:
                continue
            # a record or roster line: a number near it, a known surname, or an initial
            near = text[max(0, m.start() - 40) : m.end() + 40]
            record = has_digit and _DIGIT_NEAR.search(near)
            if not (initial or fold(s) in lex.all_last or record):
                continue
            if not initial and given in lex.ambiguous and not record:
                continue
            yield result("PERSON", m.start(), m.end("g"), 0.7, "InternationalRecognizer",
                         "'Surname, Given' of a record or roster line",
                         role="PERSON", role_strength=0)  # fmt: skip
        for m in ROSTER_INITIAL.finditer(text):
            s = m.group("s")
            if not self._surname_ok(s) or fold(s) in lex.ambiguous:
                continue
            yield result("PERSON", m.start(), m.end("i"), 0.65, "InternationalRecognizer",
                         "'Surname I.' of a list", role="PERSON", role_strength=0)  # fmt: skip

    # ------------------------------------------------------------------ facility acronyms
    def _facility_acronyms(self, text: str) -> Iterable[RecognizerResult]:
        lex = self.lex
        for m in FACILITY_ACRONYM.finditer(text):
            f = m.group("f")
            k = f.lower()
            if m.group("town") and m.group("town") not in lex.cities:
                continue
            if (
                f in CLINICAL_ACRONYMS
                or f in _NOT_FACILITY_ACRONYMS
                or k in lex.never
                or k in lex.common
                or k in lex.keep_places
                or is_english(k)
            ):
                continue
            yield result("FACILITY", *m.span("f"), 0.65, "InternationalRecognizer",
                         "acronym in a facility position", label="HOSPITAL")  # fmt: skip

    # ------------------------------------------------------------------ dates
    def _foreign_dates(self, text: str) -> Iterable[RecognizerResult]:
        for m in FOREIGN_DATE.finditer(text):
            words = {w.lower().rstrip(".") for w in m.group().split()}
            if words & {"mac", "mayo", "medi"}:
                continue
            lead = FOREIGN_DATE_LEAD.search(text, max(0, m.start() - 24), m.start())
            start = lead.start() if lead else m.start()
            yield result("DATE", start, m.end(), 0.7, "InternationalRecognizer",
                         "date in another language", year=m.group("y") or "")  # fmt: skip
        for m in FOREIGN_DATE_MONTH_FIRST.finditer(text):
            month = m.group("m").lower().rstrip(".")
            if month in _FOREIGN_MONTH_CLASH or month in ("mac", "mayo", "medi"):
                continue
            yield result("DATE", *m.span(), 0.7, "InternationalRecognizer",
                         "date in another language", year=m.group("y") or "")  # fmt: skip

    # ------------------------------------------------------------------ addresses
    def _addresses(self, text: str) -> Iterable[RecognizerResult]:
        ends: list[int] = []
        for m in STREET.finditer(text):
            ends.append(m.end())
            yield result("ADDRESS", *m.span(), 0.8, "InternationalRecognizer",
                         "number + street of any country")  # fmt: skip
        for m in UNIT_CHAIN.finditer(text):
            name = m.group("name")
            # "Flat 3, Thanks" is no address; "Apt 4, Canal View" is
            if (
                name
                and all(is_english(fold(w)) for w in name.split())
                and not _STREET_TYPE_END.search(name)
                and not any(w in _HOUSE_WORDS for w in name.split())
            ):
                continue
            if name and _FACILITY_WORD.search(name):
                continue  # "No. 4, Kenyatta National Hospital" is a facility, not a home
            ends.append(m.end())
            yield result("ADDRESS", *m.span(), 0.7, "InternationalRecognizer",
                         "flat, house, plot or phase number")  # fmt: skip
        for m in PREFIXED.finditer(text):
            ends.append(m.end())
            yield result("ADDRESS", *m.span(), 0.7, "InternationalRecognizer",
                         "street, estate or barangay prefix")  # fmt: skip
        for m in PO_BOX.finditer(text):
            if m.group()[:3].lower() == "box":
                continue  # a bare "box 3" is a box, not a postal address
            ends.append(m.end())
            yield result("ADDRESS", *m.span(), 0.85, "InternationalRecognizer", "postal box")
        for m in PIN6.finditer(text):
            if PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                yield result("ADDRESS", *m.span(), 0.7, "InternationalRecognizer",
                             "postal code after a place")  # fmt: skip
        for m in POSTCODE_WORD.finditer(text):
            yield result("ADDRESS", *m.span("pc"), 0.7, "InternationalRecognizer",
                         "postal code after 'PIN'/'postcode'")  # fmt: skip
        for m in GHANA_GPS.finditer(text):
            yield result("ADDRESS", *m.span(), 0.75, "InternationalRecognizer",
                         "Ghana digital address")  # fmt: skip
        for m in ADDRESS_CUE.finditer(text):
            yield from self._cue(m)
        for end in ends:
            t = POSTCODE_TAIL.match(text, end) or POSTCODE_FIRST_TAIL.match(text, end)
            if t:
                yield result("ADDRESS", *t.span("pc"), 0.7, "InternationalRecognizer",
                             "postal code after a street")  # fmt: skip

    def _cue(self, m: regex.Match[str]) -> Iterable[RecognizerResult]:
        a = m.group("a").rstrip(" ,")
        # trim trailing everyday words: "address is 5 Kofi Lane, Thanks" ends at "Lane"
        while (
            (t := _LAST_WORD.search(a))
            and not _STREET_TYPE_FULL.fullmatch(t.group("w"))
            and (is_english(fold(t.group("w"))) or fold(t.group("w")) in self.lex.common)
        ):
            a = a[: t.start()]
        words = _WORDS.findall(a)
        if words and _STREET_TYPE_FULL.fullmatch(words[-1]):
            words = []  # "Church Lane": a street, English words or not
        if (
            words
            and all(is_english(fold(w)) or fold(w) in self.lex.common for w in words)
            and not any(ch.isdigit() for ch in a)
        ):
            return
        yield result("ADDRESS", m.start("a"), m.start("a") + len(a), 0.7,
                     "InternationalRecognizer", "address after 'address'/'lives at'")  # fmt: skip

    # ------------------------------------------------------------------ plates
    def _plates(self, text: str) -> Iterable[RecognizerResult]:
        for m in PLATE_SHAPES.finditer(text):
            yield result("VEHICLE", *m.span(), 0.75, "InternationalRecognizer",
                         "vehicle plate of a national shape")  # fmt: skip
        for m in PLATE_AFTER_WORD.finditer(text):
            p = m.group("p")
            if _NOT_PLATE.match(p) or sum(ch.isdigit() for ch in p) < 2 or len(p) < 4:
                continue
            yield result("VEHICLE", *m.span("p"), 0.7, "InternationalRecognizer",
                         "plate after a vehicle word")  # fmt: skip

    # ------------------------------------------------------------------ accounts
    def _accounts(self, text: str) -> Iterable[RecognizerResult]:
        for m in ACCOUNT_AFTER_WORD.finditer(text) if _THREE_DIGITS.search(text) else ():
            n = m.group("n").rstrip(" -")
            digits = sum(ch.isdigit() for ch in n)
            if digits < 4:
                continue
            if _YEAR.fullmatch(n):
                continue  # a year
            reason = "number after an account or payment word"
            end = m.start("n") + len(n)
            yield result("ACCOUNT", m.start("n"), end, 0.75, "InternationalRecognizer", reason)
        for m in TXN_CODE.finditer(text) if _LETTER_DIGIT.search(text) else ():
            c = m.group("c")
            digits = sum(ch.isdigit() for ch in c)
            letters = len(c) - digits
            if digits < 3 or letters < 3:
                continue
            changes = sum(1 for a, b in itertools.pairwise(c) if a.isdigit() != b.isdigit())
            if changes >= 4:
                yield result("ACCOUNT", *m.span("c"), 0.65, "InternationalRecognizer",
                             "transaction code (mixed letters and digits)")  # fmt: skip

    # ------------------------------------------------------------------ wards
    def _wards(self, text: str) -> Iterable[RecognizerResult]:
        for m in WARD.finditer(text):
            if m.group("w"):
                yield result("FACILITY", *m.span("w"), 0.7, "InternationalRecognizer",
                             "ward name or number", label="UNIT")  # fmt: skip
            elif m.group("n"):
                yield result("ROOM", *m.span("n"), 0.7, "InternationalRecognizer",
                             "ward number", label="ROOM")  # fmt: skip
            elif m.group("s"):
                yield result("FACILITY", *m.span("s"), 0.7, "InternationalRecognizer",
                             "ward named after a saint", label="UNIT")  # fmt: skip
            elif m.group("named"):
                k = fold(m.group("named").removesuffix("'s").removesuffix("’s"))
                if k in _WARD_NOT_NAME or k in self.lex.never or is_english(k):
                    continue
                yield result("FACILITY", m.start("named"), m.end(), 0.65,
                             "InternationalRecognizer", "named ward", label="UNIT")  # fmt: skip


# ============================================================================= sixth round
# Written as classes from what got through on an untouched set (issue 19), with invented
# examples in tests/anonymize/test_rules_round6.py.

# ----------------------------------------------------------------------------- known facilities
# hospitals known by a short name or an acronym alone (data/known_facilities.txt); a "?" entry
# is also a word, a name or a clinical acronym and needs a facility position
_FACILITY_CUE_BEFORE = regex.compile(
    r"(?:\b(?i:at|in|from|to|into|the|via|leaving|left|joined|joining|sa|di|kwa)\s+|[@#])$"
)
_FACILITY_CUE_AFTER = regex.compile(
    r"\s*:|\s+(?i:ward|wad|unit|ed|a&e|er|icu|nicu|picu|hdu|ccu|theatres?|maternity|labour|"
    r"paeds|peds|emergency|casualty|resus|clinic|outpatients|hospital|nurses|staff|team|"
    r"interns?|internship|houseman|housemanship|residency|rotation)\b"
)


_NAME_GOES_ON = regex.compile(r"\s+(?:\p{Lu}|&)")


def _known_facility_rx() -> tuple[regex.Pattern[str], frozenset[str]]:
    lines = _read_phrases("known_facilities.txt")
    names = sorted({ln.lstrip("?") for ln in lines}, key=len, reverse=True)
    cue = frozenset(ln[1:] for ln in lines if ln.startswith("?"))
    alts = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    return regex.compile(r"(?<![\w@#/.-])(?P<f>" + alts + r")(?![\w-]|['’]\w{2})"), cue


KNOWN_FACILITY, _KNOWN_NEEDS_CUE = _known_facility_rx()

# ----------------------------------------------------------------------------- units and wards
# a capitalised "Unit 7A", "Surgical Unit 2", "Wad 6" (Malay) is replaced whole, like "Ward 7A";
# the hospital written just before a numbered ward or unit is one too ("HKL Wad 6",
# "Handover RPA Unit 4", "Bara Ward 21")
# a specialty before the ward, block or wing word ("Surgical Ward 2", "Female Ward B",
# "Maternity Block III"): a letter or Roman number is a unit only after one of these
_UNIT_SPECIALTY = (
    r"(?:Surgical|Medical|Paediatric|Pediatric|Maternity|Orthopaedic|Orthopedic|Female|Male|"
    r"Women['’]s|Men['’]s|Children['’]s|Private|General|Psychiatric|Gynae|Gynaecology|Labour|"
    r"Isolation|Cardiac|Renal|Stroke|Burns|Acute|Emergency|Neuro|Trauma|Oncology)"
)
_UNIT_NUMBER = r"(?:\d{1,3}[A-Z]?|[A-Z]{1,2}-?\d{1,3}[A-Z]?)"
UNIT_WARD = regex.compile(
    r"(?<![\w-])(?P<u>(?:"
    rf"{_UNIT_SPECIALTY}\s+(?:Ward|Block|Wing|Unit)\s+(?:{_UNIT_NUMBER}|[A-H]|I{{1,3}}|IV)"
    rf"|(?:(?:\p{{Lu}}\p{{Ll}}+\s+)?Unit|Wad|WAD|WARD|Ward|Wing|Pod)\s+{_UNIT_NUMBER})"
    # the specialty written after the number, as Philippine and Caribbean posts do ("Ward 3
    # Pedia", "Ward 4 Medical", "Ward 2 Surgical")
    r"(?:\s+(?:Pedia|Paeds|Peds|Medical|Medicine|Surgical|Surgery|Ortho|OB-Gyne|OB-GYN|OB|Gyne|"
    r"Gynae|Maternity|Male|Female|Annex|Extension|Isolation|Private)(?=[\s,.;:!?)]|$))?)"
    r"(?![\w-])"
)
# a named block or wing with no number ("the Maternity Block", "OPD Wing")
UNIT_BLOCK = regex.compile(
    r"(?<![\w])(?:Surgical|Medical|Maternity|Paediatric|Pediatric|Private|Female|Male|"
    r"Emergency|Outpatient|OPD)\s+(?:Block|Wing)(?![\w])"
)
WARD_HEADER = regex.compile(
    r"(?<![\w@#/.-])(?P<f>\p{Lu}[\p{Lu}\p{Ll}]{2,}[\p{Lu}]*)\s+(?=(?:Ward|Wad|Unit|WARD|WAD)"
    r"\s+(?:\d|[A-Z]\d))"
)
_UNIT_CUE = regex.compile(r"\b(?i:on|at|in|to|from|report|handover|admitted|transferred)\s+$")
_UNIT_ADJ_OK = frozenset(
    """surgical medical private paediatric pediatric maternity renal cardiac neonatal burns
    orthopaedic orthopedic isolation acute assessment stroke spinal oncology haematology
    respiratory intensive coronary psychiatric rehab rehabilitation day female male women's
    men's children's general gynae gynaecology labour emergency neuro trauma""".split()  # noqa: SIM905
)

# ----------------------------------------------------------------------------- names
# a name of several parts joined by a particle: Welsh "ap"/"ab"/"ferch", Gaelic "Mac an t-",
# "Nic", "Ní", "Ó", Malay and Tamil "bin", "binti", "s/o", "d/o", "a/l", "a/p", Dutch and
# Romance "van der", "de la", "da", "dos"; the whole name is replaced, not one part
_PARTICLE = (
    r"(?:ap|ab|ferch|verch|vch|Mac\s+an|Nic\s+an|Mhic|Mac|Nic|Ní|Ni|Ó|Ua|Uí|bin|binti|bte|bt|"
    r"ibni|ibn|bint|s/o|d/o|a/l|a/p|w/o|van\s+der|van\s+den|van|von|de\s+la|de|da|dos|das|del|"
    r"della|di|du)"
)
NAME_PARTICLE = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<a>\p{Lu}[\p{L}\p{M}'’-]+)"
    rf"(?:\s+{_PARTICLE}\s+(?:t-|h-|n-)?(?P<b>\p{{Lu}}[\p{{L}}\p{{M}}'’-]+))+"
)
# a Sikh, Punjabi or South Asian name with its middle or closing part: "Harjit Singh Sandhu",
# "Manpreet Kaur", "Rukhsana Bibi", "Shahnaz Begum", "Sunita Devi"
NAME_TAIL = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<a>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+)\s+"
    r"(?P<t>Singh|Kaur|Bibi|Begum|Khatun|Khatoon|Devi|Kumari|Bai)"
    r"(?:\s+(?P<c>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+))?(?![\p{L}\p{M}])"
)

# ----------------------------------------------------------------------------- structured codes
# a code of three or more parts joined by slashes, one of them letters or a long run of digits
# ("MDCN/R/48217", "P/211114/01/2024/018273", "KNH/IP/2026/33817"); never a date
SLASH_CODE = regex.compile(
    r"(?<![\w/.:-])(?P<c>[A-Z0-9]{1,10}(?:/[A-Z0-9]{1,10}){2,6})(?![\w/]|\.\w)"
)
_DATE_LIKE = regex.compile(r"\d{1,4}/\d{1,2}/\d{1,4}")
# a plate-like group before a parking word: "the LXZ 4821 in the staff car park", "whose WXY
# 4821 is blocking", and a Ghana plate with its year "GR 4821-22"
PLATE_BEFORE_WORD = regex.compile(
    r"(?<![\w-])(?P<p>[A-Z]{1,3}\s?\d{1,4}(?:\s?[A-Z]{1,2})?)(?![\w-])"
    r"(?=(?:\s+[\w']+){0,5}?\s+(?i:parked|parking|car\s?park|blocking|blocked|double[- ]parked|"
    r"towed|clamped)\b)"
)
GHANA_PLATE = regex.compile(r"(?<![\w-])(?:[A-Z]{2,3})\s\d{2,4}-(?:\d{2}|[A-Z])(?![\w-])")
# a weekday of another language before a numeric date is part of the date: "Rabu 11/6",
# "lundi 3/2", "Lunes 12/08"
WEEKDAY_NUMERIC_DATE = regex.compile(
    rf"(?i:\b{_FOREIGN_WEEKDAY}),?\s+(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])"
    r"(?:[/.](?:19|20)?\d{2})?(?![\w/])"
)
# a member number after a medical aid, HMO or insurer of the posts' countries, named without
# "medical aid": "Bonitas 12 345 678", "GEMS number 00123456", "Hygeia HMO 44-1209-88"
_SCHEMES = (
    r"Discovery|GEMS|Bonitas|Momentum|Medshield|Fedhealth|Bestmed|Polmed|Profmed|Sizwe|"
    r"Keyhealth|CompCare|Medihelp|Hosmed|Hygeia|AXA\s+Mansard|AXA|Reliance|Avon|Leadway|"
    r"NHIF|SHA|NHIS|AAR|Britam|Jubilee|Madison|Medibank|HCF|NIB|nib|Bupa|Southern\s+Cross|"
    r"PhilHealth|Maxicare|Intellicare|Medicard|MediShield|AIA|Great\s+Eastern|Prudential|"
    r"Star\s+Health|Niva\s+Bupa|CGHS|ECHS|ESIC|Sehat\s+Card"
)
SCHEME_MEMBER = regex.compile(
    rf"\b(?:{_SCHEMES})(?:\s+(?i:health|medical|scheme|hmo|plan|insurance|card|cover))*"
    r"(?:\s*(?i:member(?:ship)?|no\.?|number|num|#|:|id|card|policy|is))*\s*"
    r"(?P<n>(?<![\w/.-])(?:[A-Z]{2,4}-?)?\d[\d -]{4,16}\d)(?![\w/]|-\w)"
    r"(?!\s*(?i:days?|weeks?|months?|years?|hours?|hrs|mins?|people|patients|members|"
    r"rand|naira|kes|ksh|shillings?|pesos?|rupees?|dollars?|pounds?|euros?|mg|ml)\b)"
)
# an age over 89 after a person word or a name: "a woman of 92", "my gran, 97."
_OLD = r"(?:9\d|1[01]\d|12[0-5])"
_UNIT_HINT = regex.compile(r"Unit|Ward|Wad|WARD|WAD|Wing|Pod|Block")
_OLD_NUMBER = regex.compile(r"(?<!\d)" + _OLD + r"(?!\d)")
AGE_OF = regex.compile(
    r"\b(?i:woman|man|lady|gentleman|gent|patient|pt|granny|gran|grandma|grandpa|grandad|"
    r"grandmother|grandfather|mum|mom|dad|father|mother|nan|nana|aunt|auntie|uncle|widow|"
    r"widower|resident|client)\s+(?i:of|aged|age)\s+(?P<a>" + _OLD + r")\b"
    # "my gran Rosnah, 97.", "Granda Seamus, 91 and walking again"
    r"|(?<=\p{Lu}\p{Ll}+),\s*(?P<b>" + _OLD + r")(?=\s*[.;!)]|\s*$|\s+(?:and|&)\b)"
    # "Sipho 90 yrs", "Doreen 92F", "Bill 93 y/o"
    r"|(?<=\p{Lu}\p{Ll}+,?)\s+(?P<c>" + _OLD + r")(?=\s*(?i:y/?o|yo|yrs?|years?\s+old)\b|[FM]\b)"
    # a roster line's "HARGREAVES, Doreen 92 NOF"
    r"|(?<=\p{Lu}{2,}[\p{Lu}'’-]*,\s*\p{Lu}\p{Ll}+)\s+(?P<d>" + _OLD + r")\b(?![./:]\d)"
    # "celebrating 90 at home", "turning 95 next week"; "Dot's 103rd"
    r"|\b(?i:celebrat(?:ing|es|ed)|turning|reaching|reached)\s+(?:her\s+|his\s+)?"
    r"(?P<e>" + _OLD + r")(?:st|nd|rd|th)?\b(?!\s*(?i:%|years\s+of|yrs\s+of|days|percent))"
    r"|(?<=\p{Lu}\p{Ll}+['’]s\s+)(?P<f>" + _OLD + r"(?i:st|nd|rd|th))\b"
)
_TITLES = frozenset(
    """mr mrs ms miss dr prof sir madam sister matron nurse pastor rev fr father mother""".split()  # noqa: SIM905
)
_NOT_PLATE_LETTERS = frozenset(
    """BP HR RR PR GCS NEWS PEWS MEWS SPO SATS TEMP BMI IV IM SC PO PRN NG OG ICU ED ER OR
    COVID AM PM ST FY PGY CT NHS""".split()  # noqa: SIM905
)
_DISEASE_ACRONYMS = frozenset("MDR XDR TB HIV COVID RSV IBD CKD COPD ENT ICU HDU".split())  # noqa: SIM905
_FIRST_GAP = regex.compile(r"\s+")
_SPECIALTY_WORD = regex.compile(_UNIT_SPECIALTY)
_UNIT_WORDS = frozenset(("Unit", "Wad", "WAD", "WARD", "Ward", "Wing", "Pod"))
TOWN_HASHTAG = regex.compile(r"(?<![\w#])#(?P<t>\p{L}{3,})(?![\w])")


@functools.cache
def _town_keys() -> frozenset[str]:
    """Lower-case towns of the lists that are one word, no English word and no first name."""
    lex = get_lexicon()
    return frozenset(
        c.lower()
        for c in lex.cities
        if " " not in c
        and not is_english(fold(c))
        and fold(c) not in lex.common
        and fold(c) not in lex.all_first
    )


# ============================================================================= eighth round
# Facility names the lists do not know, as they are written in English-speaking and
# code-switching posts (issue 19, round 8); invented examples in
# tests/anonymize/test_rules_round8_facilities.py.

# ----------------------------------------------------------------------------- facility heads
# a facility word of another language heads the name: Irish "Ospidéal", Scottish Gaelic
# "Ospadal", Welsh "Ysbyty", Tagalog "Ospital ng", Malay "Klinik Kesihatan" / "Hospital",
# Indonesian "Rumah Sakit", Swahili "Hospitali ya", French "Hôpital", "Clinique", "Centre
# hospitalier" and Québec's "CHSLD", "CLSC", "CHU", "CIUSSS" (keep phrases: the type word stays,
# the name after it goes); the name is the capitalised words after the head, with the particles
# of those languages inside ("na", "ng", "de"). An English name ending in "Hospital" is no head
# ("Greenvale Hospital Sarah said")
_NAME_WORD = r"(?:(?:Sta|Sto|Ste|St|Mt|Dr|Sr|Gen|Pres|Hon)\.(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{M}'’-]*)"
_NAME_PARTICLES = r"(?:na|an|ng|ni|y|yr|de|du|des|la|le|del|di|ya|wa|ar|nan|a')"
FOREIGN_FACILITY_HEAD = regex.compile(
    r"(?<![\w#@/.-])(?P<h>Ospid[ée]al|Ospideil|Ospadal|Ysbyty|Ospital(?:\s+ng)?|"
    r"Klinik\s+Kesihatan|Pusat\s+Kesihatan|Rumah\s+Sakit|Hospitali(?:\s+ya)?|H[ôo]pital|"
    r"Clinique|Centre\s+hospitalier|CHSLD|CLSC|CHU|CIUSSS|CISSS|"
    r"(?<!\p{Lu}[\p{L}'’.-]*\s+)Hospital)\s+"
    rf"(?P<n>(?:{_NAME_PARTICLES}\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLES}\s+)?{_NAME_WORD}){{0,4}})"
)
# heads that are English words too: the name after them must be no English word ("Hospital
# Tengku Ampuan", never "Hospital Discharge Team")
_ENGLISH_HEADS = frozenset({"Hospital"})

# ----------------------------------------------------------------------------- facility + town
# a hospital's name followed by its town, the way Indian, Nigerian and Kenyan posts write it
# ("… Mission Hospital Marthandam", "… General Hospital Ikot Ekpene"); the town joins the name
HOSPITAL_THEN_TOWN = regex.compile(
    r"(?<=\p{Lu}[\p{L}'’.-]*\s+)(?P<f>(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er))"
    r"\s+(?P<t>\p{Lu}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?))(?![\w'’-]|\s+\p{Lu}|\.\w)"
)
# a hospital acronym of the teaching-hospital shape ("…TH", "…UTH") before its town
HOSPITAL_ACRONYM_TOWN = regex.compile(
    r"(?<![\w#@/&.-])(?P<f>[A-Z]{2,6}TH\s+(?P<t>\p{Lu}\p{Ll}{3,}))(?![\w'’-]|\s+\p{Lu})"
)

# ----------------------------------------------------------------------------- ward hashtags
# a ward named in a hashtag: "ward" joined to the ward's name, either side ("#wardblossom",
# "#hollyward"); "#wardlife", "#nightward" are words
WARD_HASHTAG = regex.compile(
    r"(?<![\w#])#(?P<f>(?i:ward)(?P<a>\p{L}{4,})|(?P<b>\p{L}{4,})(?i:ward))(?![\w])"
)


def _plain_word(lex: object, w: str) -> bool:
    """A word of English or of the posts' everyday vocabulary, never part of a name."""
    k = fold(w.rstrip("."))
    return (
        is_english(k)
        or k in lex.common  # type: ignore[attr-defined]
        or k in lex.never  # type: ignore[attr-defined]
        or k in lex.months  # type: ignore[attr-defined]
        or k in lex.weekdays  # type: ignore[attr-defined]
    )


_NAME_PARTICLE_RX = regex.compile(_NAME_PARTICLES)


# ----------------------------------------------------------------------------- facility types
# a clinic named by its type's acronym, after the name or before it: "Coonabarabran MPS",
# "Sizanani CHC", "Tygerberg PHC", "Bugembe HC IV", "BHU Chak 42", "CHPS Adawso"
_TYPE_ACRONYMS = (
    r"(?:MPS|CHC|PHC|RHC|BHU|RHU|DHQ|THQ|CHPS|UPHC|PHU|FHT|BHS|PHCC|MOU|HC\s?(?:II|III|IV))"
)
FACILITY_TYPE_TAIL = regex.compile(
    r"(?<![\w#@/.-])(?P<n>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+"
    rf"{_TYPE_ACRONYMS}(?:\s+\d{{1,3}}(?![\d.:/%]))?(?![\w'’-])"
)
FACILITY_TYPE_HEAD = regex.compile(
    rf"(?<![\w#@/.-]){_TYPE_ACRONYMS}\s+"
    r"(?P<n>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})"
    r"(?:\s+\d{1,3}(?![\d.:/%]))?(?![\w'’-])"
)


# a numbered ward glued into a hashtag, with a word before or after it ("#ward7squad",
# "#omsward4fam")
WARD_NUMBER_HASHTAG = regex.compile(
    r"(?<![\w#])#(?P<f>\p{L}{0,8}?(?i:ward)\d{1,3}(?:[A-Z]|[a-z](?![a-z]))?)(?!\d)"
)
# a hospital known by its short name, glued to a word of belonging ("#luthlove",
# "#KATHnurses", "#rotundamidwives")
KNOWN_FACILITY_HASHTAG = regex.compile(
    r"(?<![\w#])#(?P<f>\p{L}{3,12}?)(?i:love|nursing|nurses|nurse|life|diaries|diary|family|fam|"
    r"squad|crew|alumni|grads?|graduates|class|interns?|residents|proud|pride|staff|team|"
    r"midwives|doctors|docs|medics|housemen|housemanship|internship|days|nights|vibes)"
    r"(?:\d{2,4})?(?![\w])"
)


@functools.cache
def _known_hashtag_keys() -> frozenset[str]:
    """Lower-case short names of ``data/known_facilities.txt`` of three letters or more."""
    names = {ln.lstrip("?") for ln in _read_phrases("known_facilities.txt")}
    return frozenset(
        n.lower() for n in names if len(n) >= 3 and " " not in n and n.lower() not in _HASHTAG_NOT
    )


# short names that are words too, never read glued in a hashtag ("#mercy…", "#royal…")
_HASHTAG_NOT = frozenset({"royal", "mercy", "civic", "general", "vic", "alfred", "austin"})


def _no_name(lex: object, word: str) -> bool:
    """An English word, or a country or region ("Africa CDC", "Gauteng PHC"): no clinic's name."""
    return _plain_word(lex, word) or fold(word) in lex.keep_places  # type: ignore[attr-defined]


# every type acronym above holds one of these (a cheap pre-check, plain substring tests)
TYPE_ACRONYM_STEMS = ("MPS", "HC", "CHPS", "BHU", "RHU", "DHQ", "THQ", "PHU", "FHT", "BHS", "MOU")


# a care home or ward named before its lower-case kind: "Plas Gwyn care home", "Acacia ward",
# "Taigh Shiabaigh care home" (the capitalised "Kingfisher Ward" is found elsewhere)
NAMED_CARE_PLACE = regex.compile(
    r"(?<![\w#@'’-])(?P<n>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+"
    r"(?:care\s+home|nursing\s+home|rest\s+home|residential\s+home|aged\s+care|ward)\b"
    r"(?!\s+(?i:round|rounds|clerk|manager|sister|staff|nurse|nurses|meeting|huddle)\b"
    r"|\s+[A-Z]?\d)"  # "Tygerberg ward A7": the hospital, then its numbered ward
)
_NOT_CARE_NAME = frozenset(
    """the my our a an this that every each local new old big main busy same next last first
    any which what your their his her its one private public general community morning
    afternoon evening night nights day days weekend today tonight monday tuesday wednesday
    thursday friday saturday sunday hospital clinic infirmary centre center hospice home
    lodge""".split()  # noqa: SIM905
)


def _named_care_places(text: str) -> Iterable[RecognizerResult]:
    if "ward" not in text and " home" not in text and "aged care" not in text:
        return
    lex = get_lexicon()
    for m in NAMED_CARE_PLACE.finditer(text):
        words = m.group("n").split()
        if any(
            fold(w) in _NOT_CARE_NAME
            or fold(w) in _WARD_NOT_NAME
            or fold(w) in lex.kinship  # type: ignore[attr-defined]
            or (len(w) > 1 and w.isupper())
            for w in words
        ):
            continue  # "Morning ward round", "TB MDR ward": a time or a clinical acronym
        if text[m.start("n") : m.end("n")] != " ".join(words):
            continue
        yield result("FACILITY", m.start("n"), m.end(), 0.7, "InternationalRecognizer",
                     "care home or ward named before its kind", label="HOSPITAL")  # fmt: skip


def _type_acronym_facilities(text: str) -> Iterable[RecognizerResult]:
    if not any(stem in text for stem in TYPE_ACRONYM_STEMS):
        return
    lex = get_lexicon()
    for m in FACILITY_TYPE_TAIL.finditer(text):
        words = m.group("n").split()
        drop = 0
        while drop < len(words) and _no_name(lex, words[drop]):
            drop += 1  # "at the District CHC": no name
        if drop == len(words):
            continue
        start = m.start("n") + len(" ".join(words[:drop])) + (1 if drop else 0)
        if text[m.start("n") : m.end("n")] != " ".join(words):
            continue
        yield result("FACILITY", start, m.end(), 0.7, "InternationalRecognizer",
                     "clinic named with its type's acronym after the name",
                     label="HOSPITAL")  # fmt: skip
    for m in FACILITY_TYPE_HEAD.finditer(text):
        words = m.group("n").split()
        keep = 0
        while keep < len(words) and not _no_name(lex, words[keep]):
            keep += 1
        if not keep or text[m.start("n") : m.end("n")] != " ".join(words):
            continue
        end = m.end() if keep == len(words) else m.start("n") + len(" ".join(words[:keep]))
        yield result("FACILITY", m.start(), end, 0.7, "InternationalRecognizer",
                     "clinic named with its type's acronym before the name",
                     label="HOSPITAL")  # fmt: skip


def facility_names(text: str) -> Iterable[RecognizerResult]:
    """Round-8 facility classes: a foreign facility word heading the name, a hospital name with
    its town after it, and a ward named in a hashtag."""
    lex = get_lexicon()
    for m in FOREIGN_FACILITY_HEAD.finditer(text):
        head = m.group("h")
        words = m.group("n").split()
        # stop at the first English word or acronym of the sentence after the name
        keep: list[str] = []
        named = 0
        for w in words:
            if len(w) > 1 and w.isupper():
                break
            if _NAME_PARTICLE_RX.fullmatch(w):
                keep.append(w)
                continue
            # inside a name of another language any word goes; the first one needs the particle
            # ("Ospidéal na Trá") or must be no English word
            after_particle = bool(keep) and not named
            if _plain_word(lex, w) and not (
                (named or after_particle) and head not in _ENGLISH_HEADS
            ):
                break
            keep.append(w)
            named += 1
        while keep and _NAME_PARTICLE_RX.fullmatch(keep[-1]):
            keep.pop()
        if not named:
            continue
        if head in _ENGLISH_HEADS and any(_plain_word(lex, w) for w in keep):
            continue
        end = m.start("n") + len(" ".join(keep))
        # the name's words are separated by single spaces in the text only when this matches
        if text[m.start("n") : end] != " ".join(keep):
            continue
        yield result("FACILITY", m.start(), end, 0.8, "InternationalRecognizer",
                     "facility word of another language heading the name",
                     label="HOSPITAL")  # fmt: skip
    for rx_ in (HOSPITAL_THEN_TOWN, HOSPITAL_ACRONYM_TOWN):
        for m in rx_.finditer(text):
            t = m.group("t")
            k = fold(t)
            if (
                _plain_word(lex, t)
                or k in lex.keep_places
                or (k in lex.all_first and t not in lex.cities)
            ):
                continue
            yield result("FACILITY", *m.span("f"), 0.7, "InternationalRecognizer",
                         "hospital name with its town after it", label="HOSPITAL")  # fmt: skip
    yield from _type_acronym_facilities(text)
    yield from _named_care_places(text)
    if "#" in text:
        for m in WARD_NUMBER_HASHTAG.finditer(text):
            yield result("FACILITY", *m.span("f"), 0.7, "InternationalRecognizer",
                         "numbered ward in a hashtag ('#ward7squad')", label="UNIT")  # fmt: skip
        for m in KNOWN_FACILITY_HASHTAG.finditer(text):
            if m.group("f").lower() in _known_hashtag_keys():
                yield result("FACILITY", *m.span("f"), 0.7, "InternationalRecognizer",
                             "known hospital glued to a word in a hashtag ('#luthlove')",
                             label="HOSPITAL")  # fmt: skip
        for m in WARD_HASHTAG.finditer(text):
            n = m.group("a") or m.group("b")
            k = n.lower()
            if is_english(k) or k in lex.common or k in lex.hashtag_words or k in lex.never:
                continue
            yield result("FACILITY", *m.span("f"), 0.6, "InternationalRecognizer",
                         "ward named in a hashtag", label="UNIT")  # fmt: skip
