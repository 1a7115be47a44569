# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set D (fictional), written 2026-12-05 at about 20:00 UTC, BEFORE any
code change for issue 19, by an engineer who did not see the anonymizer code (nothing under
quizzes/anonymize/ was read). This is the UNTOUCHED held-out set: it lives outside the
repository, is scored once by the coordinator at the end of the work, and nothing is fixed
after that run. Do not tune against it and do not edit a post.

Same styles, settings and markup as set C (tests/anonymize/intl_c_posts.py), with different
people, places and number formats: {{TYPE:span}} marks an identifier, [[term]] a word that must
survive. Titles and kinship words (Sister, Mdm, Lola, Ouma, Koro, Ate, Nana, Mama...) are not
identifiers.
"""

INTL_D: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "Band 5 on [[AMU]] in {{LOCATION:Northampton}}. Someone's nan filmed a TikTok in our bay and the [[whiteboard]] shows {{PERSON:KAUR, J}}, {{PERSON:BARNES, T}} and {{PERSON:OKAFOR, N}}. 30k views. Help.",
    ),
    (
        "x",
        "{{PERSON:joy}} on [[SDEC]] at {{FACILITY:Royal Cornwall}} made my mum laugh on the worst day of her life. thank you x",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs Penhaligon}} NHS {{ID:612 883 4471}} for [[bloods]] and [[ECG]] at 9, lives at {{ADDRESS:3 Chapel Row}}, {{LOCATION:Redruth}} {{ADDRESS:TR15 2AQ}}. Son {{PHONE:07723 009 441}}.",
    ),
    (
        "facebook",
        "Grandad {{PERSON:Stan}} turned {{AGE:99}} on {{DATE:the 1st}} at {{FACILITY:Pilgrim Hospital}} 🎂 the nurses on ward {{ROOM:6A}} made him a card. Bless them.",
    ),
    (
        "tiktok",
        "when {{PERSON:Grace}} in bed {{ROOM:11}} ({{AGE:92}}) asks if the [[doctor]] is old enough to drive 😭 #nhs #wardlife",
    ),
    (
        "linkedin",
        "Excited to start as [[Matron]] for [[Urgent Care]] at {{FACILITY:Northwick Park}}. Thank you {{PERSON:Deborah Asante-Mensah}} for believing in me.",
    ),
    (
        "instagram",
        "last [[night shift]] of the block ✅ {{PERSON:Ruby}} & {{PERSON:Jade}} you carried me #{{FACILITY:Addenbrookes}} #nursesofinstagram",
    ),
    (
        "reddit",
        "SHO in {{LOCATION:Blackpool}}. Consultant posted a [[pneumothorax]] X-ray on X with hospital no {{MRN:BVH/1188204}} in the corner. It has 2k likes. Do I say something?",
    ),
    (
        "whatsapp",
        "Anyone want my {{DATE:31/12}} [[long day]]? {{PERSON:Sunny}} in bank office says she can't fill it. {{PHONE:+44 7700 900 412}}",
    ),
    (
        "facebook",
        "{{PERSON:Rose}} passed peacefully on {{DATE:Tuesday 1st December}} at {{FACILITY:St Gemma's Hospice}}, aged {{AGE:97}}. She loved a [[sherry]]. 🌹",
    ),
    ("x", "[[Winter]] has arrived in [[A&E]] and my [[will]] to live has left. #juniordoctors"),
    (
        "tiktok",
        "{{PERSON:Patience}} from the [[discharge]] lounge is the real [[bed manager]] 💅 #nhsstaff",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "whatsapp",
        "{{PERSON:Mr Llewellyn}} hosp no {{MRN:G-447102}} for [[cysto]] tmrw, NBM from 2am. Wife {{PHONE:01792 555 218}}, they're in {{LOCATION:Gorseinon}}.",
    ),
    (
        "reddit",
        "Welsh staff nurse. A patient's grandson posted his taid's [[pressure sore]] on Facebook to complain about {{FACILITY:Prince Charles Hospital}}. Name and bed {{ROOM:7}} on the sign. Ugh.",
    ),
    (
        "x",
        "{{PERSON:Gethin}} and {{PERSON:Ffion}} on [[CCU]] at {{FACILITY:Glan Clwyd}} ❤️ you saved my dad {{DATE:Nov 22nd}}",
    ),
    (
        "facebook",
        "Mam-gu {{PERSON:Eirlys}} is {{AGE:102}} today! 🎂 Still in {{LOCATION:Aberaeron}}, still refuses [[hearing aids]].",
    ),
    (
        "tiktok",
        "POV: you're a student nurse in {{LOCATION:Bangor}} and {{PERSON:will}} from [[theatres]] tells you 'just watch' 🫠 #welshstudentnurse",
    ),
    (
        "linkedin",
        "Pleased to announce our [[prehabilitation]] results with [[Betsi Cadwaladr]] and {{PERSON:Dr. Osian Parry}}.",
    ),
    (
        "instagram",
        "our {{PERSON:Mali}} home from {{FACILITY:Noah's Ark}} 🏠 after her [[cardiac]] op, thank you ward {{FACILITY:Dragon}} team 🐉",
    ),
    (
        "reddit",
        "Anyone know how to claim [[travel]] expenses on the new [[rota]] app? The petrol [[bill]] for community visits this month is silly.",
    ),
    (
        "whatsapp",
        "Bay {{ROOM:4}}: {{PERSON:EVANS, R}} [[NEWS]] 6, {{PERSON:EVANS, M}} NEWS 1. Same surname!! Double check pls",
    ),
    (
        "x",
        "{{PERSON:Seren}} from {{LOCATION:Llanelli}} beat [[sepsis]] at 4 weeks old and today she started school 🥹 #{{PERSON:seren}}sstory",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "whatsapp",
        "CHI {{ID:2811 48 3390}}, {{PERSON:Mr Guthrie}}, for [[OT]] home visit {{DATE:Thurs 10th}} in {{LOCATION:Kirkcaldy}}. Daughter {{PHONE:07800 556 112}}.",
    ),
    (
        "reddit",
        "Scottish [[ANP]]. A relative shared a photo from {{FACILITY:Victoria Hospital}} with {{PERSON:Jessie}}'s name and [[DNACPR]] form visible. I'm raging.",
    ),
    (
        "facebook",
        "Huge thanks to ward {{ROOM:15}} at {{FACILITY:Crosshouse}} for looking after my granny {{PERSON:Jean}} ({{AGE:96}}). She says the [[soup]] is the best in {{LOCATION:Ayrshire}} 😂",
    ),
    (
        "x",
        "{{PERSON:Kirsty}} on [[nights]] at {{FACILITY:the Royal Alex}} you are an absolute gem, thank you for sitting with my dad",
    ),
    (
        "tiktok",
        "{{PERSON:Big Davie}} the porter at {{FACILITY:Wishaw General}} doing [[CPR]] training on a dummy wearing a kilt 😂 #scottishnurses",
    ),
    (
        "linkedin",
        "Chuffed to share our [[district nursing]] workforce paper with [[NHS Grampian]] colleagues {{PERSON:Catriona Shand}} and {{PERSON:Iain Mackintosh}}.",
    ),
    (
        "instagram",
        "{{PERSON:Skye}} turned 5 🎉 three years since her [[transplant]] at {{FACILITY:RHC}} #{{PERSON:skye}}sjourney #donorfamily",
    ),
    (
        "whatsapp",
        "Can anyone swap [[lates]] {{DATE:14/1}} and {{DATE:15/1}}? {{PERSON:Fraser}} owes me one lol",
    ),
    (
        "reddit",
        "[[March]] is always the worst month for [[flu]] on our ward, even worse than [[January]].",
    ),
    (
        "x",
        "{{PERSON:Murdo}} ({{AGE:94}}) on {{LOCATION:Lewis}} wants his [[tablets]] in Gaelic on the box. Fair enough tbh",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Irish nurse. A cleaner at {{FACILITY:Mayo University Hospital}} posted a story of the ward at night, and you can read {{PERSON:Mc GOVERN, P}} on the door sign. Report to [[DON]]?",
    ),
    (
        "whatsapp",
        "{{PERSON:Niamh}} pls phone {{PERSON:Mr Ó Súilleabháin}}'s son {{PHONE:+353 87 555 2038}} re [[transfer]] to {{FACILITY:Bantry General}}",
    ),
    (
        "facebook",
        "Mammy {{PERSON:Nuala}}, {{AGE:91}}, home to {{LOCATION:Castlebar}} after 3 weeks in {{FACILITY:UHG}}. Thank you to the [[stroke]] team 💚",
    ),
    (
        "x",
        "{{PERSON:Caoimhe}} from the [[renal]] unit at {{FACILITY:Beaumont}} brought my dad a Lucozade & a chat every dialysis. Legend",
    ),
    (
        "tiktok",
        "{{PERSON:Séamus}} ({{AGE:93}}) singing the Fields of Athenry after his [[pacemaker]] 🎶 #irishnurses",
    ),
    (
        "linkedin",
        "Honoured to be appointed [[CNM2]] in [[Oncology]] at {{FACILITY:Mater Misericordiae University Hospital}}. Go raibh maith agat {{PERSON:Gráinne Ní Mhurchú}}.",
    ),
    (
        "instagram",
        "{{DATE:5.12.2026}}: {{PERSON:Fiadh}} is 1 month old and home from {{FACILITY:the Coombe}} 🍼 [[breastfeeding]] finally clicked",
    ),
    (
        "whatsapp",
        "MRN {{MRN:GUH-1048837}} [[bloods]] clotted, pls redo before 10. Patient is {{PERSON:Tadhg Brennan}}, ward {{FACILITY:St Enda's}}.",
    ),
    (
        "reddit",
        "Student nurse in {{LOCATION:Sligo}}. Is posting my [[placement]] badge selfie ok if it shows the ward name? Genuinely asking.",
    ),
    ("x", "[[Hope]] springs eternal: day 4 of waiting for a [[bed]] in ED. #trolleywatch"),
    (
        "facebook",
        "Please share!! Prayers for {{PERSON:Summer}} in {{FACILITY:Temple Street}}, [[meningitis]] since {{DATE:Sat 28th}}. #prayfor{{PERSON:summer}} 🙏",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "Vic RN. The [[ward clerk]] posted the patient list in the rostering chat: {{PERSON:PAPADAKIS, G}} cubicle {{ROOM:4}}, {{PERSON:O'SULLIVAN, F}} cubicle {{ROOM:7}}. 200 members.",
    ),
    (
        "whatsapp",
        "{{PERSON:Mr Nguyen}} URN {{MRN:00-418-337}} for [[colonoscopy]], [[bowel prep]] started. Wife {{PHONE:+61 412 555 903}}.",
    ),
    (
        "facebook",
        "Little {{PERSON:Willow}} is home in {{LOCATION:Wollongong}} after her [[appendix]] burst 😳 Huge thanks to {{FACILITY:Sydney Children's Hospital Randwick}}",
    ),
    (
        "x",
        "{{PERSON:Shelley}} and {{PERSON:Deb}} in [[palliative]] at {{FACILITY:Calvary Mater}}, you made Dad's last week gentle. 💛",
    ),
    (
        "tiktok",
        "the {{AGE:100}} yo in room {{ROOM:3}} asked me for a [[VB]] and a smoke 🤣 no mate #agedcarenurse",
    ),
    (
        "linkedin",
        "Excited to start as [[CNC]] [[Wound Care]] at {{FACILITY:Gold Coast University Hospital}}. Thanks {{PERSON:Tegan McAllister}}!",
    ),
    (
        "instagram",
        "sunrise after [[nights]] in {{LOCATION:Darwin}} 🌅 {{PERSON:Jedda}} you're the best [[buddy]] #ntnurse",
    ),
    (
        "reddit",
        "AU nurse. Medicare card photo on a {{LOCATION:Penrith}} community group: {{ID:2953 61047 1}}, 'does anyone know which clinic bulk bills?' Oof.",
    ),
    ("whatsapp", "Hey {{PERSON:Star}} can u swap your [[AM]] {{DATE:24/12}}? I'll do your NYE"),
    (
        "x",
        "Aussie [[paramedic]] here, [[March]] heat waves + [[Australia]] Day = carnage on the roads",
    ),
    (
        "facebook",
        "Pop ({{AGE:94}}) says {{FACILITY:Townsville University Hospital}} has better [[tucker]] than the RSL 😂 home {{DATE:Monday 7th}}",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Kia ora, our Nan {{PERSON:Huia}} is at {{FACILITY:Rotorua Hospital}} after a [[stroke]]. She's {{AGE:92}}. Whānau, call {{PHONE:+64 27 555 4410}}.",
    ),
    (
        "reddit",
        "NZ nurse. Resident {{PERSON:Tui}} in our rest home in {{LOCATION:Whakatāne}} turned up on a staff member's Insta story. Family furious. [[HDC]]?",
    ),
    (
        "whatsapp",
        "NHI {{ID:ZZB2071}} {{PERSON:Mrs Tamihana}} for [[IV antibiotics]] at home, address {{ADDRESS:8 Kauri Place}}, {{LOCATION:Mangere}}.",
    ),
    (
        "x",
        "{{PERSON:Mere}} at {{FACILITY:Christchurch Hospital}} [[ED]] triage was kind when I couldn't stop crying. Thank you e hoa.",
    ),
    (
        "tiktok",
        "Koro {{PERSON:Rewi}} ({{AGE:95}}) teaching the [[physio]] te reo while doing stairs 💪 #nznurse",
    ),
    (
        "linkedin",
        "Proud to present our [[rheumatic fever]] work with {{FACILITY:Te Whatu Ora Counties Manukau}}. Ngā mihi {{PERSON:Dr. Aperahama Walker}}.",
    ),
    (
        "instagram",
        "{{PERSON:Ataahua}} was born {{DATE:20 November}} at {{FACILITY:Nelson Hospital}} 💚 thank you [[LMC]] {{PERSON:Kiri}}",
    ),
    (
        "reddit",
        "NZ RN. Is it normal that the [[Code Blue]] drills happen at [[Easter]]? Our [[NUM]] says yes.",
    ),
    (
        "whatsapp",
        "{{PERSON:Hemi}} call {{PERSON:Mr Patel}}'s wife {{PHONE:09 555 3381}}, [[discharge]] to {{LOCATION:Papatoetoe}} delayed.",
    ),
    (
        "x",
        "{{PERSON:Ari}} (10) from {{LOCATION:Gisborne}} is [[cancer]] free 🎗️ #{{PERSON:ari}}strong",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Nova Scotia RN. Screenshot in the union group showed MSI number {{HEALTH_PLAN:0012 345 678}} and a [[diagnosis]]. Who do I tell?",
    ),
    (
        "whatsapp",
        "Report: {{PERSON:LÉVESQUE, A}} ch. {{ROOM:312}} dossier {{MRN:CHUS-0447219}}, [[NPO]] pour [[endoscopie]]. Fils {{PHONE:819-555-0166}}.",
    ),
    (
        "facebook",
        "Prayers for our {{PERSON:Destiny}} at {{FACILITY:Stollery}} in {{LOCATION:Edmonton}}, [[seizures]] started {{DATE:Nov 29}}. #{{PERSON:destiny}}strong",
    ),
    (
        "x",
        "{{PERSON:Hope}} in [[ER]] at {{FACILITY:St. Paul's}} kept my brother calm through the [[overdose]]. Thank you.",
    ),
    (
        "tiktok",
        "my {{AGE:96}} yr old lady in {{LOCATION:Sudbury}} wants her [[nails]] done before her son visits 💅 #psw",
    ),
    (
        "linkedin",
        "Pleased to join [[Vancouver Coastal Health]] as [[Clinical Nurse Educator]] for [[critical care]]. Thanks {{PERSON:Priya Sandhu}}!",
    ),
    (
        "instagram",
        "OHIP {{HEALTH_PLAN:4001 233 987 MH}} was literally in my kid's school health form photo on the parents' IG 😩 [[privacy]] pls",
    ),
    (
        "reddit",
        "Quebec nurse. RAMQ card {{HEALTH_PLAN:BOUL 4210 1512}} posted on a Facebook group by the patient herself. Do I message her?",
    ),
    (
        "whatsapp",
        "{{PERSON:Mark}} pls cover [[triage]] 1400-1500, {{PERSON:Jack}} is on [[break]]. Call {{PHONE:+1 204 555 0199}} if issues",
    ),
    (
        "x",
        "Canadian [[RN]]. [[May]] long weekend means [[trauma]] season. [[Hope]] you're all ready.",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Pt {{PERSON:Lakshmi Devi}} UHID {{MRN:AIIMS/D/2026/118204}} for [[ERCP]] tomorrow. Attender {{PHONE:98100 44531}}. NPO from 10 pm.",
    ),
    (
        "x",
        "Staff nurse {{PERSON:Jincy}} at {{FACILITY:Amrita Hospital}} {{LOCATION:Kochi}} handled my amma's [[chemo]] like family 🙏",
    ),
    (
        "facebook",
        "Urgent B-ve blood for Baby of {{PERSON:Sunita}} at {{FACILITY:Rainbow Hospital}} {{LOCATION:Kondapur}}. [[NICU]]. Contact {{PHONE:+91 90300 12847}}. Pls share 🙏",
    ),
    (
        "reddit",
        "PG in {{LOCATION:Jaipur}}. Unit head shares OT videos on YouTube; in one the patient sticker '{{PERSON:Ramesh}}, 45M, {{MRN:SMS/2026/44102}}' is clear. [[Ethics]]?",
    ),
    (
        "tiktok",
        "{{PERSON:Anjali}} didi and me doing [[vitals]] in the [[labour room]] at 4am 😂 #nursinglife #{{LOCATION:lucknow}}",
    ),
    (
        "linkedin",
        "Thrilled to complete [[DM]] [[Cardiology]] at {{FACILITY:PGIMER Chandigarh}}. Thank you Prof. {{PERSON:Harinder Bedi}}.",
    ),
    (
        "instagram",
        "farewell to {{FACILITY:JIPMER}} 💙 5 years, 1000 [[night duties]], best friends {{PERSON:Kavya}} & {{PERSON:Sneha}}",
    ),
    (
        "whatsapp",
        "Aadhaar {{ID:6612 0458 7293}} of {{PERSON:Mr. Harish Chandra}} needed for [[Ayushman]] claim, bed {{ROOM:9}}, discharge pending.",
    ),
    (
        "x",
        "Amma {{PERSON:Saroja}} ({{AGE:95}}) from {{LOCATION:Coimbatore}} asked the [[surgeon]] if he has eaten. Indian mothers 😂",
    ),
    (
        "reddit",
        "Indian [[GNM]] student. Is it wrong that our tutor asks us to post [[care plan]] photos on a public Insta page? Names are covered with pen.",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:Tata Memorial}} for my father's [[surgery]] on {{DATE:24-11-2026}}. Sister {{PERSON:Roshni}} is an angel 🙏",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "whatsapp",
        "HOs: Mallam {{PERSON:Ibrahim Garba}} folder {{MRN:AKTH/25/03318}} for [[TURP]] Mon. Son {{PHONE:0806 555 2271}}.",
    ),
    (
        "x",
        "My pt {{PERSON:Goodness}} at {{FACILITY:UBTH}} walked today after her [[spinal]] surgery 🙌🏾 God is faithful",
    ),
    (
        "facebook",
        "Please help!!! My mother {{PERSON:Mrs. Funmilayo Ojo}} needs [[dialysis]] at {{FACILITY:LASUTH}} {{LOCATION:Ikeja}}. Hospital no {{MRN:LASUTH/26/00711}}. Call {{PHONE:+234 809 555 6640}}.",
    ),
    (
        "reddit",
        "Nigerian HO. The [[SR]] posted a [[gangrene]] photo on X with the patient's face and '{{PERSON:Nkemelu C.}}' on the folder. Is there anything I can do?",
    ),
    (
        "tiktok",
        "Mummy {{PERSON:Bisola}} in bed {{ROOM:14}} sharing her [[pap]] with every nurse 😭 #naijanurses",
    ),
    (
        "linkedin",
        "Honoured to present our [[Lassa fever]] data from {{FACILITY:Irrua Specialist Teaching Hospital}} with {{PERSON:Dr. Osagie Ehikhamenor}}.",
    ),
    (
        "instagram",
        "{{PERSON:Chinonso}} & {{PERSON:Adaeze}} after [[inductions]] at {{FACILITY:FMC Umuahia}} 💚 #nigeriannurses",
    ),
    (
        "whatsapp",
        "Census: {{PERSON:BELLO, M}} bed {{ROOM:2}} [[PPH]] stable, {{PERSON:YUSUF, A}} bed {{ROOM:4}} for [[transfusion]]. {{PERSON:EZE, O}} discharged.",
    ),
    (
        "x",
        "{{PERSON:Miracle}} from {{LOCATION:Nsukka}} was 19 and died of [[sepsis]] on {{DATE:27/11}}. Rest well sis.",
    ),
    ("reddit", "[[Faith]] won't fix the generator, [[Oga]]. Nigerian nurse rant #3"),
    (
        "facebook",
        "{{PERSON:Emeka}}'s [[appendicectomy]] at {{FACILITY:St. Nicholas Hospital}} went well, God bless Dr. {{PERSON:Folake}}! 🙏 #{{PERSON:emeka}}",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "facebook",
        "Kindly help!! {{PERSON:Kwabena Mensah}} needs O+ blood at {{FACILITY:Komfo Anokye Teaching Hospital}}, [[accident]]. Call {{PHONE:+233 24 555 8102}}",
    ),
    (
        "whatsapp",
        "Folder {{MRN:KBTH/26/12944}} Madam {{PERSON:Akua Serwaa}} for [[hysterectomy]] Wed. Husband {{PHONE:020 555 4419}}.",
    ),
    (
        "x",
        "Sister {{PERSON:Gifty}} at {{FACILITY:Cape Coast Teaching Hospital}} [[NICU]] deserves every award 🇬🇭",
    ),
    (
        "reddit",
        "Ghanaian midwife. A colleague posted a delivery video on Facebook from {{FACILITY:LEKMA Hospital}} and you can hear the mother's name, {{PERSON:Dzifa}}. Our [[code of conduct]] says no.",
    ),
    (
        "tiktok",
        "Grandma {{PERSON:Esi}} ({{AGE:98}}) from {{LOCATION:Elmina}} says her [[BP]] is fine because she 'feels' fine 😂 #ghananurse",
    ),
    (
        "linkedin",
        "Proud to lead the [[sickle cell]] newborn screening pilot at {{FACILITY:Ho Teaching Hospital}}. Thank you {{PERSON:Dr. Selorm Agbeko}}.",
    ),
    (
        "instagram",
        "Pinning day at {{FACILITY:Nursing and Midwifery Training College Korle Bu}} 🎓 with {{PERSON:Afia}} and {{PERSON:Kukua}} #ghananurses",
    ),
    (
        "whatsapp",
        "Ghana card {{ID:GHA-712044581-3}} for {{PERSON:Mr. Owusu}} to be copied for [[NHIS]] renewal pls.",
    ),
    (
        "x",
        "{{PERSON:Patience}} from {{LOCATION:Nima}} delivered twins at 36 weeks, both doing well. [[Patience]] truly is a virtue 😂",
    ),
    (
        "reddit",
        "Ghana nurse here: [[Malaria]] season started early in [[May]] this year. Anyone else seeing more [[severe anaemia]]?",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "reddit",
        "SA RN. Someone at {{FACILITY:Groote Schuur}} posted a [[CT]] image on WhatsApp status with ID {{ID:7201015800089}} and name. POPIA?",
    ),
    (
        "whatsapp",
        "{{PERSON:Nomvula}} pls call {{PERSON:Mr Mahlangu}}'s wife {{PHONE:+27 72 555 0418}}, he's for [[amputation]] tmrw, ward {{ROOM:C3}}.",
    ),
    (
        "facebook",
        "Ngiyabonga {{FACILITY:Inkosi Albert Luthuli}} for my brother {{PERSON:Sbu}}'s [[kidney transplant]] 🙏 We're in {{LOCATION:KwaMashu}}, Sister {{PERSON:Zanele}} you're a star",
    ),
    (
        "x",
        "{{PERSON:Lucky}} the cleaner at {{FACILITY:Dr George Mukhari}} sings in the corridors every morning and the [[patients]] love him",
    ),
    (
        "tiktok",
        "Oupa {{PERSON:Koos}} ({{AGE:93}}) from {{LOCATION:Worcester}} showing the [[ICU]] nurses his rugby moves 😂 #SAnurses",
    ),
    (
        "linkedin",
        "Completed my [[Master's]] in [[Nursing Education]] at {{FACILITY:Wits}}. Thank you {{PERSON:Prof. Thandi Mabuza}}.",
    ),
    (
        "instagram",
        "[[mobile clinic]] day in {{LOCATION:Diepsloot}} 🚐 {{PERSON:Palesa}} and I did 80 [[HIV]] tests #communitynursing",
    ),
    (
        "whatsapp",
        "Discovery {{HEALTH_PLAN:330 448 120}} for {{PERSON:Mrs Pillay}}, [[hip replacement]] auth needed before {{DATE:14 Dec}}.",
    ),
    (
        "reddit",
        "Community service in {{LOCATION:Kimberley}}. Patient {{PERSON:Mothusi}} was filmed in casualty and the clip is all over Facebook. [[HPCSA]] rules?",
    ),
    (
        "facebook",
        "Looking for family of an old lady at {{FACILITY:Frere Hospital}} in {{LOCATION:East London}}, says she's {{AGE:91}} and her name is {{PERSON:Nowethu}}. 🙏 Share",
    ),
    (
        "x",
        "By the [[grace]] of God the oxygen delivery came before the [[ward round]] 🙏 #SAnurses",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "whatsapp",
        "Pt {{PERSON:WONG, K M}} ward {{ROOM:47}} bed {{ROOM:3}} {{FACILITY:CGH}} [[strict I/O]]. Son hp {{PHONE:8123 6690}}.",
    ),
    (
        "reddit",
        "SG nurse. Patient's NRIC {{ID:T0219844C}} was in a photo of the [[discharge]] summary someone posted on Reddit asking about bills. Oof.",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:KKH}} for my baby {{PERSON:Ethan Lim}}'s [[jaundice]] care 🙏 Esp Nurse {{PERSON:Nurul}} who taught me to [[breastfeed]]",
    ),
    (
        "x",
        "Ah Gong {{PERSON:Ong Boon Huat}} ({{AGE:99}}) at {{FACILITY:Bright Vision Hospital}} still does taichi after his [[stroke]] 💪",
    ),
    (
        "tiktok",
        "uncle {{PERSON:Raju}} in bed {{ROOM:12}} asking me for teh tarik every round 😂 #sgnurse",
    ),
    (
        "linkedin",
        "Joined {{FACILITY:NTFGH}} as [[Senior Staff Nurse]] in [[oncology]]. Thank you {{PERSON:Ms Tan Hui Min}} for the chance.",
    ),
    (
        "instagram",
        "Mdm {{PERSON:Lee}} went home to {{LOCATION:Toa Payoh}} today 🥹 [[PEG]] feeds going well",
    ),
    (
        "whatsapp",
        "{{PERSON:Azlan}} pls call Mdm {{PERSON:Siti Aminah}}'s daughter {{PHONE:+65 9012 7745}}, [[MRI]] shifted to {{DATE:16/12}}, {{FACILITY:SKH}}",
    ),
    (
        "reddit",
        "SG MO. Workplace pass FIN {{ID:G5521038M}} showed up in a [[polyclinic]] queue photo in a Facebook group. Should I report it?",
    ),
    ("x", "[[Hope]] the [[flu]] season is kinder this year 🤞 #sgnurses"),
    # ---------------------------------------------------------------- Philippines
    (
        "facebook",
        "Maraming salamat {{FACILITY:Cardinal Santos}} [[PICU]] sa pag-alaga kay {{PERSON:Angel}} 💙 uwi na kami sa {{LOCATION:San Juan}}",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Mendoza, R}} rm {{ROOM:408}}, [[hypokalemia]], K 2.9 for correction. Asawa {{PHONE:0918 555 2271}}.",
    ),
    (
        "x",
        "Kuya {{PERSON:Jun}} the [[orderly]] at {{FACILITY:EAMC}} carried my lolo up three floors when the elevator broke 🙏",
    ),
    (
        "reddit",
        "PH nurse. Our head nurse posted our [[Christmas]] party pics and the census board shows {{PERSON:AQUINO, C}} and {{PERSON:GARCIA, P}} behind us. Sana i-crop.",
    ),
    (
        "tiktok",
        "Lolo {{PERSON:Ben}} ({{AGE:96}}) doing the budots after [[dialysis]] 😂 #pinoynurse",
    ),
    (
        "linkedin",
        "Grateful to have completed my [[BSN]] at {{FACILITY:Cebu Doctors' University}}. Thank you Ma'am {{PERSON:Cristina Sy}}.",
    ),
    (
        "instagram",
        "{{DATE:Nov 30}} duty at {{FACILITY:Southern Philippines Medical Center}} 🏥 with {{PERSON:Jhoanna}} #[[ER]] #pinoynurses",
    ),
    (
        "facebook",
        "Blood donors needed type O for {{PERSON:Jerome Cruz}} at {{FACILITY:NKTI}}, [[kidney transplant]] {{DATE:Dec 12}}. Contact {{PHONE:+63 998 555 1130}}",
    ),
    (
        "whatsapp",
        "PhilHealth no {{HEALTH_PLAN:19-025577431-6}} for {{PERSON:Mr. Villanueva}}, need MDR before [[discharge]].",
    ),
    ("x", "[[Sunny]] side up: day off after six 12-hour [[shifts]] 🍳 #pinoynurse"),
    (
        "reddit",
        "Filipino nurse in the US. In {{LOCATION:Iloilo}} we had [[watchers]] sleeping under the beds. Here it's one visitor at a time.",
    ),
    # ---------------------------------------------------------------- US
    (
        "reddit",
        "ER RN in {{LOCATION:Fresno}}. Pt's girlfriend posted his [[ED]] wristband (MRN {{MRN:10394482}}, DOB {{DATE:04/11/1988}}) on IG asking 'how long is this gonna take'. 🙃",
    ),
    (
        "x",
        "{{PERSON:Faith}} in [[PICU]] at {{FACILITY:Children's Mercy}} sang to my son when I couldn't. {{DATE:Sept 14th}} 💙",
    ),
    (
        "facebook",
        "Prayers for {{PERSON:Grayson}}, 4, at {{FACILITY:Nationwide Children's}} in {{LOCATION:Columbus}}. [[Tumor]] resection {{DATE:12/16}}. Updates: {{URL:caringbridge.org/visit/graysonstrong}}",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs. Okafor}} DOB {{DATE:5/2/1930}} rm {{ROOM:427}}, [[comfort care]]. Daughter {{PHONE:(404) 555-0129}}.",
    ),
    (
        "tiktok",
        "{{AGE:101}} yr old in room {{ROOM:9}} told me to 'get a real job' 💀 #nursesoftiktok #[[LTC]]",
    ),
    (
        "linkedin",
        "Proud to join {{FACILITY:Johns Hopkins}} as [[Nurse Manager]]. Reach out: {{EMAIL:d.okonjo.rn@outlook.com}}",
    ),
    (
        "instagram",
        "{{HANDLE:@bree.the.rn}} and I survived our first [[code]] at {{FACILITY:UCSF}} 🥲 #newgradnurse",
    ),
    (
        "reddit",
        "US nurse. Patient's mom made a TikTok with his insurance card, member ID {{HEALTH_PLAN:XJH904418272}}. Do I say something at [[discharge]]?",
    ),
    (
        "whatsapp",
        "Charge: {{PERSON:NGUYEN, T}} rm {{ROOM:11}} [[restraints]] check q2h, {{PERSON:JOHNSON, L}} rm {{ROOM:14}} [[CIWA]].",
    ),
    ("x", "[[Will]] [[Medicare]] ever cover this? asking for every [[home health]] nurse"),
    (
        "facebook",
        "Grandma {{PERSON:Opal}} ({{AGE:104}}) broke her [[hip]] in {{LOCATION:Florence}} and insists she's walking by Christmas 🎄",
    ),
    # ---------------------------------------------------------------- records and numbers
    (
        "whatsapp",
        "{{PERSON:Mr. Adebayo}} home address {{ADDRESS:15 Allen Avenue}}, {{LOCATION:Ikeja}}, [[wound]] dressing {{DATE:Fri 11/12}}. Daughter {{PHONE:0812 555 9902}}.",
    ),
    (
        "reddit",
        "GP in {{LOCATION:Dundee}}. Referral dated {{DATE:2026-11-21}} with CHI {{ID:0504373122}} was emailed to the wrong practice, {{EMAIL:reception.tayside.gp@nhs.example}}. [[Caldicott]]?",
    ),
    (
        "facebook",
        "Oupa was born {{DATE:03.02.1930}} and just left {{FACILITY:Mediclinic Panorama}} in {{LOCATION:Parow}}. [[Stubborn]] as always.",
    ),
    (
        "whatsapp",
        "Chase [[cultures]] for {{MRN:RVI-448102-K}} and {{MRN:RVI-450977-M}}, both on [[meropenem]]. Micro {{PHONE:0191 555 6612}}",
    ),
    ("x", "pt b. {{DATE:1931}} said his secret is [[gardening]] and never retiring. Respect."),
    (
        "reddit",
        "NZ nurse. Discharge letter on a Facebook group: NHI {{ID:PQR7742}}, DOB {{DATE:2/9/1934}}, admitted {{DATE:19.11.26}}. The daughter wanted opinions on the [[meds]].",
    ),
    (
        "instagram",
        "{{PERSON:Nova}} arrived {{DATE:12/01/2026}} at {{FACILITY:Swedish}} 🌟 7lb 10oz follow her {{HANDLE:@little.nova.sea}}",
    ),
    (
        "linkedin",
        "Our [[Nurse Residency]] applications close {{DATE:31 Jan 2027}}. Email {{EMAIL:nurse.residency@auckland.example.nz}} or call {{PHONE:+64 9 555 0100}}.",
    ),
    # ---------------------------------------------------------------- ordinary words that must survive
    (
        "x",
        "[[Mark]] the date: [[Nurses]] Day in [[May]] and the cafeteria still won't do free coffee",
    ),
    ("tiktok", "[[Joy]] is finding a working [[BP]] cuff on the first try #nurselife"),
    (
        "reddit",
        "[[Rose]] [[Bengal]] staining question for the [[ophthalmology]] folks: how long before review?",
    ),
    (
        "linkedin",
        "[[Patience]], [[Grace]] and [[Courage]]: three words from our [[palliative]] team's away day.",
    ),
    ("facebook", "The [[Summer]] [[BBQ]] for staff is back on, bring a plate!"),
    ("whatsapp", "[[Bill]] payment in the staff canteen is card only from Monday. Finally"),
    ("x", "[[Precious]] little [[evidence]] for this [[supplement]] but patients keep asking"),
    ("instagram", "[[Faith]] over fear 🙏 first day in the [[cath lab]] #newjob"),
    (
        "reddit",
        "Are [[Hartmann's]] and [[Ringer's]] actually interchangeable in [[DKA]]? Asking for the [[protocol]] review.",
    ),
    ("tiktok", "[[Will]] I ever learn to eat before a shift? No. #nightshift"),
    ("x", "[[Jack]] up the bed before you [[log roll]], not after. Sincerely, your back"),
    (
        "facebook",
        "The [[Hope]] [[Café]] in [[outpatients]] is closed on [[Sunday]]. Vending machines still work.",
    ),
    ("whatsapp", "[[Blessing]] we didn't get a [[code]] tonight 🙏 quiet shift all"),
    ("reddit", "Can someone explain [[Glasgow]] [[Coma]] Scale vs [[AVPU]] for a new [[HCA]]?"),
    ("linkedin", "The [[Royal]] [[College]] of Nursing [[Congress]] is in [[May]]. Who's going?"),
]
