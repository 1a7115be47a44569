# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set B (fictional), written 2026-12-05 BEFORE any code change for
issue 19, together with set A. This is the UNTOUCHED set: it is scored once, at the end of the
work, and nothing is fixed after that run. Do not tune against it and do not edit a post.

Same styles, settings and markup as ``intl_a_posts.py``, with different people, places and
number formats: {{TYPE:span}} marks an identifier, [[term]] a word that must survive.
"""

INTL_B: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- UK
    (
        "reddit",
        "Staff nurse on a surgical ward in {{LOCATION:Salford}}. A relative filmed the bay and the board behind showed {{PERSON:EVANS, P}} and {{PERSON:O'NEILL, M}}. It's now on TikTok with 40k views. [[Escalate]] to who?",
    ),
    (
        "x",
        "massive thank you to {{PERSON:patience}} on ward {{ROOM:32}} at {{FACILITY:Pinderfields}} for sitting with my grandad ({{AGE:95}}) during his last night 💙",
    ),
    (
        "facebook",
        "Our little {{PERSON:Poppy}} is out of [[theatre]]!! {{FACILITY:Birmingham Children's}} were amazing. #{{PERSON:poppy}}power",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs Chowdhury}} NHS {{ID:401 023 2137}} for [[bloods]] at 8, lives at {{ADDRESS:7 Alma Terrace}}, {{LOCATION:Bradford}} {{ADDRESS:BD7 1AA}}. Husband {{PHONE:07911 123456}}.",
    ),
    (
        "linkedin",
        "Excited to start as Advanced [[Clinical Practitioner]] at {{FACILITY:Queen Elizabeth Hospital King's Lynn}}. Thank you {{PERSON:Jade Ellison}} for the push.",
    ),
    (
        "tiktok",
        "when the {{AGE:97}} year old in bay {{ROOM:4}} beats you at [[dominoes]] again 😭 #nhsnurse",
    ),
    (
        "reddit",
        "GP receptionist. Someone posted their hospital letter with {{MRN:RWA/0078123}} on it to a local Facebook moan page about waiting times. [[Patient]] info everywhere.",
    ),
    (
        "x",
        "{{PERSON:Dot}} from [[housekeeping]] at {{FACILITY:Frimley Park}} remembers every patient's tea order. Legend.",
    ),
    (
        "facebook",
        "Sad news, {{PERSON:Iris}} passed away {{DATE:28.11.}} at {{FACILITY:St Catherine's Hospice}}, aged {{AGE:99}}. She [[loved]] her garden.",
    ),
    (
        "whatsapp",
        "Can someone swap my {{DATE:24/12}} [[long day]]? {{PERSON:Kerry}} is off sick. Text {{PHONE:07456 789012}}.",
    ),
    (
        "reddit",
        "Student midwife in {{LOCATION:Wolverhampton}}. Mentor posted a [[CTG]] trace on Insta with {{PERSON:Mrs. Begum}}'s name on the printout. Told her, she laughed.",
    ),
    (
        "tiktok",
        "{{PERSON:crystal}} from bed {{ROOM:6}} teaching me [[TikTok]] dances at 3am 💃 #nightshiftnurse",
    ),
    (
        "linkedin",
        "Our [[delirium]] project won at the {{FACILITY:Royal Free}} quality awards. Thank you {{PERSON:Sophie Marchetti}} and {{PERSON:Dr. Kwabena Asante}}.",
    ),
    (
        "x",
        "my son {{PERSON:rowan}} was born {{DATE:4/12}} at {{FACILITY:Jessop Wing}} and the [[midwives]] were amazing 🥹",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "whatsapp",
        "CHI {{ID:0707754321}} {{PERSON:Mr Fraser}} for [[TTO]]s. Daughter {{PHONE:07700 900987}}. He's in bay {{ROOM:2}}, {{FACILITY:Raigmore}}.",
    ),
    (
        "facebook",
        "Massive thanks to {{FACILITY:Royal Hospital for Children}} for sorting wee {{PERSON:Isla}}'s [[appendix]]. Back home in {{LOCATION:Drumchapel}} ❤️",
    ),
    (
        "reddit",
        "Scottish HCSW. A colleague at {{FACILITY:Forth Valley Royal}} posted a selfie with a pt's [[whiteboard]] behind showing {{PERSON:MACLEOD, A}}. Report to [[SSSC]]?",
    ),
    (
        "x",
        "{{PERSON:Ewan}} in [[CCU]] at {{FACILITY:Aberdeen Royal}} was the calmest person in the room during my dad's [[arrest]]. Thank you.",
    ),
    ("tiktok", "community nursing in {{LOCATION:Possilpark}} be like 🚗💨 #[[districtnurse]]"),
    (
        "linkedin",
        "[[Proud]] to present our [[COPD]] virtual ward at [[NHS Lothian]]. With {{PERSON:Fiona Rennie}} and {{PERSON:Gregor Paterson}}.",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Irish HCA. [[Mammy]] is fine, but a nurse at {{FACILITY:Beaumont}} put a photo of the ward with patient {{PERSON:Seán Ó Briain}} in the bed on her story. [[HIQA]]?",
    ),
    (
        "whatsapp",
        "{{PERSON:Clodagh}} pls ring {{PERSON:Mrs Kavanagh}}'s son {{PHONE:085 765 4321}} re [[discharge]] to {{LOCATION:Clondalkin}}.",
    ),
    (
        "facebook",
        "My dad ({{AGE:93}}) was in {{FACILITY:Galway University Hospital}} from {{DATE:2 Nov}} to {{DATE:19 Nov}}. [[Physio]] team were class.",
    ),
    ("x", "{{PERSON:Brigid}} the [[tea lady]] in {{FACILITY:Temple Street}} deserves a medal"),
    (
        "tiktok",
        "POV: {{PERSON:Fionn}} age 7 explaining his [[cast]] to the whole ward 😂 #irishnurse #peds",
    ),
    (
        "linkedin",
        "Pleased to share our paper on [[hospital at home]] in {{LOCATION:Limerick}} with {{PERSON:Dr. Orla Fitzgerald}}.",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "Aussie EN. A pt's partner posted his Medicare card {{ID:4123 56789 2}} in a Facebook group asking if {{FACILITY:Liverpool Hospital}} bulk bills. [[Yikes]].",
    ),
    (
        "x",
        "big ups {{PERSON:Crystal}} and {{PERSON:Brooke}} in [[ICU]] at {{FACILITY:Flinders Medical Centre}}. {{DATE:Nov 12th}} will never be forgotten.",
    ),
    (
        "facebook",
        "Our {{PERSON:Harmony}} had her [[tonsils]] out at {{FACILITY:Sydney Children's}} on {{DATE:30.11.2026}}. Home in {{LOCATION:Randwick}} now 🍦",
    ),
    (
        "whatsapp",
        "{{PERSON:Mr Papadopoulos}} MRN {{MRN:A1234567B}} [[nil by mouth]] for [[angio]]. Wife {{PHONE:0423 987 654}}.",
    ),
    (
        "tiktok",
        "rural nurse life in {{LOCATION:Broken Hill}} 🐍 uncle {{PERSON:jimmy}} brought us a [[snake]] in a bucket #ruralnurse",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Alfred Health}} as a [[Clinical Nurse Consultant]] in [[burns]]. Thank you {{PERSON:Kylie Thornbury}}.",
    ),
    (
        "reddit",
        "AU nurse. Rostering app showed {{PERSON:NGUYEN, H}} in [[ED]] cubicle {{ROOM:14}} to every staff member. Is that a [[privacy]] breach?",
    ),
    (
        "x",
        "{{PERSON:Storm}} from {{LOCATION:Frankston}} turned 16 on our [[oncology]] ward today. We made a cake out of [[gauze]].",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Kia ora whānau, {{PERSON:Hemi}} is in {{FACILITY:Wellington Hospital}} after a [[stroke]]. He's {{AGE:91}}. Calls to {{PHONE:027 555 0134}}.",
    ),
    (
        "reddit",
        "NZ RN. NHI {{ID:ABC1235}} was visible in a [[wound]] photo on a nurse's public Insta. Report to [[NCNZ]]?",
    ),
    (
        "whatsapp",
        "{{PERSON:Ngaio}} is in ward {{ROOM:7}} at {{FACILITY:Tauranga Hospital}}, [[post-partum haemorrhage]], stable.",
    ),
    ("tiktok", "Koro {{PERSON:Tipene}} teaching us haka in [[rehab]] 💪 #nznurse"),
    (
        "x",
        "to the [[paramedics]] in {{LOCATION:Papakura}} who got my daughter {{PERSON:Manaia}} to {{FACILITY:Starship}} in 14 mins: thank you",
    ),
    (
        "linkedin",
        "[[Honoured]] to be named Nurse Practitioner of the year at {{FACILITY:Health New Zealand Canterbury}}.",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Alberta RN. Someone posted a screenshot with an AHCIP number {{HEALTH_PLAN:12345-6789}} and their kid's [[diagnosis]]. In the parent group. Sigh.",
    ),
    (
        "x",
        "{{PERSON:Journey}} in [[PICU]] at {{FACILITY:SickKids}} is 3 today 🎈 #{{PERSON:journey}}strong",
    ),
    (
        "facebook",
        "Please pray for my grandmother {{PERSON:Marguerite}}, {{AGE:98}}, at {{FACILITY:Hôpital Maisonneuve-Rosemont}}. [[Pneumonia]] again. Call {{PHONE:514-555-0182}}.",
    ),
    (
        "whatsapp",
        "Report: {{PERSON:GAGNON, L}} rm {{ROOM:517}} chart {{MRN:V00-448-219}} [[falls risk]], bed alarm on.",
    ),
    (
        "tiktok",
        "PSW in {{LOCATION:Mississauga}} and Mr {{PERSON:Chandler}} ({{AGE:94}}) asks me to [[dance]] every shift 🕺 #psw",
    ),
    (
        "linkedin",
        "Excited to share our [[Indigenous health]] partnership at {{FACILITY:Thunder Bay Regional}}. Miigwech to Elder {{PERSON:Rose Keeshig}}.",
    ),
    (
        "reddit",
        "Manitoba nurse. Health card {{HEALTH_PLAN:118 224 335}} in a group chat 'so the clinic can book him'. No. Use the [[portal]].",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Patient {{PERSON:Shanthi Murugan}} CR No {{MRN:CMC/2026/447812}} for [[MRI]] tomorrow 7am. Attender {{PHONE:+91 94433 22110}}.",
    ),
    (
        "x",
        "Sister {{PERSON:Grace}} in [[labour room]] at {{FACILITY:KEM Hospital}} held my wife's hand for 9 hours. God bless.",
    ),
    (
        "facebook",
        "URGENT O-ve blood needed for Baby of {{PERSON:Anitha}} at {{FACILITY:Rainbow Children's Hospital}}, {{LOCATION:Banjara Hills}}. Call {{PHONE:90000 12345}}. [[Platelets]] also.",
    ),
    (
        "reddit",
        "PG resident in {{LOCATION:Lucknow}}. A senior posted a case reel showing {{PERSON:Ram Prasad}}'s face and [[hernia]]. Ethics committee says 'informal'.",
    ),
    (
        "linkedin",
        "Delighted to complete my [[DNB]] in [[anaesthesiology]] at {{FACILITY:Manipal Hospital}}. Thanks Dr. {{PERSON:Suresh Iyer}}.",
    ),
    (
        "tiktok",
        "night shift in {{LOCATION:Thrissur}} 🌧️ {{PERSON:Reshma}} chechi and the [[ICU]] biryani #malayali_nurse",
    ),
    (
        "whatsapp",
        "Aadhaar {{ID:9876 5432 1098}} and ration card for {{PERSON:Mr. Venkatesh}} needed for [[PMJAY]] claim. Bed {{ROOM:41}}.",
    ),
    ("x", "{{PERSON:Bhavna}} from bed {{ROOM:12}} beat [[dengue]] 💪 platelets 1.5L today"),
    # ---------------------------------------------------------------- Nigeria
    (
        "x",
        "At {{FACILITY:OAUTHC}} {{LOCATION:Ile-Ife}}. My patient {{PERSON:Favour}} delivered twins by [[CS]] 🙌 both crying loud",
    ),
    (
        "facebook",
        "Help!!! My mum {{PERSON:Mrs. Ngozi Eze}} needs [[dialysis]] at {{FACILITY:NAUTH}} {{LOCATION:Nnewi}}. Card no {{MRN:NAUTH/21/11907}}. Please call {{PHONE:0806 555 9012}}.",
    ),
    (
        "whatsapp",
        "HOs: Alhaji {{PERSON:Sani}} folder {{MRN:ABUTH/18/7720}} for [[bronchoscopy]] tmrw. Family in {{LOCATION:Samaru}}.",
    ),
    (
        "reddit",
        "Nigerian nurse in {{LOCATION:Manchester}} now. At {{FACILITY:UITH}} we used to write pt names on the [[drip]] bags in marker, everyone could see them.",
    ),
    (
        "tiktok",
        "Nurse {{PERSON:Mercy}} in {{LOCATION:Yaba}} doing [[vitals]] with a torch when NEPA took light 🔦😂 #naijanurse",
    ),
    (
        "linkedin",
        "Grateful to lead [[malaria]] research at {{FACILITY:Federal Medical Centre Abeokuta}} with {{PERSON:Dr. Temitope Ogunleye}}.",
    ),
    (
        "x",
        "{{PERSON:Gift}} from {{LOCATION:Ajegunle}} was 22 and died of [[eclampsia]] on {{DATE:29.11.}}. Maternal health is a crisis.",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "reddit",
        "SA doc. A nurse at {{FACILITY:Helen Joseph}} posted a pt's ID {{ID:7503145038086}} on her Facebook asking if anyone knows the family. [[POPIA]] breach surely?",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:Steve Biko Academic}} for my mom {{PERSON:Nomsa}}'s [[knee replacement]]. We're in {{LOCATION:Mamelodi}} and Sister {{PERSON:Zodwa}} phoned to check on her!",
    ),
    (
        "whatsapp",
        "{{PERSON:Busisiwe}} call {{PERSON:Mr van der Merwe}}'s daughter {{PHONE:083 555 6789}}, he's for [[ICD]] insertion, ward {{ROOM:A2}}.",
    ),
    (
        "tiktok",
        "sister {{PERSON:Lerato}} in {{LOCATION:Alexandra}} clinic doing [[immunisations]] like a pro 💉 #SAnurses",
    ),
    ("x", "shout out to {{PERSON:Lucky}} the porter at {{FACILITY:Livingstone Hospital}}"),
    (
        "linkedin",
        "Completed my [[Diploma]] in [[HIV management]] through {{FACILITY:Stellenbosch University}}. Thanks {{PERSON:Prof. Mark Cotton}}.",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "SG [[MO]]. A pt's FIN {{ID:G1234567X}} was in a screenshot someone posted on HardwareZone asking about [[polyclinic]] fees. Wah.",
    ),
    (
        "facebook",
        "Grateful to {{FACILITY:Changi General Hospital}} for my dad's [[bypass]]. Sister {{PERSON:Rosnah}} was so kind 💐",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:LEE, K}} ward {{ROOM:58}} bed {{ROOM:12}} {{FACILITY:TTSH}}, [[strict I/O]]. Son hp {{PHONE:+65 8765 4321}}.",
    ),
    (
        "x",
        "Ah Gong {{PERSON:Tan Ah Kow}} turned {{AGE:102}} at {{FACILITY:Ren Ci}} today 🎂 [[longevity]] noodles for all",
    ),
    (
        "tiktok",
        "nurse life in {{LOCATION:Tampines}} 😅 auntie {{PERSON:Rahmah}} keeps hiding her [[metformin]] in her handbag #sgnurse",
    ),
    (
        "linkedin",
        "Joining {{FACILITY:Khoo Teck Puat Hospital}} as [[Advanced Practice Nurse]]. Thank you {{PERSON:Nur Aisyah Binte Rahman}}.",
    ),
    # ---------------------------------------------------------------- US
    (
        "reddit",
        "ICU RN in {{LOCATION:Omaha}}. A pt's brother posted his MRN {{MRN:E-4471902}} and room {{ROOM:22}} on a GoFundMe. [[Case management]] is aware.",
    ),
    (
        "x",
        "{{PERSON:Melody}} from [[NICU]] at {{FACILITY:Texas Children's}} sang to my preemie every night. {{DATE:Aug 21st}} forever.",
    ),
    (
        "facebook",
        "Prayers for {{PERSON:Trinity}} at {{FACILITY:St. Jude}} in {{LOCATION:Memphis}}. [[Scans]] on {{DATE:12/15}}. #{{PERSON:trinity}}tough",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs. Alvarez}} b. {{DATE:1930}} rm {{ROOM:208}}, [[comfort care]]. Grandson {{PHONE:(210) 555-0143}}.",
    ),
    (
        "tiktok",
        "{{PERSON:Grandma Bea}} turned {{AGE:100}} on our floor and demanded [[pancakes]] 🥞 #nursesoftiktok",
    ),
    (
        "linkedin",
        "Honored to be named Nurse of the Year at {{FACILITY:Mayo Clinic}}. Nominated by the family of {{PERSON:Mr. Glenn Sorensen}}.",
    ),
    (
        "reddit",
        "Night charge in {{LOCATION:Baton Rouge}}. New grad posted a photo of the [[Pyxis]] screen with {{PERSON:MARTIN, C}} on it. Talk to her or manager?",
    ),
    # ---------------------------------------------------------------- ordinary words as names / hashtags
    ("x", "#{{PERSON:ivy}}climbs day 12 on the [[rehab]] ward 🧗‍♀️ proud of you bub"),
    (
        "facebook",
        "{{PERSON:Faith}}'s [[chemo]] is DONE 🔔 Thank you Nurse {{PERSON:Charity}} and everyone at {{FACILITY:Leicester Royal Infirmary}}.",
    ),
    (
        "tiktok",
        "me and {{PERSON:River}} from bed {{ROOM:8}} racing [[wheelchairs]] 🏁 (safely!!) #peds",
    ),
    (
        "x",
        "{{PERSON:Rich}}'s wife asked me to post that he's {{AGE:96}} and walked 50m with the [[frame]] today. So here we are.",
    ),
    (
        "whatsapp",
        "{{PERSON:Star}} can you check {{PERSON:Mr. Hunter}} in side room {{ROOM:2}}? [[BM]] was 2.8.",
    ),
    (
        "reddit",
        "My pt {{PERSON:cherry}} (the sweetest {{AGE:90}} yo) asked me to put her [[teeth]] in before her daughter visits.",
    ),
    ("tiktok", "#team{{PERSON:max}} day 40 in [[spinal unit]] 💪 from bed {{ROOM:3}} to standing"),
    (
        "facebook",
        "Thank you {{PERSON:Ruby}}, {{PERSON:Pearl}} and {{PERSON:Jasmine}} on [[maternity]] at {{FACILITY:Royal Gwent}} for bringing our {{PERSON:Eve}} into the world.",
    ),
    (
        "x",
        "{{PERSON:Chip}}, {{PERSON:Rusty}} and {{PERSON:Buck}} in [[facilities]] at {{FACILITY:Vanderbilt}}, you're the real heroes",
    ),
    (
        "whatsapp",
        "Hey {{PERSON:Candy}}, pt {{PERSON:Honey}} in bay {{ROOM:1}} wants her [[thickened fluids]] warmer please",
    ),
    (
        "reddit",
        "My son {{PERSON:Rain}} spent all of the [[rain]]y season in [[PICU]]. {{DATE:Jan 3rd}} he came home.",
    ),
    (
        "tiktok",
        "when {{PERSON:Blue}} from bed {{ROOM:10}} says you're his favourite [[nurse]] 🥺 #{{PERSON:blue}}brave #pedsonc",
    ),
    (
        "facebook",
        "Update on {{PERSON:Joy}}: [[biopsy]] benign!!! 🎉 #{{PERSON:joy}}wins #[[blessed]]",
    ),
    ("x", "{{PERSON:Penny}} ({{AGE:94}}) asked how many [[pennies]] her [[tea]] costs now. Bless."),
    # ---------------------------------------------------------------- records and numbers
    (
        "whatsapp",
        "Chase [[cultures]] for {{MRN:QEH-4471-A}} and {{MRN:QEH-4488-C}} pls, both on [[vanc]].",
    ),
    (
        "reddit",
        "Locum in {{LOCATION:Galway}}. Discharge letter had MRN {{MRN:GUH/0043217}} and DOB {{DATE:17.09.1949}}; it ended up in a 'doctors' handwriting' meme. [[Funny]] how?",
    ),
    ("x", "pt born in {{DATE:1927}} said [[whisky]] and walking. Noted."),
    (
        "facebook",
        "Nan turned {{AGE:92}} on {{DATE:the 3rd}} at {{FACILITY:Toowoomba Hospital}}. [[Scones]] for the ward 🧁",
    ),
    (
        "linkedin",
        "Audit period {{DATE:1 Feb}} to {{DATE:31 Aug 2026}} across [[ortho]] and [[trauma]]. Write-up coming.",
    ),
    (
        "whatsapp",
        "UR {{MRN:00-771-0942}} needs [[ECG]] repeat. Ward phone {{PHONE:+61 3 9555 0123}}.",
    ),
    (
        "reddit",
        "Ontario RN. OHIP {{HEALTH_PLAN:1234-567-890-XY}} visible in a [[patient portal]] screenshot on Reddit. Reported.",
    ),
    (
        "x",
        "Number {{PHONE:+27 11 555 0456}} and Sister {{PERSON:Nokuthula}}'s name were on the [[vaccination]] flyer. Please redact next time.",
    ),
    (
        "whatsapp",
        "On-call {{PHONE:+234 708 555 3322}} for {{PERSON:Tunde}} in [[SCBU]] cot {{ROOM:4}}.",
    ),
    (
        "facebook",
        "My gran was born {{DATE:2nd June 1928}} and just left {{FACILITY:Sligo University Hospital}}. [[Stubborn]] as ever.",
    ),
    (
        "reddit",
        "AU nurse. Medicare {{ID:2987 65432 1}} on a [[script]] photo in a mums group. Why.",
    ),
    (
        "x",
        "In {{DATE:2026-11-20}}, out {{DATE:2026-11-27}}. {{PERSON:Femi}} on [[ward 3]] is an angel.",
    ),
    (
        "whatsapp",
        "Mdm. {{PERSON:Goh}} hp {{PHONE:9876 5432}}, appt {{DATE:11 Dec}} for [[OGD]] at {{FACILITY:KTPH}}.",
    ),
    (
        "tiktok",
        "storytime: a patient in {{LOCATION:Portobello}} tried to tip me in [[Irn-Bru]] 🤣 #scottishnurse",
    ),
    (
        "linkedin",
        "[[Proud]] to present at {{FACILITY:Tygerberg Hospital}} with {{PERSON:Dr. Pieter Swanepoel}} on [[drug-resistant TB]].",
    ),
    (
        "reddit",
        "Indian [[resident]]. A Reel showed {{PERSON:Mrs. Sarala Devi}}, {{AGE:96}}, and the doctor's Reg No {{LICENSE:MMC 2011/04/1234}}.",
    ),
    (
        "facebook",
        "Friends, {{PERSON:Bisi}} is at {{FACILITY:Eko Hospital}} in {{LOCATION:Ikeja GRA}}, [[recovering]]. Call {{PHONE:+234 802 555 1199}} first.",
    ),
    (
        "x",
        "love to {{PERSON:Sapphire}} in [[resus]] at {{FACILITY:Northwick Park}} who found my mum's [[dentures]] 😂",
    ),
    (
        "tiktok",
        "when the {{AGE:102}} year old in room {{ROOM:5}} has better [[sats]] than you 😂 #carehome",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs Doyle}} PPS {{ID:2345678FA}}, [[MRI]] 11:30. Daughter {{PHONE:+353 87 555 4321}}.",
    ),
    (
        "reddit",
        "Is this ok? 'Shoutout to {{PERSON:Primrose}}, {{AGE:93}}, who beats the [[physio]] at cards every day.'",
    ),
    (
        "facebook",
        "Baby {{PERSON:Aurora}} born {{DATE:Nov 30th}} at {{FACILITY:Coombe}}, 3.4kg, [[breastfeeding]] like a champ 💕",
    ),
    (
        "x",
        "if you see {{PERSON:Rocky}} from [[pharmacy]] at {{FACILITY:North Shore Hospital}} tell him his [[mug]] is in the staff room",
    ),
    (
        "whatsapp",
        "Patient {{PERSON:Yaw Boateng}} [[post-op]] D3 bed {{ROOM:7}}, for [[staple]] removal. Hosp no {{MRN:KBTH-2026-10455}}.",
    ),
    (
        "linkedin",
        "Thrilled to publish on [[neonatal sepsis]] in {{LOCATION:Maiduguri}} with {{PERSON:Dr. Hauwa Abubakar}} and {{PERSON:Dr. Bala Usman}}.",
    ),
    (
        "tiktok",
        "Gogo {{PERSON:Nozipho}} ({{AGE:101}}) dancing after her [[hernia]] repair 😭💃 #SAnurses",
    ),
    (
        "reddit",
        "We had a patient called {{PERSON:Happy Sunday}} and yes she was [[happy]]. Discharged to {{LOCATION:Umlazi}} today.",
    ),
    (
        "facebook",
        "Shoutout to Nurse {{PERSON:Hope}} at {{FACILITY:Royal Hobart}} for giving us [[hope]] when we had none.",
    ),
    (
        "whatsapp",
        "{{PERSON:NWOSU, C}} and {{PERSON:BELLO, F}} for [[theatre]] {{DATE:Fri 12th}}, check [[consent]]. Ward {{ROOM:D1}}.",
    ),
    (
        "x",
        "{{PERSON:Faith}} from bed {{ROOM:2}} drew me as a superhero with a [[stethoscope]] and I'm not ok",
    ),
    (
        "reddit",
        "NZ nurse. Patient {{PERSON:Mikaere Tawhiri}} of {{ADDRESS:9 Kowhai Crescent}}, {{LOCATION:Whanganui}} filmed in a 'funny ED' reel. [[HDC]] complaint?",
    ),
    (
        "facebook",
        "Happy {{AGE:105}}th to Gran {{PERSON:Elsie}} at {{FACILITY:Hornsby Hospital}} 🎂 still reads without [[glasses]].",
    ),
    (
        "whatsapp",
        "pt {{PERSON:SINGH, R}} to [[cath lab]] {{DATE:14.12}}, {{FACILITY:Hamilton General}}, [[heparin]] held.",
    ),
    # ---------------------------------------------------------------- no identifiers (keep words)
    (
        "reddit",
        "Is it ever ok to share an [[ECG]] on X for teaching if you crop the [[header]]? Asking for my [[department]].",
    ),
    (
        "x",
        "[[Winter]] pressures are here and my [[trust]] has cancelled [[annual leave]]. [[Joy]].",
    ),
    (
        "tiktok",
        "things nobody tells you as a new [[midwife]]: [[Faith]] in your gut, always check the [[placenta]] #newmidwife",
    ),
    (
        "linkedin",
        "Three things [[palliative]] nursing taught me: [[presence]], [[honesty]], and [[patience]].",
    ),
    ("facebook", "Reminder: [[COVID]] and [[flu]] boosters in the staff hub until Friday."),
    (
        "whatsapp",
        "Who moved the [[crash trolley]]?? Also the [[holly]] on the nurses' station is plastic, don't eat it lol",
    ),
    (
        "reddit",
        "UK [[HCA]]. Our [[ward manager]] made a [[charter]] for [[social media]] and it honestly helped.",
    ),
    ("x", "The [[Grace]] and [[Mercy]] of a good [[preceptor]] cannot be overstated."),
    ("tiktok", "rating [[vending machine]] food across [[Ireland]] 🍫 #nightshift"),
    ("facebook", "The [[Hope]] Garden by [[outpatients]] is open again after the storm."),
    ("linkedin", "Applications open for our [[Spring]] Academy in [[Nursing Research]]."),
    (
        "reddit",
        "Student in [[Australia]]: do we still use [[Glasgow]] Coma Scale or [[AVPU]] first?",
    ),
    ("x", "hot take: [[Addison's]] should be taught better in nursing school"),
    (
        "whatsapp",
        "Reminder: [[safety huddle]] 8:15. [[Sunny]] out so [[sunscreen]] for the garden walk!",
    ),
    ("tiktok", "[[Hope]] your [[night shift]] is quiet 🤞 #nurses"),
    (
        "facebook",
        "We got the [[Gold]] [[Standards]] Framework accreditation for [[end of life care]]!",
    ),
    ("reddit", "Does your [[unit]] allow smart watches? Ours says [[Will]] review in spring."),
    ("linkedin", "Great [[journal club]] on [[Kawasaki]] disease and [[Wilson's]] today."),
    ("x", "[[Alzheimer's]] awareness month. [[Patience]] and [[kindness]] always."),
    ("whatsapp", "[[Dusk]] rounds on [[ortho]] are chaos lol"),
    (
        "reddit",
        "Canadian [[RPN]]. The [[College]] changed [[CPD]] requirements again, anyone know the new hours?",
    ),
    ("tiktok", "[[Angel]] of the night = the [[phlebotomist]] who gets it first time 🩸"),
    ("facebook", "[[Easter]] egg hunt on the [[children's ward]] raised R2,300!"),
    ("x", "Why do [[FY1]] rotations always change on a [[Wednesday]]? #juniordoctors"),
    ("linkedin", "Takeaway from the [[Graves']] update: [[TRAb]] matters."),
]
