# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set G (fictional), written 2026-12-06 02:23 UTC, by a writer who did not see the anonymizer code. 180 healthcare social posts across UK nations, Ireland, Australia, NZ, Canada, India, Nigeria, South Africa, Singapore, US, Kenya, Ghana, Philippines and Malaysia, with local identifier formats and name-like keep words."""

INTL_G: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "F1 here, just survived my first run of nights on {{FACILITY:Ward 22}} at {{FACILITY:Leicester Royal Infirmary}}. [[Reg]] was lovely but stuck in resus all night so I basically clerked the whole [[take]] solo lol. is this normal or is my deanery broken",
    ),
    (
        "whatsapp",
        "Handover {{DATE:Sun 14/7}} 🙏 {{ROOM:Bed 4}} {{PERSON:HARGREAVES, Doreen}} {{AGE:92}} [[NOF]] post op day 2, [[Hb]] 84 recheck am, hosp no {{MRN:RWE0044812}}, son {{PERSON:Colin}} {{PHONE:07700 918442}} wants a call b4 10. {{ROOM:Bed 6}} Mr {{PERSON:Anwar}} for [[TTO]]s, waiting on pharmacy. {{ROOM:SR2}} still barrier nursed",
    ),
    (
        "tiktok",
        "pov: ur a 2nd yr student nurse and [[Sister]] hands you the [[drug round]] keys on day 3 😭😭 #studentnurse #nhs #nursingtiktok #placementlife",
    ),
    (
        "facebook",
        "Massive thank you to the staff on {{FACILITY:Ward 79}} at {{FACILITY:Royal Stoke}} who looked after my Nan {{PERSON:Ivy}} in her last days. She was {{AGE:96}} and still telling the nurses off for their handwriting 😂 Special mention to {{PERSON:Shaz}} and {{PERSON:Becky}} on nights. Funeral is {{DATE:Friday 21st}} at 11, all welcome. [[palliative]] team you are angels ❤️",
    ),
    (
        "x",
        "rang [[NHS 111]] at 3am, callback at 7, told to go to [[A&E]] anyway. {{FACILITY:Northwick Park}} waiting room is carnage rn. 9 hrs and counting with a 4yo with [[croup]]. cc {{HANDLE:@tom_whitfield_mp}} since u asked for stories",
    ),
    (
        "linkedin",
        "Delighted to share that I've passed [[MRCP]] [[PACES]] on my second attempt! Huge thanks to Dr {{PERSON:Adaeze Nwosu-Hartley}} and the [[acute medicine]] team at {{FACILITY:QEHB}} for the bedside teaching every Thursday. To every IMG still grinding: keep going. #MRCP #IMG #NHS",
    ),
    (
        "reddit",
        "[[Grace]] period on my staff parking permit ended so now I've got a £60 [[Bill]] for parking at the hospital I literally work at. Make it make sense. Same trust that gave us a [[Victoria sponge]] for [[Christmas]] as a 'thank you'.",
    ),
    (
        "instagram",
        "last shift before [[mat leave]] 🥹 gonna miss my {{FACILITY:Jessop Wing}} girls so much, {{PERSON:soph}} {{PERSON:kayleigh}} & {{PERSON:amara}} u carried me #midwife #{{LOCATION:sheffield}} #babyonboard",
    ),
    (
        "whatsapp",
        "Hi {{PERSON:Jo}} can u pick up Mrs {{PERSON:Pengelly}} today, {{ADDRESS:Flat 3, 27 Albion Road}}, {{LOCATION:Walthamstow}} {{ADDRESS:E17 3QT}}, NHS no {{ID:943 476 5919}}, she's due [[LMWH]] at 10 and [[Dressing]] to L leg. GP is {{FACILITY:Forest Road Medical Centre}}. ta x",
    ),
    (
        "x",
        "the way [[HCA]] {{PERSON:marcia}} on {{FACILITY:Acacia ward}} at {{FACILITY:Whipps Cross}} just saved my entire shift with one cup of tea and a [[bladder scan]]. #nhsheroes",
    ),
    (
        "reddit",
        "Got my dad's discharge summary in the post and it's for someone else entirely. {{PERSON:Patricia Oyelaran}}, DOB {{DATE:14/03/1951}}, hosp no {{MRN:K0923841}}, [[AF]] on [[apixaban]]. Who do I even complain to, [[PALS]]? Feel awful for this lady.",
    ),
    (
        "tiktok",
        "things i learnt on placement in [[June]]: [[sats]] probes lie, [[Oramorph]] is not a vibe, and the [[Victoria sponge]] in the staff room is NEVER for students 😭 #studentnurse #ukhealthcare",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch o galon to everyone on {{FACILITY:Ward Alaw}} at {{FACILITY:Ysbyty Gwynedd}} for looking after Taid {{PERSON:Emrys}}. Home in {{LOCATION:Llangefni}} now and already moaning about the [[Complan]] 😂",
    ),
    (
        "reddit",
        "Anyone done F2 at {{FACILITY:Morriston}}? Got allocated [[plastics]] and [[burns]] and the rota coordinator {{PERSON:Rhiannon Pugh-Evans}} says I'm on the first weekend, {{DATE:3rd-4th Aug}}, before I've even had induction. Is that legal under the [[junior doctor contract]]",
    ),
    (
        "whatsapp",
        "{{PERSON:Dilys Pritchard}} {{ADDRESS:2 Heol y Nant}}, {{LOCATION:Trallwn}}, {{LOCATION:Pontypridd}} {{ADDRESS:CF37 4RH}} – [[syringe driver]] ([[T34]]) serial {{DEVICE:T34-11920846}} alarming occlusion, can someone pop in before 2? daughter {{PERSON:Sian}} {{PHONE:07812 330915}}",
    ),
    (
        "tiktok",
        "welsh patients be like 'I'll do it now in a minute' and then ask for a [[cwtch]] before the [[cannula]] 😂 #nhswales #nursesoftiktok #tidy",
    ),
    (
        "x",
        "{{FACILITY:UHW}} ED: 19 ambulances stacked outside at 6am. Crew in {{VEHICLE:WA19 KXP}} have been there since last night with a pt on [[oxygen]]. This is not safe. #NHSWales",
    ),
    (
        "linkedin",
        "Proud to start as [[Band 7]] ward manager on {{FACILITY:Ward 8}} at {{FACILITY:Glangwili General}} in {{LOCATION:Carmarthen}} from {{DATE:1 September}}. Thank you {{PERSON:Gethin}} and {{PERSON:Carys Vaughan}} for the mentorship 🏴󠁧󠁢󠁷󠁬󠁳󠁿 #nursing #leadership",
    ),
    (
        "instagram",
        "My gorgeous Mam-gu {{PERSON:Megan}} turned {{AGE:100}} today at {{FACILITY:Plas Gwyn care home}}! Born {{DATE:3 March}} {{AGE:1925}} and still beats us all at [[bingo]] 👑 #mamgu{{PERSON:megan}} #centenarian",
    ),
    (
        "facebook",
        "FOUND: pager in the {{FACILITY:Prince Charles Hospital}} car park, {{LOCATION:Merthyr}}, number on the back {{DEVICE:PGR-44817}}. Handed to main reception. Some poor [[SHO]] is getting bleeped into the void 😅",
    ),
    (
        "reddit",
        "Passed my [[OSCE]] 🎉 the [[Will]] station (capacity + advance decisions) nearly killed me. Examiner just kept saying [[Mark]] my words while I faffed with the MCA checklist. [[Dawn]] shift tomorrow so no celebrating.",
    ),
    (
        "whatsapp",
        "ffs {{PERSON:ffion}} the [[Datix]] is for the pump not for {{PERSON:Bryn}} 😂 he's fine. pt in {{ROOM:bay 2 bed 5}} still needs [[obs]] hrly tho",
    ),
    (
        "x",
        "Shoutout to {{FACILITY:Meddygfa Teilo}} in {{LOCATION:Llandeilo}} for getting my mam a same-day appt AND ringing back with the [[bloods]]. GPs aren't the enemy.",
    ),
    (
        "facebook",
        "Does anyone know a Welsh-speaking [[dementia]] carer round {{LOCATION:Bethesda}}? Dad (81) is back to only speaking Welsh since the stroke. We had {{PERSON:Nia}} from {{FACILITY:Gofal Eryri}} but she's left. Ring me {{PHONE:01248 600 412}} diolch",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "reddit",
        "FY1 at {{FACILITY:QEUH}}, on {{FACILITY:Ward 7A}} for [[renal]]. Anyone know if the mess still does the free toast thing on Sundays or did that die with covid. asking for my soul",
    ),
    (
        "whatsapp",
        "Morning team. New pt Mrs {{PERSON:Isobel McFadyen}}, CHI {{ID:0903285417}}, {{ADDRESS:14/2 Easter Road}}, {{LOCATION:Leith}} {{ADDRESS:EH7 5RG}}, discharged from {{FACILITY:RIE}} on {{DATE:Tues 18th}}. Needs [[insulin]] BD & [[blood glucose]]. Son {{PERSON:Callum}} {{PHONE:07845 221 906}}",
    ),
    (
        "tiktok",
        "scottish nurse translating for the english locum: 'ah'm no weel, ma heid's bowfin' = [[headache]], possible [[viral]] 😂 #scottishnurse #nhsscotland",
    ),
    (
        "facebook",
        "Granny {{PERSON:Morag}} is {{AGE:94}} today! Spent the afternoon in {{FACILITY:Ninewells}} getting her [[hip]] checked but she had the whole of {{FACILITY:Ward 4}} singing Happy Birthday 🎂 Thanks to staff nurse {{PERSON:Eilidh}} xx",
    ),
    (
        "x",
        "Bus from {{LOCATION:Drumchapel}} to {{FACILITY:Gartnavel}} cancelled again so my mum missed her [[chemo]] slot. {{HANDLE:@kirsty_mcl_76}} has the same story from {{LOCATION:Knightswood}}. Transport IS healthcare.",
    ),
    (
        "linkedin",
        "After 31 years in [[district nursing]] across {{LOCATION:Inverness}} and the islands, I retire this Friday. Thank you to every patient who let me into their home. Special thanks to {{PERSON:Seonaid MacLeod}} at {{FACILITY:Raigmore}}. #nursing #retirement",
    ),
    (
        "reddit",
        "Anyone sat [[MRCS]] Part A at the {{LOCATION:Glasgow}} centre? Also is [[Hogmanay]] leave a thing on surgical rotas or am I dreaming. [[Burns]] night too? (the supper not the ward lol)",
    ),
    (
        "instagram",
        "first ever [[ITU]] shift at {{FACILITY:Aberdeen Royal}} ✔️ thanks {{PERSON:Lachie}} for not laughing when i couldnt find the [[arterial line]] transducer 🙈 #icunurse #{{LOCATION:aberdeen}}",
    ),
    (
        "whatsapp",
        "Ambulance {{VEHICLE:SV72 ZHF}} still at {{FACILITY:Forth Valley Royal}}, crew stuck 5 hrs with a [[hypoglycaemia]] pt. If anyone's in {{LOCATION:Larbert}} can they bring them a piece n sausage 🙏",
    ),
    (
        "tiktok",
        "things scottish HCAs say: 'gonnae no dae that' to a pt pulling out their [[catheter]] and 'that's you' at the end of every single [[obs]] round 😂 #hca #scotland",
    ),
    (
        "reddit",
        "My gran's care home ({{FACILITY:Kirkton Lodge}}, {{LOCATION:Cambuslang}}) just told us she's been on [[risperidone]] for 6 weeks and nobody asked us. She has [[POA]] letters with {{PERSON:Ailsa}} (my aunt). Where do we go, Care Inspectorate?",
    ),
    (
        "x",
        "Rain, [[Irn Bru]], and a 14 hour [[ED]] shift. Peak Scottish [[healthcare]] experience. [[Rose]] from the ashes for the last 2 hrs tho 💪",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "reddit",
        "Anyone else at the {{FACILITY:Royal}} in {{LOCATION:Belfast}} get their [[Encompass]] login reset for no reason? Locked out for a whole shift on {{FACILITY:Ward 6C}}, had to write [[drug kardex]] on paper like it was 1998",
    ),
    (
        "whatsapp",
        "girls can someone swap my {{DATE:Sat 12th}} long day at {{FACILITY:Antrim Area}}? wee {{PERSON:Orla}}'s communion. I'll take any night in [[December]] 🙏 {{PERSON:Bronagh}} x",
    ),
    (
        "facebook",
        "Big thank you to the [[stroke]] team at {{FACILITY:Craigavon Area Hospital}} for my Granda {{PERSON:Seamus}}, {{AGE:91}} and walking again. Physio {{PERSON:Clodagh}} you're a legend. Home to {{LOCATION:Lurgan}} on Monday!",
    ),
    (
        "x",
        "Waited 11 hrs in {{FACILITY:Altnagelvin}} [[ED]] with my da. Porter {{PERSON:Paddy}} was the only one who told us anything. #NHSNI #{{LOCATION:derry}}",
    ),
    (
        "tiktok",
        "NI nurse slang part 2: 'what about ye' = how are you, 'wee [[cannula]]' = any size cannula, 'I'm foundered' = the ward heating is broke again 🥶 #nursetok #northernireland",
    ),
    (
        "linkedin",
        "Excited to start as [[clinical informatics]] lead at {{FACILITY:Daisy Hill}} in {{LOCATION:Newry}} from {{DATE:6 January}}, helping bed in [[encompass]] so [[GP]] and hospital records finally talk. Thanks {{PERSON:Niamh McCann}} for the push.",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:MAGUIRE, Eamon}} H&C no {{ID:320 118 4471}}, {{ADDRESS:41 Glen Road}}, {{LOCATION:Andersonstown}} {{ADDRESS:BT11 8BU}}, [[PEG]] feed pump {{DEVICE:KANGAROO-JP-0087733}} fault, wife {{PERSON:Bernie}} {{PHONE:028 9061 3342}}. Can the [[DN]] call out today",
    ),
    (
        "instagram",
        "Graduation day!! BSc [[Midwifery]] done ✅ couldn't have done it without my mentor {{PERSON:Aoibhinn}} at the {{FACILITY:Ulster Hospital}} 💜 #{{LOCATION:dundonald}} #midwife #qub",
    ),
    (
        "reddit",
        "Is it normal for [[Band 5]]s at {{FACILITY:Mater Infirmorum}} to be moved to a different ward every shift? [[Sister]] said it's 'flexibility'. Feels like being a bank nurse on a permanent contract. [[Easter]] rota out already and I'm on every day.",
    ),
    (
        "facebook",
        "Looking for a recommendation for a private [[podiatrist]] near {{LOCATION:Ballymena}}, mum's [[diabetic]] and the waiting list is 40 weeks. Message me or ring {{PHONE:07732 889 105}}",
    ),
    (
        "x",
        "Dr {{PERSON:Ní Bhriain}} in {{FACILITY:South West Acute}} [[ENT]] clinic is the most patient woman alive. Explained my son's [[grommets]] three times with a smile. {{LOCATION:Enniskillen}} is lucky.",
    ),
    (
        "tiktok",
        "Me in [[July]]: I'll never work a [[Twelfth]] weekend again. Me on the rota: 🤡 #nursing #nursesofnorthernireland #bankholiday",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Intern year in {{FACILITY:St James's}} and the [[HSE]] still hasn't paid me for [[August]] overtime. Is there anyone in payroll who actually answers emails? Asking for 40 interns",
    ),
    (
        "whatsapp",
        "Lads pt in {{ROOM:cubicle 9}} {{PERSON:Ó Súilleabháin, Pádraig}} MRN {{MRN:0012847}} for [[CT]] at 2 but NOK {{PERSON:Siobhán}} says he's allergic to [[contrast]], her no. {{PHONE:087 224 9013}}. Can someone ring her before radiology",
    ),
    (
        "facebook",
        "Thank you to the staff of {{FACILITY:Cork University Hospital}} and especially the nurses on {{FACILITY:Ward 3B}}. Mam {{PERSON:Nóra}} passed peacefully on {{DATE:the 9th of November}} aged {{AGE:97}}. Reposing at her home in {{LOCATION:Ballincollig}}. [[Hospice]] nurses, ye were angels. RIP.",
    ),
    (
        "x",
        "{{FACILITY:UHL}} has 112 on trolleys today. 112. Again. My nan waited on one for 2 days last spring. {{HANDLE:@ciaran_ohuiginn}} said it'd be fixed by now 🙃 #trolleywatch #[[INMO]]",
    ),
    (
        "linkedin",
        "Thrilled to be starting [[BST]] in [[surgery]] with the RCSI in [[July]]... Thank you Mr {{PERSON:Fergal Mac Giolla Phádraig}} at {{FACILITY:Beaumont}} for taking a chance on me. IMC reg {{LICENSE:445109}} finally activated lol",
    ),
    (
        "tiktok",
        "irish mammy at the GP: 'he's not sick he's just a bit peaky, give him a [[Lemsip]] and the [[Calpol]] and he'll be grand' 😂 #irishtiktok #gp",
    ),
    (
        "instagram",
        "1 year qualified 🎉 still cant believe they let me loose in the {{FACILITY:Mater}}. to my {{FACILITY:St Bernard's ward}} family, esp {{PERSON:róisín}} and [[CNM]] {{PERSON:Dervla}}, love ye #irishnurse #[[newgrad]]",
    ),
    (
        "reddit",
        "My [[medical card]] renewal got rejected because they said my PPSN {{SSN:7654321WA}} doesn't match. Anyone know how long appeals take in {{LOCATION:Tuam}}? Need my [[insulin]] sorted.",
    ),
    (
        "whatsapp",
        "Hi {{PERSON:Aoife}}, Mrs {{PERSON:Kavanagh}} at {{ADDRESS:Apt 12, Riverside Court}}, {{LOCATION:Tallaght}} {{ADDRESS:D24 X8F2}} needs her [[B12]] inj this wk. GMS no {{HEALTH_PLAN:1184732K}}. Key in the key safe, ring bell twice",
    ),
    (
        "facebook",
        "{{FACILITY:Letterkenny University Hospital}} [[maternity]] — anyone had Dr {{PERSON:Oyebanji}}? Due {{DATE:14 March}} and nervous after my [[emergency section]] last time. Also is the car park still €3.50 an hour 😬",
    ),
    (
        "x",
        "[[Patrick]]'s Day in [[ED]]: 4 broken wrists, 2 [[hypothermia]], one man who swallowed a harmonica. Every single year in {{FACILITY:Galway University Hospital}}. Stay safe lads ☘️",
    ),
    (
        "reddit",
        "Honest question for Irish nurses: do ye still open every [[ISBAR]] call to the reg with '[[Hope]] you're keeping well' or is that just me 😂 did it during my [[OSCE]] and the examiner smiled",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "PGY1 at {{FACILITY:RPA}} and the [[ED]] reg just called me 'mate' 14 times in one handover. Is this a compliment or a warning. Also where's the good coffee near {{LOCATION:Camperdown}}",
    ),
    (
        "whatsapp",
        "Hey {{PERSON:Shaz}}, Mrs {{PERSON:Papadopoulos}} in {{ROOM:Bed 12}} on {{FACILITY:Ward 5 West}}, Medicare {{HEALTH_PLAN:2953 48172 1}}, [[MET call]] at 0340 for [[hypotension]], sorted w fluids. Son {{PERSON:Nick}} {{PHONE:0412 556 903}} wants an update when ur on",
    ),
    (
        "facebook",
        "Huge thanks to the [[RFDS]] crew who flew Dad from {{LOCATION:Tennant Creek}} to {{FACILITY:Royal Darwin}} last week. Nurse {{PERSON:Brooke}} and pilot {{PERSON:Dazza}}, you're bloody legends ❤️",
    ),
    (
        "tiktok",
        "aussie nurse vocab: 'arvo [[obs]]', 'chuck a [[cannula]] in', 'she'll be right' (she will NOT be right) 😭 #nursesoftiktok #australia #ausnurse",
    ),
    (
        "x",
        "Ambo ramping at {{FACILITY:Flinders Medical Centre}} tonight is insane. Counted 17 rigs incl {{VEHICLE:XQG 472}} parked since 4pm, one with a [[STEMI]]. #ramping #SApol",
    ),
    (
        "linkedin",
        "Stoked to announce I've been appointed Nurse Unit Manager of [[ICU]] at {{FACILITY:Gold Coast University Hospital}}. AHPRA {{LICENSE:NMW0001847293}} officially transferred from NZ 🇦🇺 Thank you {{PERSON:Mele Taufa}} for backing me",
    ),
    (
        "instagram",
        "Grandma {{PERSON:Dot}}'s {{AGE:103}}rd at {{FACILITY:Bupa Aged Care Mosman}} 🎂 she demanded a [[Pavlova]] AND a shandy. Queen behaviour. #grandma{{PERSON:dot}} #agedcare",
    ),
    (
        "reddit",
        "New grad in {{LOCATION:Wagga}}. My [[NUM]] wants me to do [[Christmas]] and [[Boxing Day]] doubles. Is that normal for rural [[NSW Health]] or should I push back?",
    ),
    (
        "whatsapp",
        "Remote clinic update: pt {{PERSON:Jirra Tjungurrayi}} IHI {{ID:8003 6081 6677 3421}} from {{LOCATION:Papunya}} needs [[Bicillin]] next wk, community phone {{PHONE:(08) 8956 8011}}. Can the [[AHW]] chase",
    ),
    (
        "x",
        "{{PERSON:Sunny}} from [[Pathology]] collections at {{FACILITY:Westmead}} is genuinely the best phlebotomist in {{LOCATION:Sydney}}. Found my vein first go after 4 failed attempts elsewhere. Not all heroes wear capes",
    ),
    (
        "tiktok",
        "when the [[Sunny]] day turns into a [[Summer]] storm and half the ward has [[heat stroke]] from the cricket 🏏🥵 #ausnurse #edlife",
    ),
    (
        "facebook",
        "My son's paed at {{FACILITY:Perth Children's Hospital}} gave us her work email {{EMAIL:k.wheeler-jones@health.wa.gov.au}} for the [[epilepsy]] plan. Posting here so I don't lose it 🙈 {{DATE:Thursday 22nd}} appt confirmed",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "reddit",
        "RMO at {{FACILITY:Middlemore}} here, anyone else on the {{DATE:27 Dec}} relief roster? [[Te Whatu Ora]] still hasn't sent payslips. chur",
    ),
    (
        "facebook",
        "Kia ora whānau, Koro {{PERSON:Hēmi}} is now home from {{FACILITY:Waikato Hospital}} after his [[bypass]]. Ngā mihi nui to the nurses on {{FACILITY:Ward M14}} esp {{PERSON:Tui}} 💚 Visiting at the marae in {{LOCATION:Ngāruawāhia}} Sunday.",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Aroha Te Rangi-Paewai}} NHI {{ID:ZAC4517}} {{ROOM:room 7}} for [[dialysis]] line review. Mum {{PERSON:Mereana}} {{PHONE:021 448 907}}. Please use interpreter for koro",
    ),
    (
        "tiktok",
        "nz nurse starter pack: jandals in the staff room, [[Milo]] at 3am, patients calling you 'bro' and a [[Panadol]] for everything 😂 #nznurse #kiwi",
    ),
    (
        "x",
        "Shout out to St John crew {{VEHICLE:LPK982}} who got my nan ({{AGE:95}}) from {{LOCATION:Te Anau}} to {{FACILITY:Southland Hospital}} in a storm with a [[hip fracture]]. Legends.",
    ),
    (
        "linkedin",
        "Humbled to be the first [[nurse practitioner]] at {{FACILITY:Hauora Hokianga}} in {{LOCATION:Rawene}}. Rural health is whānau health. NCNZ {{LICENSE:236874}} #nursepractitioner #ruralhealth",
    ),
    (
        "instagram",
        "my flatmate {{PERSON:georgie}} passed her [[NCLEX]] today so she's off to the states 😭 {{HANDLE:@georgie.w.nurse}} dont forget us in {{LOCATION:Dunedin}} #nclex #kiwinurse",
    ),
    (
        "reddit",
        "Does anyone know whether [[ACC]] covers physio after a [[rugby]] injury if you also had [[surgery]] privately? Claim no {{ACCOUNT:10027745312}} keeps getting bounced. Based in {{LOCATION:Palmy}}.",
    ),
    (
        "facebook",
        "LOST: grey Samsung phone with sparkly case, IMEI {{DEVICE:356938035643809}}, somewhere in {{FACILITY:Christchurch Hospital}} outpatients. Has all my baby photos and my [[Hauora]] app login. Please 🙏",
    ),
    (
        "x",
        "[[Matariki]] weekend in [[ED]] = every kid with a [[firework]] burn in the region. Be safe whānau 🌟",
    ),
    (
        "tiktok",
        "{{PERSON:kahu}} teaching me [[te reo]] on night shift so i can talk to koro in {{ROOM:bed 4}} properly 🥹 #reomāori #nurse #{{FACILITY:wellingtonhospital}}",
    ),
    (
        "reddit",
        "PSA for new grads on the [[NETP]] at {{FACILITY:Hutt Hospital}}: the [[Grace]] period for your competency book is 2 weeks, not 2 months. Ask me how I know 🤦 [[Preceptor]] was not impressed",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "R1 at {{FACILITY:Sunnybrook}}, first call shift on [[GIM]] and my senior {{PERSON:Priya}} ran to three [[code blue]]s while I held the pager. {{LOCATION:Toronto}} winter + [[flu]] season is no joke",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Tremblay, Marie-Ève}} OHIP {{HEALTH_PLAN:4532-281-947-KT}} in {{ROOM:rm 612B}}, for [[paracentesis]] tomorrow. Husband {{PERSON:Luc}} {{PHONE:(613) 555-0182}}, speaks French only. Interpreter booked for 0900",
    ),
    (
        "facebook",
        "Thank you to the staff of {{FACILITY:Foothills}} [[CCU]] in {{LOCATION:Calgary}} for caring for our Mom {{PERSON:Evelyn}} ({{AGE:93}}). The kindness of nurse {{PERSON:Jaspreet}} at 2am will stay with us forever. Celebration of life {{DATE:Saturday, Feb 8}} at the Legion in {{LOCATION:Airdrie}}.",
    ),
    (
        "x",
        "Waited 19 hrs at {{FACILITY:VGH}} emerg with my kid's [[appendicitis]]. Nineteen. {{HANDLE:@adrian_dix_fan_acct}} where's the money going. #bcpoli #healthcare",
    ),
    (
        "tiktok",
        "canadian nurse things: 'sorry' 400 times a shift, [[Timbits]] at handover, and charting 'pt resting comfortably' during a -40 blizzard in {{LOCATION:Thompson}} 🥶 #nursetok #canada",
    ),
    (
        "linkedin",
        "Proud to share I've passed the [[NCLEX-RN]] and received my CNO registration {{LICENSE:22-019384}}! Long road from Kerala to {{LOCATION:Brampton}}. Thank you {{FACILITY:William Osler Health System}} for the bridging program. #IEN #nursing",
    ),
    (
        "reddit",
        "Moving from Alberta to BC — do I need a new [[MSP]] card right away or does my AHCIP {{HEALTH_PLAN:12345-6789}} cover me for 3 months? Have a [[rheumatology]] f/u at {{FACILITY:St. Paul's}} next month",
    ),
    (
        "whatsapp",
        "Nursing station {{FACILITY:4 North}} {{FACILITY:Health Sciences Centre}}: IV pump {{DEVICE:ALARIS-8015-11882734}} in {{ROOM:room 14}} keeps throwing [[air in line]]. Biomed ext 4471. Taking it out of service, {{PERSON:Noor}} pls tag it",
    ),
    (
        "instagram",
        "nana {{PERSON:Wapun}} back home in {{LOCATION:Norway House}} after 6 wks in {{LOCATION:Winnipeg}} for [[dialysis]] setup 💛 thank u to the {{FACILITY:Health Sciences Centre}} nephrology team #indigenoushealth #home",
    ),
    (
        "tiktok",
        "my preceptor said 'we'll cross that [[Bridge]] when we get to it' about my [[Foley]] skills and honestly… fair 😭 #newgradnurse #[[Ontario]]",
    ),
    (
        "facebook",
        "Anyone in {{LOCATION:Dartmouth}} know if the {{FACILITY:Cole Harbour Community Health Centre}} is taking new patients? On the [[Need a Family Practice]] list 2 yrs now. Can reach me at {{EMAIL:jess.mackinnon88@gmail.com}}",
    ),
    (
        "x",
        "[[Boxing Day]] in the ER: [[Robaxacet]], Tylenol and 6 people who tried to carry a sectional couch alone. Happy holidays from {{FACILITY:Kelowna General}} emerg 🎄",
    ),
    # ---------------------------------------------------------------- India
    (
        "reddit",
        "Final year MBBS at {{FACILITY:KEM Mumbai}}, [[NEET PG]] in 4 months and our unit head Dr {{PERSON:Kulkarni}} wants us in OPD till 5 daily. How are people managing [[Marrow]] + duty?? pls help",
    ),
    (
        "whatsapp",
        "Bed no {{ROOM:17}} {{FACILITY:Ward 23}} {{PERSON:Ramesh Yadav}} 58/M UHID {{MRN:AIIMS/2024/0081776}} [[Dengue]], platelets 32k. Relative {{PERSON:Sunita}} {{PHONE:+91 98110 44237}}. Pls send sample for [[NS1]] repeat sir 🙏",
    ),
    (
        "facebook",
        "My nani {{PERSON:Kamla Devi}} is {{AGE:98}} and just had her [[cataract]] done at {{FACILITY:Aravind Eye Hospital}} {{LOCATION:Madurai}}. She can read her Ramayana again 🙏 Doctors and sisters were so kind. Highly recommend.",
    ),
    (
        "x",
        "Interns at {{FACILITY:Gandhi Hospital}} {{LOCATION:Secunderabad}} not paid [[stipend]] for 3 months. {{HANDLE:@tsjuda_official}} {{HANDLE:@dr_shravya_k}} please amplify. #StipendForInterns",
    ),
    (
        "linkedin",
        "Happy to share I've joined {{FACILITY:CMC Vellore}} as Assistant Professor, [[Nephrology]]. Grateful to my guide Dr {{PERSON:Thangaraj}} and my parents. NMC reg no {{LICENSE:TNMC 98412}}. #medicine #academia",
    ),
    (
        "whatsapp",
        "Sir pt {{PERSON:Lakshmi Narayanan}} Aadhaar {{ID:4821 7730 9156}} ABHA {{HEALTH_PLAN:91-4455-7612-0038}} for [[PMJAY]] approval, surgery date {{DATE:12/11}}. Address {{ADDRESS:No. 14, 3rd Cross}}, {{LOCATION:Jayanagar}} {{ADDRESS:560041}}",
    ),
    (
        "tiktok",
        "indian hospital duty pov: 'sister, [[Dolo]] de do', 'doctor saab [[injection]] lagao' and a whole [[Diwali]] party in the nursing station at 2am 😂 #nursinglife #india",
    ),
    (
        "instagram",
        "Duty done 🩺 36 hrs in [[Casualty]] at {{FACILITY:Safdarjung}}. thanks to my co-PG {{PERSON:anshu}} for the chai and the canteen bhaiya for the maggi ☕ #residentlife #{{LOCATION:delhi}}",
    ),
    (
        "reddit",
        "Is [[Hope]] the only thing keeping [[NEXT]] aspirants going? Dropped my prep for 3 weeks due to [[dengue]]. Need honest timetable tips for [[PSM]]",
    ),
    (
        "facebook",
        "Urgent [[B+]] blood needed for my uncle {{PERSON:Joginder Singh}} at {{FACILITY:DMC Ludhiana}}, ICU {{ROOM:bed 8}}. Contact {{PERSON:Harpreet}} {{PHONE:98765 43210}}. Please share 🙏",
    ),
    (
        "x",
        "{{FACILITY:JIPMER}} [[OPD]] queue at 6am in {{LOCATION:Puducherry}} already 400 people. Security guard {{PERSON:Murugan}} anna running the place better than admin 😅",
    ),
    (
        "whatsapp",
        "All PGs note: [[Holi]] leave cancelled for ortho unit 2, {{FACILITY:SMS Hospital}}. [[Sister]] in charge will confirm roster. No arguments pls. [[Grace]] marks for attendance are not applicable this year.",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "x",
        "House officer at {{FACILITY:LUTH}} and we haven't been paid since [[March]]. Oga {{PERSON:Emeka}} in accounts keeps saying 'next week'. #JapaIsNotAChoice #NARD",
    ),
    (
        "whatsapp",
        "Good morning sirs/ma, pt {{PERSON:Adewale Ogunleye}} hosp no {{MRN:LUTH/23/04417}} {{ROOM:bed 12}} {{FACILITY:Ward D1}}, [[PCV]] 18%, for 2 pints. Relation Mrs {{PERSON:Bukola}} {{PHONE:0803 441 2987}} to donate. Thank you 🙏",
    ),
    (
        "facebook",
        "Praise God! My mum was discharged from {{FACILITY:UCH Ibadan}} today after 3 weeks of [[dialysis]]. Thank you Dr {{PERSON:Adekunle}} and Sister {{PERSON:Nkechi}} on {{FACILITY:Ward 4}}. God bless you 🙏🏾 #testimony",
    ),
    (
        "reddit",
        "Nigerian doctor here prepping [[PLAB 1]]. Anyone done the [[MDCN]] letter of good standing recently? My folio {{LICENSE:MDCN/R/84421}} has been 'processing' for 4 months. Is there a contact at the {{LOCATION:Abuja}} office?",
    ),
    (
        "tiktok",
        "nigerian nurses when patient says 'sister abeg give me [[Panadol]] Extra' for a fractured femur 😭😭 #nigeriannurse #naijatiktok #[[Blessing]]inDisguise",
    ),
    (
        "whatsapp",
        "Pls my sister {{PERSON:Chiamaka Obi-Nwankwo}} is in labour at {{FACILITY:FMC Owerri}}, they need [[O neg]]. Pls anyone around {{LOCATION:Ikenegbu}} call {{PHONE:+234 806 112 4590}} or send to acct {{ACCOUNT:0123456789}} GTBank for the bill 🙏🏾",
    ),
    (
        "linkedin",
        "Grateful to announce my residency match in [[Family Medicine]] at {{FACILITY:ABUTH Zaria}}. Special thanks to Dr {{PERSON:Aisha Bala-Usman}} and Mallam {{PERSON:Sani}} who taught me [[Hausa]] bedside manner 😊 #residency #nigeria",
    ),
    (
        "instagram",
        "Night call as an intern in {{FACILITY:LASUTH}} hits different 😮‍💨 shoutout to {{PERSON:tobi}} and {{PERSON:precious}} for the suya at 3am while I was fighting a [[cannula]] #housejob #{{LOCATION:ikeja}}",
    ),
    (
        "x",
        "If you are in {{LOCATION:Surulere}} and need [[sickle cell]] support, Mama {{PERSON:Funmi}}'s group meets every Saturday at {{ADDRESS:12 Adelabu Street}}. She lost 2 kids to SCD. Respect.",
    ),
    (
        "facebook",
        "[[Mercy]] of God alone. Doctors on strike again so we took Daddy to {{FACILITY:Goodnews Clinic}} in {{LOCATION:Ogba}} and they charged 350k for [[malaria]] + [[typhoid]]. Nigeria we hail thee 😩",
    ),
    (
        "whatsapp",
        "ward round {{DATE:28/09/24}}: {{PERSON:YUSUF, Ibrahim}} NHIS {{HEALTH_PLAN:NHIS/KD/1137829}} – [[hypertensive]] urgency, commence [[nifedipine]]. {{PERSON:OKAFOR, C}} – ?[[pneumonia]] CXR pending. Dr {{PERSON:Bello}} to review 2pm",
    ),
    (
        "tiktok",
        "ward round in a Nigerian teaching hospital: consultant asks one question, 14 resident doctors look at the floor, house officer starts praying 😂🙏🏾 #[[Favour]]me #meddtiktok",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "x",
        "Intern at {{FACILITY:Bara}} and we ran out of [[Ceftriaxone]] again. Sister {{PERSON:Mokoena}} improvised with what we had. Hero. #{{LOCATION:Soweto}} #SAhealth",
    ),
    (
        "whatsapp",
        "Ouma {{PERSON:Sarie}} is in {{FACILITY:Tygerberg}} {{FACILITY:Ward A6}}, {{ROOM:bed 22}}. ID no {{SSN:2803150043082}} for the file. Call oom {{PERSON:Koos}} about the [[DNR]] form {{PHONE:082 445 9012}} if they need signatures 🙏",
    ),
    (
        "facebook",
        "Thank you to the {{FACILITY:Groote Schuur}} [[cardiology]] team for saving my father's life. Dr {{PERSON:Naidoo}} and nurse {{PERSON:Thandeka}} you are stars ⭐ Back home in {{LOCATION:Mitchells Plain}} and already complaining about the food 😂",
    ),
    (
        "reddit",
        "Comm serve placement came out and I got {{FACILITY:Zithulele Hospital}} in the Eastern Cape. Anyone been? How bad is the road from {{LOCATION:Mthatha}}? Is HPCSA {{LICENSE:MP 0998213}} all I need for the [[locum]] work too?",
    ),
    (
        "tiktok",
        "SA nurses: 'ag shame, [[shame]]' to every patient, a [[Grand-Pa]] powder in every handbag and loadshedding during the [[CPR]] 🕯️😭 #nursetok #southafrica",
    ),
    (
        "linkedin",
        "Excited to start as [[Clinical Manager]] at {{FACILITY:Chris Hani Baragwanath}}. 12 years since my internship here. To Prof {{PERSON:Sibongile Dlamini-Mthembu}}, ngiyabonga. #publichealth #SAhealth",
    ),
    (
        "instagram",
        "Gogo {{PERSON:Nomvula}} turned {{AGE:102}} in {{LOCATION:Umlazi}} 🎉🎂 oldest patient at {{FACILITY:Prince Mshiyeni}} clinic, still walks to collect her [[BP]] pills #gogo{{PERSON:nomvula}}",
    ),
    (
        "whatsapp",
        "Ambulance {{VEHICLE:GP 447-821}} stuck on N1 near {{LOCATION:Midrand}}, pt {{PERSON:Sipho}} {{AGE:90}} yrs [[CVA]], ETA {{FACILITY:Helen Joseph}} 20 min. Medical aid {{HEALTH_PLAN:Discovery 184772036}}",
    ),
    (
        "x",
        "Shout out to {{PERSON:Precious}} at the {{FACILITY:Khayelitsha District Hospital}} [[TB]] clinic for calling my brother every week to check he's taking his [[Rifafour]]. Real community health.",
    ),
    (
        "reddit",
        "[[Faith]] in the system restored: got my [[medical aid]] pre-auth in 2 days instead of 2 weeks. Small wins. Now if only [[Winter]] would stop sending every [[asthma]] kid to {{FACILITY:Red Cross Children's}} casualty",
    ),
    (
        "facebook",
        "Looking for a Xhosa-speaking carer for my mum in {{LOCATION:Gqeberha}}, she's had a [[stroke]] and only trusts Tata {{PERSON:Mzwandile}}'s recommendations lol. WhatsApp {{PHONE:+27 73 118 4402}}",
    ),
    (
        "tiktok",
        "when the Afrikaans [[oupa]] calls you 'my kind' and asks for his [[Rooibos]] after the colonoscopy prep 🥹 #sanurse #afrikaans",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "MO posting at {{FACILITY:TTSH}} ED, anyone know if the [[MOPEX]] allocation for {{DATE:Jan 2026}} out yet? My HOD say wait but my friends at {{FACILITY:NUH}} already know theirs leh",
    ),
    (
        "whatsapp",
        "Mdm {{PERSON:Tan Ah Moi}} NRIC {{ID:S2941736D}} {{ROOM:Bed 12-34}} {{FACILITY:Ward 76}}, daughter {{PERSON:Jessie}} {{PHONE:+65 9123 4870}} asking for [[Medisave]] claim form. Pls help print before discharge tmr",
    ),
    (
        "facebook",
        "My Ah Ma {{PERSON:Lim Siew Eng}} turned {{AGE:99}} at {{FACILITY:Ren Ci Nursing Home}}! The staff even made [[ang ku kueh]] for her 🥹 Thank you sister {{PERSON:Rosnah}} and everyone",
    ),
    (
        "x",
        "Queued 4h at {{FACILITY:SGH}} A&E. Auntie beside me brought her own [[Tiger Balm]] and lent it to the whole row 😂 {{LOCATION:Outram}} vibes",
    ),
    (
        "tiktok",
        "sg nurse things: 'can [[discharge]] or not?' 'can', 'cannot', 'can lah'. Also [[MC]] for 2 days very the shiok 😂 #sgnurse #singapore #healthcareheroes",
    ),
    (
        "linkedin",
        "Honoured to receive the [[Nurses' Merit Award]] this year. Thank you {{FACILITY:KK Women's and Children's Hospital}} and my NM {{PERSON:Siti Nurhaliza binte Rahmat}} for believing in me. SNB {{LICENSE:RN 128447}} since 2009 🙏",
    ),
    (
        "instagram",
        "post-night shift prata in {{LOCATION:Jurong East}} w {{PERSON:wei ling}} & {{PERSON:kumaran}} after a crazy [[night shift]] at {{FACILITY:Ng Teng Fong}} 🍳 #nightshift #sgnurses",
    ),
    (
        "whatsapp",
        "Pls note patient {{PERSON:MUTHU s/o Ramasamy}} {{AGE:91}}yo home address {{ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1143}}, {{ADDRESS:S560412}}. Home care visit {{DATE:Thu 5/12}} for [[wound care]]. Next of kin {{PHONE:8456 7712}}",
    ),
    (
        "reddit",
        "Anyone know if [[CHAS]] Blue covers [[physio]] at polyclinic? My dad's card {{HEALTH_PLAN:CHAS-B-00817734}} keep getting rejected at {{FACILITY:Bedok Polyclinic}}. So frustrating",
    ),
    (
        "tiktok",
        "when [[Deepavali]], [[Hari Raya]] and [[Christmas]] all fall in your roster on {{FACILITY:Ward 64}} {{FACILITY:SKH}} and you working all three 😭 #sgnurse",
    ),
    (
        "facebook",
        "Lost: black [[Garmin]] watch serial {{DEVICE:GRM-5AB7019634}} at {{FACILITY:Changi General Hospital}} level 2 clinic on {{DATE:23 Oct}}. Reward if found pls PM",
    ),
    (
        "x",
        "Our ward [[Dawn]] shift (0700) starts with kopi from uncle {{PERSON:Ah Seng}} at the {{FACILITY:KTPH}} canteen. Unsung hero of {{LOCATION:Yishun}} 🙌",
    ),
    # ---------------------------------------------------------------- United States
    (
        "reddit",
        "PGY-2 IM at {{FACILITY:Cook County}}, just got paged at 3am by the nurse for a [[Tylenol]] order on a pt who literally had Tylenol 2 hrs ago. Love her though, {{PERSON:Keisha}} carries the unit",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Rodriguez, Maria}} MRN {{MRN:00483920}} DOB {{DATE:07/04/1948}} {{ROOM:Rm 4102}} s/p [[CABG]], SSN on file {{SSN:412-73-9901}} — billing needs it re-verified. Daughter {{PERSON:Lucia}} {{PHONE:(305) 555-0147}}",
    ),
    (
        "facebook",
        "Prayers please 🙏 My grandma {{PERSON:Opal}} ({{AGE:97}}) fell and broke her [[hip]] at {{FACILITY:Sunrise of Edina}} and is at {{FACILITY:Hennepin Healthcare}} now. Medicare ID {{HEALTH_PLAN:1EG4-TE5-MK72}} if anyone from the family needs it for paperwork",
    ),
    (
        "x",
        "$4,200 [[Bill]] for a 2 hour ER visit at {{FACILITY:Baylor Scott & White}} in {{LOCATION:Temple}} for a sprained ankle. America is wild. {{HANDLE:@bcbstexas}} explain",
    ),
    (
        "tiktok",
        "new grad nurse pov: [[charge nurse]] says 'you got this' and leaves you with 6 pts and a [[heparin drip]] 😭 #nursetok #newgradnurse #[[NCLEX]]",
    ),
    (
        "linkedin",
        "Excited to join {{FACILITY:Mass General Brigham}} as an NP in [[cardiology]]! NPI {{NPI:1234567893}}. Grateful to Dr {{PERSON:Okonkwo-Reyes}} and my whole cohort at {{FACILITY:BWH}}. #NursePractitioner",
    ),
    (
        "instagram",
        "travel nurse life: week 3 in {{LOCATION:Kalispell}} 🏔️ at {{FACILITY:Logan Health}}. shoutout {{HANDLE:@nurse.jordy}} for the housing tip, [[med-surg]] here is no joke #travelnurse #montana",
    ),
    (
        "reddit",
        "My mom's [[Dexcom]] G7 ({{DEVICE:SN 4T9X-22817-B}}) stopped reading at {{FACILITY:UCSF}} and they won't replace it because it's 'patient-owned'. Anyone dealt with this?",
    ),
    (
        "facebook",
        "Family update: Uncle {{PERSON:Earl}} is out of [[bypass]] surgery at {{FACILITY:Vanderbilt}}. If you want to send cards: {{ADDRESS:1211 Medical Center Dr}}, {{LOCATION:Nashville}}, TN {{ADDRESS:37232}}, {{ROOM:Room 8N-14}} 💐",
    ),
    (
        "x",
        "[[Will]] someone explain why [[Medicaid]] redetermination letters go out in [[May]] when the deadline is [[June]]? asking for every social worker in America",
    ),
    (
        "tiktok",
        "[[Joy]] of nursing: pt's [[Foley]] bag full, [[IV]] beeping, family asking for more jello. Still love it ❤️ #nurse",
    ),
    (
        "whatsapp",
        "Medic 14 (plate {{VEHICLE:TX 8MK-2241}}) heading to {{FACILITY:Parkland}} w/ [[STEMI]], ETA 9 min. Pt {{PERSON:Darnell Whitaker}}, acct {{ACCOUNT:PHHS-9928471}}. 12-lead from monitor {{DEVICE:LP15-44218873}} pushed to {{IP:10.24.118.63}}, cath lab paged",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "x",
        "[[Intern]] doctors at {{FACILITY:KNH}} unpaid for 4 months. {{HANDLE:@MOH_Kenya}} we need answers. #PayInterns",
    ),
    (
        "whatsapp",
        "Mgonjwa {{PERSON:Wanjiru Kamau}} {{FACILITY:Ward 6B}} {{FACILITY:Kenyatta}} NHIF {{HEALTH_PLAN:7723845}}, family contact {{PHONE:0722 418 903}}. [[Dialysis]] session moved to {{DATE:Monday 9th}}",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:Tenwek Hospital}} for the [[hernia]] repair on my brother {{PERSON:Kiprotich}}. The mission team there is amazing. Now recovering at home in {{LOCATION:Bomet}} 🙏",
    ),
    (
        "tiktok",
        "kenyan nurse pov: patient says 'daktari nipe [[Panadol]] tu' but has a BP of 210/120 😭 #nursekenya #afya",
    ),
    (
        "linkedin",
        "Proud to start as [[Clinical Officer]] at {{FACILITY:Moi Teaching and Referral Hospital}} in {{LOCATION:Eldoret}}. KMPDC reg {{LICENSE:A14587}}. Thank you mentor Dr {{PERSON:Chebet}}.",
    ),
    (
        "reddit",
        "Moving to {{LOCATION:Nairobi}} for [[MMed]]. Should I do [[SHA]] or keep my private cover? My [[Jubilee]] plan renewal is in [[December]] and I don't want a gap",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "facebook",
        "Thank God for {{FACILITY:Korle Bu}} surgeons! My Auntie {{PERSON:Akosua}} had her [[thyroidectomy]] on {{DATE:Tuesday 3rd}}. Nurse {{PERSON:Abena}} you are a blessing 🙏🏾",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Kwame Asante-Boateng}} folder no {{MRN:KATH/MED/22/118394}} for [[echo]] tomorrow. NHIS card {{HEALTH_PLAN:GH-0044817293}} expired, pls tell relative {{PHONE:024 412 7789}}",
    ),
    (
        "x",
        "House officers at {{FACILITY:Tamale Teaching Hospital}} working 36 hr calls and no [[call allowance]]. {{HANDLE:@ghmedassoc}} please 🙏🏾",
    ),
    (
        "tiktok",
        "ghana hospital: patient on {{FACILITY:Ward C}} at {{FACILITY:Ridge}} brings [[kenkey]] for the whole [[ward]] after discharge. best day ever 😂 #ghanatiktok #nurse",
    ),
    (
        "instagram",
        "Mama {{PERSON:Efua}} celebrating {{AGE:90}} at home in {{LOCATION:Cape Coast}} after her [[cataract]] op at {{FACILITY:Cape Coast Teaching Hospital}} 🎉 #{{PERSON:efua}}",
    ),
    (
        "reddit",
        "[[Patience]] is key when doing [[housemanship]] in Ghana. Also {{PERSON:Mercy}} the canteen lady saved my life with waakye at 2am lol",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "facebook",
        "Salamat po sa lahat ng nurses sa {{FACILITY:PGH}} {{FACILITY:Ward 3}}! My lola {{PERSON:Remedios}} ({{AGE:93}}) is home na sa {{LOCATION:Marikina}} after her [[pneumonia]] 🙏",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:dela Cruz, Juan Miguel}} PhilHealth {{HEALTH_PLAN:12-345678901-2}} {{ROOM:Rm 512}} {{FACILITY:St. Luke's BGC}}, for [[HD]] tomorrow. Wife {{PERSON:Marites}} {{PHONE:0917 845 2231}}",
    ),
    (
        "tiktok",
        "filipino nurse starter pack: [[Biogesic]] for everything, rice at every meal, and 'ma'am/sir' kahit 5 years old ang pt 😂 #pinoynurse #nclex",
    ),
    (
        "x",
        "Congrats sa lahat ng pumasa sa [[PNLE]]! Especially my review buddy {{PERSON:jomar}} from {{LOCATION:Tacloban}} 🎉 #PNLE #futureRN",
    ),
    (
        "linkedin",
        "Passed [[NCLEX]] and going to {{FACILITY:Hamad Medical Corporation}}! Salamat po Ma'am {{PERSON:Lorna Bautista}} for the review. PRC license {{LICENSE:0712345}} 🇵🇭",
    ),
    (
        "reddit",
        "Working in the [[ER]] of {{FACILITY:Bicol Medical Center}} during [[Holy Week]] is chaos. So many [[heat stroke]] cases from the procession. Stay hydrated po.",
    ),
    # ---------------------------------------------------------------- Malaysia
    (
        "facebook",
        "Terima kasih to the staff at {{FACILITY:HKL}} for caring for my atuk after his [[stroke]] Haji {{PERSON:Ismail}} ({{AGE:92}}). Especially Sister {{PERSON:Norhayati}} in {{FACILITY:Wad 7}} 🙏",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Lee Chong Wei}}... not that one haha. Pt {{PERSON:Lee Chong Hin}} MyKad {{ID:540312-10-5571}} {{ROOM:Katil 14}} for [[OGDS]] {{DATE:Rabu 11/6}}. Anak {{PERSON:Jason}} {{PHONE:012-334 8710}}",
    ),
    (
        "tiktok",
        "HO life in malaysia: 5 postings, 1000 [[oncall]]s, and the [[MO]] says 'you can one lah' 😭 #housemanship #malaysia",
    ),
    (
        "x",
        "Queue at {{FACILITY:Klinik Kesihatan Kelana Jaya}} since 7am for a [[MC]]. Aunty {{PERSON:Kamala}} behind me brought teh tarik for everyone 😂",
    ),
    (
        "reddit",
        "Contract [[MO]] here at {{FACILITY:Hospital Sultanah Aminah}} {{LOCATION:JB}}. Anyone got permanent post in the latest intake? MMC {{LICENSE:MMC 71234}}",
    ),
    (
        "instagram",
        "Raya open house for the whole [[ICU]] team 🌙 [[Selamat Hari Raya]] from {{LOCATION:Kota Bharu}}! #nurselife #raya",
    ),
]
