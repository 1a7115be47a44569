# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set K (fictional), written 2026-12-06 09:02 UTC, by a writer who did not see the anonymizer code. 180 posts across 19 settings and 7 platforms."""

INTL_K: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "Anyone else on {{FACILITY:Ward 7B}} at the {{FACILITY:QE}} absolutely done with the [[Datix]] culture? Sister had a go at me in front of {{ROOM:bay 3 bed 2}} because I signed for the [[Oramorph]] 10 mins late. [[Band 5]] and dying inside",
    ),
    (
        "whatsapp",
        "nights handover: {{ROOM:side room 4}} {{PERSON:HARGREAVES, M}} {{AGE:93}} [[DNACPR]] in place, son {{PERSON:Gary}} {{PHONE:07700 900218}} wants a call if anything changes. [[NHS]] no {{ID:485 777 3456}}",
    ),
    (
        "x",
        "12 hour shift, 0 breaks, 1 custard cream. [[HCA]] life. happy [[Monday]] everyone 🙃 #[[NHSworkforce]]",
    ),
    (
        "facebook",
        "Huge thank you to everyone at {{FACILITY:Stepping Hill}} neonatal who looked after our little {{PERSON:Summer}} after she arrived on {{DATE:14/02}} at 29 weeks 💕 you are all angels #{{PERSON:summer}}sbattle #[[prem]]",
    ),
    (
        "tiktok",
        "pov: you're the HCA and [[Matron]] walks in during the [[Wimbledon]] final on the day room telly 😭😭 #nhs #[[nightshift]]",
    ),
    (
        "linkedin",
        "Delighted to share that I've joined {{FACILITY:Leeds General Infirmary}} as an [[ANP]] in acute medicine. Grateful to my mentor {{PERSON:Priya Chauhan}} and the whole team on {{FACILITY:Ward 28}}. [[NMC]] revalidation done too, PIN {{LICENSE:09A1234E}} ✅",
    ),
    (
        "reddit",
        "throwaway obvs. patient's wife recognised me in the [[Aldi]] in {{LOCATION:Chorlton}} and started asking about his [[warfarin]] in the queue. how do you lot handle this without being rude??",
    ),
    (
        "whatsapp",
        "can someone swap my long day {{DATE:Sat 22nd}}?? cousin {{PERSON:Blessing}}'s wedding in {{LOCATION:Croydon}} 🙏 will do any [[Bank Holiday]] in return x",
    ),
    (
        "instagram",
        "first [[Christmas]] on [[Paeds]] 🎄 the kids made us a card and little {{PERSON:joy}} from {{ROOM:cubicle 6}} drew me as a princess. cried in the sluice ngl #[[nursinglife]]",
    ),
    (
        "x",
        "3 HOURS HOLDING OUTSIDE THE {{FACILITY:ROYAL STOKE}} WITH A {{AGE:92}}YO ON THE FLOOR OF THE TRUCK. crew {{VEHICLE:YX19 KHL}} still waiting. [[Category 2]] my foot #[[handover]]",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "whatsapp",
        "Bore da all, {{FACILITY:Ward 3}} at {{FACILITY:Glangwili}} short again tonight 😩 {{PERSON:Rhiannon}} can you ring the bleep holder on {{PHONE:01267 227431}}? diolch",
    ),
    (
        "reddit",
        "Moving from {{LOCATION:Merthyr}} to {{LOCATION:Canton}} - is {{FACILITY:UHW}} or {{FACILITY:Llandough}} better for a newly qualified [[physio]]? Heard parking at the {{FACILITY:Heath}} is a nightmare and the [[MSK]] rotation is oversubscribed",
    ),
    (
        "facebook",
        "Mam {{PERSON:Gwenllian}} turned {{AGE:100}} today at {{FACILITY:Plas Hafod}} in {{LOCATION:Pwllheli}}! Card from the [[King]] and a cake shaped like a [[Welsh cake]] 🎂❤️",
    ),
    (
        "x",
        "[[Welsh Government]] announces another review. Meanwhile 14hr waits in A&E at {{FACILITY:Morriston}} and the [[Senedd]] is arguing about 20mph. class.",
    ),
    (
        "tiktok",
        "when a [[cwtch]] from your mentor is the only thing keeping you going on night 4 🥲 #nursesofwales #[[SixNations]]",
    ),
    (
        "whatsapp",
        "{{PERSON:Dai}} pt in {{ROOM:bed 11}} {{PERSON:PRITCHARD, E}} wants her [[Lansoprazole]] early, DOB {{DATE:03/09/1941}}, hosp no {{MRN:M0482193}}, pls chart before [[ward round]]",
    ),
    (
        "linkedin",
        "Proud to have completed my [[V300]] non-medical prescribing at {{FACILITY:Swansea University}}. Diolch to my practice assessor {{PERSON:Ceri Llewellyn}} and the diabetes team at {{FACILITY:Ysbyty Gwynedd}}. Onwards! #[[NHSWales]]",
    ),
    (
        "reddit",
        "does the [[NHS Wales]] bursary cover placement travel or is that a [[Student Finance]] thing?? first year [[midwifery]], skint, car just failed its [[MOT]] 😩",
    ),
    (
        "instagram",
        "rainbow over {{LOCATION:Rhyl}} after a 13hr shift at {{FACILITY:Glan Clwyd}} 🌈 #{{PERSON:ffion}}takespics #[[Eisteddfod]]",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "whatsapp",
        "pt {{PERSON:MACLEOD, A}} CHI {{ID:2304561234}} booked for CT at {{FACILITY:QEUH}} the morra, [[PTS]] picking up from {{LOCATION:Drumchapel}} 0800",
    ),
    (
        "reddit",
        "Does anyone else still call it the {{FACILITY:Death Star}}? Got a [[Band 6]] interview there [[Tuesday]], any tips on the [[NHS Scotland]] values questions?",
    ),
    (
        "x",
        "patient at 3am: 'are you a real nurse or one of they student ones'. aye hen, real as the [[Irn Bru]] in my locker #[[nightshift]]",
    ),
    (
        "facebook",
        "My granny {{PERSON:Morag}} ({{AGE:96}}) had the best care on {{FACILITY:Ward 9}} at {{FACILITY:Ninewells}}. Special thanks to staff nurse {{PERSON:Kirsty}} who sang [[Loch Lomond]] with her every night 💙",
    ),
    (
        "tiktok",
        "glasgow nurses when the [[Celtic]] [[Rangers]] game finishes and A&E fills up 💀 #[[OldFirm]] #scottishnurse",
    ),
    (
        "whatsapp",
        "{{PERSON:Hamish}} any chance u cover {{DATE:Friday 9th}} at {{FACILITY:Raigmore}}? my wee one {{PERSON:Skye}} has her school [[Burns Night]] thing",
    ),
    (
        "linkedin",
        "Excited to start as [[Charge Nurse]] in the Emergency Department at {{FACILITY:Royal Infirmary of Edinburgh}}. Thank you to everyone at {{FACILITY:St John's}} in {{LOCATION:Livingston}} for 6 brilliant years.",
    ),
    (
        "reddit",
        "my GP practice in {{LOCATION:Leith}} wants me to email my [[CHI]] number and DOB to {{EMAIL:admin.leithmedical@nhs.scot}}, is that normal or a scam? [[NHS 24]] said ask the practice lol",
    ),
    (
        "instagram",
        "sunrise from the car park at {{FACILITY:Forth Valley Royal}} after 4 nights 🌅 [[Ben Ledi]] looking braw #[[Scotland]]",
    ),
    (
        "x",
        "Student nurse bursary in Scotland still beats England's by miles. [[RCN]] please shout louder for the ones down south. #[[ScotNursing]]",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "whatsapp",
        "{{PERSON:Siobhan}} bed manager rang, {{ROOM:bay 4 bed 1}} moving to {{FACILITY:Ward 6D}} in the {{FACILITY:RVH}}. H&C no {{ID:324 567 8912}} for the transfer letter",
    ),
    (
        "reddit",
        "Anyone work in {{FACILITY:Craigavon Area}} ED? Is it as bad as the [[Belfast Telegraph]] says? Got offered a post and I live in {{LOCATION:Portadown}} so the commute is grand",
    ),
    (
        "x",
        "who's in charge of our pay this week, [[Stormont]] or [[Westminster]]? genuinely no clue anymore #[[RCNNI]]",
    ),
    (
        "facebook",
        "RIP to our {{PERSON:Patsy}} who passed peacefully in {{FACILITY:Antrim Area}} on {{DATE:14th March}}. The [[Macmillan]] nurses were angels. Wake at the house, all welcome",
    ),
    (
        "tiktok",
        "norn iron nurses saying 'wee' 400 times a shift 😂 'wee [[paracetamol]]', 'wee cup of tea', 'wee [[Ulster Fry]]'",
    ),
    (
        "whatsapp",
        "WHOSE CAR IS {{VEHICLE:NIZ 4821}}??? blocking the ambulance bay at {{FACILITY:Daisy Hill}} again, [[PSNI]] will be called",
    ),
    (
        "linkedin",
        "Thrilled to be joining the [[ICU]] team at the {{FACILITY:Mater Infirmorum}}. Thank you Dr {{PERSON:Conor Magee}} for the support through my [[FICM]] application.",
    ),
    (
        "reddit",
        "weird one. district nursing referral out of {{FACILITY:Altnagelvin}} today for {{ADDRESS:12 Glenshane Park, Derry BT48 8QL}} and it's my old childhood house. do I flag it or just crack on? [[Trust]] policy is vague",
    ),
    (
        "instagram",
        "{{LOCATION:Newcastle}} sea swim after nights 🥶 the [[Mournes]] looking class #[[wildswimming]]",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "[[INMO]] trolley watch says 100+ on trolleys in {{FACILITY:UHL}} again today. Anyone on {{FACILITY:Ward 3B}} know if the [[HSE]] recruitment pause is actually lifting?",
    ),
    (
        "whatsapp",
        "{{PERSON:Aoife}} pt {{PERSON:O'SULLIVAN, P}} MRN {{MRN:0789341}} PPSN {{ID:1234567TA}} for discharge to {{FACILITY:St Joseph's Nursing Home}} in {{LOCATION:Mallow}}, [[Fair Deal]] sorted",
    ),
    (
        "x",
        "The {{FACILITY:Mater}} ED at 3am on [[Paddy's Day]] is a different planet altogether #[[Guinness]]",
    ),
    (
        "facebook",
        "Dad {{PERSON:Mick}} is home from {{FACILITY:Beaumont}} after 6 weeks 🙏 thanks to all in the stroke unit especially {{PERSON:Precious}} from the [[Philippines]] who made him laugh every day",
    ),
    (
        "tiktok",
        "irish mammy on visiting hours: 'did they give you your [[Lyrica]]? did you drink the [[Club Orange]]?' #[[LateLateShow]]",
    ),
    (
        "whatsapp",
        "Eircode for the home visit is {{ADDRESS:D08 X4F2}}, {{PERSON:Nuala}} will meet you at the door, her number {{PHONE:087 123 4567}}",
    ),
    (
        "linkedin",
        "After 8 years in {{LOCATION:Kochi}} I'm delighted to start at {{FACILITY:Cork University Hospital}} 🇮🇪 [[NMBI]] PIN {{LICENSE:152387}} finally through. Thank you [[CNM2]] {{PERSON:Deirdre Hegarty}}!",
    ),
    (
        "reddit",
        "is nursing worth the [[CAO]] points? [[Leaving Cert]] next June and my mam wants me to do [[Pharmacy]] instead",
    ),
    (
        "instagram",
        "walking the prom in {{LOCATION:Salthill}} after 3 lates at {{FACILITY:UHG}} 💙 #[[GalwayRaces]] week madness",
    ),
    (
        "x",
        "nobody: ... the [[HSE]] email at 9pm: 'mandatory [[HSeLanD]] modules due [[Friday]]' 🙃",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "New grad offers from {{FACILITY:RPA}} and {{FACILITY:Westmead}}, I live in {{LOCATION:Parramatta}}. [[AHPRA]] finally came through ({{LICENSE:NMW0001234567}} lol). Which one for a [[TPP]] year?",
    ),
    (
        "whatsapp",
        "Reg pls chart [[Endone]] PRN for {{ROOM:Bed 14}} {{PERSON:NGUYEN, T}}, Medicare {{HEALTH_PLAN:2123 45670 1}}, he's a 7/10 and [[Panadol]] isn't touching it",
    ),
    (
        "x",
        "arvo shift at the {{FACILITY:Alfred}} + [[Melbourne Cup]] sweep in the tearoom = nobody has done a single set of obs since 3pm 🐎",
    ),
    (
        "facebook",
        "Massive thanks to the [[RFDS]] crew who flew Dad from {{LOCATION:Broken Hill}} to the {{FACILITY:Royal Adelaide}} last night 🙏 #prayersfor{{PERSON:bazza}}",
    ),
    (
        "tiktok",
        "ED nurse vs [[Schoolies]] week 💀 [[Bundy]] cans and [[Maccas]] wrappers everywhere #nursesofaustralia",
    ),
    (
        "whatsapp",
        "Can whoever drives {{VEHICLE:DF48KT}} move it pls? You're parked in the [[MET]] call bay 😡",
    ),
    (
        "linkedin",
        "Excited to join {{FACILITY:Sir Charles Gairdner}} in {{LOCATION:Perth}} as a [[CNS]] in cardiology! Big thank you to my NUM {{PERSON:Shaz Whitfield}} for backing me.",
    ),
    (
        "facebook",
        "Community nurse left a card for Mum at {{ADDRESS:4/17 Banksia St, Dubbo NSW 2830}} but came on the wrong day 🙄 her [[NDIS]] plan says [[Wednesday]]! Anyone know who to ring?",
    ),
    (
        "instagram",
        "{{LOCATION:Bondi}} dip before night 3 🌊 [[Anzac Day]] long weekend rostered on obviously #[[nursesofinstagram]]",
    ),
    (
        "x",
        "[[Queensland Health]] rostering: 3 nights, 1 day off, 2 earlies. [[Woolies]] pays better I swear",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "whatsapp",
        "kia ora team, {{PERSON:Mere}} in {{ROOM:room 7}} NHI {{ID:ZHK4821}} needs her [[Clexane]] at 1800, whānau arriving from {{LOCATION:Kaitaia}} tonight",
    ),
    (
        "reddit",
        "Is {{FACILITY:Middlemore}} really that rough for new grads? [[Te Whatu Ora]] offer came through and honestly the [[NZNO]] pay deal isn't bad",
    ),
    (
        "x",
        "striking [[Thursday]]. [[NZNO]] members, see you at the gates. bring [[L&P]] and [[Pineapple Lumps]] 💪",
    ),
    (
        "facebook",
        "Welcome to the world {{PERSON:Aroha}} 💛 born at {{FACILITY:Waikato Hospital}} on {{DATE:2 June}}, 3.4kg. Thank you to our midwife {{PERSON:Tania}} and the [[Plunket]] nurses already!",
    ),
    (
        "tiktok",
        "kiwi nurse says 'yeah nah' to the reg for the 5th time today #[[Matariki]] #nursesofnz",
    ),
    (
        "linkedin",
        "Moving from {{FACILITY:Christchurch Hospital}} to rural nursing in {{LOCATION:Gisborne}}. [[Nursing Council]] registration {{LICENSE:272193}}, [[APC]] renewed. Ngā mihi to my colleagues!",
    ),
    (
        "reddit",
        "flatmate works at {{FACILITY:Auckland City}} and keeps stealing my [[Whittaker's]] after nights. how do I raise this w/o starting a war? we live in {{LOCATION:Ponsonby}} fyi",
    ),
    (
        "whatsapp",
        "{{PHONE:021 345 678}} is {{PERSON:Hemi}}'s whānau contact, pls ring before 8 if obs drop. [[Early Warning Score]] 5 at 2200",
    ),
    (
        "instagram",
        "sunset at {{LOCATION:Raglan}} after 5 shifts at {{FACILITY:Tauranga Hospital}} 🌅 #[[Kiwi]] #[[nursing]]",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Ontario RPN here, deciding between {{FACILITY:Sunnybrook}} and {{FACILITY:SickKids}}. Is the [[TTC]] commute from {{LOCATION:Scarborough}} survivable for 0700 starts?",
    ),
    (
        "whatsapp",
        "pt {{PERSON:TREMBLAY, L}} OHIP {{HEALTH_PLAN:1234-567-890-AB}} in {{ROOM:Rm 412}}, daughter {{PHONE:(416) 555-0187}} wants update after rounds",
    ),
    (
        "x",
        "12 hrs on the ward then stuck on the [[SkyTrain]] for 40 min eh. [[Tim Hortons]] double double is my whole personality now",
    ),
    (
        "facebook",
        "So grateful to the team at {{FACILITY:Foothills}} in {{LOCATION:Calgary}} who looked after our {{PERSON:Destiny}} after her [[Stampede]] injury 🤠❤️",
    ),
    (
        "tiktok",
        "charge nurse: [[Canada Day]] is mandatory. me: 🇨🇦😭 #[[CNA]] #nursetok",
    ),
    (
        "linkedin",
        "Passed the [[NCLEX]] on my first attempt! [[CNO]] registration #{{LICENSE:1928374}} is official. Starting at {{FACILITY:Hamilton General}} next month.",
    ),
    (
        "reddit",
        "Montreal nurses: is {{FACILITY:CHUM}} hiring anglos? My [[RAMQ]] card {{HEALTH_PLAN:TREL 8506 1512}} got rejected at the [[CLSC]] lol, bureaucracy is wild",
    ),
    (
        "whatsapp",
        "Home care address: {{ADDRESS:88 Birch Ave, Halifax NS B3H 1Z9}}, buzz 4, street parking only. Pt is {{AGE:91}} and hard of hearing",
    ),
    (
        "instagram",
        "{{LOCATION:Banff}} reset after 6 nights at the {{FACILITY:Rockyview}} 🏔️ #[[Rockies]] #nurselife",
    ),
    (
        "x",
        "another [[Stat holiday]], another ER nobody staffed. [[Bill 124]] is gone but the damage isn't. #[[Ontario]]",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Sir pt {{PERSON:Ramesh Yadav}} UHID {{MRN:240048213}} {{FACILITY:Ward 23}} {{ROOM:Bed 7}}, [[Hb]] 6.2, need 2 units [[PRBC]], relative ready for donation",
    ),
    (
        "reddit",
        "[[NEET PG]] prep vs internship at {{FACILITY:KEM}}? Hostel in {{LOCATION:Parel}} is ok but mess food is [[Maggi]] level",
    ),
    (
        "x",
        "posted to a PHC for rural bond. no power since [[Diwali]], generator runs 2 hrs a day. [[NMC]] inspection team should come see this",
    ),
    (
        "facebook",
        "So proud! Beti {{PERSON:Pooja}} cleared [[NEET]] and got BSc Nursing seat at {{FACILITY:CMC Vellore}} 🙏🎉 Jai Mata Di",
    ),
    (
        "instagram",
        "day in the life of a JR at {{FACILITY:Safdarjung}} 😵 [[Holi]] colours still on my scrubs #[[residentlife]]",
    ),
    (
        "linkedin",
        "Happy to share my [[Kerala Nursing Council]] registration {{LICENSE:KL-78231}} has been transferred for my new role at {{FACILITY:Apollo Greams Road}}, {{LOCATION:Chennai}}.",
    ),
    (
        "whatsapp",
        "Aadhaar {{ID:4821 6630 9175}} and [[Ayushman Bharat]] card {{HEALTH_PLAN:PMJAY7XK92L4}} photocopy needed for {{ROOM:bed 3}} patient's claim, send to {{PHONE:+91 98450 31276}}",
    ),
    (
        "reddit",
        "Is [[USMLE]] worth it after [[MBBS]] or should I just do [[DNB]]? parents want [[UPSC]] lol",
    ),
    (
        "x",
        "Blood donation camp this Sunday at {{ADDRESS:Shanti Apartments, Sector 15, Vashi, Navi Mumbai 400703}}, O negative especially needed 🩸 #[[WorldBloodDonorDay]]",
    ),
    (
        "whatsapp",
        "AMBULANCE {{VEHICLE:MH 12 AB 4567}} REACHED {{FACILITY:SASSOON}} CASUALTY, child {{PERSON:Lucky}} 8 yrs [[snakebite]], [[ASV]] started",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "whatsapp",
        "Good morning HOs, pt {{PERSON:Chukwuemeka Obi}} {{ROOM:Bed 12}} {{FACILITY:Ward C2}}, hosp no {{MRN:LUTH/23/18842}}, NHIS {{HEALTH_PLAN:NHIS-0457821}}, for [[dialysis]] today, relatives should buy [[heparin]]",
    ),
    (
        "x",
        "{{FACILITY:LUTH}} resident doctors on strike AGAIN. [[NARD]] wahala no dey finish. everybody don [[japa]] 😩",
    ),
    (
        "facebook",
        "To God be the glory!!! Baby {{PERSON:Precious}} delivered at {{FACILITY:UCH}} {{LOCATION:Ibadan}} on {{DATE:12th Jan}} 🙌 thank you Matron {{PERSON:Adeyemi}} and all the midwives",
    ),
    (
        "reddit",
        "Naija doctor here, [[PLAB]] or [[USMLE]]? [[GMC]] route seems faster but [[IELTS]] fees alone ehn",
    ),
    (
        "tiktok",
        "nigerian nurse when patient's family bring [[jollof]] and [[suya]] into ICU 😂 #nursesoftiktok #[[DettyDecember]]",
    ),
    (
        "whatsapp",
        "Pls send contributions to {{ACCOUNT:0123456789}} [[GTBank]] for the send-forth of Matron {{PERSON:Adebayo}} on {{DATE:Friday 28th}}. 2k per head 🙏",
    ),
    (
        "linkedin",
        "Grateful to have received my full registration from [[MDCN]] (reg no. {{LICENSE:94721}}). Next stop: residency at {{FACILITY:OAUTHC}}, {{LOCATION:Ile-Ife}}.",
    ),
    (
        "x",
        "THIS CAR {{VEHICLE:LND 482 XA}} HAS BLOCKED THE EMERGENCY ENTRANCE AT {{FACILITY:LASUTH}} FOR 2 HOURS. who does this?? [[LASTMA]] come and carry am",
    ),
    (
        "instagram",
        "finally graduated from {{FACILITY:School of Nursing Ogbomoso}} 🎓👩🏾‍⚕️ #{{PERSON:blessing}}graduates #[[NMCN]] #[[Nightingale]]",
    ),
    (
        "facebook",
        "our grandma {{PERSON:Abigail}} ({{AGE:98}}) discharged from {{FACILITY:ABUTH}} {{LOCATION:Zaria}} today after [[malaria]] 🙏 call {{PHONE:0803 456 7821}} for visits",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "whatsapp",
        "Sister pls, pt {{PERSON:DLAMINI, S}} ID {{ID:8501015800084}} [[Discovery]] med aid {{HEALTH_PLAN:219384756}} for theatre at {{FACILITY:Bara}}, consent not signed yet",
    ),
    (
        "reddit",
        "Comm serv allocation came out: {{FACILITY:Tembisa Hospital}}. Anyone done it? Worried about [[load shedding]] and the taxi from {{LOCATION:Midrand}}",
    ),
    (
        "x",
        "load shedding mid C-section at {{FACILITY:Groote Schuur}} and the generator took 40 seconds. [[Eskom]] I am begging #[[Stage6]]",
    ),
    (
        "facebook",
        "Gogo {{PERSON:Nomvula}} turned {{AGE:102}} at {{FACILITY:Thembalethu Frail Care}} in {{LOCATION:Umlazi}} 🎉 still asks the nurses for [[Rooibos]] every morning",
    ),
    (
        "tiktok",
        "[[braai]] after nights hits different 🔥 nothing like wors and a cold one after 4 shifts #[[Springboks]] #nursesofsa",
    ),
    (
        "linkedin",
        "Proud to share my [[HPCSA]] registration {{LICENSE:MP0654321}} is active. Starting internship at {{FACILITY:Chris Hani Baragwanath}} ✨ #[[YouthDay]]",
    ),
    (
        "whatsapp",
        "home visit today {{ADDRESS:22 Mphuthi St, Orlando West, Soweto, 1804}}, ask for {{PERSON:Thandiwe}}, she's the daughter. [[ARVs]] in the cooler box",
    ),
    (
        "reddit",
        "[[SANC]] registration taking 6 months now?? [[Home Affairs]] is faster lol. how am I meant to work as a [[Sister]]",
    ),
    (
        "instagram",
        "{{LOCATION:Muizenberg}} surf after a week of {{FACILITY:Tygerberg}} nights 🌊 salt water fixes everything #[[HeritageDay]]",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "whatsapp",
        "pt {{PERSON:TAN, A}} NRIC {{ID:S8234567D}} {{FACILITY:Ward 64}} {{ROOM:Bed 12}} {{FACILITY:SGH}} for [[MRI]] 2pm, pls keep NBM can?",
    ),
    (
        "reddit",
        "Nurses at {{FACILITY:TTSH}} kena rostered every [[Chinese New Year]] or just me? 3 years in a row already sian",
    ),
    (
        "x",
        "{{FACILITY:NUH}} A&E wait 8 hr. [[MediSave]] cannot claim for this kind of suffering one ah",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:KKH}} NICU for taking care of our {{PERSON:Xin Yi}} for 46 days 🙏 born {{DATE:3.11}} at 27 weeks, now 2kg liao!",
    ),
    (
        "tiktok",
        "sg nurse starter pack: [[kopi]] o kosong, [[Hari Raya]] shift, and a patient asking 'got [[Panadol]] or not' #nursesg",
    ),
    (
        "linkedin",
        "Honoured to be promoted to Nurse Clinician at {{FACILITY:Changi General Hospital}}. [[SNB]] reg {{LICENSE:R123456B}}. Grateful to my [[Senior Nurse Manager]] {{PERSON:Rosalind Goh}}.",
    ),
    (
        "whatsapp",
        "Home visit addr {{ADDRESS:Blk 123 Tampines St 11, #05-432, Singapore 521123}}, pt wife {{PHONE:9123 4567}}, pls bring [[Ensure]]",
    ),
    (
        "reddit",
        "Is the [[MOH Holdings]] bond worth it or should I break bond and go [[Australia]]? [[NS]] also done already",
    ),
    (
        "instagram",
        "{{LOCATION:Tiong Bahru}} kopi after 3 nights 🥱 #[[Deepavali]] lights still up",
    ),
    # ---------------------------------------------------------------- USA
    (
        "reddit",
        "Charge RN at {{FACILITY:Cedars}} here. Pt in {{ROOM:Rm 1207}} threatened to sue because we wouldn't give [[Dilaudid]] IV push q1h. MRN {{MRN:004829173}} is now flagged lol",
    ),
    (
        "x",
        "[[Thanksgiving]] shift at {{FACILITY:Bellevue}}, someone brought [[Popeyes]] and the attending cried. best holiday ever",
    ),
    (
        "whatsapp",
        "Hey team, new billing NPI is {{NPI:1234567893}} for Dr {{PERSON:Alvarez}}, please update in [[Epic]] before [[Monday]]",
    ),
    (
        "facebook",
        "Grandpa {{PERSON:Earl}} turned {{AGE:90}} at {{FACILITY:Maple Grove Senior Living}} in {{LOCATION:Bowling Green}} 🎂 he asked the aides for a [[Budweiser]] and a [[Jeopardy]] rerun",
    ),
    (
        "tiktok",
        "travel nurse diaries: 13 weeks in and I still can't find decent tacos 🌮 [[Texas]] heat is no joke #[[travelnurse]]",
    ),
    (
        "linkedin",
        "Thrilled to start at {{FACILITY:Johns Hopkins}} as a CVICU [[CCRN]]. RN license {{LICENSE:R228431}} transferred under the [[Nurse Licensure Compact]].",
    ),
    (
        "reddit",
        "HR at my hospital emailed my full SSN ({{SSN:512-44-8190}}) to the whole unit in a spreadsheet. Is this a [[HIPAA]] thing or just incompetence? [[Joint Commission]] survey next week too",
    ),
    (
        "x",
        "[[Grey's Anatomy]] lied to me. nobody has time to fall in love in the supply closet #[[NursesWeek]]",
    ),
    (
        "instagram",
        "{{LOCATION:Williamsburg}} brunch after 3 nights at {{FACILITY:Maimonides}} 🥞 #[[nightshift]] #[[BrunchGoals]]",
    ),
    (
        "facebook",
        "Mom's Medicare card {{HEALTH_PLAN:1EG4-TE5-MK73}} got stolen at {{FACILITY:Baptist Health}} ER in {{LOCATION:Little Rock}}. Anyone know how to get it replaced fast? [[Social Security]] office says 3 weeks",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "whatsapp",
        "Pt {{PERSON:Wanjiku Kamau}} {{FACILITY:KNH}} {{FACILITY:Ward 5C}} {{ROOM:bed 14}}, [[SHA]] no {{HEALTH_PLAN:SHA-3381902}}, pls confirm theatre list for tomorrow",
    ),
    (
        "x",
        "day 40 of the [[KMPDU]] strike and the CS is on [[Citizen TV]] saying all is well. sawa.",
    ),
    (
        "facebook",
        "Harambee for our brother {{PERSON:Otieno}} admitted at {{FACILITY:Moi Teaching and Referral}} in {{LOCATION:Eldoret}}. M-Pesa {{PHONE:0712 345 678}} ({{PERSON:Akinyi}}). Mungu awabariki 🙏",
    ),
    (
        "reddit",
        "Kenyan nurse considering UK via [[NMC]] [[CBT]] and [[OSCE]]. Anyone done it while working full time on [[nights]]?",
    ),
    (
        "tiktok",
        "kenyan nurses on night duty with [[chai]] and [[mandazi]] 😂 #[[MadarakaDay]] #nursesofkenya",
    ),
    (
        "linkedin",
        "Delighted to join {{FACILITY:Kenyatta University Teaching Referral Hospital}}. [[NCK]] licence no {{LICENSE:4478921}}. Asante to my mentor {{PERSON:Grace Chebet}}.",
    ),
    (
        "whatsapp",
        "matatu {{VEHICLE:KDA 123B}} brought 3 RTA casualties from {{LOCATION:Thika}}, all in [[casualty]] now, need [[ortho]] reg",
    ),
    (
        "instagram",
        "{{LOCATION:Diani}} weekend after a month of nights at {{FACILITY:Coast General}} 🌴 #{{PERSON:faith}}ontour",
    ),
    (
        "x",
        "[[NHIF]] TO [[SHA]] TRANSITION HAS PATIENTS SLEEPING ON FLOORS. FIX IT. WE ARE TIRED.",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "whatsapp",
        "Pt {{PERSON:Kwabena Asante}} {{FACILITY:Korle Bu}} {{FACILITY:Ward D2}}, NHIS {{HEALTH_PLAN:08341927}}, Ghana Card {{ID:GHA-712345678-3}}, for [[ultrasound]] tmrw. relative {{PHONE:024 456 7812}}",
    ),
    (
        "x",
        "{{FACILITY:KATH}} emergency 'no bed' syndrome again. [[Ghana Health Service]] herh. #[[FixTheCountry]]",
    ),
    (
        "facebook",
        "Congratulations to our daughter {{PERSON:Gifty}} for passing her [[NMC Ghana]] licensure exam 🎉 {{FACILITY:Korle Bu NMTC}} class of 2024 we are proud!",
    ),
    (
        "reddit",
        "Ghanaian nurse in the UK: is the [[OSCE]] harder than our [[NMC Ghana]] licensure? asking for my sister",
    ),
    (
        "tiktok",
        "when the [[waakye]] seller outside the hospital knows your order better than your own mother 😂 #[[Homowo]]",
    ),
    (
        "linkedin",
        "Thrilled to be appointed [[Senior Nursing Officer]] at {{FACILITY:Ridge Hospital}}. Registration {{LICENSE:RN23871}}. God is good.",
    ),
    (
        "whatsapp",
        "Digital address for the home visit: {{ADDRESS:GA-183-8164}}, near the [[Total]] filling station in {{LOCATION:Dansoman}}. Taxi {{VEHICLE:GR 4821-22}} will bring the nurse",
    ),
    (
        "instagram",
        "sunday at {{LOCATION:Labadi}} beach after 5 nights at {{FACILITY:37 Military}} 🌊 #{{PERSON:mercy}}vibes #[[Afrobeats]]",
    ),
    (
        "facebook",
        "Grandma {{PERSON:Akosua}} ({{AGE:94}}) is home from {{FACILITY:Cape Coast Teaching Hospital}}, thank you Sister {{PERSON:Efua}} 🙏",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "whatsapp",
        "Pt {{PERSON:DELA CRUZ, J}} {{FACILITY:PGH}} {{FACILITY:Ward 1}} {{ROOM:Bed 23}}, PhilHealth {{HEALTH_PLAN:12-345678901-2}}, for [[Malasakit]] assistance po, pls endorse",
    ),
    (
        "reddit",
        "{{FACILITY:St. Luke's BGC}} or abroad? 25k a month and [[NCLEX]] reviewer fees. kapagod na po",
    ),
    (
        "facebook",
        "Salamat po sa lahat ng nurses sa {{FACILITY:Vicente Sotto}} sa {{LOCATION:Cebu}} who cared for Lola {{PERSON:Remedios}} 🙏 #[[SimbangGabi]]",
    ),
    (
        "tiktok",
        "pinoy nurses when the [[Jollibee]] delivery arrives at 3am 😭🍗 #[[BoardExam]] passer",
    ),
    (
        "linkedin",
        "Passed the [[PNLE]]! [[PRC]] license no. {{LICENSE:0782315}}. Starting at {{FACILITY:Makati Med}}. Thank you Lord and to my mama {{PERSON:Lovely}} 💙",
    ),
    (
        "whatsapp",
        "ambulance {{VEHICLE:NBC 1234}} stuck sa traffic, [[Holy Week]] exodus, ETA 40 mins to {{FACILITY:East Ave}}. text {{PHONE:0917 123 4567}} for updates",
    ),
    (
        "reddit",
        "Tanong lang, legit ba yung agency in {{LOCATION:Ermita}} na nag-offer ng [[Saudi]] contract? nag-ask ng 80k placement fee 🚩",
    ),
    (
        "instagram",
        "ang init sa {{LOCATION:Tondo}} pero ok lang, [[Sinulog]] next week 🥳 #{{PERSON:princess}}RN",
    ),
    (
        "x",
        "12 patients, 1 nurse, 0 [[OT]] pay. tapos sabi ng [[DOH]] 'mahal namin ang nurses'. ok po",
    ),
    # ---------------------------------------------------------------- Malaysia
    (
        "whatsapp",
        "Pt {{PERSON:Nurul Aina}} IC {{ID:850101-14-5678}} {{FACILITY:HKL}} {{FACILITY:Wad 21}} {{ROOM:katil 4}} for [[OGDS]] esok, puasa from 12am ya",
    ),
    (
        "reddit",
        "Contract MO at {{FACILITY:Hospital Sultanah Aminah}}, [[MMC]] full reg still pending. Anyone know how long [[JPA]] takes for permanent post? #[[HartalDoktorKontrak]]",
    ),
    (
        "x",
        "nurse kena marah by family because no bed in [[ED]]. we also human lah. #[[Raya]] shift again",
    ),
    (
        "facebook",
        "Terima kasih staff {{FACILITY:HUKM}} for saving my ayah {{PERSON:Rahim}} 🙏 doa kami semua untuk you guys",
    ),
    (
        "tiktok",
        "malaysian nurse POV: family brings [[nasi lemak]] for the whole ward 😭❤️ #[[Deepavali]]",
    ),
    (
        "linkedin",
        "Proud to share I've joined {{FACILITY:Sunway Medical Centre}} as Senior Staff Nurse. [[LJM]] reg no. {{LICENSE:123456}}. Thank you to my [[Ketua Jururawat]] {{PERSON:Siti Hajar}}.",
    ),
    (
        "whatsapp",
        "Alamat pesakit: {{ADDRESS:14 Jalan Kenanga 2, Taman Melawati, 53100 Kuala Lumpur}}, anak {{PERSON:Kavitha}} {{PHONE:012-345 6789}}. home visit [[Isnin]]",
    ),
    (
        "reddit",
        "Car {{VEHICLE:WXY 1234}} parked at the ambulance bay {{FACILITY:PPUM}} every morning. saman dia pls. report to [[JPJ]]?",
    ),
    (
        "instagram",
        "{{LOCATION:Georgetown}} food hunt after nights ✨ [[char kuey teow]] therapy #{{PERSON:sunny}}side",
    ),
    # ---------------------------------------------------------------- Jamaica
    (
        "whatsapp",
        "Pt {{PERSON:Andre Campbell}} {{FACILITY:KPH}} {{FACILITY:Ward 12}} {{ROOM:bed 6}}, TRN {{ID:123-456-789}}, [[NHF]] card {{HEALTH_PLAN:4480192}}, GSW to leg, for theatre",
    ),
    (
        "x",
        "Di line at {{FACILITY:UHWI}} A&E long from yah so to {{LOCATION:Papine}} 😩 [[Ministry of Health]] wah gwaan?",
    ),
    (
        "facebook",
        "Big up di nurses dem at {{FACILITY:Cornwall Regional}} in {{LOCATION:Mobay}} weh tek care a mi granny {{PERSON:Patience}} ({{AGE:97}}) 🙏🇯🇲",
    ),
    (
        "reddit",
        "Jamaican RN planning to move: [[NCLEX]] or UK [[OSCE]]? the [[Nursing Council of Jamaica]] verification taking forever",
    ),
    (
        "tiktok",
        "jamaican nurse when patient seh 'a [[bush tea]] cure mi, mi nuh need [[Metformin]]' 😂 #[[ReggaeMonth]]",
    ),
    (
        "linkedin",
        "Proud to join {{FACILITY:Bustamante Hospital for Children}} as Ward Sister. Thanks to Matron {{PERSON:Hyacinth Reid}} for her mentorship over the years. #[[Jamaica60]]",
    ),
    (
        "whatsapp",
        "Taxi {{VEHICLE:PG 4821}} bringing di patient from {{LOCATION:Half Way Tree}}, call {{PHONE:876-555-0142}} if unu cyaan find di gate",
    ),
    (
        "instagram",
        "{{LOCATION:Negril}} sunset after 6 nights at {{FACILITY:Spanish Town Hospital}} 🌅 #{{PERSON:hope}}strong #[[ReggaeSumfest]]",
    ),
    (
        "facebook",
        "Mi son {{PERSON:Sunny}} born {{DATE:7th August}} at {{FACILITY:Victoria Jubilee}} an di midwives dem treat wi like royalty 💛 #[[Emancipendence]]",
    ),
    (
        "x",
        "PUBLIC HEALTH NURSES OUT ON DI ROAD DURING [[DENGUE]] SEASON AN NOBODY SEH THANK YOU. [[Labour Day]] fi we too!",
    ),
    # ---------------------------------------------------------------- Pakistan
    (
        "whatsapp",
        "Pt {{PERSON:Muhammad Bilal}} CNIC {{ID:35202-1234567-1}} {{FACILITY:Mayo Hospital}} {{FACILITY:Surgical Ward 2}} {{ROOM:Bed 9}}, [[Sehat Card]] valid, attendant {{PHONE:0300-1234567}}",
    ),
    (
        "reddit",
        "House job at {{FACILITY:PIMS}} or {{FACILITY:Holy Family}}? also is [[PMDC]] [[NLE]] as bad as everyone says",
    ),
    (
        "x",
        "load shedding in [[OT]] at 2am, surgeon operating with mobile torch. [[WAPDA]] zindabad 🙃",
    ),
    (
        "facebook",
        "Ammi {{PERSON:Zubaida}} is home from {{FACILITY:AKUH}} after bypass, Alhamdulillah 🤲 thank you Dr {{PERSON:Faisal Qureshi}} and team. [[Eid]] will be special this year",
    ),
    (
        "tiktok",
        "pakistani doctors when the attendant brings 15 relatives to the ward 😭 #[[Ramzan]] #[[HouseJob]]",
    ),
    (
        "linkedin",
        "Pleased to share my [[PMDC]] registration {{LICENSE:87421-P}} is renewed. Joining {{FACILITY:Shaukat Khanum}} {{LOCATION:Lahore}} as registrar in medical oncology.",
    ),
    (
        "whatsapp",
        "Rickshaw {{VEHICLE:LEB-1234}} waala patient la raha hai from {{LOCATION:Gulberg}}, [[Emergency]] mein ready rakho, {{PERSON:Ayesha}} on call",
    ),
    (
        "reddit",
        "Is [[FCPS]] part 1 or [[MRCP]] better if I want to go abroad later? [[CPSP]] fees up again 🙄",
    ),
    (
        "instagram",
        "chai and paratha after night duty in {{LOCATION:Clifton}} ☕ sea breeze hits different #{{PERSON:noor}}diaries #[[PakNurses]]",
    ),
]
