# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set C (fictional), written 2026-12-05 at 19:55 UTC, BEFORE any code
change for issue 19, by an engineer who did not see the anonymizer code (nothing under
quizzes/anonymize/ was read). It is a development set: misses on it may guide fixes to classes
of problem, never edits of a post. Its twin, set D, is held out of the repository and is scored
once, at the end, by the coordinator.

Styles: Reddit, TikTok, X, Facebook, WhatsApp, LinkedIn, Instagram. Settings, roughly evenly:
England, Wales, Scotland, Ireland, Australia, New Zealand, Canada, India, Nigeria, Ghana, South
Africa, Singapore, the Philippines and the US. Names that are ordinary words (in text, lower
case, in hashtags, possessives, vocatives), roster style ("JONES, G", "Dela Cruz, J"), names
from many cultures; facilities by full name, initials, nickname and ward name; towns, suburbs,
townships; NHS/CHI/PPS/Medicare/NHI/OHIP/PHN/Aadhaar/NRIC/FIN/SA ID/PhilHealth/NHIS numbers,
hospital numbers with letters and slashes, phones of every country, emails, URLs, handles,
dates in every form, ages over 89, birth years of the over-89s, bed/bay/room numbers.

Markup: {{TYPE:span}} marks an identifier, [[term]] a word that must survive (clinical terms and
ordinary words that are not names: hope, grace, will, may, march, Bill as a noun...). Titles
and kinship words (Sister, Mdm, Lola, Ouma, Koro, Ate, Nana, Maame...) are not identifiers.
"""

INTL_C: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "Band 6 in {{LOCATION:Stoke}}. HCA posted a selfie by the [[sluice]] and you can read {{PERSON:HUGHES, B}} and {{PERSON:AKHTAR, S}} on the board behind her. Tell the [[ward manager]] or talk to her first?",
    ),
    (
        "x",
        "shoutout to {{PERSON:will}} the porter at {{FACILITY:Royal Derby}} who found my nan's [[hearing aid]] in the lift 🙏 you're a star",
    ),
    (
        "whatsapp",
        "Bay {{ROOM:3}} bed {{ROOM:2}} {{PERSON:Mr Whitlock}} NHS no {{ID:450 557 7104}} for [[CT head]] at 2, daughter {{PHONE:07812 440919}}. He's more [[confused]] today.",
    ),
    (
        "facebook",
        "My lovely mum {{PERSON:Maureen}} is {{AGE:94}} today 🎂 stuck in {{FACILITY:Countess of Chester}} ward {{ROOM:51}} after her [[fall]]. If you're local pop a card in!",
    ),
    (
        "tiktok",
        "POV the {{AGE:91}} yr old in side room {{ROOM:4}} got [[Wordle]] in 2 again 😤 #nhsnurse #nightshift",
    ),
    (
        "linkedin",
        "Delighted to join {{FACILITY:Royal Papworth}} as Lead [[Perfusionist]]. Huge thanks to {{PERSON:Summer Okonjo}} for mentoring me through [[ECMO]] training.",
    ),
    (
        "instagram",
        "first shift as a [[Registered Nurse]] done at {{FACILITY:the QE}} 🥹 thank you {{PERSON:Precious}} for holding my hand through the [[drug round]] #newlyqualified",
    ),
    (
        "reddit",
        "F1 in {{LOCATION:Grimsby}}. [[Reg]] told me to put the pt's hospital number {{MRN:DPOW-K448201}} on a teaching slide, 'it's only internal'. Slide ended up on LinkedIn.",
    ),
    (
        "whatsapp",
        "Can someone cover my [[nights]] {{DATE:Fri 19th}} and {{DATE:Sat 20th}}? {{PERSON:jack}} said he might but not heard back. Msg me {{PHONE:07534 221908}}",
    ),
    (
        "facebook",
        "RIP {{PERSON:Bill}} ({{AGE:96}}) from {{LOCATION:Hartlepool}}, he told the best stories on the [[stroke]] unit. Passed {{DATE:1.12.}} with his family there 💙",
    ),
    (
        "instagram",
        "when {{PERSON:mark}} from bed {{ROOM:9}} finally gets his [[NG tube]] out and asks for a bacon butty 😂 #strokenurse",
    ),
    ("x", "[[March]] for safe staffing this Saturday ✊ bring a flask, it'll be freezing #[[NHS]]"),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch to everyone on ward {{ROOM:10}} at {{FACILITY:Ysbyty Gwynedd}} for looking after Taid. {{AGE:93}} and still cheeky 💚",
    ),
    (
        "reddit",
        "Welsh HCA. A relative posted her mam's [[discharge]] letter on a {{LOCATION:Merthyr}} community page, hospital no {{MRN:M449217}} and DOB {{DATE:14/02/1939}} in full. How do I even raise this?",
    ),
    (
        "whatsapp",
        "{{PERSON:Cerys}} pls [[bleep]] the reg for {{PERSON:Mr Pritchard}} bay {{ROOM:5}}, [[sats]] 88% on 2L. Wife is on {{PHONE:01248 384 112}}",
    ),
    (
        "x",
        "{{PERSON:Rhiannon}} at {{FACILITY:Morriston}} [[burns]] unit is the reason my son still has his hand. Forever grateful 🏴",
    ),
    (
        "tiktok",
        "ambulance queue outside {{FACILITY:the Heath}} again 🚑🚑🚑 [[corridor care]] is not care #welshnurse",
    ),
    (
        "linkedin",
        "Proud to share our [[frailty]] pathway results from [[Hywel Dda]] with {{PERSON:Dr. Gwenllian Rees}} and {{PERSON:Dafydd Morgan}}.",
    ),
    (
        "instagram",
        "baby {{PERSON:Seren}} arrived {{DATE:Nov 28th}} at {{FACILITY:Glangwili}} 🌟 3.1kg of perfect, thank you [[midwife]] {{PERSON:Bethan}}",
    ),
    (
        "facebook",
        "Anyone in {{LOCATION:Pontypridd}} able to give {{PERSON:Nia}} a lift to her [[chemo]] on {{DATE:the 9th}}? Her car's packed in. Ring her on {{PHONE:07977 112 340}}",
    ),
    (
        "reddit",
        "Does anyone else find bilingual [[Welsh]] signage helps their [[dementia]] patients? Ours seem calmer with it.",
    ),
    (
        "whatsapp",
        "{{PERSON:JONES, G}} and {{PERSON:JONES, E}} both in bay {{ROOM:2}}!! check [[wristbands]] before meds pls",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "whatsapp",
        "CHI {{ID:1503421178}} wee {{PERSON:Mrs Duthie}} for [[TTOs]] from [[pharmacy]]. Son {{PHONE:07700 355 210}}. Bay {{ROOM:3}} {{FACILITY:Ninewells}}.",
    ),
    (
        "reddit",
        "Staff nurse in {{LOCATION:Paisley}}. A patient's daughter put a video of the [[A&E]] waiting room on TikTok and {{PERSON:Agnes}}, {{AGE:90}}, is clearly in it on a trolley. Datix or just ask her to take it down?",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:Queen Elizabeth University Hospital}} [[ICU]] for saving our {{PERSON:Callum}} after the crash near {{LOCATION:Bishopbriggs}}. Home for Christmas 🎄",
    ),
    (
        "x",
        "{{PERSON:Hamish}} the [[HCSW]] on ward {{ROOM:7}} at {{FACILITY:GRI}} sings Gaelic songs to the [[dementia]] patients and honestly it's the best thing",
    ),
    (
        "tiktok",
        "scottish nurse starter pack: [[Irn-Bru]], a pen that works and {{PERSON:Morag}} fae the bank shouting 'haw hen' #nursesofscotland",
    ),
    (
        "linkedin",
        "Pleased to have presented our [[Hospital at Home]] evaluation for [[NHS Highland]] alongside {{PERSON:Eilidh MacRae}}.",
    ),
    (
        "instagram",
        "wee {{PERSON:Ailsa}} is 1 today 🎈 born at 26 weeks in {{FACILITY:Simpson's}} [[NICU]], look at her now #preemiepower #{{PERSON:ailsa}}strong",
    ),
    (
        "whatsapp",
        "{{PERSON:Struan}} can you swap your [[earlies]] on {{DATE:23.12}} for my {{DATE:27.12}}? Ta",
    ),
    (
        "reddit",
        "Community nurse in {{LOCATION:Lerwick}}. Everyone knows everyone. Posted a 'thank you' about a [[palliative]] patient without a name and three folk guessed it was {{PERSON:Magnus}}. Lesson learned.",
    ),
    (
        "x",
        "the [[grace]] of Scottish grannies in [[recovery]] who thank you for the tea AND the [[morphine]]",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Irish staff nurse. Patient's son posted his da's MRN {{MRN:0784412}} and ward on a {{LOCATION:Tallaght}} community FB page asking for visitors. Do I flag to the [[CNM]]?",
    ),
    (
        "whatsapp",
        "{{PERSON:Aoife}} can u ring {{PERSON:Mrs Ní Bhriain}}'s daughter {{PHONE:086 412 7730}} re [[home help]] before she goes back to {{LOCATION:Ballyfermot}}",
    ),
    (
        "facebook",
        "Nana {{PERSON:Bríd}} was {{AGE:100}} on {{DATE:the 2nd}} 🎉 the girls in {{FACILITY:St Luke's}} {{LOCATION:Kilkenny}} threw her a party with [[jelly]] and ice cream",
    ),
    (
        "x",
        "{{PERSON:Oisín}} from [[ED]] in {{FACILITY:CUH}} got me a sandwich at 4am when I was in with my dad. Small things lads.",
    ),
    (
        "tiktok",
        "when {{PERSON:Sorcha}} (the [[ANP]]) catches you eating the patients' biscuits 😳 #irishnurses #hse",
    ),
    (
        "linkedin",
        "Honoured to receive the nursing research medal. Thank you {{PERSON:Prof. Siobhán Ní Chonaill}} and the team at {{FACILITY:Connolly Hospital}} for the [[sepsis]] work.",
    ),
    (
        "instagram",
        "home from {{FACILITY:Crumlin}} on {{DATE:01/12/2026}} after 6 weeks 🥹 {{PERSON:Rory}}'s [[scar]] is healing well",
    ),
    (
        "whatsapp",
        "PPSN {{ID:8765432KA}} for {{PERSON:Mr Ó Conaill}} medical card review, he's in {{FACILITY:St James's}} bed {{ROOM:14}}, [[COPD]] exacerbation",
    ),
    (
        "reddit",
        "HCA in {{LOCATION:Ennis}}. Got a friend request from {{PERSON:Patience}}'s son after she died on our ward. Is it ok to accept? [[Boundaries]] feel blurry here.",
    ),
    ("x", "[[Will]] someone tell the [[HSE]] that [[hope]] is not a staffing plan #irishnurses"),
    (
        "facebook",
        "Please keep {{PERSON:Faith}} in your prayers, born too early on {{DATE:4 Dec}} in {{FACILITY:Holles Street}} but fighting 💪 #prayfor{{PERSON:faith}}",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "AU grad RN. [[NUM]] put the [[allocation]] sheet in the unit Facebook group: {{PERSON:TRAN, V}} bed {{ROOM:12}}, {{PERSON:MORRISON, K}} bed {{ROOM:14}}. It's a private group but still??",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs Kowalski}} UR {{MRN:1049 8832}} [[fasting]] from midnight for [[lap chole]]. Hubby {{PHONE:0438 112 907}}.",
    ),
    (
        "facebook",
        "Our {{PERSON:Sunny}} had his [[grommets]] done at {{FACILITY:Queensland Children's}} on {{DATE:2/12}}, back home in {{LOCATION:Logan}} and already bouncing off the walls 😅",
    ),
    (
        "x",
        "{{PERSON:Bronwyn}} and {{PERSON:Shazza}} on [[nights]] at {{FACILITY:Royal Adelaide}}, absolute legends, gave my mum dignity at the end",
    ),
    (
        "tiktok",
        "when the {{AGE:98}} yo in bed {{ROOM:6}} calls you 'love' and asks if you're married yet 💀 #aussienurse #[[agedcare]]",
    ),
    (
        "linkedin",
        "Stoked to start my [[Rural Generalist]] year at {{FACILITY:Alice Springs Hospital}}. Cheers to {{PERSON:Dr. Jarrah Williams}} for the support.",
    ),
    (
        "instagram",
        "first day in [[NICU]] at {{FACILITY:the Women's}} 🍼 {{LOCATION:Parkville}} you're gorgeous in the rain",
    ),
    (
        "reddit",
        "AU pharmacist. Bloke posted a photo of his [[script]] on a {{LOCATION:Geelong}} buy/swap group with his Medicare number {{ID:5593 84021 3}} on it. Mate.",
    ),
    (
        "whatsapp",
        "Swapsies? My [[PM]] {{DATE:Wed 16th}} for your AM {{DATE:Sat 19th}}, ta. {{PERSON:Kirra}}",
    ),
    (
        "x",
        "[[Hope]] everyone in [[ED]] gets a feed tonight, [[Christmas]] party season has started 🍻",
    ),
    (
        "facebook",
        "Nan ({{AGE:95}}) is finally home in {{LOCATION:Toowong}} after 3 weeks at {{FACILITY:RBWH}}. [[Physio]] {{PERSON:Jack}} got her walking again 💪",
    ),
    (
        "facebook",
        "[[Bill]] for parking at the hospital was $38 for four hours. Daylight robbery when you're visiting every day.",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Kia ora koutou, Koro {{PERSON:Wiremu}} is in {{FACILITY:Waikato Hospital}} ward {{ROOM:24}} after his [[heart attack]]. He's {{AGE:90}}. Whānau please ring {{PHONE:021 555 8841}} before visiting.",
    ),
    (
        "reddit",
        "NZ RN. A HCA posted a TikTok from our [[dementia]] unit in {{LOCATION:Timaru}} and resident {{PERSON:Mavis}} is dancing in it. Cute but she can't consent?",
    ),
    (
        "whatsapp",
        "NHI {{ID:JKL4782}} {{PERSON:Mr Tuhiwai}} for [[dressing]] change, lives at {{ADDRESS:14 Rimu Street}}, {{LOCATION:Ōtara}}. [[District nurse]] going at 10.",
    ),
    (
        "x",
        "{{PERSON:Aroha}} in [[birthing]] suite at {{FACILITY:Middlemore}} was calm as, my partner won't stop talking about her",
    ),
    (
        "tiktok",
        "POV {{PERSON:Tama}} (bed {{ROOM:3}}) taught the whole [[ortho]] ward a poi routine 🥹 #nznurse",
    ),
    (
        "linkedin",
        "Privileged to lead the [[Māori health]] nursing workforce at {{FACILITY:Te Whatu Ora Tairāwhiti}}. Ngā mihi to Whaea {{PERSON:Hinemoa Ngata}}.",
    ),
    (
        "instagram",
        "welcome to the world {{PERSON:Kahurangi}} 💙 born {{DATE:29/11}} at {{FACILITY:Dunedin Hospital}}, thank you midwife {{PERSON:Sarah-Jane}}",
    ),
    ("reddit", "Waitangi Day roster is out and I'm on an [[early]]. [[Patience]], people."),
    (
        "whatsapp",
        "Ward phone {{PHONE:+64 9 555 2107}} for {{PERSON:Ropata}}'s whānau, [[palliative]] plan discussed {{DATE:3 Dec}}.",
    ),
    (
        "x",
        "to the [[ambos]] in {{LOCATION:Porirua}} who got my nana to hospital in time: thank you 💚",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Ontario RPN. A PSW posted a reel in the [[LTC]] home lounge and {{PERSON:Mr. Gauthier}}'s room number {{ROOM:212}} is on the door behind her. Report to [[CNO]]?",
    ),
    (
        "whatsapp",
        "Handover: {{PERSON:BOUCHARD, S}} rm {{ROOM:418}} chart {{MRN:H-0094471}}, [[NPO]], for [[TAVI]] tmrw. Daughter {{PHONE:(613) 555-0198}}.",
    ),
    (
        "facebook",
        "Please pray for our {{PERSON:Blessing}} at {{FACILITY:CHEO}}, [[leukemia]] diagnosis {{DATE:Nov 20th}}. We're in {{LOCATION:Barrhaven}} if anyone wants to drop meals 🙏",
    ),
    (
        "x",
        "{{PERSON:Dawn}} in [[NICU]] at {{FACILITY:Foothills}} stayed past her shift to teach me [[kangaroo care]]. Thank you from {{PERSON:Rowan}}'s mom",
    ),
    (
        "tiktok",
        "{{AGE:99}} yr old Mrs {{PERSON:Lindqvist}} in {{LOCATION:Saskatoon}} beating me at [[cribbage]] again 🃏 #ltcnurse",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Kingston Health Sciences Centre}} as [[Nurse Practitioner]] in [[nephrology]]. Merci à {{PERSON:Geneviève Thibodeau}}.",
    ),
    (
        "instagram",
        "OHIP card screenshot in our unit chat: {{HEALTH_PLAN:6123-450-789-KT}} 🙃 please stop. [[Privacy]] matters #ontarionurse",
    ),
    (
        "reddit",
        "BC nurse. Patient posted her lab results including PHN {{HEALTH_PLAN:9151 234 567}} on a {{LOCATION:Kelowna}} moms group. Should I message her about [[privacy]]?",
    ),
    (
        "whatsapp",
        "[[Flu]] clinic Mon 8-12 in the [[atrium]]. {{PERSON:grace}} has the keys, text her at {{PHONE:416-555-0137}}",
    ),
    (
        "x",
        "Canadian [[ER]] nurse. Tired of hearing '[[patience]] is a virtue' from admin while pts wait 14h. [[Will]] anyone fix this?",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Pt {{PERSON:Selvi Arumugam}} IP no {{MRN:IP/2026/88104}} for [[LSCS]] at 9am. Attender {{PHONE:+91 98401 55321}}. Cross match done.",
    ),
    (
        "x",
        "Sister {{PERSON:Blessy}} in the [[dialysis]] unit at {{FACILITY:CMC Vellore}} remembered my father's name after 2 years 🙏",
    ),
    (
        "facebook",
        "URGENT: A+ve [[platelets]] needed for {{PERSON:Harpreet Kaur}} at {{FACILITY:DMC Ludhiana}}, [[dengue]]. Contact {{PHONE:98140 22317}}. Please share.",
    ),
    (
        "reddit",
        "JR in {{LOCATION:Pune}}. HOD shares case photos on the dept Insta with the UHID {{MRN:SGH-440917}} visible in the corner. Nobody says anything because he's HOD.",
    ),
    (
        "tiktok",
        "{{PERSON:Priya}} akka making chai for the whole [[ICU]] at 3am ☕ #nursesofindia #{{LOCATION:chennai}}",
    ),
    (
        "linkedin",
        "Happy to share I've completed my [[MD]] in [[Community Medicine]] at {{FACILITY:AIIMS Jodhpur}}. Grateful to Dr. {{PERSON:Rajendra Meena}}.",
    ),
    (
        "instagram",
        "Throwback to [[internship]] at {{FACILITY:Govt. Medical College Kozhikode}} 💙 {{PERSON:Anu}}, {{PERSON:Jisha}} & me after a 36h duty #malayalinurse",
    ),
    (
        "whatsapp",
        "Aadhaar {{ID:3321 7789 4402}} and [[PMJAY]] card for {{PERSON:Mr. Gurpreet Singh}} bed {{ROOM:17}} kept at nursing station. Don't photograph pls.",
    ),
    (
        "x",
        "{{PERSON:Murugan}} anna, {{AGE:92}}, from {{LOCATION:Madurai}} walked after his [[hip replacement]] today 🙌 #physiotherapy",
    ),
    (
        "reddit",
        "Indian nursing student. Is it ok to post my [[case study]] on [[diabetic foot]] if I remove the name but keep 'Bed {{ROOM:14}}, Male Surgical, {{FACILITY:KGMU}}'?",
    ),
    (
        "facebook",
        "Thanks to {{FACILITY:Narayana Health}} {{LOCATION:Bommasandra}} for my mother's [[bypass]] on {{DATE:18-11-2026}}. Dr. {{PERSON:Kiran Shetty}} sir is god.",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "whatsapp",
        "HOs: {{PERSON:Mrs. Chiamaka Nwosu}} folder {{MRN:UNTH/24/10238}} for [[EUA]] tmrw 8am. Husband {{PHONE:0703 555 2210}}.",
    ),
    (
        "x",
        "At {{FACILITY:LUTH}} since 6pm. My pt {{PERSON:Precious}} finally passed [[flatus]] after her [[laparotomy]] 🙌 small wins",
    ),
    (
        "facebook",
        "Please help!!! {{PERSON:Blessing Adeyemi}} needs 3 pints O+ at {{FACILITY:UCH}} {{LOCATION:Ibadan}} for [[sickle cell]] crisis. Call {{PHONE:+234 803 555 4781}}. God bless you",
    ),
    (
        "reddit",
        "Nigerian doctor abroad. Back at {{FACILITY:ABUTH}} {{LOCATION:Zaria}} the [[SR]]s posted ward round pics on WhatsApp status with pts' faces. Is that still common?",
    ),
    (
        "tiktok",
        "Mama {{PERSON:Ngozi}} in bed {{ROOM:5}} praying for every nurse on [[night duty]] 😭🙏 #naijanurse",
    ),
    (
        "linkedin",
        "Delighted to share our [[VVF]] repair outcomes from {{FACILITY:National Obstetric Fistula Centre Abakaliki}} with {{PERSON:Dr. Ifeoma Obi}}.",
    ),
    (
        "instagram",
        "Graduated from {{FACILITY:School of Nursing Eleyele}} 🎓 {{PERSON:Temi}}, {{PERSON:Bukky}} and {{PERSON:Kemi}} we did it!!! #[[RN]] #naijanurses",
    ),
    (
        "whatsapp",
        "Night report: {{PERSON:Okonkwo C.}} bed {{ROOM:3}} [[PCV]] 19%, transfused 1 pint. {{PERSON:Adamu H.}} bed {{ROOM:7}} [[stable]].",
    ),
    (
        "x",
        "{{PERSON:Chukwuemeka}}'s mum posted his [[burns]] dressing on FB for 'prayers'. We at {{FACILITY:NOH Enugu}} beg, ask the nurse first 🙏",
    ),
    (
        "reddit",
        "[[Patience]] is the only thing keeping Nigerian [[nurses]] going on this salary. Japa is looking better daily.",
    ),
    (
        "facebook",
        "Our {{PERSON:Favour}} was discharged from {{FACILITY:Federal Medical Centre Owerri}} on {{DATE:26/11/2026}}. God did it! Back in {{LOCATION:Orlu}} 🎉 [[Physiotherapy]] continues",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "facebook",
        "Thank God for {{FACILITY:Korle Bu}}! My sister {{PERSON:Akosua}} delivered by [[CS]] on {{DATE:Sunday 29th}}. Mother and baby fine 🙏",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Kofi Asamoah}} [[post-op]] day 1 bed {{ROOM:11}}, hosp no {{MRN:KATH/26/04412}}. [[Catheter]] out today. Wife {{PHONE:024 555 1187}}.",
    ),
    (
        "x",
        "{{PERSON:Auntie Comfort}} the ward aide at {{FACILITY:Tamale Teaching Hospital}} knows every pt's name and their village. National treasure 🇬🇭",
    ),
    (
        "reddit",
        "Ghanaian nurse. A colleague at {{FACILITY:Ridge Hospital}} posted about a [[stillbirth]] on TikTok with the mum's name {{PERSON:Abena}} in the caption 'for awareness'. I'm so angry.",
    ),
    (
        "tiktok",
        "when Maame {{PERSON:Efua}} ({{AGE:91}}) in {{LOCATION:Cape Coast}} refuses her [[insulin]] until you dance 😂💃 #ghananurses",
    ),
    (
        "linkedin",
        "Proud to lead the [[hypertension]] screening programme in {{LOCATION:Ashaiman}} with {{PERSON:Dr. Yaw Ofori-Atta}}. 4,000 adults screened.",
    ),
    (
        "instagram",
        "night duty at {{FACILITY:37 Military}} 🌙 with my girls {{PERSON:Esi}} & {{PERSON:Dede}} #ghananurse #[[nightshift]]",
    ),
    (
        "whatsapp",
        "NHIS {{HEALTH_PLAN:07713459}} card for Madam {{PERSON:Adwoa Boateng}} expired, [[social welfare]] pls assist.",
    ),
    (
        "x",
        "Born {{DATE:6th March 1932}}, my grandfather Nana {{PERSON:Kwaku}} left us at {{FACILITY:Komfo Anokye}} this morning. [[Rest]] well.",
    ),
    ("reddit", "Any Ghanaian nurses doing the [[NMC]] [[OSCE]] in [[March]]? Need a study buddy."),
    # ---------------------------------------------------------------- South Africa
    (
        "reddit",
        "SA nurse. Colleague at {{FACILITY:Charlotte Maxeke}} posted a pt's file on her WhatsApp status, ID {{ID:6805125087084}} right there. [[SANC]] complaint?",
    ),
    (
        "whatsapp",
        "{{PERSON:Thandeka}} pls phone {{PERSON:Mrs Botha}}'s son {{PHONE:082 555 7741}}, she's for [[TURP]] tmrw, ward {{ROOM:B4}}.",
    ),
    (
        "facebook",
        "Siyabonga {{FACILITY:Chris Hani Bara}} for our baby {{PERSON:Lwazi}} 💙 born {{DATE:2 December}} at 28 weeks. We're in {{LOCATION:Soweto}}, Sister {{PERSON:Precious Dlamini}} you are an angel.",
    ),
    (
        "x",
        "shoutout to {{PERSON:Sipho}} the [[porter]] at {{FACILITY:Tygerberg}} who pushes every wheelchair like it's an F1 car 🏎️",
    ),
    (
        "tiktok",
        "Ouma {{PERSON:Sannie}} ({{AGE:97}}) van {{LOCATION:Paarl}} tells me I'm too thin every single shift 😂 #SAnurses",
    ),
    (
        "linkedin",
        "Completed my [[Advanced Midwifery]] diploma at {{FACILITY:Nelson Mandela University}}. Enkosi to {{PERSON:Prof. Nomvula Mthembu}}.",
    ),
    (
        "instagram",
        "clinic day in {{LOCATION:Gugulethu}} 🌞 over 120 [[TB]] follow-ups and {{PERSON:Xolani}} still had energy to braai after #communityhealth",
    ),
    (
        "whatsapp",
        "Medical aid no {{HEALTH_PLAN:DIS 440912283}} for {{PERSON:Mr Naidoo}}, [[MRI]] pre-auth declined, pls phone them on {{PHONE:+27 31 555 0192}}.",
    ),
    (
        "reddit",
        "Comm serve doc in {{LOCATION:Mthatha}}. Our doctors' WhatsApp group shares [[X-rays]] with the label '{{PERSON:MKHIZE S}}' right there. Am I wrong to push back?",
    ),
    (
        "facebook",
        "Please share: looking for family of an elderly man brought to {{FACILITY:Edendale Hospital}} on {{DATE:30/11}}, name given as {{PERSON:Bhekisisa}}, about {{AGE:90}} years old 🙏",
    ),
    (
        "x",
        "[[Load shedding]] during a [[C-section]] and the team didn't even flinch. [[Grace]] under pressure. #SAnurses",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "whatsapp",
        "Pt {{PERSON:TAN, B H}} ward {{ROOM:64}} bed {{ROOM:21}} {{FACILITY:SGH}} for [[OGD]] tmr, NBM from 12. Daughter hp {{PHONE:9123 8876}}.",
    ),
    (
        "reddit",
        "SG SN. A colleague's TikTok showed the [[nurses' station]] and you could read NRIC {{ID:S7712458B}} on the screen. Should I tell NM?",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:NUH}} [[Children's Emergency]] for taking care of {{PERSON:Jun Hao}} last night 🙏 fever down already. Esp Nurse {{PERSON:Siti}}",
    ),
    (
        "x",
        "Ah Ma {{PERSON:Lim Siew Eng}} turned {{AGE:101}} at {{FACILITY:St Luke's Hospital}} {{LOCATION:Bukit Batok}} today 🎂 [[kueh]] for everyone",
    ),
    (
        "tiktok",
        "auntie {{PERSON:Faridah}} from bed {{ROOM:8}} gave me her [[kuih]] again 😭 cannot refuse one #sgnurse",
    ),
    (
        "linkedin",
        "Excited to join {{FACILITY:Sengkang General Hospital}} as [[Nurse Clinician]] in [[geriatrics]]. Thanks {{PERSON:Ms Goh Li Ping}}!",
    ),
    (
        "instagram",
        "Mdm {{PERSON:Rosmah}} finally discharged to {{LOCATION:Jurong West}} 🥹 3 weeks of [[wound]] care paid off",
    ),
    (
        "whatsapp",
        "{{PERSON:Rajesh}} pls update Mr {{PERSON:Chua}}'s family {{PHONE:+65 9876 1120}}, [[CT]] moved to {{DATE:12/12}}, {{FACILITY:KTPH}}",
    ),
    (
        "reddit",
        "SG doc. We post [[ECG]]s in the Telegram teaching group 'cropped', but yesterday someone didn't crop and FIN {{ID:F2291045N}} was right there.",
    ),
    ("x", "[[May]] I [[hope]] for one shift without a [[code blue]]? Asking for the whole ward 🙃"),
    # ---------------------------------------------------------------- Philippines
    (
        "facebook",
        "Salamat po sa mga nurses ng {{FACILITY:PGH}} [[NICU]] for taking care of baby {{PERSON:Princess}} 🙏 uwi na kami sa {{LOCATION:Tondo}}!",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Dela Cruz, J}} bed {{ROOM:12}}, [[dengue]] w/ warning signs, plt 45. Kuya {{PHONE:0917 555 3389}}.",
    ),
    (
        "x",
        "Ate {{PERSON:Joy}} at {{FACILITY:St. Luke's BGC}} ER stayed with my lola until 2am. Sana all ganyan 💙 [[grateful]]",
    ),
    (
        "reddit",
        "PH nurse. Our [[CI]] posted a group photo in the [[DR]] at {{FACILITY:Vicente Sotto}} and the census board behind shows {{PERSON:RAMOS, M.}} and {{PERSON:BAUTISTA, L.}}. Delete or ask her?",
    ),
    (
        "tiktok",
        "when Lola {{PERSON:Charing}} ({{AGE:94}}) calls you 'anak' and asks for [[Skyflakes]] at 2am 🥹 #pinoynurse",
    ),
    (
        "linkedin",
        "Passed the [[NCLEX]] 🙏 Thank you to {{FACILITY:UST}} College of Nursing and Ma'am {{PERSON:Liza Villanueva}}!",
    ),
    (
        "instagram",
        "duty sa {{FACILITY:Davao Medical Center}} 💉 with {{PERSON:Bea}} and {{PERSON:Kat}} #[[ER]] #nightshift #{{LOCATION:davao}}",
    ),
    (
        "facebook",
        "Need blood donors type B for my father {{PERSON:Rodrigo Santos}}, {{FACILITY:Philippine Heart Center}}, [[open heart surgery]] on {{DATE:Dec 10}}. Contact {{PHONE:+63 917 555 0412}}",
    ),
    (
        "whatsapp",
        "PhilHealth {{HEALTH_PLAN:12-345678901-2}} for {{PERSON:Mrs. Reyes}} pls photocopy, [[discharge]] today.",
    ),
    (
        "x",
        "[[Grace]] period for our [[PRC]] license renewal ends in [[March]], don't forget mga kapatid 📋",
    ),
    (
        "reddit",
        "Pinoy nurse in the UK. In {{LOCATION:Cebu}} we used to write pt names on the [[IV]] bottles with masking tape, everyone could see. Here, never.",
    ),
    # ---------------------------------------------------------------- US
    (
        "reddit",
        "ICU RN in {{LOCATION:Tucson}}. Pt's wife made a GoFundMe with his MRN {{MRN:00482217}} and room {{ROOM:5112}} in the description: {{URL:gofundme.com/f/help-dale-heal}}. [[Social work]] is on it.",
    ),
    (
        "x",
        "{{PERSON:Summer}} in [[L&D]] at {{FACILITY:Cedars-Sinai}} got me through 31 hours of labor. {{DATE:Oct 3rd}} forever 💕",
    ),
    (
        "facebook",
        "Prayers for {{PERSON:Hope}}, 6, at {{FACILITY:Cincinnati Children's}} for [[heart surgery]] {{DATE:12/9}}. Updates at {{URL:caringbridge.org/visit/hopemiller}} #{{PERSON:hope}}strong",
    ),
    (
        "whatsapp",
        "{{PERSON:Mr. Delgado}} DOB {{DATE:03/22/1933}} rm {{ROOM:314}}, [[hospice]] eval. Daughter {{PHONE:(505) 555-0176}}.",
    ),
    (
        "tiktok",
        "my {{AGE:103}} yr old patient in room {{ROOM:12}} flirting with the [[RT]] 😂 #nursesoftiktok",
    ),
    (
        "linkedin",
        "Thrilled to start as [[CNO]] at {{FACILITY:Hennepin Healthcare}}. Grateful to {{PERSON:Dr. Marcus Whitfield}} and the team. Reach me at {{EMAIL:k.obrien.rn@gmail.com}}.",
    ),
    (
        "instagram",
        "{{HANDLE:@nurse.jackie.atl}} and me after our last [[NICU]] night at {{FACILITY:Grady}} 🥲 #{{LOCATION:ATL}}",
    ),
    (
        "reddit",
        "Travel nurse. Recruiter at {{EMAIL:placements@sunbeltnursing.com}} emailed my whole cohort with our [[license]] numbers in the CC, mine was {{LICENSE:RN 924471}}. Sloppy or worse?",
    ),
    (
        "whatsapp",
        "Charge: {{PERSON:WASHINGTON, D}} rm {{ROOM:22}} [[fall]] precautions, {{PERSON:PATEL, R}} rm {{ROOM:24}} [[sepsis]] bundle due 1400.",
    ),
    ("x", "[[Will]] the [[Joint Commission]] ever visit on a night shift? asking for a friend"),
    (
        "facebook",
        "My grandpa {{PERSON:Jack}} ({{AGE:92}}) got his [[pacemaker]] at {{FACILITY:Baylor Scott & White}} in {{LOCATION:Temple}} today. He asked the [[cardiologist]] out for coffee.",
    ),
    # ---------------------------------------------------------------- records and numbers
    (
        "whatsapp",
        "{{PERSON:Mrs Ní Dhomhnaill}} home address {{ADDRESS:22 Ashgrove Park}}, {{LOCATION:Tallaght}}, {{ADDRESS:D24 X2F3}}, for [[PHN]] visit {{DATE:Tues 8th}}. [[Wound]] swab pending.",
    ),
    (
        "reddit",
        "GP trainee in {{LOCATION:Wrexham}}. Referral dated {{DATE:2026-11-14}} with NHS {{ID:721 448 3305}} got forwarded to a practice WhatsApp with 40 people in it. [[IG]] lead says 'no harm done'.",
    ),
    (
        "facebook",
        "Ouma was born {{DATE:12.08.1931}} and she's still the boss of {{FACILITY:Huis Andreas}} frail care in {{LOCATION:Stellenbosch}} 😂 [[Blessed]]",
    ),
    (
        "whatsapp",
        "Pls chase [[INR]] for {{MRN:TTH-00913-B}} and {{MRN:TTH-01127-D}} before 2pm, both on [[warfarin]]. Lab ext {{PHONE:+233 30 555 4471}}",
    ),
    (
        "x",
        "pt born {{DATE:1929}} told me the secret is [[porridge]] and minding your own business. Noted.",
    ),
    (
        "reddit",
        "Aus nurse. Discharge summary on a mum's Insta: URN {{MRN:MR 771 0294}}, DOB {{DATE:7/3/1936}}, admitted {{DATE:22.11.26}}. Asking people to guess her [[diagnosis]]. Why.",
    ),
    (
        "instagram",
        "thank u {{FACILITY:Mount Sinai}} [[Labor and Delivery]]!! {{PERSON:Liberty}} born {{DATE:11/28/2026}} 7lb 2oz 💗 follow her journey {{HANDLE:@baby.liberty.nyc}}",
    ),
    (
        "linkedin",
        "Applications for our [[Nurse Residency]] close {{DATE:15 January 2027}}. Questions to {{EMAIL:recruitment.nursing@stgeorges.example.org}} or {{PHONE:+44 20 8725 0000}}.",
    ),
    # ---------------------------------------------------------------- ordinary words that must survive
    (
        "reddit",
        "[[Mark]] my words, [[sunny]] weekends in [[March]] mean motorbike season and a busy [[trauma]] bay.",
    ),
    (
        "tiktok",
        "[[Faith]] in humanity restored: a stranger paid for my coffee because I was in scrubs ☕ #nurselife",
    ),
    (
        "linkedin",
        "[[Precious]] few hours of sleep between [[nights]] and [[mandatory training]]. Still proud of this team.",
    ),
    ("x", "[[Rose]] gold [[stethoscope]] finally arrived 😍 #studentnurse"),
    (
        "whatsapp",
        "[[Joy]] of joys, the [[Pyxis]] is down again. Use the [[override]] key and document.",
    ),
    (
        "reddit",
        "Revision q: [[Addison's]] or [[Cushing's]] with low Na and high K? Not a real patient, just [[exam]] prep.",
    ),
    ("x", "[[Blessing]] in disguise: the power cut meant we finally cleaned the [[crash cart]] 😅"),
    (
        "tiktok",
        "[[Will]] power is the only thing getting me through a 13-hour shift 😩 #nightshift",
    ),
    ("facebook", "The [[Summer]] fete raised £2,140 for the [[hospice]]. Thank you all!"),
    (
        "instagram",
        "[[Hope]] is a [[discipline]]. Day 3 of [[nights]] and still smiling #nursequotes",
    ),
    (
        "reddit",
        "How do your units handle [[Jehovah's Witness]] patients and [[blood]] consent? Genuine question, new to [[surgery]].",
    ),
    (
        "whatsapp",
        "Reminder, [[Sunny]] tomorrow, [[patients]] in the garden need [[sunscreen]] and hats please",
    ),
    (
        "linkedin",
        "Our [[Parkinson's]] nurse-led clinic cut waits by half. [[Grace]], grit and good data.",
    ),
    ("x", "I [[may]] cry if one more person calls [[ED]] 'the waiting room'"),
    (
        "facebook",
        "The [[Royal]] College is asking for views on [[revalidation]]. Link in the staff newsletter.",
    ),
]
