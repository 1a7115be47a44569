# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set J (fictional), written 2026-12-06 05:34 UTC, by a writer who did not see the anonymizer code. 180 posts across 19 settings (UK nations, Ireland, AU, NZ, CA, IN, NG, ZA, SG, US, KE, GH, PH, MY, JM, PK) and 7 platforms, with local ID/phone/postcode/plate formats, about a quarter identifier-free, and many name-like keep words."""

INTL_J: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "whatsapp",
        "handover {{FACILITY:Ward 14}} nights: {{ROOM:bay 2 bed 5}} mr {{PERSON:Pemberton}} post [[NOF]] day 2, [[sats]] 94% on 2L, for bloods am. daughter {{PERSON:Leanne}} wants a call on {{PHONE:07700 900461}} b4 10 pls",
    ),
    (
        "reddit",
        "Band 5 here, 8 months qualified. Got pulled to [[AMU]] again and the [[Sister]] just looked at me like I was furniture. Is it normal to cry in the sluice or is that just me",
    ),
    (
        "x",
        "shoutout to the porter at {{FACILITY:Leeds General}} who sang [[Sweet Caroline]] all the way down to [[CT]] with my nan {{PERSON:Doreen}} ({{AGE:94}}) she hasn't laughed like that since [[Christmas]]",
    ),
    (
        "facebook",
        "Lost a brown purse outside the main entrance of {{FACILITY:Queen Elizabeth Hospital Birmingham}} on {{DATE:Tuesday 11th March}}, has my mums blue badge in it. Please message me or ring {{PHONE:0121 496 0733}} 🙏 Reg of her car is {{VEHICLE:BK19 WXT}} if anyone saw it",
    ),
    (
        "linkedin",
        "Delighted to share I passed my [[OSCE]] and I'm officially on the register! NMC PIN {{LICENSE:21I0457E}} came through this morning. Huge thanks to my PEF {{PERSON:Sharon Whitlock}} and everyone on {{FACILITY:Rowan Ward}} at {{FACILITY:Northwick Park}} 💙 #NewlyQualified #NHS",
    ),
    (
        "tiktok",
        "pov: your [[lateral flow]] is negative and [[Matron]] still puts you in the norovirus bay 🤢 #nursetok #nhsnurse",
    ),
    (
        "reddit",
        "My dad {{PERSON:Trevor Ashby}} has been waiting since {{DATE:2 January}} for a [[colonoscopy]] and PALS at {{FACILITY:Royal Derby}} keep saying his referral isn't on the system. hosp no {{MRN:RTG4471823}}. I've rung {{PHONE:01332 340131}} about 9 times. how do I escalate? he lives in {{LOCATION:Allenton}}, {{ADDRESS:DE24 9AB}} if that matters for which trust",
    ),
    (
        "whatsapp",
        "anyone swap a long day {{DATE:Sat 22nd}} for my night on the {{DATE:27th}}? got [[Eid]] with family x",
    ),
    (
        "instagram",
        "first [[Pride]] march as a student midwife 🏳️‍🌈 you lot were unreal. [[May]] placement starts monday in [[triage]] eek",
    ),
    (
        "x",
        "[[Calpol]] at 3am is a parenting rite of passage. that's it. that's the tweet",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "whatsapp",
        "Bore da all, {{FACILITY:Ward 7}} {{FACILITY:Ysbyty Gwynedd}} short again tonight. {{ROOM:bed 12}} Mrs {{PERSON:Eleri Pritchard}} for [[TTO]] in the morning, son {{PERSON:Gethin}} collecting, his number {{PHONE:07700 900218}}. diolch 🙏",
    ),
    (
        "facebook",
        "Diolch o galon to the burns unit at {{FACILITY:Morriston}} for looking after our {{PERSON:Cerys}} 💕 can't believe she was born {{DATE:14.02.2019}} and is already braver than me. #{{PERSON:cerys}}strong",
    ),
    (
        "reddit",
        "Med student in {{LOCATION:Cardiff}}, is it worth learning Welsh for placements up north? Had a patient at {{FACILITY:Glan Clwyd}} who only wanted to speak [[Cymraeg]] and I felt useless. Is the [[Duolingo]] course any good?",
    ),
    (
        "x",
        "queue at [[A&E]] in {{FACILITY:UHW}} is out the door again. brought my bampi in with his [[COPD]] at 6pm, it's now 2am. massive cwtch to the HCA who got him a blanket",
    ),
    (
        "tiktok",
        "rating hospital canteens in wales part 3: the [[Welsh cakes]] were dry, 4/10 😭 #nhswales #studentnurse",
    ),
    (
        "whatsapp",
        "Rota for w/c {{DATE:3/6}}: {{PERSON:Dafydd}} earlies Mon-Wed, {{PERSON:Bethan}} lates, I'm on nights. [[Sister]] {{PERSON:Hughes}} says no more swaps 🙄",
    ),
    (
        "linkedin",
        "Proud to have presented our [[falls]] audit at the {{FACILITY:Withybush}} governance day. Thanks to {{PERSON:Rhian Llewellyn}} and {{PERSON:Owain ap Gruffydd}} for all the data work. #ProudToBeNHS",
    ),
    (
        "reddit",
        "GP in {{LOCATION:Merthyr}} won't give me a double appointment for two problems, is this allowed? Surgery is {{FACILITY:Pontmorlais Medical Centre}}. Been on [[sertraline]] since [[March]] and need a review",
    ),
    (
        "x",
        "ambulance stacked outside {{FACILITY:Grange University Hospital}} for 9 hours. 9 HOURS. my taid is {{AGE:96}} and he's been on a trolley since breakfast",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "whatsapp",
        "Handover {{FACILITY:Ward 4C}} {{FACILITY:QEUH}}: {{ROOM:bed 3}} {{PERSON:MACLEOD, Ruaridh}} CHI {{ID:1703587742}} [[DKA]] protocol, [[VRIII]] running, K+ 3.4. Wife {{PERSON:Catriona}} on {{PHONE:07700 900855}}",
    ),
    (
        "x",
        "[[Hogmanay]] night shift in {{FACILITY:Ninewells}} [[ED]]. the amount of [[Irn-Bru]] consumed by staff is medically concerning",
    ),
    (
        "reddit",
        "Moving from {{LOCATION:Inverness}} to {{LOCATION:Glasgow}} for FY1, anyone know decent flats near {{FACILITY:Gartnavel}}? Lease here ends {{DATE:31st July}} and budget is tight",
    ),
    (
        "facebook",
        "Our wee {{PERSON:Eilidh}} got home from the {{FACILITY:Sick Kids}} in {{LOCATION:Edinburgh}} today after 6 weeks. [[Burns Night]] haggis is on us this year to every nurse on {{FACILITY:Ward 2}} ❤️",
    ),
    (
        "tiktok",
        "when the [[Staff Nurse]] says 'ye'll be fine hen' and hands you an [[NG tube]] 💀 #scottishnurse",
    ),
    (
        "whatsapp",
        "Can someone cover {{DATE:Thurs 9th}} late at {{FACILITY:Raigmore}}? {{PERSON:Mhairi}} has a funeral. Text me {{PHONE:07700 900332}}",
    ),
    (
        "instagram",
        "GRADUATED 🎓 BSc Adult Nursing ✔️ first job is on {{FACILITY:Ward 106}} at the {{FACILITY:ERI}} starting {{DATE:2nd September}} #newlyqualifiednurse",
    ),
    (
        "reddit",
        "How long did your [[PVG]] take? Applied in [[August]] and still nothing, HR keeps saying 6-8 weeks. Can't start without it",
    ),
    (
        "x",
        "my gran {{PERSON:Isla}} turned {{AGE:100}} at {{FACILITY:Dalmore House}} care home in {{LOCATION:Alness}} today and got a card from the King 👑 the staff did her hair and everything",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "whatsapp",
        "{{FACILITY:RVH}} ICU update: {{ROOM:bed 11}} extubated at 14:00, family ({{PERSON:Orla}}, daughter) informed. H&C {{ID:320 458 1174}} for the transfer letter to {{FACILITY:Antrim Area}}",
    ),
    (
        "facebook",
        "Anyone driving from {{LOCATION:Newry}} to {{FACILITY:Craigavon Area}} on {{DATE:Friday 16th}}? Mummy has an [[ERCP]] at 8 and I can't get off work. will pay petrol. {{PHONE:07700 900904}}",
    ),
    (
        "x",
        "waiting list in NI for a [[hip replacement]] is longer than my marriage lasted. wee da's been on it 5 years now",
    ),
    (
        "reddit",
        "F1 at {{FACILITY:Altnagelvin}} - is it normal that [[Sister]] {{PERSON:McGinley}} does the [[drug round]] herself and won't let F1s near the [[IV]] cupboard? Coming from {{LOCATION:Belfast}} it's so different",
    ),
    (
        "tiktok",
        "day in the life of a student nurse in NI: 6am tea, 7am [[Tayto]] crisps, 8am handover 😂 #ninurse",
    ),
    (
        "whatsapp",
        "lads the {{VEHICLE:LXZ 4821}} in the staff car park is blocking the [[ambulance]] bay AGAIN whose is it 🙄",
    ),
    (
        "instagram",
        "Happy [[St Patrick's Day]] from {{FACILITY:Ward 5B}} {{FACILITY:Ulster Hospital}} ☘️ shamrock cupcakes courtesy of our HCA {{PERSON:Bronagh}}",
    ),
    (
        "linkedin",
        "After 32 years in nursing I retire from the {{FACILITY:Mater}} on {{DATE:30 June 2024}}. Started as a cadet under [[Matron]] {{PERSON:Agnes Boyd}}, what a journey it has been.",
    ),
    (
        "x",
        "shout out to the paramedic who talked my son down from a panic attack in {{LOCATION:Lisburn}} tonight. you don't know what you did for us",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "whatsapp",
        "Hi all, {{FACILITY:St. James's}} [[AMAU]] tonight, {{ROOM:cubicle 6}} Mr {{PERSON:Ó Briain}} MRN {{MRN:4478120}} needs [[CT brain]] before 10. consultant is Dr {{PERSON:Kavanagh}}",
    ),
    (
        "reddit",
        "Anyone else's GP charging €65 now? Practice in {{LOCATION:Ballincollig}} put it up in [[January]]. Medical card application stuck since {{DATE:3rd Dec}}, PPSN {{ID:6473918KA}} entered right and all",
    ),
    (
        "x",
        "Trolley watch: {{FACILITY:UHL}} 121 on trolleys again today. Nothing about this is normal. #INMO",
    ),
    (
        "facebook",
        "Our mam {{PERSON:Bridie}} passed away peacefully in {{FACILITY:Marymount Hospice}} on {{DATE:19 November}} aged 88. Reposing at her home {{ADDRESS:14 Ard na Gréine, Fermoy, P61 X2K3}} from 4pm. Eternally grateful to the nurses.",
    ),
    (
        "tiktok",
        "irish mammies when you say you're a nurse: 'sure you'll have a look at my knee so' 😂 #irishnurse",
    ),
    (
        "whatsapp",
        "Swap needed: my night {{DATE:22/4}} in {{FACILITY:CUH}} for any day in [[May]]. Text {{PHONE:087 412 3360}}",
    ),
    (
        "linkedin",
        "Delighted to join the {{FACILITY:Beaumont}} neurosurgery team as Clinical Nurse Manager. Thanks to {{PERSON:Niamh Ó Dálaigh}} for the reference and the years of mentoring.",
    ),
    (
        "reddit",
        "Car clamped outside {{FACILITY:Tallaght University Hospital}} while I was in with my daughter for [[bloods]]. Reg {{VEHICLE:191-D-48210}}. Is there any point appealing?",
    ),
    (
        "instagram",
        "Intern year done ✅ {{FACILITY:UHG}} you broke me and built me. Off to {{LOCATION:Perth}} for a year like every other Irish doctor 🦘",
    ),
    (
        "x",
        "[[Beechams]], a hot whiskey and a double night shift. the irish way",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "whatsapp",
        "Handover {{FACILITY:RPA}} {{FACILITY:Ward 9 East}}: {{ROOM:bed 22}} Mrs {{PERSON:Papadopoulos}} 84F post [[lap chole]], [[PCA]] ceased, Medicare {{ID:2953 18472 1}} needed for the [[HITH]] referral",
    ),
    (
        "reddit",
        "Grad year at {{FACILITY:Westmead}} vs {{FACILITY:Royal North Shore}}? Living in {{LOCATION:Parramatta}} so {{FACILITY:Westmead}}'s closer but I've heard the [[ED]] is chaos",
    ),
    (
        "x",
        "arvo shift and the aircon is cooked again. 34 degrees in [[resus]]. fair dinkum",
    ),
    (
        "facebook",
        "Found: set of keys with a [[Bunnings]] tag near the Emergency entrance of {{FACILITY:Townsville University Hospital}}. Holden key, rego {{VEHICLE:891 ZKT}}. Handed in to security 👍",
    ),
    (
        "tiktok",
        "things my patients call [[Panadol]]: panny, panadeen, 'the white ones' #aussienurse #nursetok",
    ),
    (
        "linkedin",
        "Stoked to start as a Nurse Practitioner in remote health in {{LOCATION:Katherine}}. AHPRA registration {{LICENSE:NMW0001874420}} finally updated! Big thanks to {{PERSON:Jarrah Wilson}}, proud Jawoyn man and my mentor",
    ),
    (
        "whatsapp",
        "can someone grab my [[Milo]] tin from the tearoom on {{FACILITY:Ward 4B}} haha. also {{PERSON:Kirra}} ur locker is open",
    ),
    (
        "reddit",
        "Bupa rejected the claim for my son's [[grommets]] at {{FACILITY:Mater Private}}. Member number {{HEALTH_PLAN:71928344}}. Called three times. Anyone had luck with the ombudsman?",
    ),
    (
        "instagram",
        "[[Melbourne Cup]] day in the {{FACILITY:Royal Women's}} [[NICU]] 🐎 our little ones in their tiny fascinators 😍",
    ),
    (
        "x",
        "bloke came into [[ED]] with a [[redback]] bite on his... well. check the dunny seat before you sit is all I'm saying",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "whatsapp",
        "Kia ora team, {{FACILITY:Ward 36}} {{FACILITY:Middlemore}}: {{ROOM:bed 7}} {{PERSON:Wiremu Tane}} NHI {{ID:ZLT4821}}, [[cellulitis]] L leg on IV [[flucloxacillin]], whānau (daughter {{PERSON:Aroha}}) ph {{PHONE:021 457 902}}",
    ),
    (
        "x",
        "[[Matariki]] night shift and someone brought in a hāngī for the whole unit. best night ever",
    ),
    (
        "reddit",
        "Anyone done the CAP programme for overseas nurses in {{LOCATION:Hamilton}}? Coming from {{LOCATION:Kochi}} with 6 yrs ICU experience, not sure what to expect",
    ),
    (
        "facebook",
        "Our koro {{PERSON:Hemi}} is {{AGE:93}} today 🎉 celebrating with the whānau at {{FACILITY:Rātā Rest Home}} in {{LOCATION:Ōtaki}}",
    ),
    (
        "tiktok",
        "nz nurse pay vs aus nurse pay 🫠 *opens [[Skyscanner]]* #nznurse #nursestrike",
    ),
    (
        "whatsapp",
        "sweet as, I'll do {{DATE:Sun 14th}} night, can u take my {{DATE:Tues 23rd}} AM? cheers {{PERSON:Mere}}",
    ),
    (
        "linkedin",
        "Celebrating 10 years as a [[Plunket]] nurse in {{LOCATION:Porirua}} 💚 every family I've visited has taught me something",
    ),
    (
        "instagram",
        "lunch break at {{FACILITY:Christchurch Hospital}} with a bag of [[pineapple lumps]] and zero regrets",
    ),
    (
        "reddit",
        "Is it normal for [[Healthline]] to tell you to go to [[ED]] for everything? Called about my toddler's fever and they just said go in",
    ),
    (
        "x",
        "car park at {{FACILITY:Wellington Hospital}} ate my $20 and my soul",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "whatsapp",
        "Night report {{FACILITY:Unit 7A}} {{FACILITY:Sunnybrook}}: {{ROOM:rm 712-2}} Mr {{PERSON:Kowalczyk}} [[delirium]], [[Haldol]] x1 at 0200. OHIP {{ID:4821-773-019-KT}} for the home care referral. wife {{PERSON:Halina}} {{PHONE:416-555-0187}}",
    ),
    (
        "reddit",
        "Anyone know what the ER wait is like at {{FACILITY:Foothills}} on weekends? My daughter has [[croup]] again and we're in {{LOCATION:Bowness}}",
    ),
    (
        "x",
        "ER waiting room at 3am is the most Canadian place on earth. everyone apologizing to each other. a guy apologized to the vending machine",
    ),
    (
        "facebook",
        "Our family wants to thank the Elders and nurses at {{FACILITY:Thunder Bay Regional}} for caring for my grandmother {{PERSON:Mary Wabasse}} and respecting her smudging ceremony. Miigwech 🪶",
    ),
    (
        "tiktok",
        "canadian nurses on [[Thanksgiving]] weekend: turkey sandwich from [[Tim Hortons]] eaten standing in the med room 🍁",
    ),
    (
        "whatsapp",
        "Salut, qui peut prendre mon quart du {{DATE:12 mars}} à {{FACILITY:Sainte-Justine}}? La RAMQ de la patiente c'est {{ID:TREM 0503 1512}} pour le formulaire",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:SickKids}} as a Nurse Practitioner in cardiology. Thank you to my mentor Dr {{PERSON:Anjali Mehta}} for believing in me.",
    ),
    (
        "reddit",
        "Got a parking ticket at {{FACILITY:Health Sciences North}} while my dad was literally coding. plate {{VEHICLE:CBKR 482}}. Seriously {{LOCATION:Sudbury}}?",
    ),
    (
        "instagram",
        "[[Canada Day]] shift 🇨🇦 in the {{FACILITY:Royal Alex}} NICU. red and white scrubs all round",
    ),
    (
        "x",
        "is it just me or did the [[Tylenol]] shortage never actually end",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Sir, {{FACILITY:AIIMS}} private ward {{ROOM:bed 14}} pt {{PERSON:Ramesh Yadav}} UHID {{MRN:104722938}} post [[CABG]] day 3, [[Hb]] 8.2. attendant no {{PHONE:+91 98110 42736}}",
    ),
    (
        "reddit",
        "NEET PG prep + duty at {{FACILITY:KEM}} is killing me. 36 hr shifts and then people ask why residents are burnt out",
    ),
    (
        "x",
        "[[Diwali]] night casualty at {{FACILITY:Safdarjung}} = burns, burns and more burns. please be careful with crackers 🙏",
    ),
    (
        "facebook",
        "URGENT: need B-ve blood for my father {{PERSON:Murugan Selvaraj}} at {{FACILITY:Apollo Greams Road}}, {{LOCATION:Chennai}}. Contact {{PHONE:94440 17825}} ({{PERSON:Karthik}})",
    ),
    (
        "tiktok",
        "when the patient's relatives bring sweet [[Pongal]] for the whole ward 😭❤️ #nursinglife #tamilnadu",
    ),
    (
        "whatsapp",
        "Aadhaar {{ID:4821 7730 1956}} and ABHA {{ID:91-4407-2216-8350}} of {{ROOM:bed 6}} pt needed for the [[PMJAY]] claim. whoever is on day shift pls upload",
    ),
    (
        "linkedin",
        "Honoured to receive the best resident award at {{FACILITY:CMC Vellore}}. Grateful to Dr {{PERSON:Thomas Kurian}}, my HOD, for everything.",
    ),
    (
        "reddit",
        "Mom admitted in {{FACILITY:Fortis}} {{LOCATION:Mohali}}, TPA not approving cashless. Star Health policy {{HEALTH_PLAN:P/211114/01/2024/018273}}. Any tips??",
    ),
    (
        "instagram",
        "[[Holi]] with the PG batch before night duty 🌈 colours still not coming off my hands lol",
    ),
    (
        "x",
        "patients who stop [[Crocin]] because 'fever came down' and then come back in 2 days 🙃",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "whatsapp",
        "Good morning doctors. {{FACILITY:LUTH}} {{FACILITY:Ward C2}}: {{ROOM:bed 4}} Mrs {{PERSON:Adebayo-Okonkwo}} severe [[PET]] on [[MgSO4]], BP 160/110. Hosp no {{MRN:LUTH/24/08871}}. husband {{PERSON:Chinedu}} {{PHONE:0803 412 7790}}",
    ),
    (
        "x",
        "light went off in theatre at {{FACILITY:UCH}} {{LOCATION:Ibadan}} mid-[[laparotomy]]. generator took 4 minutes. 4 minutes of phone torchlight. naija we hail thee",
    ),
    (
        "reddit",
        "For PLAB, how long did your MDCN certificate of good standing take? Applied from {{LOCATION:Enugu}} in [[June]], folio {{LICENSE:MDCN/R/48217}}, still nothing",
    ),
    (
        "facebook",
        "[[Thanksgiving]] service for the recovery of my mother Deaconess {{PERSON:Folake Adeyemi}} after 3 weeks at {{FACILITY:LASUTH}}, {{DATE:Sunday 6th October}} in {{LOCATION:Ikeja}}. God is faithful 🙌🏾",
    ),
    (
        "tiktok",
        "nigerian nurses when the patient's family brings [[jollof]] to the nurses station 😂🙌🏾 #naijanurse",
    ),
    (
        "whatsapp",
        "HMO no {{HEALTH_PLAN:HYG/LAG/0042197}} for the patient in {{ROOM:bed 2}}, [[Hygeia]] said they'll approve by evening. abeg who has the ward phone",
    ),
    (
        "linkedin",
        "Excited to announce I've completed my house job at {{FACILITY:UNTH}} {{LOCATION:Enugu}}. Special thanks to Prof {{PERSON:Obiora Nwankwo}} for the mentorship.",
    ),
    (
        "x",
        "registration desk demanding NIN for everything now. woman of {{AGE:92}} doesn't even know what NIN is 😩",
    ),
    (
        "reddit",
        "My car ({{VEHICLE:KJA 482 BX}}) was towed from {{FACILITY:Reddington Hospital}} car park in {{LOCATION:Victoria Island}} while I was visiting my uncle. Is that even legal?",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "whatsapp",
        "Handover {{FACILITY:Bara}} {{FACILITY:Ward 21}}: {{ROOM:bed 17}} {{PERSON:Sipho Ndlovu}} GSW abdo, post [[ex-lap]], for [[relook]] tomorrow. ID {{ID:8704125839081}}. Mom {{PHONE:072 481 3307}}",
    ),
    (
        "x",
        "[[loadshedding]] during [[CPR]] at {{FACILITY:Tygerberg}}. the generator kicked in on compression 28. never again",
    ),
    (
        "facebook",
        "[[Discovery]] said {{PERSON:Thandeka}}'s hospital plan covers it but now the [[MRI]] is a co-payment 😡 member no {{HEALTH_PLAN:410072893}}, anyone had this?",
    ),
    (
        "tiktok",
        "comm serve year be like: one doctor, 80 patients, and [[Sister]] telling you 'hurry up doctor' 😭 #commserve",
    ),
    (
        "reddit",
        "HPCSA registration {{LICENSE:MP 0748213}} still 'pending' after 4 months. Can't start internship at {{FACILITY:Charlotte Maxeke}}. Is this normal?",
    ),
    (
        "whatsapp",
        "Molweni, I'm swapping {{DATE:28 Feb}} nights with {{PERSON:Nomvula}} at {{FACILITY:Frere}} in {{LOCATION:East London}}. [[Sister]] knows",
    ),
    (
        "linkedin",
        "Proud moment: our [[Kangaroo Mother Care]] unit at {{FACILITY:Mowbray Maternity}} just reached 500 babies.",
    ),
    (
        "instagram",
        "[[Heritage Day]] braai with the clinic staff 🔥 you lot are the best team in the province",
    ),
    (
        "reddit",
        "My oupa ({{AGE:91}}) was discharged from {{FACILITY:Groote Schuur}} without his [[warfarin]] script. We live at {{ADDRESS:23 Kilimanjaro Street, Tafelsig, 7785}} in {{LOCATION:Mitchells Plain}}, how do I complain?",
    ),
    (
        "x",
        "hiding in the sluice eating a [[Bar One]] at 3am. living the dream",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "whatsapp",
        "{{FACILITY:SGH}} {{FACILITY:Ward 64}} {{ROOM:bed 23}} Mdm {{PERSON:Tan Ah Lian}} NRIC {{ID:S4417263J}} for [[OGD]] tmr, NBM after 12mn. son {{PERSON:Jason}} hp {{PHONE:9127 4408}}",
    ),
    (
        "x",
        "[[Deepavali]] shift at {{FACILITY:TTSH}} and the aunties brought murukku for the whole [[A&E]] 🪔",
    ),
    (
        "reddit",
        "Is the queue at {{FACILITY:Bedok Polyclinic}} always this long or is it because of [[CNY]]? Waited 3 hrs for an [[MC]]",
    ),
    (
        "facebook",
        "Lost my dad's pill box at the void deck of {{ADDRESS:Blk 418 Ang Mo Kio Ave 10}} near the coffeeshop. Got his [[Warfarin]] inside. pls call {{PHONE:8233 5106}}",
    ),
    (
        "tiktok",
        "things SG nurses survive on: [[Milo]] peng, kaya toast, and pure spite lah",
    ),
    (
        "linkedin",
        "Delighted to be appointed Nurse Clinician at {{FACILITY:KKH}}. Thank you [[Sister]] {{PERSON:Lim Bee Hoon}} for shaping me as a new grad.",
    ),
    (
        "whatsapp",
        "whoever parked {{VEHICLE:SKM 4821 T}} at the {{FACILITY:NUH}} carpark pls move, blocking the ambulance",
    ),
    (
        "reddit",
        "Mum's [[cataract]] op at {{FACILITY:CGH}} still left a $2k bill after Medisave. IP policy {{HEALTH_PLAN:0018472933}}. Normal or should I appeal?",
    ),
    (
        "instagram",
        "[[Hari Raya]] open house after night shift 🌙 selamat hari raya from the {{FACILITY:Sengkang General}} ICU team",
    ),
    (
        "x",
        "why does every uncle at the clinic insist he's allergic to [[Panadol]] but fine with [[Panadol Extra]]",
    ),
    # ---------------------------------------------------------------- United States
    (
        "whatsapp",
        "Report for {{FACILITY:4 West}}: {{ROOM:rm 412B}} {{PERSON:Delgado, Marisol}} MRN {{MRN:00847219}} [[CHF]] exacerbation, [[Lasix]] 40 IV BID, strict I&Os. Daughter {{PERSON:Yesenia}} {{PHONE:(602) 555-0148}}",
    ),
    (
        "reddit",
        "Travel nurse here, just finished 13 weeks at {{FACILITY:Banner University Medical Center}} in {{LOCATION:Tucson}}. Next contract is in {{LOCATION:Boise}}, any tips on housing?",
    ),
    (
        "x",
        "insurance denied my [[Ozempic]] prior auth for the 3rd time. member ID {{HEALTH_PLAN:XEH884127703}}. this country is a joke",
    ),
    (
        "facebook",
        "Prayers needed 🙏 my husband {{PERSON:Darnell}} is at {{FACILITY:Grady}} after the wreck on I-285 last night. GoFundMe is at {{URL:gofund.me/4e8a21c7}}",
    ),
    (
        "tiktok",
        "nurses when the patient asks for [[Benadryl]] IV push by name 🚩🚩 #nursetok",
    ),
    (
        "reddit",
        "Got a bill from {{FACILITY:Cedars-Sinai}} for $4,200 after insurance. Account {{ACCOUNT:7730019284}}. Also the letter had my SSN {{SSN:518-44-7261}} printed on it??",
    ),
    (
        "linkedin",
        "Excited to announce I've joined {{FACILITY:Mass General}} as a hospitalist. NPI {{NPI:1487293054}} for my referring colleagues 😉",
    ),
    (
        "whatsapp",
        "[[Juneteenth]] week swap? I'll take {{DATE:6/22}} if you take {{DATE:7/4}}",
    ),
    (
        "instagram",
        "pinning ceremony done 🎓 starting in the [[NICU]] at {{FACILITY:Texas Children's}} in [[August]]!!",
    ),
    (
        "x",
        "the [[Pyxis]] locked me out mid-[[code]] again. love that for me",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "whatsapp",
        "Habari team, {{FACILITY:KNH}} {{FACILITY:Ward 7D}} {{ROOM:bed 19}} {{PERSON:Wanjiru Kamau}} IP no {{MRN:1847209}} [[eclampsia]], on [[MgSO4]]. Mum {{PHONE:0722 481 096}}",
    ),
    (
        "x",
        "SHA system down again at {{FACILITY:Moi Teaching and Referral}} in {{LOCATION:Eldoret}}, patients waiting since 6am. wueh",
    ),
    (
        "facebook",
        "[[Harambee]] for mama {{PERSON:Atieno}}'s dialysis at {{FACILITY:Aga Khan}} {{LOCATION:Kisumu}}. [[M-Pesa]] to {{PHONE:0711 294 553}} ({{PERSON:Otieno}}). Asanteni 🙏",
    ),
    (
        "tiktok",
        "kenyan nurses when the patient says 'nimekunywa [[Panadol]] tu' for a week of fever 😂 #kenyannurse",
    ),
    (
        "reddit",
        "Anyone know when the intern posting list comes out? KMPDC reg {{LICENSE:A10482}} done, hoping for {{FACILITY:Nakuru Level 5}}",
    ),
    (
        "linkedin",
        "Grateful to have completed my fellowship at {{FACILITY:Kenyatta University Teaching, Referral & Research Hospital}}. Asante Dr {{PERSON:Mwangi}} for the guidance.",
    ),
    (
        "whatsapp",
        "Matatu {{VEHICLE:KCD 482J}} hit a boda near {{LOCATION:Thika}}, 3 casualties coming to our [[casualty]]. prepare [[resus]]",
    ),
    (
        "x",
        "[[ugali]] at the staff canteen is the only reason I survive nights",
    ),
    (
        "instagram",
        "{{LOCATION:Kibera}} outreach clinic today 💙 250 kids [[dewormed]] and a lot of sore feet",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "whatsapp",
        "{{FACILITY:Korle Bu}} maternity {{FACILITY:Ward 2}}: {{ROOM:bed 8}} {{PERSON:Akosua Mensah}} folder no {{MRN:KB/2024/55821}}, [[PPH]] settled, 2 units given. husband {{PERSON:Kwabena}} {{PHONE:024 418 7723}}",
    ),
    (
        "x",
        "no bed syndrome at {{FACILITY:Ridge}} again. we turned away 4 patients tonight. God help us",
    ),
    (
        "facebook",
        "One week celebration for our father Opanyin {{PERSON:Kofi Asante}} who was called home at {{FACILITY:Komfo Anokye}} on {{DATE:4th August 2024}}. Da yie, Papa 🕊️",
    ),
    (
        "tiktok",
        "ghanaian mums when you say you have a headache: 'take [[paracetamol]] and sleep' for literally everything #ghananurse",
    ),
    (
        "reddit",
        "NHIS card number {{HEALTH_PLAN:20417739}} not working at the pharmacy in {{LOCATION:Kumasi}}, they said it's expired. I renewed it in [[March]]??",
    ),
    (
        "linkedin",
        "Thrilled to share that I've been promoted to Senior Nursing Officer at {{FACILITY:Tamale Teaching Hospital}}. PIN {{LICENSE:RGN 48211}}, 11 years and counting.",
    ),
    (
        "whatsapp",
        "Who parked {{VEHICLE:GR 4821-22}} in front of theatre? Dr {{PERSON:Boateng}} can't pass",
    ),
    (
        "instagram",
        "[[Homowo]] vibes at the outreach in {{LOCATION:Jamestown}} 🎉 BP checks and free [[malaria]] RDTs",
    ),
    (
        "x",
        "records clerk read my Ghana Card number {{ID:GHA-718204415-3}} out loud to the whole OPD so now everyone at {{FACILITY:Cape Coast Teaching}} knows it 😭",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "whatsapp",
        "Endorsement {{FACILITY:PGH}} {{FACILITY:Ward 1}}: {{ROOM:bed 32}} {{PERSON:Dela Cruz, Maria Lourdes}} [[dengue]] day 5, plt 42k, for repeat [[CBC]] 6am. Watcher is husband {{PERSON:Bong}} {{PHONE:0917 482 3301}}",
    ),
    (
        "x",
        "nurse sa tertiary hospital pero sahod pang-probinsya 🥲 papunta na ako abroad, bahala na",
    ),
    (
        "facebook",
        "Pa-help po, need O+ blood donors for my lola {{PERSON:Remedios}}, {{AGE:90}}, admitted at {{FACILITY:Vicente Sotto}} {{LOCATION:Cebu City}}. Contact {{PHONE:0998 214 5573}}. PhilHealth {{ID:19-045827719-3}} para sa claims",
    ),
    (
        "tiktok",
        "filipino nurses abroad eating [[sinigang]] in the staff room at 3am 🥹🇵🇭 #pinoynurse",
    ),
    (
        "reddit",
        "PRC license {{LICENSE:0748215}} finally released! Ang tagal. Duty sa {{FACILITY:East Avenue Medical Center}} starts {{DATE:Jan 15}}",
    ),
    (
        "whatsapp",
        "guys [[Noche Buena]] potluck sa nurse station {{DATE:Dec 24}}, sino magdadala ng lumpia?",
    ),
    (
        "linkedin",
        "Grateful to {{FACILITY:Makati Med}} for 5 amazing years. Next chapter: critical care at {{FACILITY:Hamad General}} in {{LOCATION:Doha}}.",
    ),
    (
        "instagram",
        "[[Simbang Gabi]] then straight to night duty 🙏 kaya natin 'to",
    ),
    (
        "x",
        "late na naman ako sa endorsement dahil sa trapik sa {{LOCATION:Cubao}} 😭 CI please understand",
    ),
    # ---------------------------------------------------------------- Malaysia
    (
        "whatsapp",
        "Salam semua, {{FACILITY:HKL}} {{FACILITY:Wad 6}} {{ROOM:katil 14}} En. {{PERSON:Ahmad Faizal}} IC {{ID:720418-14-5563}} post [[TURP]], CBI running. Wife {{PHONE:012-448 2917}}",
    ),
    (
        "x",
        "[[Raya]] oncall again, balik kampung cancelled for the third year 🥲",
    ),
    (
        "facebook",
        "Terima kasih to the staff at {{FACILITY:Hospital Pulau Pinang}} who cared for my ah ma {{PERSON:Lim Siew Eng}}, {{AGE:97}}. She went peacefully on {{DATE:3/11}} 🙏",
    ),
    (
        "tiktok",
        "housemen life: [[Milo]] ais, nasi lemak, 3 hours sleep #housemanmalaysia",
    ),
    (
        "reddit",
        "Worth going private? Quoted RM18k for my dad's [[angioplasty]] at {{FACILITY:Sunway Medical}}, or wait months at {{FACILITY:IJN}}?",
    ),
    (
        "whatsapp",
        "siapa punya {{VEHICLE:WXY 4821}} parking kat depan [[ETD]]? ambulans tak boleh masuk",
    ),
    (
        "linkedin",
        "Proud to be part of the [[Deepavali]] health screening in {{LOCATION:Brickfields}} with Dr {{PERSON:Kavitha Subramaniam}} and team.",
    ),
    (
        "instagram",
        "Chinese New Year on the ward 🧧 our [[Sister]] {{PERSON:Wong}} made yee sang for everyone",
    ),
    (
        "x",
        "patient asked if [[Uphamol]] soluble is 'stronger' than normal one. uncle it's the same lah",
    ),
    # ---------------------------------------------------------------- Jamaica
    (
        "whatsapp",
        "{{FACILITY:UHWI}} {{FACILITY:Ward 5}}: {{ROOM:bed 10}} Miss {{PERSON:Hyacinth Campbell}} docket {{MRN:UH-0482173}} [[sickle cell crisis]], on [[morphine]] PCA. son {{PERSON:Tajay}} {{PHONE:876-555-0192}}",
    ),
    (
        "x",
        "{{FACILITY:KPH}} A&E tonight wid no AC and 40 patients. nurses inna Jamaica deserve more dan claps",
    ),
    (
        "facebook",
        "Big up di team at {{FACILITY:Cornwall Regional}} in {{LOCATION:Mobay}}, unnu save mi granny Miss {{PERSON:Gloria}}. she {{AGE:92}} and still a cuss di nurses 😂",
    ),
    (
        "tiktok",
        "jamaican nurse starter pack: [[ackee]] and saltfish breakfast, two pens, and a bag juice #jamaicannurse",
    ),
    (
        "reddit",
        "Pharmacy in {{LOCATION:Half Way Tree}} says my NHF card {{HEALTH_PLAN:48217366}} isn't registered for my [[metformin]]. Anyone know how to fix?",
    ),
    (
        "whatsapp",
        "who have di white Probox {{VEHICLE:PC 4821}}? it block di ambulance bay again",
    ),
    (
        "linkedin",
        "Honoured to receive the nursing excellence award at {{FACILITY:Bustamante Hospital for Children}}. Thank you [[Matron]] {{PERSON:Beckford}}.",
    ),
    (
        "instagram",
        "[[Emancipation Day]] on duty 🇯🇲 proud of every nurse holding it down today",
    ),
    (
        "x",
        "clerk at {{FACILITY:Spanish Town Hospital}} ask fi mi TRN {{ID:112-482-773}} three times and still spell mi name wrong",
    ),
    # ---------------------------------------------------------------- Pakistan
    (
        "whatsapp",
        "AoA, {{FACILITY:Mayo}} {{FACILITY:Surgical Unit 2}} {{ROOM:bed 18}} {{PERSON:Muhammad Asif}} MR no {{MRN:2024-118472}} [[appendicectomy]] done, attendant {{PHONE:0300-4827193}}",
    ),
    (
        "x",
        "[[Eid]] duty in emergency: 3 RTAs and 2 sheer khurma overdoses 😂 Eid Mubarak to all the docs on call",
    ),
    (
        "facebook",
        "Blood required A+ for my ammi {{PERSON:Nasreen Bibi}} at {{FACILITY:PIMS}} {{LOCATION:Islamabad}}. CNIC {{ID:37405-4821773-2}} for the donor slip. Contact {{PHONE:0333 5182947}}",
    ),
    (
        "tiktok",
        "house job in Pakistan: 36 hour duty, no stipend, and the attendant asking 'doctor sahab asli doctor kab aayega' 💀",
    ),
    (
        "reddit",
        "PMDC registration {{LICENSE:48217-P}} renewal portal keeps crashing, anyone managed to get it done?",
    ),
    (
        "linkedin",
        "Delighted to join {{FACILITY:AKUH}} in {{LOCATION:Karachi}} as a Paediatrics resident. Shukriya Dr {{PERSON:Farah Siddiqui}} for your support.",
    ),
    (
        "whatsapp",
        "[[Sehat]] card approval for {{ROOM:bed 7}} still pending, family ka number {{PHONE:0321-4418207}}",
    ),
    (
        "instagram",
        "[[Ramadan]] iftar on the ward 🌙 dates and [[Rooh Afza]] for everyone",
    ),
    (
        "x",
        "someone's car {{VEHICLE:LEB-4821}} blocking the emergency gate at {{FACILITY:Services Hospital}} {{LOCATION:Lahore}} 😡",
    ),
]
