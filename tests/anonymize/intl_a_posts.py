# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set A (fictional), written 2026-12-05 BEFORE any code change for
issue 19. It is the development set: misses on it may guide fixes to classes of problem, never
edits of a post. Its twin, ``intl_b_posts.py``, is the untouched set (scored once, at the end).

Styles: Reddit, TikTok, X, Facebook, WhatsApp, LinkedIn. Settings: UK, Ireland, Scotland,
Australia, New Zealand, Canada, India, Nigeria, South Africa, Singapore, US. Names include
ordinary words (Hope, Summer, Joy, Bill, Rose, Faith, Grace, Sunny, Bishop...), lower-case names,
names inside hashtags, roster style ("DOE, J"); identifiers include NHS/CHI/Medicare/health-card/
Aadhaar-like numbers, MRNs with letters and slashes, dates in d.m., d.m.y, d Mon, Mon dth, ISO and
partial forms, and phone numbers from every country listed.

Markup: {{TYPE:span}} marks an identifier, [[term]] a word that must survive (clinical terms and
ordinary words that are not names). Kinship words and titles are not identifiers.
"""

INTL_A: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- UK
    (
        "reddit",
        "Band 6 on an acute medical unit. A HCA screenshotted the handover sheet with {{PERSON:DOE, J}} and {{PERSON:KHAN, A}} on it and sent it to the ward WhatsApp. Both on [[IV antibiotics]]. I've raised a Datix, was that [[enough]]?",
    ),
    (
        "x",
        "Shout out to {{PERSON:joy}} on nights at {{FACILITY:Whiston}} who held my nan's hand through her [[AF]] episode. nan is {{AGE:94}} and still asking for her 💜",
    ),
    (
        "facebook",
        "Please share!! Our {{PERSON:Summer}} is in {{FACILITY:Alder Hey}} after [[sepsis]], room {{ROOM:7}}. Visiting is 2-4 only. Thank you to everyone who has messaged 🙏 #{{PERSON:summer}}strong",
    ),
    (
        "whatsapp",
        "Hi all, bed {{ROOM:12}} ({{PERSON:Mr Bill Tanner}}) NHS no {{ID:943 476 5919}} needs his [[warfarin]] INR checked before 10. Family on {{PHONE:07700 900123}}.",
    ),
    (
        "linkedin",
        "Delighted to share that our [[frailty]] pathway at {{FACILITY:Royal Derby Hospital}} cut readmissions by 18%. Thanks to {{PERSON:Grace Olamide-Bakare}} and the whole team. [[Proud]] moment.",
    ),
    (
        "tiktok",
        "POV: you're a student nurse on placement in {{LOCATION:Govan}} and the patient's wife brings in a full [[roast]] dinner 😭 #studentnurse #nhs",
    ),
    (
        "reddit",
        "Is it a breach if a consultant posts a CT with the hospital number {{MRN:RXH 449102}} burnt into the corner? It's on his public X account. [[Radiology]] is furious.",
    ),
    (
        "x",
        "my girl {{PERSON:hope}} finally home from {{FACILITY:GOSH}} after 41 days 🥹 thank you ward {{FACILITY:Robin}} #{{PERSON:hope}}strong #[[CHD]]",
    ),
    (
        "facebook",
        "RIP {{PERSON:Rose}} 🌹 born {{DATE:12.03.1928}}, passed away peacefully at {{FACILITY:St Luke's Hospice}} on {{DATE:2.12.}} with her family around her. Funeral details to follow.",
    ),
    (
        "whatsapp",
        "Reminder: Mrs {{PERSON:Patel}} (DOB {{DATE:04/07/1961}}) for [[echo]] Tues, she lives at {{ADDRESS:14 Kingsley Road}}, {{LOCATION:Hounslow}} {{ADDRESS:TW3 1QD}}, transport booked.",
    ),
    (
        "reddit",
        "I'm a [[pharmacist]] and a customer just showed me her repeat slip with NHS number {{ID:485 777 3456}} printed on it, asking me to 'tag' her GP on Facebook. No. Just no.",
    ),
    (
        "linkedin",
        "[[Honoured]] to speak at the {{FACILITY:Royal College of Nursing}} congress on [[deprescribing]] in care homes. Huge thanks to my mentor {{PERSON:Dr. Faith Adeyemi}}.",
    ),
    (
        "tiktok",
        "the way {{PERSON:bill}} from bed {{ROOM:4}} calls every nurse 'pet' 😂 {{AGE:91}} and flirting like it's 1952 #nursesoftiktok #geordie",
    ),
    (
        "x",
        "Anyone at {{FACILITY:Leeds General}} seen a wallet? Dropped it on {{DATE:3 Dec}} near [[outpatients]]. Has my badge with {{PERSON:Sunny Begum}} on it.",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "reddit",
        "Scottish GP here. A patient emailed me at {{EMAIL:dr.mcallister.gp@nhs.scot}} with their CHI {{ID:1204567890}} in the subject line. Is that a [[Caldicott]] issue or am I overthinking?",
    ),
    (
        "facebook",
        "Thanks to the team in ward {{ROOM:7B}} at the {{FACILITY:QEUH}} for looking after my dad {{PERSON:Hamish}} after his [[stroke]]. He's back home in {{LOCATION:Partick}} and giving my mum grief already.",
    ),
    (
        "whatsapp",
        "Can someone cover {{PERSON:Morag}}'s shift on {{DATE:21.12.}}? She's off with [[norovirus]]. Ring {{PHONE:0141 496 0732}}.",
    ),
    (
        "x",
        "nae chance I'm posting about {{PERSON:Heather}} from {{LOCATION:Easterhouse}} again but she got her [[hip replacement]] at {{FACILITY:Golden Jubilee}} and she's walking already 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    ),
    (
        "tiktok",
        "day in the life: community nurse in {{LOCATION:Dundee}}, 11 visits, 3 [[leg ulcers]], one very angry cat called [[Biscuit]] 🐈 #scottishnurse",
    ),
    (
        "linkedin",
        "After 32 years at {{FACILITY:Ninewells Hospital}} I'm retiring from [[theatre]] nursing. Thank you {{PERSON:Iain Murdoch}} and {{PERSON:Catriona Bell}} for everything.",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Irish nurse, 4th year in {{FACILITY:the Mater}}. A patient's son posted a photo of his mam ({{AGE:92}}) on a trolley in ED with her [[wristband]] visible. Can we get it taken down?",
    ),
    (
        "facebook",
        "Huge thanks to everyone at {{FACILITY:CUH}} who minded {{PERSON:Saoirse}} after her [[appendicectomy]]. She's home in {{LOCATION:Ballincollig}} now and bossing us around.",
    ),
    (
        "whatsapp",
        "{{PERSON:Niamh}} can you ring {{PERSON:Pádraig Ó Súilleabháin}}'s daughter on {{PHONE:087 123 4567}}? He's for [[discharge]] tmrw, PPS {{ID:1234567TA}}.",
    ),
    (
        "x",
        "Waited 19 hours on a trolley in {{FACILITY:UHL}} with my {{AGE:97}} yo granny. This is the [[HSE]] in 2026. #trolleywatch",
    ),
    (
        "tiktok",
        "when Nurse {{PERSON:Dervla}} from {{LOCATION:Tallaght}} catches you eating the patient's [[Tayto]] 😭 #irishnurse",
    ),
    (
        "linkedin",
        "Pleased to announce our [[falls]] prevention audit at {{FACILITY:St James's Hospital}} was accepted at the {{DATE:14 March}} conference. Co-authored with {{PERSON:Aoife Brennan}}.",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "Aussie RN. Pt's daughter asked me to confirm on FB that her mum {{PERSON:Joy Whitfield}} was at {{FACILITY:RPA}}. Medicare no {{ID:2123 45670 1}} was in the screenshot she sent. Declined obv.",
    ),
    (
        "x",
        "big love to the ED at {{FACILITY:Royal Perth}} tonight. {{PERSON:Sunny}} the triage nurse, you're a legend. #[[auspol]] #nurses",
    ),
    (
        "facebook",
        "Our boy {{PERSON:Hunter}} had his [[grommets]] in at {{FACILITY:Westmead Children's}} on {{DATE:Nov 28th}}. Thanks to Dr {{PERSON:Harpreet Gill}} 🙌 We're back in {{LOCATION:Parramatta}}.",
    ),
    (
        "whatsapp",
        "Team, {{PERSON:Mrs Nguyen}} in bay {{ROOM:3}} URN {{MRN:RBH0045127}} is refusing her [[enoxaparin]]. Son on {{PHONE:0412 345 678}}.",
    ),
    (
        "tiktok",
        "ICU nurse in {{LOCATION:Townsville}} 🌴 lil {{PERSON:kai}} turned 5 on the unit today so we did a [[sensory]] party 🎉 #icunurse",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Monash Health}} as [[Nurse Unit Manager]] for [[renal]]. Thanks to {{PERSON:Belinda Ashworth}} for the reference.",
    ),
    (
        "reddit",
        "AHPRA question: my colleague posted a photo of a whiteboard at {{FACILITY:Gold Coast University Hospital}} with {{PERSON:SMITH, T}} and {{PERSON:WILLIAMS, K}} legible. Do I report?",
    ),
    (
        "x",
        "{{PERSON:Bishop}} from [[palliative]] care sang to Mr {{PERSON:O'Connell}} on {{DATE:1/12}} and honestly I cried in the [[sluice]]",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Kia ora, can anyone recommend a [[physio]] near {{LOCATION:Ōtāhuhu}}? My koro ({{AGE:90}}) just came home from {{FACILITY:Middlemore}} after a [[fractured]] NOF.",
    ),
    (
        "reddit",
        "NZ nurse. A patient's NHI {{ID:ZAC5361}} was posted in a community FB group by a relative asking for prayers. How do I approach this kindly?",
    ),
    (
        "whatsapp",
        "{{PERSON:Aroha}} is in room {{ROOM:14}} at {{FACILITY:Waikato}}, post [[cholecystectomy]]. Whānau can call {{PHONE:021 555 0198}}.",
    ),
    (
        "tiktok",
        "southern hospitality: {{PERSON:Mere}} at {{FACILITY:Dunedin Hospital}} made me a cuppa at 3am during my [[labour]] 😭 #nzmidwife",
    ),
    (
        "x",
        "shoutout to the [[district nurses]] in {{LOCATION:Porirua}}. {{PERSON:Tama}} and {{PERSON:Wiremu}} you're the best",
    ),
    (
        "linkedin",
        "Grateful for my years at {{FACILITY:Christchurch Hospital}}. Starting with [[Te Whatu Ora]] [[public health]] on {{DATE:2027-01-11}}.",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Ontario RN. A family member posted Dad's OHIP card, {{HEALTH_PLAN:4532-281-947-AB}}, asking why {{FACILITY:Sunnybrook}} billed them. I'm not his nurse but I saw it on my feed.",
    ),
    (
        "x",
        "{{PERSON:Faith}} in [[NICU]] at {{FACILITY:BC Children's}} is the reason my son is alive. {{DATE:Oct 3rd}} will always be our day 💙",
    ),
    (
        "facebook",
        "Prayers please for my uncle {{PERSON:Gurdeep}} at {{FACILITY:Brampton Civic}}, [[intubated]] since {{DATE:Nov. 30}}. Call me at {{PHONE:(905) 555-0147}} if you want to visit.",
    ),
    (
        "whatsapp",
        "Handover: {{PERSON:TREMBLAY, M}} rm {{ROOM:304}} MRN {{MRN:CHUM-7781204}}, [[NPO]] after midnight for [[ERCP]].",
    ),
    (
        "tiktok",
        "POV you're a PSW in {{LOCATION:Scarborough}} and Mrs {{PERSON:Lily}} ({{AGE:99}}) asks you to [[paint]] her nails for the 4th time today 💅 #psw",
    ),
    (
        "linkedin",
        "Proud to present our [[sepsis]] bundle results at {{FACILITY:The Ottawa Hospital}}. Special thanks to {{PERSON:Marc-André Gagnon}} and {{PERSON:Priya Venkataraman}}.",
    ),
    (
        "reddit",
        "Quebec nurse: someone shared a RAMQ card {{HEALTH_PLAN:TREM 5503 1234}} in the unit group chat to 'help with registration'. That's a no, right? [[Confidentiality]] training needed.",
    ),
    # ---------------------------------------------------------------- India
    (
        "x",
        "Sister {{PERSON:Mercy}} at {{FACILITY:AIIMS}} ward {{ROOM:22}} handled my mother's [[dialysis]] so gently. Mother is {{AGE:91}} and scared of needles 🙏",
    ),
    (
        "whatsapp",
        "Dear all, patient {{PERSON:Lakshmi Narayanan}} UHID {{MRN:KMC/2023/118842}} to be shifted to [[CCU]]. Attender number {{PHONE:+91 98450 12345}}.",
    ),
    (
        "facebook",
        "Blood needed urgently!! B+ve for {{PERSON:Ramesh Kumar}} at {{FACILITY:Apollo Hospitals}}, {{LOCATION:Jubilee Hills}}. Contact {{PHONE:98765 43210}}. Aadhaar {{ID:4567 8901 2345}} for registration.",
    ),
    (
        "reddit",
        "Resident in {{LOCATION:Pune}}. HOD posted a case photo on Insta with the patient's name {{PERSON:Sunita}} on the [[IV]] label. Is [[NMC]] going to do anything?",
    ),
    (
        "linkedin",
        "Completed my [[fellowship]] in [[interventional cardiology]] at {{FACILITY:Narayana Health}}. Grateful to Dr. {{PERSON:Devi Shetty}} and the cath lab team.",
    ),
    (
        "tiktok",
        "night duty in {{LOCATION:Kozhikode}} 🌙 chechi {{PERSON:Anju}} brought [[chai]] for the whole [[casualty]] #nurselife #kerala",
    ),
    (
        "x",
        "Patient {{PERSON:Pooja}} from bed {{ROOM:9}} got discharged after 60 days of [[TB]] treatment. Best feeling ever. #TBfree",
    ),
    (
        "whatsapp",
        "IP no {{MRN:IP/24/55012}} {{PERSON:Mr. Joseph Mathew}} for [[CABG]] on {{DATE:12-12-2026}}. Consent pending.",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "x",
        "At {{FACILITY:LUTH}} since 6am. My patient {{PERSON:Blessing}} finally had her [[C-section]] 🙌 baby boy, 3.2kg. #NigerianDoctors",
    ),
    (
        "facebook",
        "Please help!! My brother {{PERSON:Chinedu Okafor}} was admitted to {{FACILITY:UNTH}} {{LOCATION:Enugu}} with [[sickle cell crisis]]. Hospital no {{MRN:UNTH/22/08813}}. Call {{PHONE:0803 123 4567}}.",
    ),
    (
        "whatsapp",
        "House officers: Mrs {{PERSON:Adebayo}}, folder no {{MRN:LASUTH/19/3312}}, for [[transfusion]] today. She lives in {{LOCATION:Ikeja}}.",
    ),
    (
        "reddit",
        "Nigerian doc in the UK now. Back home a consultant at {{FACILITY:UCH Ibadan}} used to post ward rounds on Facebook with faces unblurred. Culture shift here is [[real]].",
    ),
    (
        "tiktok",
        "Nurse {{PERSON:Precious}} in {{LOCATION:Idi-Araba}} doing [[wound dressing]] while singing Yoruba hymns 🎶 #naijanurse",
    ),
    (
        "linkedin",
        "Excited to lead the new [[oncology]] day unit at {{FACILITY:Lagos Island General Hospital}}. Thank you {{PERSON:Prof. Oluwaseun Adeyinka}}.",
    ),
    (
        "x",
        "{{PERSON:Godwin}} from {{LOCATION:Surulere}}, 19, died waiting for [[dialysis]] on {{DATE:25/11}}. We must do better.",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "reddit",
        "ZA nurse. A doctor at {{FACILITY:Chris Hani Baragwanath}} posted a patient's ID number {{ID:8001015009087}} on a WhatsApp status. Reported to [[HPCSA]]?",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:Groote Schuur}} for saving my dad {{PERSON:Sipho}}'s life after his [[MI]]. We're in {{LOCATION:Khayelitsha}}, and Sister {{PERSON:Thandi}} was an angel.",
    ),
    (
        "whatsapp",
        "{{PERSON:Lindiwe}} please phone {{PERSON:Mr Botha}}'s wife {{PHONE:082 555 1234}}, he's post [[TURP]], ward {{ROOM:B4}}.",
    ),
    (
        "tiktok",
        "sister {{PERSON:Precious}} in {{LOCATION:Soweto}} clinic queue management 😂🔥 #[[PHC]] #SAnurses",
    ),
    (
        "x",
        "Huge shoutout to {{PERSON:Charity}} at {{FACILITY:Tygerberg}} [[NICU]]. Our twins are home in {{LOCATION:Bellville}} 💕",
    ),
    (
        "linkedin",
        "Proud to complete my [[Master's]] in [[nursing education]] at {{FACILITY:Wits}}. Thank you {{PERSON:Dr. Nomvula Dlamini}}.",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "SG nurse here. Patient's NRIC {{ID:S8812345D}} appeared in a Telegram group of [[locum]] doctors. How is this even legal?",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:KK Hospital}} for caring for my mum after [[delivery]] complications. Special thanks to Sister {{PERSON:Mei Ling}} ❤️",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:TAN, W}} bed {{ROOM:23}} ward {{ROOM:6A}} {{FACILITY:SGH}}, [[fluid restriction]] 1L. Daughter hp {{PHONE:+65 9123 4567}}.",
    ),
    (
        "x",
        "Ah Ma {{PERSON:Siew Lan}} turned {{AGE:100}} at {{FACILITY:Tan Tock Seng}} today 🎂 the whole [[geriatric]] ward sang",
    ),
    (
        "tiktok",
        "nurse life in {{LOCATION:Jurong}} 😅 uncle {{PERSON:Lim}} keeps asking when his [[catheter]] comes out #sgnurse",
    ),
    (
        "linkedin",
        "Joining {{FACILITY:NUH}} as Senior [[Staff Nurse]] in [[haematology]]. Grateful to {{PERSON:Siti Nurhaliza Binte Ahmad}} for the mentorship.",
    ),
    # ---------------------------------------------------------------- US
    (
        "reddit",
        "ER nurse in {{LOCATION:Tulsa}}. Pt's girlfriend posted his MRN {{MRN:MRN-00482291}} and room {{ROOM:18}} on Facebook asking people to 'come visit'. [[Security]] had a night.",
    ),
    (
        "x",
        "{{PERSON:Autumn}} from [[L&D]] at {{FACILITY:Mercy St. Louis}} stayed past shift to coach me through a 30 hr [[labor]]. {{DATE:Sept 9th}}, forever grateful.",
    ),
    (
        "facebook",
        "Prayers for {{PERSON:Destiny}} at {{FACILITY:Children's Mercy}} in {{LOCATION:Kansas City}}. [[Chemo]] round 3 starts {{DATE:12/9}}. #{{PERSON:destiny}}strong",
    ),
    (
        "whatsapp",
        "Team: {{PERSON:Mr. Brooks}} DOB {{DATE:1931}} ({{AGE:95}}) in rm {{ROOM:412}}, [[DNR]] confirmed. Daughter {{PHONE:(314) 555-0199}}.",
    ),
    (
        "tiktok",
        "Grandpa {{PERSON:Frank}} turned {{AGE:98}} on our unit and asked for a [[Budweiser]] 😂 #geriatricnurse",
    ),
    (
        "linkedin",
        "Honored to receive the DAISY award at {{FACILITY:Cleveland Clinic}}. Nominated by the family of {{PERSON:Ms. Hope Carter}}. [[Grateful]].",
    ),
    (
        "reddit",
        "Travel nurse. Charge nurse at {{FACILITY:Ochsner}} posted a pic of the census board with {{PERSON:JOHNSON, R}} and {{PERSON:DAVIS, L}} visible. Do I say something or let [[risk management]] handle it?",
    ),
    # ---------------------------------------------------------------- ordinary words as names / hashtags
    (
        "x",
        "#{{PERSON:rose}}walks again!! 6 weeks after her [[spinal]] surgery. Thank you {{FACILITY:Stoke Mandeville}} 💐",
    ),
    (
        "facebook",
        "{{PERSON:Grace}}'s first day without [[oxygen]] 🥹 thank you Nurse {{PERSON:Patience}} on the children's ward at {{FACILITY:Sheffield Children's}}.",
    ),
    (
        "tiktok",
        "me and {{PERSON:Sky}} from bed {{ROOM:2}} doing the [[incentive spirometer]] challenge 🌬️ #respnurse",
    ),
    (
        "x",
        "{{PERSON:Will}}'s mum asked me not to post but he's {{AGE:103}} and still doing his own [[insulin]], so here's a cake emoji 🎂",
    ),
    (
        "whatsapp",
        "{{PERSON:Dawn}} can you check on {{PERSON:Mr. Baker}} in side room {{ROOM:3}}? His [[sats]] dropped to 88 overnight.",
    ),
    (
        "reddit",
        "My pt {{PERSON:ivy}} (not her real name obviously… wait it is, I'm editing this) had her [[port]] removed today and I [[cried]].",
    ),
    (
        "tiktok",
        "#team{{PERSON:jack}} 💪 day 30 of [[rehab]] after the crash, from bed {{ROOM:5}} to walking the corridor",
    ),
    (
        "facebook",
        "Love to {{PERSON:Holly}}, {{PERSON:Robin}} and {{PERSON:Daisy}} from [[maternity]] at {{FACILITY:Royal Cornwall}} 💐 you made our {{PERSON:Noel}}'s arrival magical.",
    ),
    (
        "x",
        "shoutout to {{PERSON:Frank}}, {{PERSON:Mark}} and {{PERSON:Pat}} the porters at {{FACILITY:Addenbrooke's}} who are [[honestly]] the glue of the hospital",
    ),
    (
        "whatsapp",
        "Hey {{PERSON:Sunny}}, pt {{PERSON:Sandy}} in bay {{ROOM:6}} wants her [[Ensure]] chocolate not vanilla lol",
    ),
    (
        "reddit",
        "My girl {{PERSON:Summer}} was born at 24 weeks and spent all of [[summer]] in the [[NICU]]. {{DATE:July 4th}} we went home.",
    ),
    (
        "tiktok",
        "when {{PERSON:Angel}} from bed {{ROOM:11}} tells you you're her favourite [[nurse]] 🥺 #{{PERSON:angel}}warrior #pedsonc",
    ),
    (
        "facebook",
        "Update on {{PERSON:Hope}}: [[MRI]] clear!!! 🎉 Thank you for every prayer. #{{PERSON:Hope}}Fights #[[hope]]",
    ),
    (
        "x",
        "{{PERSON:Bill}} ({{AGE:92}}) told me the [[bill]] for his [[hip]] in 1964 was 3 shillings. NHS at its best.",
    ),
    # ---------------------------------------------------------------- records and numbers
    (
        "whatsapp",
        "Pls chase bloods for {{MRN:RJ1-77845K}} and {{MRN:RJ1-77912L}} before ward round. Both [[neutropenic]].",
    ),
    (
        "reddit",
        "Locum in {{LOCATION:Cork}}. The GP letter had MRN {{MRN:MRN/CUH/4471902}} and a DOB of {{DATE:03.04.1958}}. Someone photographed it for a 'funny handwriting' post. [[Funny]] for who?",
    ),
    ("x", "Pt born {{DATE:1929}} told me the secret to long life is [[gin]]. I'm not arguing."),
    (
        "facebook",
        "Mum turned {{AGE:96}} on {{DATE:the 2nd}} at {{FACILITY:Ballarat Base Hospital}}. [[Cake]] for the whole ward 🎂",
    ),
    (
        "linkedin",
        "Our audit covered admissions from {{DATE:1 Jan}} to {{DATE:30 Jun 2026}} across [[geriatrics]] and [[stroke]] units. Results to follow.",
    ),
    (
        "whatsapp",
        "URN {{MRN:0098-4412-7}} needs a [[bladder scan]]. Call {{PHONE:+44 20 7946 0958}} if no answer on the ward.",
    ),
    (
        "reddit",
        "Canadian RN. A pt's BC PHN {{HEALTH_PLAN:9876 543 210}} was in a screenshot in our union group. [[Privacy]] officer says report it.",
    ),
    (
        "x",
        "Phone number {{PHONE:+27 21 555 0123}} was on the poster outside the [[clinic]] with the nurse's name {{PERSON:Zanele}}. Bad idea, team.",
    ),
    (
        "whatsapp",
        "Dr on call {{PHONE:+234 809 555 0101}} for {{PERSON:Emeka}} in [[HDU]] bed {{ROOM:3}}.",
    ),
    (
        "facebook",
        "My grandad was born {{DATE:14th May 1927}} and has just been discharged from {{FACILITY:Wexford General}}. Tough old [[boot]].",
    ),
    (
        "reddit",
        "Aus midwife. Baby's [[Apgar]] and Medicare {{ID:3951 33304 1}} were on the photo the dad posted. Is this common?",
    ),
    (
        "x",
        "Admitted {{DATE:2026-11-29}}, discharged {{DATE:2026-12-03}}. {{PERSON:Kemi}} on [[ward 5]] is a saint.",
    ),
    (
        "whatsapp",
        "{{PERSON:Ms. Ong}} hp {{PHONE:8123 4567}}, appt {{DATE:9 Dec}} for [[colonoscopy]] at {{FACILITY:Changi General}}.",
    ),
    (
        "tiktok",
        "storytime: patient in {{LOCATION:Leith}} tried to pay me in [[Tunnock's]] teacakes 🤣 #scottishnurse",
    ),
    (
        "linkedin",
        "[[Proud]] to present at {{FACILITY:Red Cross War Memorial Children's Hospital}} grand rounds with {{PERSON:Dr. Lerato Mokoena}} on [[TB meningitis]].",
    ),
    (
        "reddit",
        "Indian [[intern]]. Someone posted a prescription on Instagram with {{PERSON:Mrs. Kavitha Rao}}, age {{AGE:93}}, and Reg No {{LICENSE:KMC 45521}} of the doctor.",
    ),
    (
        "facebook",
        "Dear friends, {{PERSON:Olu}} is at {{FACILITY:Reddington Hospital}} in {{LOCATION:Victoria Island}}, [[stable]] now. Please call {{PHONE:+234 803 555 7788}} before visiting.",
    ),
    (
        "x",
        "sending love to {{PERSON:Amber}} in [[A&E]] at {{FACILITY:Musgrove Park}} who found my dad's hearing aid in a [[bin]] 😂",
    ),
    (
        "tiktok",
        "when the {{AGE:101}} yr old in bay {{ROOM:2}} outlives your [[phone battery]] 😂 #carehome",
    ),
    (
        "whatsapp",
        "{{PERSON:Mr O'Brien}} PPS {{ID:7654321WA}}, [[CT]] at 14:00. Son {{PHONE:+353 86 555 1234}}.",
    ),
    (
        "reddit",
        "Is it ok to post this? 'Shoutout to {{PERSON:Marigold}}, the {{AGE:95}} yr old on our ward who does the crossword faster than the [[registrar]].'",
    ),
    (
        "facebook",
        "Baby {{PERSON:Willow}} born {{DATE:Dec 1st}} at {{FACILITY:Rotunda}}, 2.9kg, [[jaundice]] but doing great 💕",
    ),
    (
        "x",
        "If you see {{PERSON:Wayne}} from [[radiology]] at {{FACILITY:Auckland City Hospital}} tell him he left his lunch in the [[CT]] room lol",
    ),
    (
        "whatsapp",
        "Patient {{PERSON:Kwame Mensah}} [[post-op]] day 2, bed {{ROOM:18}}, for [[drain]] removal. Hospital no {{MRN:KATH-2026-00318}}.",
    ),
    (
        "linkedin",
        "Thrilled to share our paper on [[antimicrobial stewardship]] in {{LOCATION:Kano}} with {{PERSON:Dr. Aisha Bello}} and {{PERSON:Dr. Musa Ibrahim}}.",
    ),
    (
        "tiktok",
        "Nana {{PERSON:Akosua}} ({{AGE:104}}) dancing after her [[cataract]] op 😭💃 #ghanaiannurse",
    ),
    (
        "reddit",
        "We had a pt named {{PERSON:Precious Love}} and she was, in fact, [[precious]]. Discharged to {{LOCATION:Mitchells Plain}} today.",
    ),
    (
        "facebook",
        "Shoutout to Nurse {{PERSON:Joy}} at {{FACILITY:Royal Darwin}} for bringing [[joy]] to my mum's last days.",
    ),
    (
        "x",
        "to the lady at {{FACILITY:Auckland Hospital}} [[ED]] who gave my son her [[charger]]: thank you. He is 6-ish ok actually he's 6. He's fine.",
    ),
    (
        "whatsapp",
        "{{PERSON:MOYO, T}} and {{PERSON:NDLOVU, B}} both for [[theatre]] {{DATE:Thurs 10th}}. Check [[consent]] forms. Ward {{ROOM:C2}}, {{FACILITY:Charlotte Maxeke}}.",
    ),
    (
        "x",
        "{{PERSON:Hope}} from bed {{ROOM:9}} made me a card that says 'best [[nurse]] ever' and now I'm crying in the [[treatment room]]",
    ),
    (
        "reddit",
        "NZ GP. Patient {{PERSON:Rangi Parata}} of {{ADDRESS:22 Tui Street}}, {{LOCATION:Rotorua}} turned up on a TikTok 'worst waiting room' video. [[Privacy Act]] breach?",
    ),
    (
        "facebook",
        "Happy {{AGE:100}}th birthday to Nanna {{PERSON:Ivy}} at {{FACILITY:Calvary Bruce}}! 🎂 Still no [[glasses]].",
    ),
    # ---------------------------------------------------------------- no identifiers (keep words)
    (
        "reddit",
        "Genuine question: is it ever ok to post a [[sepsis]] [[case study]] on LinkedIn if you change the [[age]], [[sex]] and [[timeline]]? Our [[trust]] policy is vague.",
    ),
    ("x", "[[Summer]] rotas are out and I have [[nights]] every weekend in August. [[Joy]]. #nhs"),
    (
        "tiktok",
        "things I wish I knew as a newly qualified nurse: 1. [[hope]] is not a plan 2. always check the [[drug chart]] 3. eat something #nqn",
    ),
    (
        "linkedin",
        "Five lessons from 20 years in [[palliative care]]: [[listen]] more, [[document]] everything, [[rest]], ask for help, and never post a patient story without [[consent]].",
    ),
    (
        "facebook",
        "Reminder from the [[infection control]] team: [[flu]] jabs available in the staff room all week. Bring your badge.",
    ),
    (
        "whatsapp",
        "Anyone got a spare [[tourniquet]]? Ours went walkabout again. Also the [[rose]] bush outside [[outpatients]] is dead, RIP.",
    ),
    (
        "reddit",
        "UK [[paramedic]]. We did a [[Bill]] of rights style charter for [[social media]] at our station and it [[actually]] worked.",
    ),
    ("x", "The [[Grace]] period for [[revalidation]] is not a thing, friends. Submit on time."),
    ("tiktok", "rating hospital [[canteen]] food across [[Scotland]] 🍲 ⭐⭐⭐ #foodreview"),
    (
        "facebook",
        "Our [[Faith]] and [[spirituality]] room is open 24/7 for patients, families and staff.",
    ),
    (
        "linkedin",
        "Delighted to announce the launch of our [[Summer]] School in [[Clinical Leadership]]. Applications open now.",
    ),
    (
        "reddit",
        "Nursing student in [[Canada]]: is [[Bishop]] score still taught in [[obstetrics]]? My preceptor laughed at me.",
    ),
    ("x", "hot take: [[Parkinson]] clinics should be open on weekends"),
    (
        "whatsapp",
        "Pls remember [[handover]] starts 7:30 sharp, bring your [[bleep]]. [[Sunny]] day so [[hydrate]]!",
    ),
    ("tiktok", "[[Hope]] you all had a good [[shift]] 💙 #nightshift"),
    (
        "facebook",
        "Our [[Mark]] of excellence for [[dementia]] care came through. Well done everyone!",
    ),
    (
        "reddit",
        "Does anyone else's [[trust]] ban phones on the ward? Ours says [[Will]] be enforced from January.",
    ),
    (
        "linkedin",
        "Thanks for a great [[Grand Rounds]] on [[Guillain-Barré]] and [[Cushing]] today.",
    ),
    ("x", "[[Crohn's]] awareness week. [[Hope]] and [[patience]] and good [[IBD]] nurses."),
    ("whatsapp", "[[Dawn]] chorus at 5am on the [[geriatric]] ward is real lol"),
    (
        "reddit",
        "Australian [[RN]]. [[Medicare]] rebates for [[telehealth]] changed again, any [[GP]] practice nurses know the new item numbers?",
    ),
    ("tiktok", "[[Angel]] wings for all the [[HCAs]] on my ward 👼 #hca"),
    ("facebook", "[[Christmas]] jumper day on the [[oncology]] unit raised £430!"),
    ("x", "Why does every [[SHO]] rota start on a [[Wednesday]]? #juniordoctors"),
    ("linkedin", "Key takeaway from the [[Hashimoto]] symposium: [[TSH]] alone isn't enough."),
]
