# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set O (fictional), written 2026-12-06 15:54 UTC, by a writer who did not see the anonymizer code. 180 posts across 19 settings and 7 platforms."""

INTL_O: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "handover from hell tonight. {{ROOM:bay 3 bed 14}}, Mr {{PERSON:Attwell}}, NHS no {{ID:462 913 0075}}, hosp no {{MRN:RX4471920}}, admitted {{DATE:03/11}} w/ urosepsis, [[NEWS2]] 6 at 0200, [[CRP]] 288, on [[Tazocin]]. day team said 'he's fine' lol. {{FACILITY:Ward 22}} is drowning",
    ),
    (
        "x",
        "[[Hope]] is not a staffing strategy. 3 RNs for 28 beds on a [[Saturday]] and the [[Band 7]] says 'just prioritise'. prioritise WHAT. #[[NHS]] #[[RCN]]",
    ),
    (
        "tiktok",
        "POV: ur the only [[HCA]] on nights and {{ROOM:bed 9}} has pressed the buzzer 40 times for a cup of tea ☕😭 #nightshift #[[hca]]life #[[nhs]]",
    ),
    (
        "facebook",
        "Massive thank you to Nurse {{PERSON:Hope}} and the whole team on {{FACILITY:Kingsdown Ward}} at {{FACILITY:St Aldric's}} who looked after our [[Mum]] in her last days on [[end of life care]]. She turned {{AGE:93}} on {{DATE:12 October}} and you made sure she had her cake. Forever grateful, even the [[Matron]] came ❤️ {{PERSON:Janet}}, {{PERSON:Steve}} & family",
    ),
    (
        "whatsapp",
        "Rota change wk comm {{DATE:17/11}}: {{PERSON:PEMBERTON, L}} swaps [[LD]] [[Thurs]] w/ {{PERSON:OYELARAN, T}}. {{PERSON:Gaz}} on porter desk 7-7. anyone free for {{FACILITY:AMU}} [[Sun]] night, [[Band 5]] rate, pls msg {{PERSON:Marcia}} {{PHONE:07723 418905}}",
    ),
    (
        "linkedin",
        "Delighted to share that I've been appointed Advanced Clinical Practitioner at {{FACILITY:Harrowfield General Hospital}} 🎉 Huge thanks to my mentor Dr {{PERSON:Ruth Okonkwo-Blake}} and to the [[Health Education England]] [[ACP]] programme. #[[ACP]] #proud",
    ),
    (
        "instagram",
        "last shift before mat leave 🥹 gonna miss my girls #team{{PERSON:bex}} #{{FACILITY:ward7}}squad #[[midwife]]life #[[RCM]] #[[NHS]]",
    ),
    (
        "reddit",
        "AITA for reporting my [[nan]]'s care home? [[Nan]] is {{AGE:ninety-six}}, lives at {{FACILITY:Elmstead Lodge}}, {{ADDRESS:14 Cranbourne Avenue, Wexley WX3 9LP}}. found her in soaked pads at 2pm. [[CQC]] said to raise safeguarding with the council first",
    ),
    (
        "x",
        "Working [[Boxing Day]] again. Ward is full, [[Arsenal]] losing on the telly in the day room, someone's [[nan]] singing [[Jingle Bells]] at 3am and the [[F1]] asking what [[qSOFA]] is. Merry [[Christmas]] from [[A&E]] 🙃",
    ),
    (
        "whatsapp",
        "whoever owns silver [[Corsa]] {{VEHICLE:KX19 OPD}} you're blocking the ambulance bay at {{FACILITY:the Royal}}, [[security]] clamping in 10 mins. also blue van {{VEHICLE:LB67 ZRT}} in the [[ED]] drop off",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch o galon i bawb ar {{FACILITY:Ward Dyfi}} yn {{FACILITY:Ysbyty Bron Eryri}} am edrych ar ôl [[Taid]]. Roedd o'n {{AGE:naw deg dau}} ac yn dal i ganu [[Calon Lân]] i'r [[nyrsys]] bob [[nos Sul]]. Angladd ar y {{DATE:8fed Tachwedd}} yn {{LOCATION:Llanrug}} 🏴󠁧󠁢󠁷󠁬󠁳󠁿💔",
    ),
    (
        "x",
        "[[Betsi Cadwaladr]] back in special measures and the [[Senedd]] acting surprised. Meanwhile [[ambulance]] waits in north [[Wales]] measured in [[days]] not hours. Da iawn pawb 🙄 #[[WAST]]",
    ),
    (
        "whatsapp",
        "hndover: {{PERSON:gwilym}} {{ROOM:bed 4}} - post [[TKR]] day 2, [[Hb]] 92, mobilised w [[physio]] w zimmer. hosp no {{MRN:G0448213}}. daughter {{PERSON:Eirlys}} ringing at 6, mob {{PHONE:07845 201 366}}. [[IV]] abx stop tmrw",
    ),
    (
        "tiktok",
        "3 jobs before brew on the coast road, got blocked in by a tractor outside {{LOCATION:Aberporth}} 🚜🚑 shout out to the farmer in the red pick up {{VEHICLE:CE21 WYN}} who reversed half a mile for us #[[paramedic]] #[[WAST]] #[[999]]",
    ),
    (
        "linkedin",
        "After three years of placements across [[Hywel Dda]], I'm proud to say I've passed and joined the [[NMC]] register (PIN {{LICENSE:23H0457W}}). Starting as a [[Band 5]] on {{FACILITY:Ward Teifi}} at {{FACILITY:Glangwili}} next month. Diolch to {{FACILITY:Prifysgol Abertawe}} lecturers 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    ),
    (
        "instagram",
        "[[Dydd Santes Dwynwen]] on a night shift 💘 the only romance is me and the [[Bair Hugger]]. #[[hiraeth]] #[[nurselife]] #[[cymru]] #[[SixNations]] next weekend tho",
    ),
    (
        "reddit",
        "[[Physio]] in west [[Wales]] here. Anyone know if the [[wheelchair service]] at {{FACILITY:Canolfan Iechyd Pont-y-Garth}} still takes [[referrals]] direct from [[MSK]]? Their number {{PHONE:01970 623 118}} just rings out and the email {{EMAIL:wcs.referrals@pontygarth-hc.cymru.example}} bounces",
    ),
    (
        "whatsapp",
        "[[Mam]] says can someone bring her [[Lansoprazole]] and a [[Western Mail]] on [[Tuesday]]. [[Nain]] is grand, eating well, [[Welsh cakes]] everywhere 😂",
    ),
    (
        "facebook",
        "Looking for the lovely porter who found Dad's wallet in the [[A&E]] car park last week. Dad wants to thank him properly, so pop round to {{ADDRESS:Fflat 2, 7 Heol y Felin, Llandeilo SA19 6PX}} or ring me on {{PHONE:+44 7712 884051}}. His name is {{PERSON:Huw}}? Tall, beard, [[Scarlets]] shirt, works [[nights]] ❤️",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "reddit",
        "Question for [[ANPs]] in [[NHS Lothian]]: got a wee man, {{PERSON:bill}}, in {{ROOM:bed 12}}, CHI {{ID:0401318824}}, keeps self-discharging to go to the bookies in {{LOCATION:Leith}}. [[AWI]] form done, [[MMSE]] 24. do we call [[Police Scotland]] every time or what",
    ),
    (
        "x",
        "Hogmanay on [[ED]] is just [[Irn-Bru]], [[Buckfast]], [[Old Firm]] injuries and one guy dressed as [[Nessie]]. [[Happy New Year]] fae the [[SAS]] crews ✌️ #[[Hogmanay]]",
    ),
    (
        "whatsapp",
        "Madainn mhath a h-uile duine. [[Loganair]] flight fae {{LOCATION:Benbecula}} delayed so {{PERSON:Catriona}} cannae cover early. Patient for [[retrieval]] is {{PERSON:MacAulay}}, [[STEMI]], {{FACILITY:Ospadal Uibhist}}, CHI {{ID:2209467731}}. [[EMRS]] aware. Tapadh leibh 🙏",
    ),
    (
        "facebook",
        "Ma [[granny]] {{PERSON:Peigi}} is {{AGE:ceud}} bliadhna the day — a {{AGE:hunner}} year auld! Born {{DATE:6th March 1926}} in {{LOCATION:Tarbert}}. Staff at {{FACILITY:Taigh Shiabaigh care home}} threw her a [[ceilidh]], [[Runrig]] on full blast 🎉🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    ),
    (
        "linkedin",
        "Pleased to announce I've taken up a consultant post in [[Emergency Medicine]] at {{FACILITY:Queen Margaret Infirmary}}. GMC {{LICENSE:7834102}}. Grateful to the [[RCEM]] and [[NES]] for years of support and to my family for putting up with the rotas.",
    ),
    (
        "instagram",
        "cannae believe she's leaving us 😭 #{{PERSON:morag}}sleavingdo #{{FACILITY:wardtwelve}}family #[[glasgow]]nurses #[[scotrail]]strikes ruined the night out",
    ),
    (
        "tiktok",
        "when the [[FY1]] asks if the patient is 'a wee bit [[SOB]]' and ye have tae explain it's no a swear word 💀 #[[scottish]] #[[nhsscotland]] #[[medtok]]",
    ),
    (
        "reddit",
        "Got a £60 [[parking charge]] at {{FACILITY:Crosshouse}} while my wife was in labour. Car reg {{VEHICLE:SN70 KBR}}. Appealed, rejected. Is this even legal in [[Scotland]]? [[PALS]] useless. I thought hospital parking was free under the [[Scottish Government]]",
    ),
    (
        "whatsapp",
        "[[Nights]] wk beg {{DATE:1/12}}: {{PERSON:MACLEOD, K}} / {{PERSON:DUNBAR, S}} / {{PERSON:Nkemelu, A}}. {{PERSON:Shona}} off sick. bleep the [[SpR]] if [[MET]] call. keys for [[CD]] cupboard wi {{PERSON:Fraser}}",
    ),
    (
        "x",
        "Got a [[bill]] for £14 for a sandwich and a [[Tunnock's]] in the hospital shop. Meanwhile [[Sturgeon]] era promises of free everything 😂 [[Scotland]] in a nutshell",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "facebook",
        "Just want to say a huge thank you to Sister {{PERSON:Grace}} and the girls in {{FACILITY:Ward 6 North}} at {{FACILITY:the Mater}}. [[Daddy]] was {{AGE:ninety-one}} and cranky as sin but yous treated him like a king. Wake is at the house, {{ADDRESS:22 Glenbrae Park, Dunmurry BT17 0QS}}, from [[Thursday]], [[rosary]] at 8 🙏",
    ),
    (
        "x",
        "By the [[grace]] of God and two cans of [[Monster]] I survived a 13hr shift. [[Stormont]] still not funding pay parity. [[RCN]] ballot opens [[Monday]] folks #[[PayParityNI]]",
    ),
    (
        "whatsapp",
        "Girls can someone check on Mrs {{PERSON:Ferguson}}'s [[sats]], {{ROOM:side room 3}}. H&C {{ID:320 551 7098}}. her son {{PERSON:Declan}} rang, says she's not right, [[NEWS]] 5. I'm stuck in a [[MET]] call on {{FACILITY:Ward 4C}}",
    ),
    (
        "reddit",
        "Paramedic in the Western Trust. Some clown in a black Audi {{VEHICLE:LXZ 4821}} followed us with [[blue lights]] on all the way from {{LOCATION:Strabane}} to {{FACILITY:Altnagelvin}} filming. [[PSNI]] not interested. Do I report to [[NIAS]] or just let it go?",
    ),
    (
        "linkedin",
        "Excited to share I've completed my [[MSc]] in [[Musculoskeletal Physiotherapy]] at {{FACILITY:Ulster University}} 🎓 [[HCPC]] {{LICENSE:PH188524}}. Now taking private clients in {{LOCATION:Lisburn}}. Huge thanks to the team at {{FACILITY:Castlereagh Physio Clinic}}.",
    ),
    (
        "instagram",
        "off for [[the Twelfth]] fortnight and binge-watching [[Derry Girls]] again 😂 catch me on [[the Causeway Coast]]... ok no, catch me in my bed. #[[nursesofNI]] #[[annualleave]]",
    ),
    (
        "tiktok",
        "the oul lad in {{ROOM:bay 2}} told me he's {{AGE:ninety-eight}} (checked the chart, he is, fair play) and still drives a tractor 🚜 #[[northernireland]] #[[nurse]] #[[wee]]buns",
    ),
    (
        "whatsapp",
        "Reminder: [[Ulster]] v [[Leinster]] Friday so [[ED]] will be bouncing. [[BSO]] payslips late again. [[Granda]] trivia night cancelled 🙄",
    ),
    (
        "x",
        "shout out to {{HANDLE:@wee_nurse_niamh}} and {{HANDLE:@paddy_porter_bt}} for keeping {{FACILITY:Craigavon}} [[ED]] going last night with 40 on [[trolleys]] 💪 honestly legends #[[NHS]]",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Trying to get [[Mam]]'s [[medical card]] renewed, card no {{HEALTH_PLAN:4471 2209 8M}}, PPSN {{ID:8812034TA}}. [[HSE]] say they never got the form I posted to them from {{ADDRESS:Ard na Gréine, Ballinacurra, Co. Limerick V94 K7T2}}. anyone else waiting 4 months?? [[Citizens Information]] no help",
    ),
    (
        "x",
        "[[INMO]] [[trolley watch]]: 612 people on trolleys this morning. [[Minister for Health]] will say [[winter]] was unexpected again. It comes every year lads, like [[Christmas]] #[[HSE]] #[[Sláintecare]]",
    ),
    (
        "facebook",
        "Our little man came home today after 6 weeks in [[NICU]] 💙 Special thanks to {{PERSON:Faith}} his primary nurse, and to Dr {{PERSON:Ó Súilleabháin}}. You gave us [[faith]] when we had none. {{FACILITY:Coombe}} you're the best, [[Rotunda]] who? 🙏",
    ),
    (
        "whatsapp",
        "A chairde, cruinniú foirne ar {{DATE:an 3 Márta}} ag 2pm sa [[seomra caife]] in {{FACILITY:Ospidéal na Gaillimhe}}. {{PERSON:Pádraig}}, an bhfuil tú in ann an rolla a dhéanamh? Beidh [[Aoine]] saor don [[Lá Fhéile Pádraig]] 🍀",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:St Colmcille's University Hospital}} as [[Consultant Geriatrician]] (MCRN {{LICENSE:412877}}). Looking forward to building the [[frailty]] service with [[National Clinical Programme for Older People]] colleagues. Reach me on {{EMAIL:c.nidhuibhir@stcolmcilles.ie.example}}",
    ),
    (
        "instagram",
        "she only went and passed her finals 🎓💚 #{{PERSON:siobhán}}sbigday #{{FACILITY:ucc}}nursing #[[NMBI]]ready #[[corkgirl]] #[[LeavingCert]]2022",
    ),
    (
        "tiktok",
        "rural GP life: drove out to a house call past {{LOCATION:Ballydehob}}, patient's son blocked the lane with his jeep {{VEHICLE:191-C-40817}} and offered me a [[Tayto]] sandwich instead of moving it 😂 #[[irishgp]] #[[ruralmedicine]]",
    ),
    (
        "whatsapp",
        "[[lads]] were sent to {{FACILITY:the Mercy}} for the [[CT]] cos the scanner here is down again. [[Transport]] at 3, [[Tuesday]] list cancelled. have mercy on the porters, the lift is broke too",
    ),
    (
        "x",
        "[[Bean an tí]] at the [[day centre]] turned {{AGE:nócha is a cúig}} today and beat us all at [[Twenty-Five]] 🃏 Go maire tú an céad! #[[Gaeltacht]]",
    ),
    (
        "facebook",
        "Nothing like [[St Brigid's Day]] on a geriatric ward. Made crosses from [[rushes]] with [[Nana]]s and [[Grandad]]s, [[Late Late Show]] on, [[Barry's]] tea flowing ☘️ #[[carers]]",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "RN in western {{LOCATION:Sydney}}. Pt transferred from {{FACILITY:Fairvale Private}} with no notes, only a sticky label: URN {{MRN:00734519}}, Medicare {{HEALTH_PLAN:2953 41870 1}}, lives {{LOCATION:Cabramatta}}. [[BGL]] 27, [[ketones]] 4.1. who sends a [[DKA]] in a taxi??",
    ),
    (
        "x",
        "[[State of Origin]] night in a [[Queensland]] ED is a public health emergency in itself. [[XXXX]] related injuries from 8:30pm sharp. Up the [[Maroons]] I guess 🏉 #[[auspol]] #[[nursing]]",
    ),
    (
        "tiktok",
        "old mate {{PERSON:rusty}} turned up to [[ED]] on his ride-on mower, rego {{VEHICLE:482 RMX}} 😂 said the ute was 'in the shop'. [[GCS]] 15, [[BAL]] 0.19 #[[ruralnursing]] #[[straya]]",
    ),
    (
        "facebook",
        "[[Pop]] turned {{AGE:92}} on {{DATE:14/2}} (yes, a [[Valentine's]] baby) and the staff at {{FACILITY:Banksia Grove Aged Care}} put on a [[sausage sizzle]] with [[Bundy]]. If anyone wants to send him a card: {{ADDRESS:Unit 4, 31 Wattle St, Bendigo VIC 3550}} 🎂🇦🇺",
    ),
    (
        "linkedin",
        "Proud to announce I've been endorsed as a [[Nurse Practitioner]] by [[AHPRA]] (registration {{LICENSE:NMW0002287451}}). Starting in the remote NP program at {{FACILITY:Kununurra Health Service}} in the [[Kimberley]]. Thank you [[CRANAplus]] and [[ACN]] 🌏",
    ),
    (
        "instagram",
        "my skills are a bit [[rusty]] after 6 months mat leave but we back 💪 first shift on [[Anzac Day]], [[two-up]] in the tearoom at 1500 lol #[[nurse]] #[[ausnurses]] #[[BrisbaneBroncos]]",
    ),
    (
        "whatsapp",
        "Hi team, agency filled {{DATE:Sat 9th}} nights. {{PERSON:Brandy}} is the ICU float, she'll have the [[Dräger]] keys. Any probs call {{PERSON:Tui}} on {{PHONE:0412 884 093}}. [[Sepsis pathway]] audit due [[Friday]]",
    ),
    (
        "x",
        "IT locked out the whole ward again. the [[eMR]] box in {{FACILITY:4 West}} keeps getting flagged, IP {{IP:10.48.112.37}}. pt [[IHI]] {{ID:8003 6081 6652 9043}} can't even load. [[Cerner]] pls",
    ),
    (
        "reddit",
        "Tips for surviving [[Christmas]] on a [[palliative]] ward? Families bring [[pavlova]], [[brandy]] custard, [[Bunnings]] snags. Last year we had [[Santa]] in a [[Ventolin]] puffer costume. Love it but I cry every time",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "reddit",
        "New grad at {{FACILITY:Middlemore}}, feeling out of my depth. Pt {{PERSON:Summer}} (NHI {{MRN:ZKT4471}}) bounced back 3rd time this month, [[HbA1c]] 112, no [[GP]]. social worker says [[Kainga Ora]] can't rehouse her out of {{LOCATION:Ōtara}} til next year. what do yall do?",
    ),
    (
        "x",
        "[[summer]] in [[Aotearoa]] = [[ED]] full of jandal injuries, sunburn and [[Waitangi Day]] hangovers. [[Te Whatu Ora]] says 'plan ahead'. [[All Blacks]] lose and we get the rest 🏉 #[[nznurses]] #[[NZNO]]",
    ),
    (
        "whatsapp",
        "Kia ora whānau, [[kuia]] {{PERSON:Hinemoa}} is {{AGE:iwa tekau mā toru}} on {{DATE:Rātapu 12 Hōngongoi}}. We're taking her from {{FACILITY:Te Ngākau Hospice}} to the [[marae]] in {{LOCATION:Rātana}} for the day, [[palliative]] nurses ok'd it, [[syringe driver]] and all 🙏 ka kite",
    ),
    (
        "facebook",
        "Ngā mihi nui to the [[cardiac]] team at {{FACILITY:Waikato}} — {{FACILITY:Ward 15}} especially. [[Dad]] had his [[CABG]] on {{DATE:Tuesday 3 June}} and was up walking on day 2. {{PERSON:Aroha}} and {{PERSON:Sione}}, you're gold ✨",
    ),
    (
        "linkedin",
        "Stoked to have received my [[RN]] practising certificate from the [[Nursing Council of New Zealand]] (NCNZ {{LICENSE:298114}}) and to start in district nursing with {{FACILITY:Hutt Valley Community Health}}. Tēnā koutou to my [[Whitireia]] tutors.",
    ),
    (
        "instagram",
        "[[Matariki]] night shift vibes ✨ brought hāngī leftovers, the [[house officer]] brought [[L&P]], the [[charge nurse]] brought [[Pineapple Lumps]]. #[[matariki]] #[[nzhealth]] #[[kiwi]]nurse",
    ),
    (
        "tiktok",
        "when the patient's cousin parks his ute {{VEHICLE:PWK217}} across 3 ambulance bays and says 'it's chur bro, I'll be 5 mins' 💀 #[[stjohn]] #[[paramedicnz]] #[[Hilux]]life {{LOCATION:Porirua}} represent",
    ),
    (
        "whatsapp",
        "[[Physio]] referral for {{PERSON:Te Rangi}}, ACC claim {{HEALTH_PLAN:10048873215}}, knee [[ACL]]. send reports to {{EMAIL:rangi.whanau.physio@kiwimail.example}} not the old [[gmail]] pls, [[MRI]] booked [[Friday]]",
    ),
    (
        "x",
        "huge ups to {{HANDLE:@kaitiaki_karen}} who ran our [[CPR]] workshop at the kura for free. Our tamariki can now do [[compressions]] to [[Poi E]] 😂💚",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "ER nurse in the GTA. Pt came in from {{LOCATION:Scarborough}} with expired OHIP {{HEALTH_PLAN:5582-917-304-KT}} and [[registration]] wanted to bill him $800 for triage. He's a [[PSW]] working 60h weeks. [[Ontario]] healthcare is 'free' eh",
    ),
    (
        "x",
        "Urgences à 180% encore à soir. [[Santé Québec]] nous dit de 'faire preuve de créativité' 🙃 Les [[infirmières]] au bout du rouleau, [[CHSLD]] en pénurie, pis le [[ministre]] en vacances au [[Mexique]]. #[[FIQ]] #[[polqc]]",
    ),
    (
        "facebook",
        "Merci infiniment à l'équipe de l'{{FACILITY:Hôpital Sainte-Adélaïde}} qui a pris soin de ma [[grand-mère]] {{PERSON:Thérèse}} jusqu'au {{DATE:4 novembre}}. Elle avait {{AGE:quatre-vingt-quinze}} ans pis elle riait encore avec les [[préposés]] aux [[bénéficiaires]]. [[Bonne fête]] au ciel ❤️⚜️",
    ),
    (
        "whatsapp",
        "Shift swap pls: {{PERSON:LAFLEUR, M}} needs {{DATE:2026-12-24}} off, can trade for {{DATE:2026-12-31}}. {{PERSON:Joy}} already covering [[boxing day]] on {{FACILITY:7 South}}. text {{PHONE:(613) 774-2019}} if u can, [[ONA]] rules apply re [[OT]]",
    ),
    (
        "linkedin",
        "Honoured to join {{FACILITY:Lakehead Regional Health Centre}} as Chief of Family Medicine. CPSO #{{LICENSE:118842}}. Northern [[Ontario]] has taught me more about medicine than any textbook. Grateful to the [[NOSM]] community and the [[CFPC]].",
    ),
    (
        "instagram",
        "pure [[joy]] is a double-double after 12h nights ☕🍁 [[Leafs]] lost, [[Tim Hortons]] ran out of timbits, still here tho #[[canadiannurse]] #[[ONA]] #[[nightshift]]",
    ),
    (
        "tiktok",
        "chu ambulancier à {{LOCATION:Laval}} pis un gars en Civic {{VEHICLE:G47 KRN}} m'a suivi jusqu'à l'{{FACILITY:Hôpital de la Cité-Verte}} pour 'voir l'[[accident]]' tabarnak 🤦‍♂️ #[[paramédic]] #[[quebec]]",
    ),
    (
        "x",
        "shoutout to my [[preceptor]] {{HANDLE:@joy_rn_yyc}} for surviving my first week of [[ICU]] with me 🙏 she taught me more about [[norepi]] titration than 4 yrs at {{FACILITY:U of C}} lol",
    ),
    (
        "reddit",
        "Moving from [[Nova Scotia]] to [[British Columbia]] as an [[LPN]]. Is [[BCCNM]] registration faster than [[NSCN]]? Also is [[Canada Day]] stat holiday pay actually 1.5x at [[Fraser Health]]?",
    ),
    (
        "facebook",
        "Anyone in the {{ADDRESS:B3H 2Y9}} area have a spare [[wheelchair]]? Mom's discharge from {{FACILITY:the QE2}} got moved to {{DATE:Friday Nov 21}} and [[Red Cross]] loan program has a waitlist. Her [[MSI]] {{HEALTH_PLAN:0094 771 208}} covers nothing for equipment 🙄",
    ),
    # ---------------------------------------------------------------- India
    (
        "reddit",
        "JR in medicine at {{FACILITY:GMCH Ranipur}}. 3 pts on 1 bed, {{ROOM:Bed 41}} mein 2 [[dengue]] aur 1 [[TB]]. CR No {{MRN:2026/118734}}, [[platelets]] 18k, no [[SDP]] in blood bank. HOD bolta hai 'manage karo'. Kaise bhai??",
    ),
    (
        "x",
        "[[Diwali]] night [[casualty]] = burns, [[Dolo 650]] overdoses and uncles who ate 40 [[kaju katli]]. [[NEET-PG]] aspirants pls know what ur signing up for 🪔🔥 #[[MedTwitter]] #[[residentdoctors]]",
    ),
    (
        "whatsapp",
        "[[Bhaiya]] [[papa]] ka admission ho gaya {{FACILITY:Ward 7}} {{FACILITY:Sahyog Multispeciality}}. [[Aadhaar]] {{ID:6021 4478 9135}} aur Ayushman card {{HEALTH_PLAN:PMJAY-MH-77410928}} dono diye. Doctor bol rahe [[ECHO]] kal hoga. {{PERSON:Rakesh}} [[chacha]] ko bolo paise le aaye",
    ),
    (
        "facebook",
        "Meri [[Dadi]] aaj {{AGE:92}} saal ki ho gayi 🎂🙏 Born {{DATE:12 मार्च 1934}}, still makes parathas for the whole mohalla. Blessings from {{ADDRESS:B-17, Shanti Vihar, Sector 9, Rohtak 124001}} ❤️ #[[family]] #[[grateful]]",
    ),
    (
        "linkedin",
        "Happy to share that I've joined {{FACILITY:Sanjeevani Institute of Cardiac Sciences}} as [[Associate Consultant]], [[Interventional Cardiology]]. Reg. No. {{LICENSE:MMC-2014/06/3381}}. Grateful to my teachers at {{FACILITY:Seth Govardhandas Medical College}} and to [[CSI]] for the fellowship.",
    ),
    (
        "instagram",
        "batch ka sabse bakwaas intern but sabse pyaara 😂❤️ happy bday bro #{{PERSON:sunny}}turns25 #{{FACILITY:gmcranipur}}diaries #[[internship]] #[[mbbs]]life",
    ),
    (
        "tiktok",
        "[[sunny]] day in [[Rajasthan]] = 47°C and the [[OPD]] fan broken 🥵 [[ORS]] pilao sabko, [[heat stroke]] season shuru #[[doctorsofindia]] #[[garmi]]",
    ),
    (
        "whatsapp",
        "108 ambulance {{VEHICLE:MH 12 GT 4719}} driver not picking up, patient waiting at {{LOCATION:Hadapsar}} naka. pls call {{PHONE:+91 98223 47016}} or [[108]] urgent. [[BP]] 80/50, [[SpO2]] 88",
    ),
    (
        "x",
        "{{HANDLE:@dr_ananya_ent}} ne aaj 14 ghante [[OT]] kiya aur phir bhi [[Holi]] ki mithai le aayi 🙏 Nurse {{PERSON:Lalitha}} ka farewell {{DATE:१५ जुलाई}} ko hai, [[Matron]] bhi aayengi, [[cake]] [[Monginis]] se, sab aana",
    ),
    (
        "reddit",
        "Nurse from [[Kerala]] moving to the [[UK]] via [[OET]]. Is the [[NMC]] CBT harder than the [[KNMC]] exam? Also any tips for [[IELTS]] writing? [[Bollywood]] english won't cut it lol",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "reddit",
        "House officer at {{FACILITY:UNTH}} here. Pt hospital no {{MRN:UNTH/24/11830}}, came from {{LOCATION:Nsukka}} with [[PCV]] 14%, no blood, relatives say they'll 'pray first'. [[NARD]] strike loading. I'm tired bro, [[japa]] is calling",
    ),
    (
        "x",
        "Una see am? 36 hours call, salary never enter, [[NMCN]] say make we renew licence for 50k. E be like say na [[blessing]] we dey work for 😂🙏🏾 #[[JapaSyndrome]] #[[NigerianNurses]]",
    ),
    (
        "facebook",
        "God bless Nurse {{PERSON:Blessing}} and Dr {{PERSON:Innocent}} of {{FACILITY:Female Medical Ward}}, {{FACILITY:Ikeja General}}, for standing by my [[mother]] when we had no money. [[Mama]] is {{AGE:ninety}} and she is walking again. Jehovah will reward you! 🙏🏾🇳🇬",
    ),
    (
        "whatsapp",
        "[[Ụmụnna]], Mama {{PERSON:Ngozi}} dị na {{FACILITY:FMC Owerri}}, hosp no {{MRN:FMCO/26/0743}}. [[Dialysis]] na-achọ 180k kwa izu. Biko send anything to {{ACCOUNT:0123844791}} {{PERSON:Chukwuemeka Obi}} ([[First Bank]]). Daalụ nu ❤️",
    ),
    (
        "linkedin",
        "I'm pleased to share that I've been fully licensed by the [[Medical and Dental Council of Nigeria]] (MDCN {{LICENSE:89411}}) and will begin my residency in Family Medicine at {{FACILITY:Lagos Island Maternity}}. Thank you {{FACILITY:OAU}} {{LOCATION:Ile-Ife}} for the foundation. #[[MDCN]] #[[residency]]",
    ),
    (
        "instagram",
        "two nurses, one ward, forever ❤️💍 #{{PERSON:gift}}and{{PERSON:innocent}}2026 #{{FACILITY:luth}}love #[[naijawedding]] #[[asoebi]] #[[Christmas]]wedding",
    ),
    (
        "tiktok",
        "working in a [[Nigerian]] hospital teaches you [[patience]]: no light, no [[NEPA]], no gloves, [[Emzor]] paracetamol as the cure for everything 😂 #[[naijanurse]] #[[medtok]]",
    ),
    (
        "whatsapp",
        "Driver of the Toyota {{VEHICLE:KJA-482FG}} abeg come remove your [[Sienna]] from the [[A&E]] entrance! Ambulance from {{LOCATION:Surulere}} no fit enter. [[Security]] {{PHONE:0803 417 2290}}",
    ),
    (
        "x",
        "[[Baba]] mi ti pé ẹni ọdún {{AGE:àádọ́rùn-ún}} lónìí 🎉 still goes to {{FACILITY:Adeoyo}} for his [[BP]] check every [[Tuesday]] by himself. Olúwa ṣeun! #[[Yoruba]] #[[blessed]]",
    ),
    (
        "reddit",
        "Any [[Lagos State]] health workers know if the [[ASUU]] strike affects teaching hospital rotations? Also is the [[PLAB]] worth it or should I go [[USMLE]] route? [[Super Eagles]] loss already spoilt my week",
    ),
    # ---------------------------------------------------------------- South Africa
    (
        "reddit",
        "Intern at {{FACILITY:Bara}}. [[Trauma]] [[Friday]] was insane, 14 [[GSWs]] by midnight, pt from {{LOCATION:Orlando East}} folder no {{MRN:BH-0097241}} bled out in {{ROOM:resus bay 2}} waiting for theatre. [[Gauteng]] health says no overtime budget. Ag man.",
    ),
    (
        "x",
        "Stage 6 [[load shedding]] during a C-section, generator took 40 sec. [[Eskom]] I will find you. Also [[NHI]] bill debate while we can't get [[Ringer's]] 🙄 #[[Springboks]] won tho so ok 🇿🇦",
    ),
    (
        "whatsapp",
        "Sanibonani mndeni, [[Gogo]] {{PERSON:MaDlamini}} uneminyaka engu-{{AGE:93}} namhlanje 🎉 usesibhedlela e-{{FACILITY:Edendale}}, {{FACILITY:Ward F2}}. Siyabonga [[kubahlengikazi]]. [[Izivakashi]] [[ngoMgqibelo]] 2-4pm",
    ),
    (
        "facebook",
        "Baie dankie aan die [[portier]] {{PERSON:Lucky}} by {{FACILITY:Tygerberg}} wat vir [[Pa]] se [[rolstoel]] tot by die kar gestoot het in die reën. Ons het hom nie eers 'n [[koeldrank]] gegee nie 😢 {{PERSON:Lucky Mokoena}} as jy dit sien, kom kry 'n braai by ons in {{LOCATION:Bellville}}!",
    ),
    (
        "linkedin",
        "Honoured to be appointed [[Head of Clinical Unit]]: [[Paediatrics]] at {{FACILITY:Ngwelezana Hospital}}. HPCSA {{LICENSE:MP 0731842}}. Special thanks to the [[KZN Department of Health]] and to my registrars who carried the unit through the [[COVID]] years.",
    ),
    (
        "instagram",
        "[[lucky]] enough to be off for [[Heritage Day]] 🔥 [[braai]], [[Castle Lite]], [[Boks]] on the TV, no bleep 🙌🏾 #[[nurseSA]] #[[SANC]] #[[Mzansi]]",
    ),
    (
        "tiktok",
        "EMS life in {{LOCATION:Khayelitsha}}: we need police escort to enter, some taxi {{VEHICLE:CA 417-662}} blocking the road and the patient is in labour in the back 😳 baby born in the ambulance, sharp sharp #[[ems]] #[[westerncape]] #[[paramedic]]",
    ),
    (
        "whatsapp",
        "Admin pls load pt: ID {{ID:3104125123081}}, medical aid {{HEALTH_PLAN:DSC 886310429}}, dependant 01, [[Discovery]]. Doctor {{PERSON:van der Merwe}} wants [[U&E]] and [[FBC]] stat. Husband's cell {{PHONE:082 551 4930}}",
    ),
    (
        "x",
        "Big up {{HANDLE:@gift_the_sister}} for organising the [[Mandela Day]] health screening 🙌🏾 tested 300 people for [[HIV]], [[BP]] and [[glucose]] in {{LOCATION:Alexandra}} in one morning",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "SN at {{FACILITY:NEGH}} here. Uncle discharged but refuse to go home, say his flat {{ADDRESS:Blk 412 Tampines St 41 #08-233}} got no [[lift]]. [[NRIC]] {{ID:S4417208H}}, [[MSW]] say [[HDB]] upgrade only next year. How to discharge like that sia",
    ),
    (
        "x",
        "[[CNY]] eve and the whole [[A&E]] full of aunties with [[gastro]] from too much [[bak kwa]] 😂 [[MOH]] pls send reinforcements. Huat ah 🍊🍊 #[[sgnurses]]",
    ),
    (
        "whatsapp",
        "Handover: {{FACILITY:Ward 56}} {{ROOM:Bed 12}} Mdm {{PERSON:Tan Siew Lian}}, [[CBG]] hypo x2 today, [[insulin]] withheld. Maid {{PERSON:Marites}} staying overnight. Son {{PERSON:Desmond}} hp {{PHONE:+65 9174 3320}}. Pls chase [[HbA1c]] result can?",
    ),
    (
        "facebook",
        "我的阿嬷今天{{AGE:九十五}}岁了 🎂 [[Ah Ma]] still insists on taking [[MRT]] to {{FACILITY:Bukit Merah Polyclinic}} alone for her [[BP]] check. Thank you to the nurses there who always chope a seat for her ❤️",
    ),
    (
        "linkedin",
        "Humbled to share that I have been appointed [[Senior Consultant]], [[Geriatric Medicine]] at {{FACILITY:Serangoon Medical Centre}}. SMC Reg No. {{LICENSE:M17734C}}. Thank you to [[SingHealth]] mentors and [[Duke-NUS]] colleagues.",
    ),
    (
        "instagram",
        "post-night [[kopi-o]] kosong at the [[hawker centre]] ☕ [[NDP]] rehearsal fireworks while I'm knocking off lol. [[Merlion]] energy today #[[sgnurse]] #[[shiftwork]] #[[singlish]]",
    ),
    (
        "tiktok",
        "Ambulance stuck behind one Vellfire {{VEHICLE:SLQ 8821 K}} at {{LOCATION:Jurong West}} junction, driver blur like sotong never give way 😤 #[[scdf]] #[[paramedic]] #[[sg]]",
    ),
    (
        "whatsapp",
        "Dear caregivers, pls bring [[CHAS]] card (Mdm {{PERSON:Lim}} {{HEALTH_PLAN:CHAS-B 0047 2281}}) for [[polyclinic]] appt {{DATE:18/03/2026}}. [[Transport]] pick-up from {{ADDRESS:Singapore 560412}} at 8am.",
    ),
    (
        "x",
        "Wah the [[NCLEX]] harder than [[SNB]] licensing exam or not? Thinking of going [[Australia]] but my mum say [[CPF]] cannot bring along 😂 #[[nursingSG]]",
    ),
    # ---------------------------------------------------------------- USA
    (
        "reddit",
        "Billing at {{FACILITY:St. Brendan Regional}} texted my dad's full SSN {{SSN:412-77-9031}} to the WRONG NUMBER along with his MRN {{MRN:004471208}}. Isn't that a [[HIPAA]] violation?? He's on [[Medicare]] and [[Medicaid]], 81 yo, lives in {{LOCATION:Cicero}}. who do I even report to, [[OCR]]?",
    ),
    (
        "x",
        "PSA for my fellow NPs: someone has been billing [[Medicaid]] under my [[NPI]] {{NPI:1487203956}} from a clinic I've never worked at in {{LOCATION:Hialeah}}. Report it to [[CMS]] and your state board ASAP if this happens to you 😡",
    ),
    (
        "tiktok",
        "things [[travel nurses]] say: 'is this a [[Pyxis]] or an [[Omnicell]] unit', 'where's the [[Sprite]]', '13 weeks and I'm out' 🧳 #[[travelnurse]] #[[nursetok]] #[[Texas]]",
    ),
    (
        "facebook",
        "PRAYERS PLS 🙏 [[Grandma]] {{PERSON:Loretta}} is {{AGE:97}} and her [[pacemaker]] is on the [[FDA]] recall list!! Serial {{DEVICE:PJN884120S}}. [[Cardiology]] at {{FACILITY:Mercy Heart Institute}} says it's fine but I DON'T TRUST IT. Born {{DATE:July 4, 1929}} and still sharp as a tack",
    ),
    (
        "whatsapp",
        "4B huddle: {{ROOM:rm 412}} fall risk, bed alarm on. {{ROOM:418-B}} Mr. {{PERSON:Delgado}} NPO after MN for [[EGD]]. {{PERSON:Destiny}} floating to [[PCU]]. [[Press Ganey]] scores dropped again so smile ppl 🙃",
    ),
    (
        "linkedin",
        "Excited to announce I've accepted a position as Charge Nurse in the [[CVICU]] at {{FACILITY:Baylor Crest Medical Center}}! Texas RN License {{LICENSE:RN 912844}}. Thank you {{FACILITY:UTHealth School of Nursing}} and my amazing preceptor {{PERSON:Keisha Brandt}}. #[[nursing]] #[[magnet]]",
    ),
    (
        "instagram",
        "night shift besties 🌙💉 #team{{PERSON:destiny}} #{{FACILITY:mercyheart}}cvicu #[[nurselife]] #[[ICUnurse]] #[[sagittarius]]",
    ),
    (
        "reddit",
        "[[Kaiser]] vs [[VA]] for a new grad in [[California]]? [[Thanksgiving]] and [[4th of July]] holiday pay matters to me. Also heard [[CNA]] union is strong in [[Bay Area]] facilities",
    ),
    (
        "x",
        "Truck with plate {{VEHICLE:8KPL294}} tailgated our rig lights and sirens all the way down [[I-5]] into {{LOCATION:Tukwila}}. Dashcam footage sent to [[WSP]]. Don't be that guy. #[[EMS]]",
    ),
    (
        "facebook",
        "Our [[Relay for Life]] team raised $4,200 for [[American Cancer Society]] 🎗️ thanks to [[Taylor Swift]] playlist, the [[Steelers]] fans who donated and everyone who ate [[Krispy Kreme]] for a good cause! [[Destiny's Child]] karaoke was a bad idea",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "reddit",
        "[[CO intern]] at {{FACILITY:KNH}}. Mgonjwa from {{LOCATION:Kibera}}, SHA no {{HEALTH_PLAN:SHA-4471928306}}, hosp no {{MRN:KNH/2026/884120}}, needs [[dialysis]] but [[SHA]] 'system iko down'. Relatives wanasema watauza shamba. This country bana",
    ),
    (
        "x",
        "Niko na [[faith]] [[KMPDU]] strike itaisha before [[Madaraka Day]] 😂 meanwhile [[Harambee Stars]] wamepoteza tena na [[CBC]] imetuchanganya wote. Mambo ni mengi, masaa ni machache #[[KenyanDoctors]]",
    ),
    (
        "whatsapp",
        "Wapendwa, [[harambee]] ya Mzee {{PERSON:Otieno}} kwa matibabu {{FACILITY:Aga Memorial Kisumu}} ni {{DATE:Jumamosi 14/6}}. Tuma michango kwa [[M-Pesa]] Paybill ya [[Equity]], Acc {{ACCOUNT:7710244}}. Mungu awabariki 🙏🏾",
    ),
    (
        "facebook",
        "Asante sana Nurse {{PERSON:Faith}} wa {{FACILITY:Wodi 8}}, {{FACILITY:Thika Level 5}} 🙏🏾 [[Shosho]] yetu ana miaka {{AGE:tisini na mbili}} na alitoka hospitali akiwa anatembea. [[Mungu]] akubariki sana!",
    ),
    (
        "linkedin",
        "Delighted to announce my registration as a Specialist Physician with the [[Kenya Medical Practitioners and Dentists Council]], KMPDC Reg. {{LICENSE:A11843}}. Joining {{FACILITY:Mombasa Coast Referral}} as [[Consultant]] next month. Shukran to the [[University of Nairobi]] internal medicine faculty.",
    ),
    (
        "instagram",
        "off duty = [[nyama choma]] + [[Tusker]] + [[Sauti Sol]] on repeat 🇰🇪🔥 [[Jamhuri Day]] weekend imefika #[[kenyannurse]] #[[nursesofkenya]] #[[sheng]]",
    ),
    (
        "tiktok",
        "hii matatu {{VEHICLE:KDM 482X}} imeblock [[ambulance]] pale {{LOCATION:Eastleigh}} for 20 mins 😤 dere anasema 'chill kidogo boss' while patient yuko na [[asthma]] attack #[[paramedic]] #{{LOCATION:nairobi}}traffic",
    ),
    (
        "whatsapp",
        "{{FACILITY:Ward 3}} [[roster]] {{DATE:wk 2-8 June}}: {{PERSON:WANJIKU, M}} [[nights]], {{PERSON:KIPROTICH, D}} off, {{PERSON:Achieng}} day. Pt in {{ROOM:bed 7}} ID {{ID:31884207}} bado hajalipa, mwambie [[accounts]], [[SHA]] haijapitisha",
    ),
    (
        "x",
        "Shoutout kwa {{HANDLE:@dr_wambui_md}} alifanya free [[diabetes]] camp {{LOCATION:Kitengela}} weekend hii 🙌🏾 300+ watu walipimwa [[sugar]] na [[BP]]",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "reddit",
        "[[Rotating nurse]] at {{FACILITY:KATH}}. Client came with Ghana Card {{ID:GHA-718442903-6}} but NHIS {{HEALTH_PLAN:NHIS 48120377}} expired so [[pharmacy]] won't dispense [[Artemether-Lumefantrine]]. She came all the way from {{LOCATION:Ejisu}}. we paid from our pocket again",
    ),
    (
        "x",
        "Chale [[patience]] is the main skill for [[GHS]] nurses. Posting letter delayed 8 months, no salary, then they say 'go to the [[Northern Region]]'. [[Black Stars]] even dey pay better 😂 #[[GhanaNurses]] #[[GRNMA]]",
    ),
    (
        "facebook",
        "Medaase paa to Nurse {{PERSON:Patience}} and Auntie {{PERSON:Mercy}} at {{FACILITY:Adabraka Polyclinic}} 🙏🏾 [[Maame]] was discharged on {{DATE:23rd May}} and she's already cooking [[light soup]]. [[Onyame]] nhyira mo!",
    ),
    (
        "whatsapp",
        "Family, [[Papa]] will be moved to {{FACILITY:Tema General}} tomorrow. Those coming from {{LOCATION:Accra}}, the house is {{ADDRESS:GT-182-4471}} near the [[Shell]] filling station. Call {{PERSON:Kwabena}} {{PHONE:024 481 7730}} when you reach",
    ),
    (
        "linkedin",
        "I'm happy to announce that I have been inducted into the [[Ghana College of Physicians and Surgeons]] as a [[Fellow]] in [[Obstetrics and Gynaecology]]. MDC Reg. {{LICENSE:MDC/RN/7718}}. Grateful to the team at {{FACILITY:Cape Coast Teaching Hospital}} 🇬🇭",
    ),
    (
        "instagram",
        "[[Independence Day]] on call 🇬🇭 [[kenkey]] and [[shito]] from the canteen, [[Sarkodie]] blasting in the nurses' station, [[Homowo]] next month! #[[ghananurse]] #[[medicalghana]]",
    ),
    (
        "tiktok",
        "trotro driver {{VEHICLE:GR 4821-24}} parked inside the emergency lane at {{FACILITY:Ridgeway Hospital}} and said 'boss I dey come' 😭 40 minutes later... #[[ghanatiktok]] #[[ems]] #[[nurse]]",
    ),
    (
        "whatsapp",
        "Reminder: [[CPD]] points deadline for [[N&MC]] renewal is end of [[December]]. [[Mercy Ships]] team coming for surgical outreach. Bring [[ID]] and appointment letters. [[Akwaaba]] 🙏🏾",
    ),
    (
        "x",
        "Nana {{PERSON:Ama Serwaa}} adi mfeɛ {{AGE:aduɔkron nnum}} nnɛ! [[Ayekoo]] 🎉 Born {{DATE:9/3/1931}}, still selling [[waakye]] in {{LOCATION:Nima}}. The nurses at the [[CHPS]] compound sang for her 🥹",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "reddit",
        "[[Staff nurse]] sa {{FACILITY:Ospital ng Maynila Silangan}}. Pasyente from {{LOCATION:Brgy. Bagong Silangan}}, PhilHealth PIN {{HEALTH_PLAN:12-050443817-9}}, pero ayaw i-cover ng [[Konsulta]] kasi 'not updated'. 1:30 [[ratio]] pa kami, [[DOH]] walang paki. grabe na talaga",
    ),
    (
        "x",
        "Pumasa sa [[PRC]] board exam tapos sweldo 18k lang 😭 kaya lahat papuntang [[Saudi]] at [[UK]]. Pero sige, [[Jollibee]] muna to celebrate. #[[NLE]] #[[PinoyNurse]] #[[Pasko]] na naman",
    ),
    (
        "facebook",
        "Happy {{AGE:isang daan at isa}} na [[kaarawan]], [[Lola]] {{PERSON:Nene}}! 🎂 Ipinanganak noong {{DATE:ika-12 ng Disyembre 1925}} sa {{LOCATION:Malolos}}. Salamat sa mga [[caregivers]] ng {{FACILITY:Bahay Kalinga Home for the Aged}} 💐",
    ),
    (
        "whatsapp",
        "ER duty {{DATE:Mar 8-14}}: {{PERSON:DELA CRUZ, J}} AM, {{PERSON:REYES, K}} PM, {{PERSON:Jomar}} graveyard. Pt sa {{ROOM:Bed 6}} [[dengue]] w/ warning signs, [[plt]] 42. Paki-monitor [[I&O]] q4",
    ),
    (
        "linkedin",
        "Grateful to announce that I've passed the [[NCLEX-RN]] and will be joining {{FACILITY:King Faisal Specialist}} in {{LOCATION:Riyadh}}! [[PRC]] License No. {{LICENSE:0847123}}. Salamat sa {{FACILITY:Our Lady of Fatima University}} and to my family 🇵🇭✈️ #[[OFW]]",
    ),
    (
        "instagram",
        "bday girl ng ward 🎉🎂 #happybirthday{{PERSON:joy}} #{{FACILITY:omsward4}}fam #[[nursesph]] #[[taglish]] #[[kapenamuna]]",
    ),
    (
        "tiktok",
        "yung jeep {{VEHICLE:NBC 4721}} nag-park sa harap ng ambulance bay sa {{LOCATION:Tondo}} tapos sabi ni kuya 'saglit lang boss' 💀 #[[rescuePH]] #[[emt]] #[[pinoy]]",
    ),
    (
        "whatsapp",
        "Ma'am pakisend na po PhilSys ni [[Tatay]]: {{ID:4821-0447-1938-2205}} para ma-process ang [[Malasakit]] assistance. Contact ko {{PHONE:0917 482 3301}}. Salamat po 🙏",
    ),
    (
        "x",
        "[[Simbang Gabi]] tapos diretso night shift. walang [[joy]] pero may [[bibingka]] at [[puto bumbong]] 😅 Merry [[Christmas]] sa lahat ng [[nurses]] na nasa duty #[[Pasko]]",
    ),
    (
        "reddit",
        "[[Lola]] keeps asking the [[doctor]] if [[Biogesic]] and [[Neozep]] can be taken together. Is it ok? She's 78, [[hypertensive]], on [[amlodipine]]. We're in [[Mindanao]], nearest pharmacy far",
    ),
    # ---------------------------------------------------------------- Malaysia
    (
        "reddit",
        "HO in {{FACILITY:HSM}}, posting [[O&G]]. Kena marah by MO sebab lambat ambil [[FBC]] for patient {{ROOM:katil 14}}, RN {{MRN:HSM-2026-077418}}. 36 hours oncall, no lunch, then [[KKM]] say 'work-life balance'. Aiyo cannot tahan already lah",
    ),
    (
        "x",
        "[[Hari Raya]] oncall again 😭 [[rendang]], [[ketupat]] in the pantry but [[Ortho]] keeps calling. [[Petronas]] ad made me cry also. Selamat [[Hari Raya Aidilfitri]] semua doktor dan jururawat #[[KKM]] #[[HouseOfficerMY]]",
    ),
    (
        "whatsapp",
        "Assalamualaikum, [[nenek]] {{PERSON:Hajah Rokiah}} dah masuk {{FACILITY:Wad 7B}}. No IC {{ID:311205-10-5523}}. Doktor cakap kena [[CT scan]] esok pagi. {{PERSON:Azlan}} tolong bawa kain batik dan [[Ensure]] ok",
    ),
    (
        "facebook",
        "[[Alhamdulillah]], [[Tok Wan]] genap {{AGE:sembilan puluh tujuh}} tahun hari ni 🎂 Terima kasih kepada staff {{FACILITY:Klinik Kesihatan Bukit Tinggi}} yang datang buat [[home visit]] setiap bulan. Dari {{LOCATION:Kuala Kangsar}} dengan kasih ❤️",
    ),
    (
        "linkedin",
        "Pleased to share I've been gazetted as a Consultant Anaesthetist with the [[Ministry of Health Malaysia]]. MMC No. {{LICENSE:48127}}. Now serving at {{FACILITY:Hospital Tengku Ampuan Zaharah}}. Thank you to [[UKM]] mentors and the [[MSA]] community.",
    ),
    (
        "instagram",
        "post-oncall [[teh tarik]] + [[roti canai]] at the mamak 🫖 [[Milo]] dinosaur for the road. [[Deepavali]] leave approved finally!! #[[nursemalaysia]] #[[manglish]] #[[Selangor]]",
    ),
    (
        "tiktok",
        "This [[Myvi]] {{VEHICLE:WXY 8812}} block the ambulance at {{LOCATION:Bangsar}} then the uncle come out scold us pulak 🤬 #[[ambulans]] #[[paramedikMY]] #{{LOCATION:kl}}traffic",
    ),
    (
        "whatsapp",
        "[[Boss]], [[pesakit]] discharge today. Alamat {{ADDRESS:No. 12, Jalan Cempaka 3/2, Taman Seri Mewah, 43000 Kajang}}. Caregiver {{PERSON:Devi}} hp {{PHONE:012-447 3391}}. [[Warfarin]] [[INR]] check lagi 1 minggu",
    ),
    (
        "x",
        "[[Tok]] tanya kenapa [[Panadol]] dia tak sama warna macam dulu. Explain [[generic]] vs brand in Malay, [[Tamil]] and Hokkien in 5 min. [[Malaysia]] healthcare is a language exam lah 😂 #[[farmasi]]",
    ),
    # ---------------------------------------------------------------- Jamaica
    (
        "reddit",
        "Nurse at {{FACILITY:KPH}}. Patient from {{LOCATION:Tivoli Gardens}} wait 3 days pon a chair inna [[A&E]], docket {{MRN:KPH-26-017733}}. No bed, no [[IV]] lines, [[SERHA]] seh 'budget', [[Minister]] nuh care. Mi tired fi real",
    ),
    (
        "x",
        "Wah gwaan [[Jamaica]]! [[Emancipendence]] weekend an di hospital full a [[rum]] injuries an [[Bolt]] wannabes wid hamstring. Big up all di [[junior doctors]] too 🇯🇲 #[[nurseslife]] #[[yaad]]",
    ),
    (
        "facebook",
        "[[Blessed]] love to Nurse {{PERSON:Destiny}} an Dr {{PERSON:Brandy Campbell}} at {{FACILITY:Cornwall Regional}} ❤️ [[Granny]] Miss {{PERSON:Ivy}} did turn {{AGE:ninety-nine}} pon {{DATE:5th August}} an dem sing fi har. Mi cyaan thank dem enuff 🙏🏾",
    ),
    (
        "whatsapp",
        "Family, [[Uncle]] {{PERSON:Delroy}} transfer to {{FACILITY:Spanish Town Hospital}} tomorrow. [[NHF]] card {{HEALTH_PLAN:NHF 00784312}} an [[TRN]] {{ID:117-482-903}} inna mi bag wid him [[Amlodipine]] an [[Metformin]]. Call {{PHONE:(876) 448-2217}} if yuh reach first",
    ),
    (
        "linkedin",
        "Proud to announce I've been licensed by the [[Nursing Council of Jamaica]] as a [[Registered Midwife]] (Reg. {{LICENSE:RM-10442}}). Starting at {{FACILITY:Victoria Jubilee}} in {{DATE:January 2027}}. Thank you to {{FACILITY:UTech}} [[School of Nursing]] 🇯🇲",
    ),
    (
        "instagram",
        "[[destiny]] seh mi a go be a nurse from mi likkle 😅 [[ackee]] an [[saltfish]] fi breakfast before 12hr shift. [[Reggae Boyz]] pon di TV inna di waiting room #[[jamaicannurse]] #[[patois]]",
    ),
    (
        "tiktok",
        "dis taxi man inna di Probox {{VEHICLE:PM 4417}} block di ambulance by {{LOCATION:Half Way Tree}} an seh 'mi soon come' 😂😭 ambulance driver bawl out #[[jamaica]] #[[emt]]",
    ),
    (
        "whatsapp",
        "Reminder: [[dengue]] outbreak, nuh leave water inna di drum. [[MOHW]] seh check fi fever an rash. [[Brandy]] an [[Red Stripe]] nah cure it, [[Grandpa]] 😂 [[Ash Wednesday]] service cancel",
    ),
    (
        "x",
        "Mi son born today [[C-section]] at {{FACILITY:Jubilee}} 💙 Big up Midwife {{PERSON:Sharon}} an {{HANDLE:@yaadnurse_tash}} who hol mi hand tru 14 hours a [[labour]]. {{DATE:12/03/26}} a our day now, [[One Love]] 🎶 🇯🇲",
    ),
    # ---------------------------------------------------------------- Pakistan
    (
        "reddit",
        "PGR at {{FACILITY:Mayo}} here. Patient from {{LOCATION:Shahdara}}, MR no {{MRN:MH-26-448120}}, CNIC {{ID:35202-4471829-3}}, [[DKA]] with [[pH]] 6.9 and no [[insulin]] in the emergency store. Admin bolti hai '[[Sehat card]] pe karwa lo'. Yaar kya karein",
    ),
    (
        "x",
        "[[Eid]] duty in casualty: 40% [[fireworks]] burns, 40% [[biryani]] gastro, 20% uncles with [[BP]] 220/120 who 'forgot' their [[Concor]]. Eid Mubarak from [[Punjab]] ke doctors 🌙 #[[YDA]]",
    ),
    (
        "whatsapp",
        "Assalam o alaikum sab ko. [[Nani]] ammi {{FACILITY:Aga Khan}} ke {{ROOM:Room 312}} mein hain. [[Sehat card]] {{HEALTH_PLAN:SSP-7718-0442-91}} se kaam ho gaya. {{PERSON:Farhan}} [[bhai]] please {{PHONE:0321-4471829}} pe call kar lein jab pohnchain",
    ),
    (
        "facebook",
        "Alhamdulillah! [[Dada jaan]] aaj {{AGE:pachanway}} saal ke ho gaye 🎂 [[Mashallah]] born {{DATE:1931}} in {{LOCATION:Sialkot}}. Shukriya staff of {{FACILITY:Shifa Care Home}} {{LOCATION:Islamabad}} ka, unki dekh bhaal ke liye 🤲",
    ),
    (
        "linkedin",
        "Thrilled to share that I have been appointed [[Assistant Professor]] of [[Surgery]] at {{FACILITY:Allama Iqbal Medical College}}. PMDC Reg. {{LICENSE:48812-P}}. Grateful to my teachers and to the [[College of Physicians and Surgeons Pakistan]] for the [[FCPS]] journey.",
    ),
    (
        "instagram",
        "night duty snack: [[samosa]] + [[chai]] + [[Lahore Qalandars]] ka match 🏏🔥 [[PSL]] season matlab emergency mein bhi score poochte hain patients #[[doctorlife]] #[[pakistan]]",
    ),
    (
        "tiktok",
        "Is Corolla {{VEHICLE:LEA-4821}} wale uncle ne [[Rescue 1122]] ka rasta block kiya {{LOCATION:Gulberg}} mein aur phir video bhi bana rahe the 🤦🏽‍♂️ #[[rescue1122]] #[[paramedic]]",
    ),
    (
        "x",
        "Nurse {{PERSON:Sunny}} (haan yahi naam hai 😂) from {{FACILITY:Ward 9}}, {{FACILITY:Civil Hospital Karachi}} ne aaj [[double shift]] ki aur [[Ramzan]] mein bhi [[iftari]] sab ke liye laye. Salute! {{HANDLE:@sunny_rn_khi}}",
    ),
    (
        "reddit",
        "Pharmacist in [[Khyber Pakhtunkhwa]]. People keep buying [[Augmentin]] and [[Panadol Extra]] without prescription for [[dengue]]. [[DRAP]] does nothing. Is it the same in [[Sindh]]? [[Jumma]] break ruins my stock checks too",
    ),
    (
        "whatsapp",
        "Bhai [[PMDC]] ka [[NLE]] result kab aayega? [[Ammi]] keh rahi hain [[House Job]] shuru karo ya [[USMLE]]. [[Independence Day]] pe holiday hai na? [[Babar Azam]] ne phir dil tod diya 😩",
    ),
]
