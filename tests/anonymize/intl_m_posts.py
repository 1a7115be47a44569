# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set M (fictional), written 2026-12-06 12:34 UTC, by a writer who did not see the anonymizer code. 180 posts across 19 settings and 7 platforms."""

INTL_M: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "3rd night running as the only [[RMN]] on the floor at {{FACILITY:Tamsworth Lodge}} and the [[Band 7]] wants me to 'find a bank shift' to cover the 1:1 in {{ROOM:seclusion room 2}}. HCA {{PERSON:bill}} stayed on for a double so I could wee. absolute legend. [[NHS]] staffing is a joke tbh",
    ),
    (
        "whatsapp",
        "Handover {{ROOM:bay 4 bed 17}} – Mrs {{PERSON:Ellery}}, {{AGE:94}}, [[NOF]] repair {{DATE:02/11}}, on [[apixaban 2.5mg BD]], v confused overnight, daughter {{PERSON:Joy}} ringing at 8 on {{PHONE:07700 914 382}}. Hosp no {{MRN:RXK4471908}} NHS no {{ID:485 777 3456}}. Falls [[Datix]] done x",
    ),
    (
        "x",
        "Nothing humbles you like a [[Monday]] in [[A&E]] with 14 ambulances stacked outside. 'Have [[faith]]' says the [[Matron]]. Pray for [[Band 5]]s everywhere 🙃",
    ),
    (
        "tiktok",
        "pov: you're the [[student nurse]] and [[Matron]] asks who left the [[Oramorph]] cupboard open 😭😭 #studentnurse #nhs #thankyou{{PERSON:precious}} #{{FACILITY:pennockward}}",
    ),
    (
        "facebook",
        "Just want to say a massive thank you to the staff on {{FACILITY:Kingfisher Ward}} at {{FACILITY:Stourmouth General}} who looked after my Nan {{PERSON:Rose Tilling}} (born {{DATE:1931}}!!) especially nurse {{PERSON:Autumn}} and Dr {{PERSON:Bhattacharya}}. She came home to {{LOCATION:Little Hexley}} on Friday {{DATE:27th November}} and is already bossing Grandad about ❤️",
    ),
    (
        "linkedin",
        "Delighted to announce I've accepted a post as [[Advanced Clinical Practitioner]] in [[Emergency Medicine]] at {{FACILITY:Wrexford Royal Infirmary}}. Huge thanks to my supervisor {{PERSON:Dami Oyelaran}} and everyone at {{FACILITY:Castlegate Medical Practice}}. NMC PIN {{LICENSE:19I2847E}} – onwards! #ACP #NHS",
    ),
    (
        "reddit",
        "FY2 rant: rota coordinator put me on 7 nights straight over [[Christmas]] then emailed asking why my [[e-portfolio]] isn't done. one [[SHO]] covering 40 beds, [[sepsis six]] in [[ED]] at 4am, [[BMA]] strike can't come soon enough",
    ),
    (
        "whatsapp",
        "Crew 2 – job at {{ADDRESS:Flat 3, 19 Coldharbour Road, Pellbridge PE14 6QT}}, pt {{AGE:91}} long lie, lives alone, key safe code is on the CAD. Silver Astra {{VEHICLE:KX19 OPD}} blocking the drive again if anyone wants to ring it in 🙄",
    ),
    (
        "instagram",
        "Last shift on [[NICU]] before mat leave 🥹 going to miss my girls so much. Our [[Bliss]] bake sale raised £640 💛 extra love to {{HANDLE:@nurse.grace.okafor}} for the lemon drizzle #nicunurse #neonatal #sunnydays",
    ),
    (
        "x",
        "Shoutout to the night porter at {{FACILITY:St Aldhelm's}} who sang [[Mustang Sally]] all the way down to [[CT]] for a {{AGE:99}}-year-old. Icon behaviour.",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch o galon to everyone on {{FACILITY:Ward Dyfi}} at {{FACILITY:Ysbyty Glan Teifi}} for looking after Taid. {{AGE:92}} and still flirting with the nurses 😂 special thanks to {{PERSON:Sioned}} and {{PERSON:Gwil}} on nights. He's home in {{LOCATION:Llanwyddan}} now, [[happy as Larry]].",
    ),
    (
        "reddit",
        "Welsh student nurse here – anyone else find the [[OSCE]] harder in Welsh? Did mine through [[Cymraeg]] and the assessor kept switching to English halfway. [[Betsi Cadwaladr]] placements are a total lottery fyi",
    ),
    (
        "whatsapp",
        "Bore da bawb. {{ROOM:Bed 6}} Mr {{PERSON:Prys Howells}} DOB {{DATE:04.06.1934}}, NHS {{ID:712 448 9013}}, for [[TTO]] today, [[co-amoxiclav]] x5 days. Daughter taking him back to {{ADDRESS:Maes y Dderwen, 8 Heol Pant, Pontsarn SA48 7NE}} about 2ish",
    ),
    (
        "x",
        "Three hours on the [[A470]] to get one pt from {{LOCATION:Cwmhenwy}} into {{FACILITY:Ysbyty Aneurin}}. Rural Wales ambulance life, nobody in {{LOCATION:Cardiff Bay}} gets it.",
    ),
    (
        "tiktok",
        "pov: a Welsh mam visits on [[Dydd Gŵyl Dewi]] with a tray of [[bara brith]] for the whole ward 🥹🏴 #nursesoftiktok #cymru #{{FACILITY:wardcennen}}",
    ),
    (
        "linkedin",
        "Proud to share that our frailty team at {{FACILITY:Ysbyty Cwm Ystwyth}} cut length of stay by 2.1 days this year. Thanks to [[Cwm Taf Morgannwg UHB]] for backing the pilot. Happy to chat – {{EMAIL:ffion.rees-beynon@wales.nhs.uk}}",
    ),
    (
        "reddit",
        "does [[HEIW]] still pay the bursary over [[Easter]]? also what is [[Band 6]] community in [[Powys]] actually like, heard it's lonely and the mileage is brutal. have mercy on my fuel card",
    ),
    (
        "whatsapp",
        "Rownd heddiw: Mrs {{PERSON:Bronwen ap Iorwerth}}, {{ADDRESS:Tŷ Gwyn, Lôn Capel, Llanddewi Felin SY25 6RP}}, [[Lantus]] 10 units mane, key safe by the back door. Son {{PERSON:Dafydd}} on {{PHONE:07911 203557}} if no answer",
    ),
    (
        "instagram",
        "First day as a qualified midwife at {{FACILITY:Uned Geni Tirion}} 💕 can't believe it. Diolch mam a dad #midwife #babycatcher #{{PERSON:catrin}}isamidwifenow",
    ),
    (
        "x",
        "Wales lose to [[Ireland]] in the [[Six Nations]] and half the [[Valleys]] is in [[ED]] by 9pm. So much for a [[sunny]] Saturday.",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "reddit",
        "nae breaks again on the ward, 12.5 hrs, one [[staff nurse]] for 14 [[post-op]]s and the [[charge nurse]] off sick. [[NHS Scotland]] pays better than England aye but naw, no worth it. rant over",
    ),
    (
        "whatsapp",
        "Mornin. {{ROOM:Bay 2 bed 4}} Mrs {{PERSON:Agnes McCrindle}}, CHI {{ID:0907329183}}, [[Adcal-D3]] + [[alendronic acid]] started, {{AGE:94}} and wants her tea 'strong enough tae trot a moose on' 😂 nephew {{PERSON:Hamish}} visiting pm",
    ),
    (
        "x",
        "wee wifie in {{ROOM:cubicle 9}} telt me I'm 'too peely-wally tae be a nurse' 😂 {{LOCATION:Glasgow}} patients are unmatched",
    ),
    (
        "facebook",
        "To the paramedics {{PERSON:Fraser}} and {{PERSON:Mhairi}} who came out to {{ADDRESS:14 Brae Terrace, Kilbrannan KA27 8RH}} at [[Hogmanay]] when Dad collapsed – you were calm, kind and so patient wi' my mum. He's doing grand. Thank you x",
    ),
    (
        "tiktok",
        "pov: it's yer first [[Burns Night]] on nights and the [[charge nurse]] brings in haggis pakora 😭🏴󠁧󠁢󠁳󠁣󠁴󠁿 #scottishnurse #nhsscotland #nightshift",
    ),
    (
        "linkedin",
        "Pleased to share I've joined [[NHS Highland]] as [[Lead Nurse]] for [[Palliative Care]], based at {{FACILITY:Ospadal Beinn na Fadhla}}. Profile and publications: {{URL:www.linkedin.com/in/morag-macaskill-rn}}",
    ),
    (
        "reddit",
        "GP trainee q: does [[SIGN]] still say [[doxycycline]] 200mg then 100mg OD for [[erythema migrans]]? Our practice in the [[Highlands]] sees loads every [[June]] and the locum keeps giving [[amoxicillin]]",
    ),
    (
        "whatsapp",
        "Pharmacy: {{PERSON:MACLEOD, K}} on {{FACILITY:Fyvie Ward}}, hosp no {{MRN:T1843302}}, [[gentamicin]] trough 2.3 – hold tonight's dose pls and recheck [[U&Es]]. Ta",
    ),
    (
        "instagram",
        "Wee milestone 💙 10 years a [[district nurse]] roond {{LOCATION:Auchterbrae}}. Muddy boots, lovely folk. Shout oot tae my work wife {{HANDLE:@dn_lorna_ness}} #districtnursing",
    ),
    (
        "x",
        "A {{AGE:103}}-year-old in {{LOCATION:Portgordon}} just asked if I was 'the new doctor's lassie'. Reader, I am the doctor.",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "reddit",
        "[[Band 5]] in the [[Belfast Trust]] – is it just me or have agency rates dropped off a cliff since [[July]]? [[RCN]] rep just shrugs. wee bit of hope left and that's it",
    ),
    (
        "whatsapp",
        "Yous about? {{ROOM:Bed 11}} on {{FACILITY:Ward 4N}} at {{FACILITY:Causeway Vale}} – Mr {{PERSON:Seamus Doherty}}, H&C {{ID:320 571 8846}}, needs his [[Clexane]] at 6, I forgot to hand it over sorry!!",
    ),
    (
        "x",
        "wee man in [[ED]] on the [[Twelfth]] wi a burst hand from the bonfire. 'sure it's grand nurse.' it was not grand.",
    ),
    (
        "facebook",
        "Granny {{PERSON:Patience McKeown}} turned {{AGE:100}} today at {{FACILITY:Glenshesk Lodge}} 🎂 the girls there did her hair and nails and a cake shaped like a teapot. Thank yous from all of us in {{LOCATION:Ballykeel}} xx",
    ),
    (
        "tiktok",
        "pov: you're from {{LOCATION:Ballymena}} and the patient from {{LOCATION:Strabane}} can't understand a word you're sayin 😂 #NInurse #norniron #nursetok",
    ),
    (
        "linkedin",
        "Excited to start as [[Nurse Practitioner]] at {{FACILITY:Ardmoyle Health Centre}}. Grateful to the [[Public Health Agency]] for funding my MSc. NMC {{LICENSE:14C0923N}}",
    ),
    (
        "reddit",
        "[[NIAS]] para. sent 40 miles from {{LOCATION:Enniskillen}} to a {{AGE:96}} yo fall in {{LOCATION:Drumquin Bridge}}, and some eejit's car reg {{VEHICLE:LCZ 4127}} was parked across the lane. 25 min carry. love this job",
    ),
    (
        "whatsapp",
        "Script ready for {{PERSON:QUINN, B}} H&C {{ID:614 207 3398}} – [[Lyrica]] 75mg and [[omeprazole]]. Wife collecting, delivery address on file {{ADDRESS:22 Drumreagh Park, Coleraine BT52 1XQ}}",
    ),
    (
        "instagram",
        "Graduation day 🎓💚 BSc Midwifery DONE. Mummy and Daddy drove up from {{LOCATION:Crossmaglen}} at 5am for this. #midwife #newlyqualified #{{PERSON:orla}}graduates",
    ),
    (
        "x",
        "Hope the [[Department of Health]] reads this: [[Band 6]] physios in [[Northern Ireland]] still haven't got parity. [[Hope]] is not a workforce strategy.",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "[[CNM2]] here. transferred from the {{FACILITY:Mercy}} to {{FACILITY:Ospidéal Ollscoile Ghleann Bhí}} and honestly the trolley numbers are worse. lord have [[mercy]] on anyone in [[ED]] this winter",
    ),
    (
        "whatsapp",
        "Handover: {{ROOM:Bed 3}} Mr {{PERSON:Pádraig Ó Súilleabháin}}, MRN {{MRN:0048219}}, PPSN {{ID:7264119TA}}, medical card {{HEALTH_PLAN:M1293480}}, for [[OGD]] tmrw, [[NPO]] from midnight. Wife {{PERSON:Siobhán}} {{PHONE:087 441 2290}}",
    ),
    (
        "x",
        "Trolley watch today: 614 on trolleys per the [[INMO]]. [[HSE]] says it's the 'winter plan'. It's [[August]].",
    ),
    (
        "facebook",
        "Míle buíochas to the staff of {{FACILITY:Ward 5B}} in {{FACILITY:Ospidéal na Trá}}. Mam {{PERSON:Nóra}} is {{AGE:97}} and ye treated her like a queen. She's back home in {{LOCATION:Ballinakill Cross}} giving out about the telly already 😂",
    ),
    (
        "tiktok",
        "pov: it's [[All-Ireland]] final day and the whole of [[ED]] is huddled round one phone behind the nurses station 😭🏐 #irishnurse #nursetok #upthedeise",
    ),
    (
        "linkedin",
        "Delighted to have been appointed [[Clinical Nurse Specialist]] in [[Dermatology]] at {{FACILITY:UHK}}. Thanks to the [[NMBI]] for a painless registration process – PIN {{LICENSE:158842}}. #nursing #HSE",
    ),
    (
        "reddit",
        "is it worth doing the [[NCHD]] rotation in the [[West]] or just [[Sláintecare]] my way to Australia like everyone else? asking for me. [[IMO]] contract still a mess",
    ),
    (
        "whatsapp",
        "Lads {{PERSON:Grace}} rang in sick, can anyone cover nights in {{FACILITY:St Senan's}} Sat? Also new staff accommodation eircode is {{ADDRESS:V94 K2X7}}, key with security",
    ),
    (
        "instagram",
        "Nana's {{AGE:101}}st birthday at the day centre 🎉🇮🇪 still does the crossword in pen. #{{PERSON:bríd}}at101 #goals",
    ),
    (
        "x",
        "Patient asked if [[Panadol]] and [[Solpadeine]] together is grand. It is not grand. #irishgp",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "RN at a tiny [[MPS]] in western [[QLD]]. [[AHPRA]] just sent my renewal to the wrong address and now {{LICENSE:NMW0002184736}} shows 'lapsed' on the register. anyone been through this? DON at {{FACILITY:Mackellar Base}} is useless",
    ),
    (
        "whatsapp",
        "Handover {{ROOM:Bed 22}} {{PERSON:NGUYEN, T}} URN {{MRN:1088273}} Medicare {{HEALTH_PLAN:2953 71846 1}} – [[Endone]] 5mg PRN x2 overnight, family in {{LOCATION:Cabramatta}} want a call after the ward round",
    ),
    (
        "x",
        "Bloke came in with a [[redback]] bite on [[Australia Day]]. [[Panadol]], ice pack and a cuppa. Strewth.",
    ),
    (
        "facebook",
        "Thank you to the [[RFDS]] and the team at {{FACILITY:Winderra District Hospital}} for flying Pop out of {{LOCATION:Coober Wells}}. {{AGE:90}} and tough as old boots. Special thanks to flight nurse {{PERSON:Sunny}} 🙏",
    ),
    (
        "tiktok",
        "pov: it's 43 degrees in the [[NT]] and the aircon on the ward carks it 🥵 #aussienurse #nursesoftiktok #topend",
    ),
    (
        "linkedin",
        "Stoked to join {{FACILITY:Bayview Private}} as [[NUM]] of [[Perioperative Services]]. Keen to connect with theatre leaders – {{EMAIL:k.prendergast@bayviewprivate.com.au}}",
    ),
    (
        "reddit",
        "is the [[ANMF]] actually going to do anything about ratios in [[Victoria]]? our [[ED]] ran 1:6 on [[Melbourne Cup]] day and the [[ANUM]] was doing obs herself",
    ),
    (
        "whatsapp",
        "Job: {{ADDRESS:Unit 4/17 Kookaburra Cres, Yarrawonga Heights QLD 4352}}, pt {{AGE:93}} fall, daughter {{PERSON:Skye}} on {{PHONE:0412 338 905}}. White ute rego {{VEHICLE:592 KLT}} across the driveway again",
    ),
    (
        "instagram",
        "Last day at {{FACILITY:Bunya Creek Remote Health}} 🌿 grateful to have worked on [[Larrakia]] country for 3 years. Going to miss the mob so much #remotenursing #ruralhealth",
    ),
    (
        "x",
        "{{AGE:98}} yo told me she's outlived 3 husbands and 2 GPs at {{FACILITY:Bellbird Medical Centre}}. Absolute legend.",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "reddit",
        "[[Te Whatu Ora]] pay equity lump sum still hasn't landed. [[NZNO]] says 'soon'. been hearing soon since [[Matariki]] lol. anyone in [[Waikato]] got theirs?",
    ),
    (
        "whatsapp",
        "Kia ora team, {{ROOM:Bed 8}} Koro {{PERSON:Wiremu Tāwhiri}} NHI {{ID:ZAC4417}}, [[CHF]], [[furosemide]] 80mg IV BD, whānau staying in {{LOCATION:Ōtūmoetai}} and will bring kai at 6",
    ),
    (
        "x",
        "Mihi aroha to the [[kaumātua]] who blessed our new whānau room at {{FACILITY:Te Puna Ora o Kawerau}} today. Ka pai.",
    ),
    (
        "facebook",
        "Huge thanks to {{FACILITY:Ward 21}} at {{FACILITY:Waiariki Base}} for caring for Nan {{PERSON:Mereana}}. {{AGE:96}} and she still taught the registrar a waiata 😂 ngā mihi nui",
    ),
    (
        "tiktok",
        "pov: ur the only new grad on nights in {{LOCATION:Kaitāia}} and the [[ED]] doc is on call from home 😅 #kiwinurse #nznurse #{{PERSON:aroha}}savedme",
    ),
    (
        "linkedin",
        "Pleased to share I've started as [[Nurse Prescriber]] in [[Diabetes]] at {{FACILITY:Rangiora Health Hub}}. [[Nursing Council of New Zealand]] APC {{LICENSE:284419}}. Keen to connect!",
    ),
    (
        "reddit",
        "[[ACC]] declined my patient's claim because the fall was 'degenerative'. she's 82 and fell off a ladder picking feijoas. make it make sense",
    ),
    (
        "whatsapp",
        "Home visit {{ADDRESS:27 Tūī Street, Whakatāne 3120}} – pēpi born {{DATE:3/12}}, feeding well, mum {{PERSON:Destiny}} on {{PHONE:021 448 3071}}, [[vitamin K]] given",
    ),
    (
        "instagram",
        "[[Matariki]] ✨ shared kai with the whole team on {{FACILITY:Rātā Ward}} tonight. Grateful for these people #nzhealth #whanau",
    ),
    (
        "x",
        "old fulla in {{ROOM:room 14}} is {{AGE:91}}, drives himself to dialysis and calls me 'bub'. sweet as.",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "RPN in [[Ontario]] – [[CNO]] flagged my registration {{LICENSE:0912847}} for missing QA hours. I did them!! anyone know how long the appeal takes? working at {{FACILITY:Kawartha Pines LTC}} and they won't schedule me meanwhile",
    ),
    (
        "whatsapp",
        "Rapport: {{ROOM:Ch. 412B}} Mme {{PERSON:Gagnon}}, née en {{DATE:1934}}, RAMQ {{HEALTH_PLAN:GAGN 3408 1512}}, [[Tylenol]] 650 q6h, sa fille {{PERSON:Chantal}} appelle à 19h",
    ),
    (
        "x",
        "Nothing empties the ER waiting room like a [[Stanley Cup]] game 7. Go Canucks I guess.",
    ),
    (
        "facebook",
        "Merci to the amazing staff at {{FACILITY:Manoir Belle-Rive}} for Mémère's {{AGE:102}}nd birthday party 🎂 especially {{PERSON:Faith}} in the kitchen who made tourtière just for her",
    ),
    (
        "tiktok",
        "pov: travel nurse in [[Nunavut]] and it's -42 on the walk to the health centre 🥶 #northernnursing #nursetok #canada",
    ),
    (
        "linkedin",
        "Thrilled to share I'm joining [[Alberta Health Services]] as [[Clinical Nurse Educator]] for [[Emergency]] at {{FACILITY:Aspen Hills Regional}}. Reach me at {{EMAIL:m.deschamps-rn@ahs-educator.ca}}",
    ),
    (
        "reddit",
        "[[BCNU]] bargaining update is a joke. we got 2% and a pizza party. also why is [[Tylenol]] #3 still on our standing orders in 2026",
    ),
    (
        "whatsapp",
        "Call at {{ADDRESS:3-2241 rue Beaubien Est, Montréal QC H2G 1M8}}, pt {{AGE:95}}, OHIP? no – RAMQ card in wallet. car {{VEHICLE:K72 PBF}} blocking the ramp. ETA 6 min",
    ),
    (
        "instagram",
        "🧡 [[National Day for Truth and Reconciliation]]. Wore orange on {{FACILITY:5 North}} today with our [[Indigenous Patient Navigator]]. Every child matters.",
    ),
    (
        "x",
        "pt {{AGE:99}} in {{ROOM:bed 3}} just beat me at crib. again. {{LOCATION:Moose Jaw}} seniors are built different",
    ),
    # ---------------------------------------------------------------- India
    (
        "reddit",
        "Intern at a govt medical college in [[Maharashtra]] here. 36 hr duty, no water in the [[PG]] hostel, and HOD says 'aise hi seekhoge'. [[NEET PG]] prep toh bhool jao bhai",
    ),
    (
        "whatsapp",
        "Sir pt {{PERSON:Ramesh Patil}} {{ROOM:bed no 14}}, IPD no {{MRN:IPD/2026/48213}}, Aadhaar {{ID:4821 9930 1176}}, [[PM-JAY]] card {{HEALTH_PLAN:PMJAY-MH-88412736}} – [[Inj. Piptaz]] 4.5g started, relative {{PERSON:Sunita}} {{PHONE:+91 98220 41357}}",
    ),
    (
        "x",
        "[[Diwali]] night duty in casualty: 11 burns, 3 RTAs, 1 uncle who ate 40 [[gulab jamun]]. Happy [[Diwali]] from [[Emergency Medicine]] 🪔",
    ),
    (
        "facebook",
        "Heartfelt thanks to Dr {{PERSON:Lakshmi Venkatraman}} and sisters of {{FACILITY:Sri Annapoorna Nursing Home}}, {{LOCATION:Mettupalayam}}. Appa is {{AGE:93}} and walked out on his own legs after the [[hip replacement]]. God bless 🙏",
    ),
    (
        "instagram",
        "POV: {{AGE:92}} saal ki Dadi ne physio session mein mujhe hi exercise karwa di 😂💪 #physiotherapy #geriatrics #dadigoals #{{PERSON:gudiya}}dadi",
    ),
    (
        "linkedin",
        "Happy to share that I have joined {{FACILITY:Amrita Sevana Hospital}}, {{LOCATION:Thrissur}} as [[Nursing Superintendent]]. Registered with [[Kerala Nurses and Midwives Council]], reg no {{LICENSE:KNMC 58213}}. Grateful to all mentors.",
    ),
    (
        "reddit",
        "[[MBBS]] final year q – is [[Dolo 650]] actually better than [[Crocin]] or just marketing? every patient in OPD asks for Dolo only. [[ICMR]] ne kuch bola?",
    ),
    (
        "whatsapp",
        "[[108]] ambulance not coming, pvt vehicle sending. Address {{ADDRESS:Flat 302, Sai Krupa Apts, Plot 17, Sector 21, Kharghar, Navi Mumbai 410210}}, vehicle no {{VEHICLE:MH 46 BX 2291}}, driver {{PERSON:Santosh}} bhai",
    ),
    (
        "instagram",
        "Capping ceremony done 🤍 4 years of [[GNM]] at {{FACILITY:CSI Mission Hospital Nagercoil}} over. Mummy cried more than me. #nursingstudent #lamplighting",
    ),
    (
        "x",
        "Patient attender asked me if [[ORS]] is 'same as [[Glucon-D]]'. I have seen things. #residentlife #india",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "whatsapp",
        "Abeg who get [[Rocephin]] for {{FACILITY:Ward C2}}? {{ROOM:bed 6}} Mama {{PERSON:Blessing Okonkwo}}, hosp no {{MRN:FMCI/2026/03391}}, NHIS no {{HEALTH_PLAN:NHIS/IM/0048823/11}}. Pharmacy say dem no get 🙄",
    ),
    (
        "x",
        "[[NHIS]] say dem go pay, [[HMO]] say na [[NHIS]]. Me wey don work 3 calls straight, who go pay me? Japa loading ✈️",
    ),
    (
        "facebook",
        "God bless the nurses and doctors of {{FACILITY:Ifeoluwa Specialist Clinic}}, {{LOCATION:Ikorodu}}. Our mama {{PERSON:Ijeoma Nwachukwu}} is {{AGE:94}} and they handled her like egg. Special thanks to Nurse {{PERSON:Patience}} and Dr {{PERSON:Adeyemo}} 🙏🏾",
    ),
    (
        "tiktok",
        "pov: Nigerian [[Matron]] catches you pressing phone at the nurses' station 😭😭 #naijanurse #nursesoftiktok #{{PERSON:mercy}}thenurse",
    ),
    (
        "linkedin",
        "Excited to announce I have passed [[NCLEX]] after 3 attempts! [[NMCN]] licence {{LICENSE:RN/184532}}. Thank you to my colleagues at {{FACILITY:KASUTH Kafanchan}}. Next stop: [[UK]] 🇬🇧",
    ),
    (
        "reddit",
        "Resident doc in {{FACILITY:FMC Idoro}}. 5 months salary arrears. [[NARD]] strike again. My consultant told me to 'have [[patience]]'. Sir, na patience I go chop?",
    ),
    (
        "whatsapp",
        "Good evening colleagues, pls support Sis {{PERSON:Gift Adebayo}} (baby arrived {{DATE:21/11}}) – Access Bank {{ACCOUNT:0123987456}}, name {{PERSON:Gift O. Adebayo}}. Any amount 🙏🏾",
    ),
    (
        "x",
        "E be like say everybody for {{LOCATION:Ogbomoso}} get [[hypertension]] and nobody dey take [[amlodipine]] 😩 community health week diaries",
    ),
    (
        "instagram",
        "Inducted today 🕯️ Registered Nurse/Midwife! From {{LOCATION:Nsukka}} to the world. #naijanurse #midwife #{{PERSON:chioma}}RN",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "whatsapp",
        "Sister, {{ROOM:Bed 9}} in {{FACILITY:Ward 17}} – Mr {{PERSON:Sipho Dlamini}}, ID {{ID:3205140123089}}, folder {{MRN:NPH-2028476}}, [[TB]] screen pending, [[Rifafour]] on hold. Family on {{PHONE:082 771 4093}}",
    ),
    (
        "x",
        "Loadshedding during a C-section at our district hospital and the generator took 4 minutes. Eish. Respect to theatre staff in [[Mzansi]].",
    ),
    (
        "facebook",
        "Baie dankie to die personeel by {{FACILITY:Karoo Hart Kliniek}} in {{LOCATION:Prins Albertsdorp}} vir Ouma {{PERSON:Hester}} se sorg. {{AGE:95}} en steeds skerp! 💕",
    ),
    (
        "tiktok",
        "pov: it's [[Heritage Day]] and every patient in OPD wants to discuss the braai instead of their [[HbA1c]] 😂🇿🇦 #sanurse #mzansinurse",
    ),
    (
        "linkedin",
        "Honoured to be appointed Head of [[Family Medicine]] at {{FACILITY:Mthatha Hills Regional}}. [[HPCSA]] {{LICENSE:MP0712345}}. Grateful to the [[Eastern Cape]] DoH team.",
    ),
    (
        "reddit",
        "[[community service]] MO here. [[Discovery Health]] vs [[GEMS]] – which medical aid do you guys actually use? the [[Eastern Cape]] posts give us nothing",
    ),
    (
        "whatsapp",
        "Paramedic ops: {{ADDRESS:14 Kalkoen Street, Vrededal, Bloemfontein, 9301}}, pt {{AGE:91}} SOB, medical aid {{HEALTH_PLAN:182 447 930}}. Taxi {{VEHICLE:FS 482-119}} blocking the gate, we park on the corner",
    ),
    (
        "x",
        "Gogo told me 'ngiyabonga sisi' and gave me an orange after I took her bloods. That's the shift. That's the whole shift.",
    ),
    (
        "instagram",
        "Pinning day ✨ [[SANC]] registered! Huge thanks to my preceptor {{HANDLE:@sr_thandeka_m}} 🙌🏾 #sanurse #nursingschool #{{PERSON:lerato}}RN",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "Staff nurse at restructured hospital here – ward so short until [[NM]] also do obs. [[MOH]] say got more manpower coming, where got? can die sia",
    ),
    (
        "whatsapp",
        "Handover {{FACILITY:Ward 64}} {{ROOM:bed 12}} Mdm {{PERSON:Tan Ah Moi}}, NRIC {{ID:S2947718J}}, {{AGE:92}}, [[CAP]], on [[Augmentin]] 625mg TDS. Son {{PERSON:Kelvin}} {{PHONE:9187 2240}}, stays {{ADDRESS:Blk 412 Bedok North Ave 2, #08-115, Singapore 460412}}",
    ),
    (
        "x",
        "Auntie at the polyclinic ask me why [[Panadol]] cannot cure her [[hypertension]]. Lah, auntie, different leh.",
    ),
    (
        "facebook",
        "Thank you to the team at {{FACILITY:Yew Tee Polyclinic}} for helping my Ah Ma with her [[Medisave]] claim and the [[CHAS]] card. Nurse {{PERSON:Joy}} very patient with her Hokkien 😊",
    ),
    (
        "tiktok",
        "pov: [[CNY]] eve and the ward still got 3 admissions 🧧😭 #sgnurse #nursesofsingapore #chope",
    ),
    (
        "linkedin",
        "Pleased to share that I have been promoted to [[Senior Staff Nurse]] at {{FACILITY:Sengkang Riverside Community Hospital}}. [[SNB]] reg {{LICENSE:R1284477H}}. Thankful for my [[NC]] and team!",
    ),
    (
        "reddit",
        "[[MediShield Life]] vs [[Integrated Shield Plan]] for a 28yo nurse – worth it or not? [[CPF]] already so painful",
    ),
    (
        "whatsapp",
        "Ambulance: pt {{PERSON:Muthu}} fall at {{ADDRESS:Blk 221 Jurong East St 21, #03-44, Singapore 600221}}, wife follow. Car plate {{VEHICLE:SKL 4821 D}} parked at drop-off, pls inform guard",
    ),
    (
        "instagram",
        "Night shift before [[National Day]] 🎆 watched the rehearsal fireworks from the pantry window lol. Grateful for this team #sgnurse #nightshift",
    ),
    # ---------------------------------------------------------------- USA
    (
        "reddit",
        "new grad ICU RN in [[Ohio]]. charge nurse assigned me a 1:3 with two [[CRRT]]s and said 'you'll be fine'. [[Epic]] went down at 0300. i am not fine",
    ),
    (
        "whatsapp",
        "Hey it's {{PERSON:Destiny}} from 4 South – can you pick up my shift {{DATE:12/19}}? Pt in {{ROOM:room 418}} needs a sitter, MRN {{MRN:004-882-1937}}. Text me {{PHONE:(865) 555-0194}}",
    ),
    (
        "x",
        "Patient asked if [[Tylenol]] and [[Advil]] can be taken together. Yes. Patient then asked if [[Zyn]] counts as a vegetable. No.",
    ),
    (
        "facebook",
        "Thank you to everyone at {{FACILITY:Cumberland Ridge Medical Center}} in {{LOCATION:Gatesburg}} for caring for Grandpa {{PERSON:Earl}}. {{AGE:97}}, WWII vet, flirted with every nurse on the floor. Home for [[Thanksgiving]] 🦃",
    ),
    (
        "tiktok",
        "pov: you're a travel nurse and the hospital in [[Texas]] calls you 'darlin' on orientation day 🤠 #travelnurse #nursetok #{{PERSON:sky}}scrubs",
    ),
    (
        "linkedin",
        "Excited to share I've joined {{FACILITY:St. Ignatius of Harlow Valley}} as [[Nurse Practitioner]] in [[Cardiology]]. NPI {{NPI:1487320951}}. [[AANP]] board certified and ready. Scheduling: {{URL:https://harlowvalleyheart.org/providers/ngozi-whitfield-np}}",
    ),
    (
        "reddit",
        "billing dept keeps faxing a patient's face sheet to the wrong number. it has her SSN {{SSN:412-77-9031}} and Medicare ID {{HEALTH_PLAN:4TQ8-JK2-MW71}} on it. Also the printer's IP is {{IP:10.42.117.8}} and IT won't fix it. [[HIPAA]] who?",
    ),
    (
        "x",
        "{{AGE:104}} year old in [[ED]] tonight asked me to call her boyfriend. He's 88. Get it, queen.",
    ),
    (
        "instagram",
        "Pinned! 💙 BSN class of 2026 DONE. Mom drove up from {{LOCATION:Persimmon Hollow}} at 4am lol #nursingschool #newgrad",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "whatsapp",
        "Wasee, {{ROOM:bed 21}} {{FACILITY:Ward 5A}} – mzee {{PERSON:Kiprotich arap Sang}}, IP no {{MRN:KCRH/IP/26/11872}}, ID {{ID:28471193}}, [[SHA]] number {{HEALTH_PLAN:SHA-0714-558-201}}. Son {{PERSON:Brian}} {{PHONE:0722 418 903}} says ataleta pesa kesho",
    ),
    (
        "x",
        "[[NHIF]] ikaenda, [[SHA]] ikakuja, lakini sisi nurses bado tunangoja salary ya [[October]]. Sawa tu. 🙃 #KenyaNurses",
    ),
    (
        "facebook",
        "Asanteni sana to the staff of {{FACILITY:Kaloleni Sub-County Hospital}} and Nurse {{PERSON:Mercy Wanjiru}} for caring for our cucu, {{AGE:98}} years, until she went home to {{LOCATION:Githunguri}}. Mungu awabariki 🙏🏾",
    ),
    (
        "tiktok",
        "pov: wewe ni intern na consultant anakuuliza dose ya [[ceftriaxone]] mbele ya patients wote 😭 #kenyantiktok #medtok #internlife",
    ),
    (
        "linkedin",
        "Proud to announce I've been appointed [[Nursing Officer in Charge]] at {{FACILITY:Mwatate Level 4}}. [[NCK]] licence {{LICENSE:NCK/RN/49218}}. Grateful to [[AMREF]] for the leadership fellowship.",
    ),
    (
        "reddit",
        "CO in [[Turkana]] here. clinic ran out of [[Coartem]] again in [[malaria]] season. [[KEMSA]] says delivery 'next week' for 3 weeks now",
    ),
    (
        "whatsapp",
        "Contribution ya {{PERSON:Faith}} wedding: M-Pesa paybill {{ACCOUNT:522533}}, account no {{ACCOUNT:1187429930}}. Deadline {{DATE:15/12}} team 💃🏾",
    ),
    (
        "x",
        "Matatu {{VEHICLE:KDG 418T}} ilileta 6 casualties {{FACILITY:Mama Wanjugu Hospital}} and driver alitoroka. Respect kwa casualty team ya usiku.",
    ),
    (
        "instagram",
        "Pinned as RN 🇰🇪🕯️ miaka mitatu ya jasho! Special thanks kwa {{HANDLE:@nurse_achieng_ke}} for the notes 🙌🏾 #kenyannurse #{{PERSON:wambui}}RN",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "whatsapp",
        "Chale pls {{ROOM:bed 4}} on {{FACILITY:Maternity Block B}} – Madam {{PERSON:Akosua Boatemaa}}, folder {{MRN:TMH/26/09142}}, NHIS {{HEALTH_PLAN:48219073}}, for [[oxytocin]] drip. Husband {{PHONE:024 418 7730}}",
    ),
    (
        "x",
        "[[NHIS]] card expired so the patient's family went home to sell goat. Massa, this system dier 😩 #GhanaHealth",
    ),
    (
        "facebook",
        "Medaase paa to the doctors and nurses at {{FACILITY:Nana Ama Serwaa Clinic}} in {{LOCATION:Abetifi}} for taking care of our grandmother {{PERSON:Gifty Ampofo}}. {{AGE:96}} and strong! God bless you all 🙏🏾🇬🇭",
    ),
    (
        "tiktok",
        "pov: Ghanaian mum visits on [[Farmers' Day]] with a full pot of [[waakye]] for the whole ward 😂 #ghananurse #nursesoftiktok",
    ),
    (
        "linkedin",
        "Delighted to start as Senior [[Medical Officer]] at {{FACILITY:KATH}}, [[Directorate of Surgery]]. [[MDC]] reg {{LICENSE:MDC/RN/11873}}. Reach me at {{EMAIL:y.asante.mo@kathsurgery.org.gh}}",
    ),
    (
        "reddit",
        "House officer here. is [[Ghana]] still posting HOs to districts with no [[X-ray]]? friend in the [[Upper East]] is reading films on WhatsApp lol",
    ),
    (
        "whatsapp",
        "Ambulance to {{ADDRESS:GA-417-2290}} near the Methodist church, pt {{AGE:93}} collapse. Trotro {{VEHICLE:GR 2281-22}} parked in front, tell driver {{PERSON:Kwame}} to move it",
    ),
    (
        "x",
        "Small girl asked me if I'm the one who 'gives injection for [[Christmas]]'. Not me, dear. Have a blessed [[Christmas]] anyway 🎄",
    ),
    (
        "instagram",
        "Indexed 🤍 [[NMC Ghana]] licensing exam passed! {{LOCATION:Ho}} to the world. #ghananurse #{{PERSON:precious}}RN",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "reddit",
        "Staff nurse sa isang [[LGU]] hospital sa [[Batangas]], 1:30 ratio tapos walang [[NOD]] sa night. [[DOH]] please. Mag-aabroad na talaga ako, [[NCLEX]] review na next month",
    ),
    (
        "whatsapp",
        "Endorsement po: {{ROOM:bed 7}} Lola {{PERSON:Remedios Dizon}}, {{AGE:91}}, PhilHealth {{HEALTH_PLAN:12-050448392-7}}, [[CAP-MR]], on [[ceftriaxone]] 2g OD. Apo {{PERSON:Joy}} {{PHONE:0917 884 2301}}, sa {{LOCATION:Barangay Malinta}}",
    ),
    (
        "x",
        "[[Pasko]] na naman and sa ER pa rin ako. Merry [[Christmas]] sa lahat ng duty, padayon mga kapatid 🎄",
    ),
    (
        "facebook",
        "Maraming salamat po sa mga nurses ng {{FACILITY:Ward 3 Pedia}} ng {{FACILITY:Ospital ng Sta. Ignacia}}! Si baby {{PERSON:Angel}} ay nakauwi na sa {{LOCATION:Camiling}}. God bless po, lalo na kay Nurse {{PERSON:Blessing}} 🙏",
    ),
    (
        "tiktok",
        "pov: [[Sinulog]] weekend and every patient sa ER naka-costume pa 😂 #pinoynurse #nursetok #ermlife",
    ),
    (
        "linkedin",
        "Happy to share that I passed the [[Philippine Nurse Licensure Examination]]! [[PRC]] license no. {{LICENSE:0714482}}. Now starting at {{FACILITY:Dr. Amparo Villareal Memorial Hospital}}. Padayon!",
    ),
    (
        "reddit",
        "[[PhilHealth]] konsulta package vs HMO ni company – ano gamit nyo? also bakit ang mahal ng [[Biogesic]] sa Mercury ngayon",
    ),
    (
        "whatsapp",
        "Ambu papunta {{ADDRESS:Blk 12 Lot 8, Sampaguita St., Brgy. San Roque, Marikina City 1801}}, pt {{AGE:94}} nahulog. Plate ng tricycle na nakaharang {{VEHICLE:NCX 4418}}",
    ),
    (
        "instagram",
        "Oath taking done 🤍 from {{LOCATION:Bangued}} to the world. Para sayo Ma ✨ #RN #pinoynurse #{{PERSON:faith}}RN",
    ),
    # ---------------------------------------------------------------- Malaysia
    (
        "reddit",
        "MO at a [[Klang Valley]] hospital here. oncall 33 hours already, [[KKM]] still say no budget for more posts. boss say 'sabar'. sabar until die lah",
    ),
    (
        "whatsapp",
        "Passover {{ROOM:katil 12}} {{FACILITY:Wad 6B}} – Puan Hajah {{PERSON:Rokiah binti Osman}}, MyKad {{ID:330412-08-5521}}, RN {{MRN:HSBJ-0049217}}, [[IV Tazocin]] 4.5g TDS, anak {{PERSON:Azlan}} {{PHONE:012-448 9031}}",
    ),
    (
        "x",
        "Uncle come ED at 3am for [[gastritis]], bring the whole family + [[nasi lemak]]. Only in Malaysia one 🤣",
    ),
    (
        "facebook",
        "Terima kasih banyak kepada semua jururawat di {{FACILITY:Klinik Kesihatan Bukit Jalil Baru}} especially Kak {{PERSON:Sunny}} who helped Atok every week. Atok {{AGE:95}} tahun pun still cheerful 😊",
    ),
    (
        "tiktok",
        "pov: [[Hari Raya]] on shift and the makcik bawak rendang for the whole ward 🥹 #nursemalaysia #jururawat #raya",
    ),
    (
        "linkedin",
        "Pleased to share I've been appointed [[Ketua Jururawat]] at {{FACILITY:Hospital Tengku Ampuan Zaleha}}. [[Lembaga Jururawat Malaysia]] reg {{LICENSE:LJM 084417}}. Alhamdulillah.",
    ),
    (
        "reddit",
        "[[Selangor]] govt clinic vs private GP for [[dengue]] follow up? platelet check every day so leceh. [[Panadol]] only right, no [[Ponstan]]?",
    ),
    (
        "whatsapp",
        "Ambulans ke {{ADDRESS:No. 14, Jalan Cempaka 3/2, Taman Seri Cempaka, 43000 Kajang, Selangor}}, pesakit {{AGE:90}} jatuh bilik air. Kereta {{VEHICLE:WXY 8812}} block pagar",
    ),
    (
        "instagram",
        "Convo day 🎓 Diploma Kejururawatan done! From {{LOCATION:Kuala Krai}} with love. #jururawat #nursemalaysia #{{PERSON:nur}}graduates",
    ),
    # ---------------------------------------------------------------- Jamaica
    (
        "reddit",
        "Nurse at {{FACILITY:Claremont Community Hospital}}. Wi short staff bad bad, and di [[SERHA]] seh more nurse a come. Which nurse? Dem gone a [[Canada]] already",
    ),
    (
        "whatsapp",
        "Report: {{ROOM:bed 15}} Miss {{PERSON:Pearline Gordon}}, {{AGE:92}}, docket {{MRN:CCH-26-4471}}, NHF card {{HEALTH_PLAN:NHF 0412883}}, [[insulin]] sliding scale. Grandson {{PERSON:Rushane}} {{PHONE:876-555-0137}}",
    ),
    (
        "x",
        "Patient tell mi seh she nuh need [[metformin]] cause she drink cerasee tea. Mi cyaan badda 😂 #JamaicanNurse",
    ),
    (
        "facebook",
        "Big up and nuff respect to the staff at {{FACILITY:Ward 4 Medical}} of {{FACILITY:Savanna-la-Mar General}}. Mama {{PERSON:Hyacinth}} home a {{LOCATION:Little London}} now. God bless unnu 🙏🏾🇯🇲",
    ),
    (
        "tiktok",
        "pov: yuh a Jamaican nurse and di patient seh 'nurse, mi belly a hot mi' 😂🇯🇲 #nursetok #jamaica #patois",
    ),
    (
        "linkedin",
        "Honoured to be appointed [[Senior Medical Officer]] at the {{FACILITY:Sir Lionel Hartley Regional}}. Grateful to the [[Ministry of Health and Wellness]]. MCJ reg {{LICENSE:MCJ 3391}}.",
    ),
    (
        "reddit",
        "[[JADEP]] vs [[NHF]] card for BP meds – which one cover [[amlodipine]]? Mi auntie a pay full price every month",
    ),
    (
        "whatsapp",
        "Ambulance to {{ADDRESS:Lot 27, Mango Walk Drive, Mandeville, Manchester}} pt {{AGE:97}} fall. Route taxi {{VEHICLE:PP 7742}} park cross di gate. TRN of patient {{ID:114-228-907}} for di paperwork",
    ),
    (
        "instagram",
        "Capping ceremony ✨ from {{LOCATION:Port Antonio}} to RN! Mommy {{PERSON:Grace}} a cry from morning 😭💛 #jamaicannurse",
    ),
    # ---------------------------------------------------------------- Pakistan
    (
        "reddit",
        "House job at a DHQ in south [[Punjab]]. 36 ghante duty, no stipend since [[Ramzan]]. [[PMDC]] ko farq nahi parta. yaar kya karein",
    ),
    (
        "whatsapp",
        "Sir {{ROOM:bed 9}} {{FACILITY:Medical Unit II}} – {{PERSON:Muhammad Aslam}}, CNIC {{ID:35202-4471829-3}}, MR {{MRN:MU2-26-11843}}, [[Sehat Card]] {{HEALTH_PLAN:SSP-PB-4471829}}. Beta {{PERSON:Usman}} {{PHONE:0321-4482917}}",
    ),
    (
        "x",
        "[[Eid]] ki raat ER mein: 9 RTAs, 4 gastro from too much biryani, 1 chacha who ate 2kg mithai. Eid Mubarak from [[Emergency]] 🌙",
    ),
    (
        "facebook",
        "JazakAllah to Dr {{PERSON:Sadia Noreen}} and nurses of {{FACILITY:Fatima Jinnah Zanana Shifa Khana}}, {{LOCATION:Mianwali}}. Ammi ji {{AGE:93}} saal ki hain aur ab ghar hain. Allah aap sab ko khush rakhe 🤲",
    ),
    (
        "tiktok",
        "pov: [[Pakistani]] khala comes for BP check and leaves with your rishta details 😭 #pakistaninurse #nursetok #desi",
    ),
    (
        "linkedin",
        "Happy to share that I've joined {{FACILITY:Shaukat Hayat Memorial Trust Hospital}} as [[Consultant]] [[Nephrologist]]. [[PMDC]] reg {{LICENSE:71842-P}}. Grateful to my teachers.",
    ),
    (
        "reddit",
        "[[Panadol]] shortage again in {{LOCATION:Karachi}}? [[DRAP]] says no shortage but every medical store in {{LOCATION:Saddar}} says 'nahi hai'",
    ),
    (
        "whatsapp",
        "[[Rescue 1122]] pe call nahi lag rahi. Address {{ADDRESS:House 14, Street 7, Block C, Gulshan-e-Ravi, Lahore}}, dadi {{AGE:96}} saal ki gir gayi hain. Gari {{VEHICLE:LEA-4418}} gate pe hai",
    ),
    (
        "instagram",
        "Oath day 🤍 BSN Nursing done! From {{LOCATION:Chitral}} to the ward. Ammi proud 🥹 #pakistaninurse #{{PERSON:noor}}RN",
    ),
]
