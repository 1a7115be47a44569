# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set F (fictional), written 2026-12-05 23:05 UTC, BEFORE any code change for
issue 19, by a writer who did not see the anonymizer code (nothing under quizzes/anonymize/ was
read, the anonymizer and the evaluation command were not run on this set). This is the
UNTOUCHED held-out set: it lives outside the repository (/work/holdout2/untouched/), is scored
once by the coordinator at the end of the work, and nothing is fixed after that run. Do not
tune against it and do not edit a post.

Markup as in the other international sets: {{TYPE:span}} marks an identifier, [[term]] a word
that must survive. Titles and kinship words (Nan, Granny, Taid, Koro, Nana, Lola, Ate, Kuya,
Nanay, Ouma, Shosho, Paati, Mdm, Ah Ma, Mama, Auntie, Sister, Ma'am, Miss, Oga...) stay outside
PERSON spans. All people are fictional; places and hospitals may be real.
"""

INTL_F: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "IT asked us to check the [[obs]] tablet {{DEVICE:MED-TAB-00417}} on {{FACILITY:Ward 9}} at {{FACILITY:Royal Derby}}, it's pinging {{IP:192.168.40.118}} and the [[NEWS2]] scores aren't syncing. Anyone else?",
    ),
    (
        "linkedin",
        "Delighted to share my GMC {{LICENSE:7718204}} is now on the [[specialist register]] for [[geriatric medicine]]. Thanks {{PERSON:Tunde Alabi-Morris}} at {{FACILITY:Salford Royal}}.",
    ),
    (
        "reddit",
        "HCA on [[frailty]] in {{LOCATION:Kettering}}. Relative posted a selfie with the [[handover]] sheet behind her: {{PERSON:MWANGI, P}}, {{PERSON:HOLLAND, R}}, {{PERSON:Ashworth B.}} all readable. Do I datix it?",
    ),
    (
        "x",
        "shoutout to {{PERSON:hope}} on [[ambulatory care]] at {{FACILITY:Lister}} who fixed my cannula AND my mood. there is [[hope]] for the NHS yet",
    ),
    (
        "whatsapp",
        "{{PERSON:Mr Tregothnan}} NHS no {{ID:485 777 2093}}, needs [[INR]] + [[dressing]] {{DATE:Thurs 10th}}, {{ADDRESS:14 Mill Lane}}, {{LOCATION:Hayle}} {{ADDRESS:TR27 4DB}}, daughter {{PHONE:07911 234 870}}",
    ),
    (
        "facebook",
        "Nan {{PERSON:Ivy}} was born {{AGE:1927}} and still beat the whole of ward {{ROOM:C4}} at [[dominoes]] at {{FACILITY:Hinchingbrooke}} on {{DATE:Sunday 6 Dec}}. [[Physio]] say she's fitter than them.",
    ),
    (
        "tiktok",
        "pov: {{PERSON:Summer}} in bay {{ROOM:3}} bed {{ROOM:4}} wants to know why the [[summer]] holiday rota isn't out yet #nhstiktok #[[nightshift]]",
    ),
    (
        "linkedin",
        "Proud to share I've been appointed [[Advanced Clinical Practitioner]] at {{FACILITY:QEQM}}. Huge thanks to {{PERSON:Olumide Bankole-Fraser}} and the [[acute medicine]] team.",
    ),
    (
        "instagram",
        "[[preceptorship]] done 🎓 couldn't have survived my [[rotation]] on {{FACILITY:Ward 22}} without {{PERSON:Bex}} and {{PERSON:Mo}} #team{{PERSON:kez}} #{{PERSON:kezia}}forever",
    ),
    (
        "reddit",
        "F1 in {{LOCATION:Scunthorpe}}. Reg shared a [[CT head]] on his Insta story with the hospital number {{MRN:NL-4409127X}} still on it. 600 views. [[escalate]] or leave?",
    ),
    (
        "x",
        "[[Bill]] for hospital parking went up again. I pay to come to work. Lovely. #[[nhs]] #parking",
    ),
    (
        "reddit",
        "Is it normal to feel this flat after a [[cardiac arrest]] call that went well? Everyone's saying [[debrief]] but nobody has time.",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "x",
        "anyone from {{LOCATION:Stornoway}} going to {{FACILITY:Western Isles Hospital}} [[outpatients]] {{DATE:Weds 16th}}? my gran {{PERSON:Peigi}} needs a lift, dm {{HANDLE:@heb_nurse_ali}} [[please]]",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs MacInnes}} CHI {{ID:0503418826}} for [[district nurse]] visit, {{ADDRESS:Flat 2/1, 48 Dumbarton Rd}}, {{LOCATION:Partick}}, [[key safe]] code on file. Son {{PHONE:07802 551 090}}",
    ),
    (
        "facebook",
        "Granny {{PERSON:Morag}} turned {{AGE:101}} in {{FACILITY:Ninewells}} yesterday, {{DATE:the 3rd}}, and asked for a [[nip]] of whisky instead of [[Ensure]] 😂",
    ),
    (
        "reddit",
        "[[CAMHS]] nurse in {{LOCATION:Cumbernauld}}. Parent posted our session letter on FB, his name {{PERSON:Callum Drysdale}} and the [[referral]] date {{DATE:14.11.26}} right there.",
    ),
    (
        "x",
        "the [[night]] team at {{FACILITY:GRI}} [[ED]] deserve a medal. {{PERSON:Isla}} you legend",
    ),
    (
        "tiktok",
        "Scottish [[midwife]] things: the [[Badger]] notes crashing at 3am and {{PERSON:Kirsty}} from {{FACILITY:Ward 47}} just humming #midwifelife",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch to the team on {{FACILITY:Ward 7 Glangwili}} for looking after Taid {{PERSON:Emrys}} ({{AGE:94}}) on {{DATE:Nov 28th}}. The [[tea]] trolley lady was an [[angel]] ❤️",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Gwenllian Pryce}} DOB {{DATE:02/03/1931}} NHS {{ID:723 114 0059}}, [[leg ulcer]] [[clinic]] at {{FACILITY:Ysbyty Aneurin Bevan}} moved, ring {{PHONE:01495 768 222}}",
    ),
    (
        "reddit",
        "Band 6 in {{LOCATION:Ammanford}}. Is anyone else's [[WCCIS]] just not loading today or is it [[me]]?",
    ),
    (
        "instagram",
        "graduation day 🎓 [[BN Adult]] done at {{LOCATION:Swansea}}. {{PERSON:Cerys}}, {{PERSON:Ffion}} & {{PERSON:Dai}} we did it #{{PERSON:cerys}}graduates #[[nursing]]",
    ),
    (
        "x",
        "[[Rose]] bushes outside [[outpatients]] at {{FACILITY:Withybush}} are the only thing keeping me sane",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "facebook",
        "Big thanks to the girls in the {{FACILITY:Ulster}} [[CCU]], my da {{PERSON:Seamus}} is [[home]] in {{LOCATION:Dundonald}} as of {{DATE:Saturday 5th}} 🙏",
    ),
    (
        "whatsapp",
        "H&C {{ID:612 004 7731}} {{PERSON:McKEOWN, Bridget}}, [[catheter]] change [[due]], {{ADDRESS:22 Glenmachan Park}}, {{LOCATION:Ballyhackamore}}, {{ADDRESS:BT4 2HL}}, ph {{PHONE:028 9065 1177}}",
    ),
    (
        "reddit",
        "[[Staff nurse]] in {{LOCATION:Craigavon}}. Are we allowed to refuse to [[float]] to {{FACILITY:Daisy Hill}} again this week?",
    ),
    (
        "tiktok",
        "when {{PERSON:Mary-Kate}} from {{LOCATION:Lurgan}} in bed {{ROOM:14}} asks for her [[wee]] cup of tae at 4am #nurse #[[nightshift]]",
    ),
    ("x", "[[grace]] under pressure is a myth. it's just [[caffeine]] and spite #nurselife"),
    # ---------------------------------------------------------------- Ireland
    (
        "facebook",
        "Fundraiser for {{FACILITY:Temple Street}} [[oncology]] in memory of our {{PERSON:Cian}}: {{URL:https://www.idonate.ie/cian-walk-2026}} 💛 [[walk]] is {{DATE:17/01}}",
    ),
    (
        "reddit",
        "NCHD in {{FACILITY:CUH}}. Registrar posted a [[STEMI]] ECG on Twitter with the MRN {{MRN:C0447193}} and DOB {{DATE:17/08/1954}} visible. Is this a [[HSE]] report thing?",
    ),
    (
        "facebook",
        "Mam {{PERSON:Nóra Ní Bhriain}} is {{AGE:96}} today and the staff in {{FACILITY:St Luke's Kilkenny}} gave her a cake and a [[blessing]] from the [[chaplain]] 🎂",
    ),
    (
        "whatsapp",
        "PPSN {{ID:7712458TA}} for {{PERSON:Declan Fitzmaurice}}, [[home help]] hours [[reviewed]] {{DATE:Mon 7/12}}, {{ADDRESS:Apt 4, Canal View}}, {{LOCATION:Portobello}}, {{PHONE:+353 87 441 2098}}",
    ),
    (
        "x",
        "delighted for {{PERSON:Aoife}} getting her [[CNM2]] on {{FACILITY:St. Brigid's ward}}. [[deserved]]",
    ),
    (
        "instagram",
        "first [[night duty]] in {{FACILITY:the Mater}} survived. {{PERSON:Siobhán}} & {{PERSON:Niamh}} ye are stars follow {{HANDLE:@mater_nightowls}} #[[nursing]]",
    ),
    (
        "tiktok",
        "[[trolley]] watch today: 62 in {{FACILITY:UHL}} 🙃 {{LOCATION:Dooradoyle}} never changes, [[flu]] everywhere #irishnurse",
    ),
    (
        "reddit",
        "Anyone done the [[RANP]] pathway while working [[part time]]? Feels impossible with kids at {{FACILITY:Beaumont}}.",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Tallaght University Hospital}} as [[Clinical Nurse Specialist]] in [[tissue viability]]. Contact me at {{EMAIL:orla.mcgrath.cns@gmail.com}}",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "reddit",
        "Locum reg in {{LOCATION:Mount Isa}}. Payroll sent me someone else's payslip with their bank acct BSB {{ACCOUNT:064-118}} acc {{ACCOUNT:1044 7729}} and AHPRA {{LICENSE:MED0002284419}}. [[Privacy]] officer or just [[delete]]?",
    ),
    (
        "reddit",
        "RN in {{LOCATION:Wagga}}. A patient's grandson put a TikTok up from bed {{ROOM:19B}} with our [[patient journey board]] behind him: {{PERSON:NGUYEN, T}}, {{PERSON:COLLINS, D}}, {{PERSON:Tupou S.}}. What's the [[AHPRA]] angle?",
    ),
    (
        "facebook",
        "Pop {{PERSON:Keith}} turned {{AGE:98}} at {{FACILITY:Bendigo Health}} on {{DATE:4/12}} and the [[ward clerk]] organised a [[lamington]] cake. Legends!",
    ),
    (
        "whatsapp",
        "Medicare {{ID:2953 41872 1}} for {{PERSON:Mrs Dimitropoulos}}, [[wound care]] {{DATE:Tue 8 Dec}} at {{ADDRESS:7/22 Tennyson St}}, {{LOCATION:Elwood}} VIC {{ADDRESS:3184}}, [[daughter]] {{PHONE:0412 774 091}}",
    ),
    (
        "x",
        "whoever said [[Winter]] is the busy season never worked [[ED]] at {{FACILITY:RBWH}} in December",
    ),
    (
        "tiktok",
        "{{PERSON:Precious}} in bay {{ROOM:4}} asking if the [[registrar]] is [[single]] 💀 #nursesoftiktok #ausnurse",
    ),
    (
        "instagram",
        "new grad year DONE at {{FACILITY:Townsville University Hospital}} 🌴 {{PERSON:Jaz}}, {{PERSON:Tash}} and {{PERSON:Kai}} my ride or dies #[[newgrad]] #[[nursing]]",
    ),
    (
        "reddit",
        "[[Paramedic]] in {{LOCATION:Caboolture}}. Mate posted a job pic with the [[ePCR]] number {{MRN:QAS-2026-118834}} and the patient's rego {{VEHICLE:987 XKP}} visible. Should I tell him to pull it?",
    ),
    (
        "linkedin",
        "Excited to commence as [[Nurse Unit Manager]] of {{FACILITY:5 West}} at {{FACILITY:Flinders Medical Centre}}. Thank you {{PERSON:Priya Raghunathan}} for the [[mentorship]].",
    ),
    (
        "facebook",
        "RIP Aunty {{PERSON:June}} who passed {{DATE:Friday 27th November}} at {{FACILITY:Alice Springs Hospital}}. Taught half of {{LOCATION:Mparntwe}} to knit. [[Sorry business]] this week, [[respect]].",
    ),
    ("x", "[[June]] roster came out in December, absolute [[chaos]] #auspol #nurses"),
    (
        "whatsapp",
        "swapping my {{DATE:25/12}} [[PM]] for any [[AM]] in January, msg me {{PHONE:+61 423 880 117}} - {{PERSON:Shazza}}",
    ),
    (
        "reddit",
        "Do [[EN]]s in NSW get paid extra for [[medication]] endorsement or is that just Vic?",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Koro {{PERSON:Wiremu}} is {{AGE:93}} and home in {{LOCATION:Ōpōtiki}} after 3 weeks at {{FACILITY:Whakatāne Hospital}}. Ngā mihi to the [[whānau]] room staff and the [[kaumātua]] who sat with him.",
    ),
    (
        "whatsapp",
        "NHI {{ID:ZKB4471}} {{PERSON:Tuilagi, Faith}}, [[insulin]] review {{DATE:9.12}} at {{FACILITY:Middlemore}} [[diabetes]] clinic, ph {{PHONE:021 448 9073}}",
    ),
    (
        "reddit",
        "RMO in {{LOCATION:Whangārei}}. Someone in our group chat sent a photo of the [[whiteboard]] with {{PERSON:Hone}} and {{PERSON:Aroha}}'s full names and bed {{ROOM:12}}. [[Privacy Act]] issue right?",
    ),
    (
        "x",
        "#prayfor{{PERSON:faith}} she's in {{FACILITY:Starship}} [[PICU]] and we all love her. [[faith]] in these nurses is 💯",
    ),
    (
        "tiktok",
        "kiwi [[nurse]] pov: {{FACILITY:Wellington ED}} at 2am and {{PERSON:Manaia}} is doing the haka for the [[drunk]] tourist 😭",
    ),
    (
        "instagram",
        "last shift at {{FACILITY:Dunedin Hospital}} before OE ✈️ {{PERSON:Georgie}} & {{PERSON:Sione}} I'll miss you #[[nurse]] #[[nz]]",
    ),
    (
        "linkedin",
        "Kia ora, I'm now [[Charge Nurse Manager]] for [[Older Persons Health]] at {{FACILITY:Hutt Hospital}}. Reach me on {{EMAIL:m.tapsell@huttvalleynurses.co.nz}}",
    ),
    (
        "reddit",
        "Is [[Te Whatu Ora]] ever going to fix the [[pay equity]] thing or should I just go to Aus like everyone else?",
    ),
    (
        "whatsapp",
        "Can someone pick up {{PERSON:Mere}}'s [[script]] from the [[pharmacy]] in {{LOCATION:Papakura}}? Address {{ADDRESS:41 Great South Rd}}, her number {{PHONE:09 298 4412}}",
    ),
    (
        "facebook",
        "Happy {{AGE:100th}} to Nana {{PERSON:Ngaire}} at {{FACILITY:Rata Lodge}} rest home in {{LOCATION:Kaitaia}}! Still does the [[crossword]] in pen and tells the [[carers]] off.",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "Pharmacist in {{LOCATION:Kamloops}}. Got a fax for {{PERSON:Hiebert, J}} meant for another pharmacy with PharmaNet {{ID:9698 658 215}} and his CPSBC {{LICENSE:39114}}. [[Shred]] or [[return]]?",
    ),
    (
        "reddit",
        "RPN in {{LOCATION:Sudbury}}. Family posted a video from room {{ROOM:4112}} and you can see the [[kardex]] with {{PERSON:LEBLANC, M}} and {{PERSON:Tremblay G.}} on it. Do I call the [[privacy office]]?",
    ),
    (
        "facebook",
        "Mémère {{PERSON:Thérèse}} est partie {{DATE:le 2 décembre}} at {{FACILITY:CHUS Fleurimont}}, she was {{AGE:95}}. Merci to the [[soins palliatifs]] team and their [[kindness]].",
    ),
    (
        "whatsapp",
        "OHIP {{ID:5584-229-017-KT}} {{PERSON:Mr Kowalczyk}}, [[home care]] visit {{DATE:Dec. 10}}, {{ADDRESS:88 Algonquin Blvd E}}, {{LOCATION:Timmins}} ON {{ADDRESS:P4N 1A4}}, [[wife]] {{PHONE:(705) 264-3398}}",
    ),
    (
        "x",
        "{{FACILITY:VGH}} [[ICU]] nurses are unreal. {{PERSON:Mandeep}} kept my dad alive for 11 [[days]]. thank you",
    ),
    (
        "tiktok",
        "POV: {{PERSON:Joy}} in bed {{ROOM:7}} asks for [[jello]] for the 5th time and you just give it to her 🥲 #canadiannurse #[[ltc]]",
    ),
    (
        "linkedin",
        "After 14 years in {{LOCATION:Moose Jaw}}, I'm joining {{FACILITY:RUH}} as [[Clinical Nurse Educator]] for [[trauma]]. Grateful to {{PERSON:Darlene Kopecky}}.",
    ),
    (
        "reddit",
        "New grad in {{LOCATION:Iqaluit}}. Is [[agency]] nursing up north actually worth it or is it [[burnout]] with better pay?",
    ),
    (
        "instagram",
        "we survived [[flu season]] pt 1 at {{FACILITY:Foothills}} 🏒 {{PERSON:Brayden}} {{PERSON:Kayla}} {{PERSON:Amrit}} #teamfoothills #[[nursing]]",
    ),
    (
        "whatsapp",
        "BC PHN {{ID:9876 543 210}} {{PERSON:Sandhu, Gurpreet}}, [[dialysis]] moved to {{DATE:2026-12-11}}, [[pickup]] at {{ADDRESS:12045 84 Ave}}, {{LOCATION:Surrey}}, {{PHONE:604-590-1187}}",
    ),
    ("x", "[[Mark]] my words, [[Bill]] C-whatever won't fix the ER closures #cdnhealth"),
    (
        "facebook",
        "Grandpa {{PERSON:Arnold}} was born in {{AGE:1929}} and still flirts with every [[nurse]] at {{FACILITY:Glenrose}}. {{DATE:Jan 4th}} he goes home! 🎉 [[rehab]] worked",
    ),
    # ---------------------------------------------------------------- India
    (
        "instagram",
        "follow {{HANDLE:@nurse.anjali.kochi}} for [[OET]] tips 📚 she cleared with A grade from {{FACILITY:Amrita Hospital}} [[ICU]] nights!",
    ),
    (
        "reddit",
        "JR in {{FACILITY:KGMU}} {{LOCATION:Lucknow}}. Senior posted an [[X-ray]] on Insta with the UHID {{MRN:KGMU/24/0089172}} and patient name {{PERSON:Ramesh Chandra Tiwari}} visible. Is this a [[NMC]] complaint thing?",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Lakshmi Ammal}} {{AGE:91}}yrs, Aadhaar {{ID:4417 2298 6603}}, [[dialysis]] slot {{DATE:12/12}} at {{FACILITY:Stanley}}, [[attender]] {{PHONE:+91 98410 77215}}",
    ),
    (
        "facebook",
        "Paati {{PERSON:Kamakshi}} turned {{AGE:97}} on {{DATE:1 Nov}} at {{FACILITY:PSG Hospitals}} ward {{ROOM:B-214}}. The [[sisters]] sang for her and she [[cried]] 🙏",
    ),
    (
        "x",
        "{{FACILITY:AIIMS}} [[OPD]] at 7am is a different universe. respect to {{PERSON:Dr Meenakshi}} and every [[resident]]",
    ),
    (
        "instagram",
        "internship over 🩺 {{FACILITY:GMC Thiruvananthapuram}} you were chaos. {{PERSON:Anju}} {{PERSON:Sreelakshmi}} {{PERSON:Fahad}} love you #[[mbbs]] #[[internship]]",
    ),
    (
        "tiktok",
        "when {{PERSON:Bunty}} uncle from bed {{ROOM:23}} says 'beta [[BP]] check karo' every 10 minutes #nursingindia #[[ward]]",
    ),
    (
        "reddit",
        "Staff nurse in {{LOCATION:Kottayam}}. Thinking of [[OET]] for UK. Is the [[NHS]] still hiring Indian nurses or not?",
    ),
    (
        "linkedin",
        "Honoured to join {{FACILITY:Narayana Health}} {{LOCATION:Bommasandra}} as [[Nursing Superintendent]]. [[Reach]] me at {{EMAIL:rekha.pillai.ns@gmail.com}} or {{PHONE:080-7122 2200}}",
    ),
    (
        "whatsapp",
        "Bhaiya ward {{ROOM:6}} bed {{ROOM:18}} pt {{PERSON:Mohd. Irfan}} MRD {{MRN:2026-MS-44718}} [[CBC]] [[report]] kidhar hai? ABHA {{ID:91-4428-7710-3356}}",
    ),
    (
        "x",
        "[[Sunny]] day in {{LOCATION:Jaipur}} and I'm in [[PACU]] for 14 hours. living the dream",
    ),
    (
        "facebook",
        "Please pray for my Nani {{PERSON:Shakuntala Devi}} born {{AGE:1930}}, admitted in {{FACILITY:SMS Hospital}} [[ICU]] since {{DATE:3rd Dec}}. [[Blessings]] needed 🙏",
    ),
    (
        "reddit",
        "Is the [[bond]] service worth it after [[PG]] or should I pay it off? AP govt quota.",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "x",
        "Resident doctor at {{FACILITY:LUTH}}. Consultant posted a [[CXR]] on his status with hospital no {{MRN:LUTH/CH/26/04471}} and the name {{PERSON:ADEYEMI, Kehinde}}. Is this not [[confidentiality]] breach?",
    ),
    (
        "facebook",
        "Our grandma Mama {{PERSON:Abosede}} clocked {{AGE:99}} today at {{FACILITY:UCH Ibadan}} 🎉 Thank God for the [[nurses]] of ward {{ROOM:E2}} and their [[patience]]",
    ),
    (
        "whatsapp",
        "Pls who has {{PERSON:Blessing}}'s number? She's on [[call]] for {{DATE:24/12}} and I need to [[swap]]. Mine is {{PHONE:0803 447 2219}}",
    ),
    (
        "tiktok",
        "when {{PERSON:Chidinma}} the [[CMD]] enters the ward and everybody suddenly knows [[hand hygiene]] 😂 #naijanurse",
    ),
    (
        "instagram",
        "[[Induction]] done ✅ {{FACILITY:FMC Owerri}} house officers 2026 🩺 {{PERSON:Ebuka}} {{PERSON:Tobi}} {{PERSON:Zainab}} #team{{PERSON:tobi}} #[[housejob]]",
    ),
    (
        "reddit",
        "Nurse in {{LOCATION:Ikorodu}}. Thinking of [[NCLEX]] vs [[OSCE]] route. Family says go, but who will care for my mum?",
    ),
    (
        "whatsapp",
        "Patient {{PERSON:Okafor C.}}, NHIA {{HEALTH_PLAN:NHIS/LAG/22/118934}}, [[theatre]] booked {{DATE:Wed 9th Dec}} at {{FACILITY:LASUTH}}, [[son]] {{PHONE:+234 809 551 7702}}, lives {{ADDRESS:14 Adeniyi Jones Ave}}, {{LOCATION:Ikeja}}",
    ),
    (
        "linkedin",
        "Pleased to announce my appointment as [[Head of Nursing Services]], {{FACILITY:ABUTH Zaria}}. Gratitude to {{PERSON:Hajiya Fatima Lawal-Bello}} for her [[mentorship]].",
    ),
    (
        "x",
        "#justicefor{{PERSON:precious}} the [[nurse]] attacked at {{FACILITY:General Hospital Gbagada}} on {{DATE:Sat 28/11}}. [[Enough]] is enough",
    ),
    (
        "facebook",
        "Nothing like [[Grace]] on a [[night shift]]. Prayer before handover keeps us going 🙏",
    ),
    (
        "tiktok",
        "{{PERSON:Favour}} said she'll be [[matron]] by 30, [[promotion]] loading and honestly? she will 💅 #nigeriannurse",
    ),
    ("reddit", "Anyone know if [[MDCN]] license renewal now requires [[CPD]] points again?"),
    # ---------------------------------------------------------------- Ghana
    (
        "facebook",
        "Nana {{PERSON:Yaa Asantewaa Boateng}} turned {{AGE:102}} at {{FACILITY:Komfo Anokye}} on {{DATE:Sunday 29th Nov}}! The [[ward]] sang for her and she danced. [[Ayekoo]] nurses",
    ),
    (
        "whatsapp",
        "NHIS {{HEALTH_PLAN:07742198}} {{PERSON:Mensah, Kwabena}}, [[BP]] [[review]] at {{FACILITY:Ridge Hospital}} {{DATE:Thurs 10/12}}, call {{PHONE:024 488 1093}}, {{LOCATION:Dansoman}}",
    ),
    (
        "x",
        "{{FACILITY:KBTH}} [[emergency]] unit at midnight. {{PERSON:Akosua}} and {{PERSON:Kofi}} running the whole place on [[Milo]] and prayer",
    ),
    (
        "reddit",
        "Nurse in {{LOCATION:Sunyani}}. Our [[rotation]] letter came out with everybody's Ghana Card [[number]] like {{ID:GHA-718823419-4}} on the WhatsApp group. Is this normal??",
    ),
    (
        "tiktok",
        "pov: {{PERSON:Efua}} the [[midwife]] from {{LOCATION:Cape Coast}} doing [[Kangaroo care]] teaching in Fante #ghananurse",
    ),
    (
        "instagram",
        "[[Pinning]] ceremony 🎓 {{FACILITY:NMTC Korle-Bu}} class of 2026 @{{HANDLE:abena.nurses}} @{{HANDLE:sela_rn}} #[[nursing]]",
    ),
    (
        "linkedin",
        "Proud to join {{FACILITY:Tamale Teaching Hospital}} as [[Public Health]] [[Nurse Lead]]. Contact: {{EMAIL:issah.fuseini@tth-nurses.org}}",
    ),
    (
        "facebook",
        "Please help us thank [[Sister]] {{PERSON:Comfort}} of {{FACILITY:Ho Teaching Hospital}} maternity. She saved my wife and our [[baby]] {{PERSON:Sedem}} 🙏",
    ),
    (
        "whatsapp",
        "[[Charge]] nurses, the new [[shift]] allowance forms are with Auntie {{PERSON:Mavis}} at admin. Submit before end of month.",
    ),
    (
        "x",
        "[[Joy]] FM ad about [[malaria]] just said 'sleep under your net' and my whole ward clapped 😂",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "whatsapp",
        "Please send {{PERSON:Wafula}}'s M-Pesa [[refund]] to {{PHONE:0711 204 883}}, receipt {{ACCOUNT:RKT4H7Q2LM}}, for the [[lab]] tests at {{FACILITY:Bungoma County Referral}}",
    ),
    (
        "reddit",
        "CO intern at {{FACILITY:KNH}}. A [[consultant]] posted a [[CT]] with the IP no {{MRN:KNH/IP/2026/88213}} and name {{PERSON:OTIENO, Brian}} on his X. What should I do?",
    ),
    (
        "facebook",
        "Shosho {{PERSON:Wanjiru}} is {{AGE:94}} and was discharged from {{FACILITY:Nyeri County Referral}} on {{DATE:Tuesday 1.12.2026}}. Asante to the [[nurses]] and their [[ugali]] 😂",
    ),
    (
        "whatsapp",
        "SHA no {{HEALTH_PLAN:SHA-45520198}} {{PERSON:Achieng Odhiambo}}, [[ANC]] [[visit]] {{DATE:Dec 15}} at {{FACILITY:Pumwani}}, mobile {{PHONE:0722 418 905}}, stays {{LOCATION:Kayole}} {{ADDRESS:Phase 2 House 44}}",
    ),
    (
        "x",
        "#Team{{PERSON:Kiprono}} the [[theatre]] tech at {{FACILITY:MTRH}} who fixes everything with tape. [[respect]]",
    ),
    (
        "tiktok",
        "Kenyan [[nurse]] things: {{PERSON:Mercy}} in bed {{ROOM:9}} asking for [[chai]] at 3am 😭 #nursekenya",
    ),
    (
        "instagram",
        "[[Graduation]] 🎓 {{FACILITY:KMTC Nakuru}} diploma done! {{PERSON:Wambui}} {{PERSON:Cherono}} {{PERSON:Juma}} we made it #[[kmtc]]",
    ),
    (
        "linkedin",
        "Joining {{FACILITY:Aga Khan University Hospital}} {{LOCATION:Parklands}} as [[Clinical Instructor]]. Grateful to {{PERSON:Dr Nyokabi Kamau}} for the [[opportunity]].",
    ),
    (
        "whatsapp",
        "ID {{ID:31884427}} {{PERSON:Mutua, Daniel}} [[transfer]] to {{FACILITY:Machakos Level 5}}, [[ambulance]] {{VEHICLE:KDG 447T}}, ETA 2pm",
    ),
    (
        "reddit",
        "[[Locum]] rates in {{LOCATION:Nairobi}} private hospitals are shameful. Anyone else doing [[night]] locums for 3k?",
    ),
    ("x", "[[Faith]] in our health system is at an all-time low. pay [[interns]] #Kenya"),
    # ---------------------------------------------------------------- South Africa
    (
        "whatsapp",
        "Ambulance {{VEHICLE:FXN 441 EC}} en route to {{FACILITY:Frere}} with pt {{PERSON:Mbeki, Nomvula}}, [[GCS]] 10, [[ETA]] 15 min, crew cell {{PHONE:083 772 4410}}",
    ),
    (
        "reddit",
        "CommServ doc at {{FACILITY:Rob Ferreira}}. Registrar put a [[TB]] [[CXR]] on his Insta with folder no {{MRN:RF-0044821/26}} visible. Is this HPCSA reportable?",
    ),
    (
        "facebook",
        "Ouma {{PERSON:Hester}} turned {{AGE:96}} at {{FACILITY:Tygerberg}} ward {{ROOM:A7}} on {{DATE:2 Desember}}. The [[sisters]] brought koeksisters and a [[card]] 🥹",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Dlamini, Sipho}} ID {{ID:5508125123089}}, [[ARV]] [[refill]] at {{FACILITY:Chris Hani Bara}} {{DATE:Mon 14 Dec}}, lives {{ADDRESS:2218 Vilakazi St}}, {{LOCATION:Orlando West}}, cell {{PHONE:072 448 1190}}",
    ),
    (
        "x",
        "{{FACILITY:Groote Schuur}} [[C14]] [[trauma]] is pure chaos tonight. {{PERSON:Thandeka}} running it like a boss",
    ),
    (
        "tiktok",
        "when {{PERSON:Lucky}} from bed {{ROOM:3}} asks if the [[doctor]] is a student and you say 'aowa' 😂 #sanurse #[[nightshift]]",
    ),
    (
        "instagram",
        "final [[block]] at {{FACILITY:Bara}} done 🩺 {{PERSON:Lerato}} {{PERSON:Naledi}} {{PERSON:Pieter}} #[[medschool]] #{{FACILITY:wits}}",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Inkosi Albert Luthuli Central Hospital}} as [[Operational Manager]] of [[ICU]]. {{EMAIL:n.zungu.icu@gmail.com}}",
    ),
    (
        "whatsapp",
        "Medical aid Discovery no {{HEALTH_PLAN:4481209-01}} {{PERSON:Mrs van der Merwe}}, [[pre-auth]] for [[MRI]] {{DATE:18/12/26}}, husband {{PHONE:+27 82 331 7745}}",
    ),
    (
        "reddit",
        "Should I do [[anaesthesia]] or [[family medicine]] if I want to stay rural? Honest answers pls",
    ),
    (
        "facebook",
        "Please share: our {{PERSON:Sunette}} is missing since {{DATE:Thursday 3 Dec}}, last seen at {{FACILITY:Helen Joseph}} [[casualty]] in {{LOCATION:Auckland Park}}. [[Hope]] she's safe",
    ),
    ("x", "[[Winter]] in SA means [[flu]] + load shedding in the wards. cool cool"),
    # ---------------------------------------------------------------- Singapore
    (
        "reddit",
        "[[Locum]] GP here. Clinic system at {{FACILITY:Healthway Yishun}} exported a CSV to {{URL:http://10.8.2.14/export/pt_list.csv}} with NRIC {{ID:T0318842F}} in it. [[PDPA]] breach right?",
    ),
    (
        "reddit",
        "MO at {{FACILITY:SGH}}. A [[HO]] posted a patient's [[ECG]] on IG story with NRIC {{ID:S4412873J}} on it. Should I tell the [[SMOM]]?",
    ),
    (
        "facebook",
        "Ah Ma {{PERSON:Tan Ah Moi}} is {{AGE:99}} and discharged from {{FACILITY:TTSH}} ward {{ROOM:8B}} on {{DATE:3 Dec}}. The [[nurses]] were so patient with her [[Hokkien]] 🙏",
    ),
    (
        "whatsapp",
        "Mdm {{PERSON:Siti Rahimah}} [[HD]] moved to {{DATE:Sat 12/12}}, {{ADDRESS:Blk 248 Jurong East St 24 #09-112}}, [[son]] hp {{PHONE:9148 3327}}, MRN {{MRN:JH26-0041887}}",
    ),
    (
        "x",
        "{{FACILITY:CGH}} [[A&E]] [[waiting time]] 9 hours tonight. jia you {{PERSON:Kumaran}} and team",
    ),
    (
        "tiktok",
        "pov: Auntie {{PERSON:Mei}} in bed {{ROOM:21}} tries to give the [[SSN]] a red packet 🧧 #sgnurse #[[ward]]",
    ),
    (
        "instagram",
        "{{FACILITY:NUH}} [[houseman]] year survived 😮‍💨 {{PERSON:Wei Jie}} {{PERSON:Priyanka}} {{PERSON:Hafiz}} #[[hoslife]]",
    ),
    (
        "linkedin",
        "Honoured to be appointed [[Nurse Clinician]] in [[Geriatrics]] at {{FACILITY:Khoo Teck Puat Hospital}}. Thank you Sister {{PERSON:Lim Bee Hoon}}.",
    ),
    (
        "reddit",
        "Is [[SNB]] registration for [[foreign]] nurses faster now? My Filipino colleague waited 8 months.",
    ),
    (
        "whatsapp",
        "Pls help cover {{FACILITY:Ward 64}} [[PM]] [[shift]] {{DATE:Christmas Eve}}, call {{PERSON:Jasmine}} at {{PHONE:+65 8772 0134}}",
    ),
    (
        "x",
        "{{PERSON:Grace}} from {{LOCATION:Tampines}} CHAS clinic is the kindest [[PN]] ever. [[grace]] by name",
    ),
    (
        "facebook",
        "Mdm {{PERSON:Lee Soon Kheng}}, born {{AGE:1928}}, celebrated at {{FACILITY:St Andrew's Community Hospital}} [[rehab]] ward. [[Physiotherapy]] miracle!",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "x",
        "{{PERSON:joy}} and {{PERSON:june}} from {{FACILITY:Davao Doctors}} [[ER]] are the real heroes of {{DATE:Dec 8}} [[flood]] night #team{{PERSON:june}}",
    ),
    (
        "facebook",
        "Lola {{PERSON:Remedios}} turned {{AGE:100}} sa {{FACILITY:PGH}} ward {{ROOM:1}} noong {{DATE:Dec 1}}! Salamat sa mga [[nurse]] at sa [[pancit]] 🎉",
    ),
    (
        "x",
        "{{PERSON:Bayani Dela Cruz}} posted his patient's [[chest tube]] pic with hospital no {{MRN:PGH-26-0912447}} sa FB. grabe. [[PRC]] should hear about this",
    ),
    (
        "whatsapp",
        "PhilHealth {{HEALTH_PLAN:12-025518447-3}} {{PERSON:Santos, Maria Luz}}, [[chemo]] [[cycle]] 3 sa {{FACILITY:East Avenue Medical Center}} {{DATE:Dec 9}}, anak {{PHONE:0917 553 8821}}",
    ),
    (
        "tiktok",
        "pov: Ate {{PERSON:Joy}} the [[charge nurse]] catches you eating in the [[nurses' station]] 😭 #pinoynurse",
    ),
    (
        "instagram",
        "[[Board exam]] passer na! 🎓 {{FACILITY:UST}} College of Nursing {{PERSON:Princess}} {{PERSON:Kyla}} {{PERSON:JM}} #[[RN]] #roadtoRN",
    ),
    (
        "reddit",
        "Staff nurse sa {{LOCATION:Tacloban}}. Is it worth [[NCLEX]] pa ba or just go to Saudi? [[Salary]] here is 22k",
    ),
    (
        "linkedin",
        "Excited to start as [[Infection Control]] Nurse at {{FACILITY:St. Luke's BGC}}. Thank you Ma'am {{PERSON:Lourdes Villanueva}} for the [[mentoring]].",
    ),
    (
        "facebook",
        "Please pray for Baby {{PERSON:Angel}} at {{FACILITY:Vicente Sotto}} [[NICU]] since {{DATE:Nov 30}}. #pray4{{PERSON:angel}} [[faith]] lang",
    ),
    (
        "whatsapp",
        "{{PERSON:Rosario}} po in Room {{ROOM:402}}, SSS {{ID:34-1128754-9}}, for [[discharge]] tomorrow {{DATE:12/8}}, [[bill]] sa [[cashier]]. Address {{ADDRESS:Purok 5}}, {{LOCATION:Barangay Talamban}}, {{LOCATION:Cebu City}}",
    ),
    ("x", "[[May]] pa bang [[overtime]] pay this month or wala na naman? #nurseph"),
    (
        "tiktok",
        "Nanay {{PERSON:Cora}} in bed {{ROOM:6}} offering the [[resident]] her [[suman]] 🥹 #nurseph #{{FACILITY:VMMC}}",
    ),
    (
        "reddit",
        "Is it normal na walang [[hazard pay]] for [[contractual]] nurses sa {{FACILITY:JRRMMC}} this year?",
    ),
    (
        "facebook",
        "Shoutout to Kuya {{PERSON:Jun}} the [[utility]] worker of {{FACILITY:Baguio General}} who found my lola's [[dentures]] 😂",
    ),
    # ---------------------------------------------------------------- United States
    (
        "x",
        "the {{FACILITY:UCSF}} [[discharge]] packet had someone else's MRN {{MRN:2244-918-07}} and insurance ID {{HEALTH_PLAN:XKE447192033}} on page 2. [[HIPAA]] who?",
    ),
    (
        "reddit",
        "NP in {{LOCATION:Tupelo}}. DEA {{LICENSE:MB4418273}} and NPI {{NPI:1902847716}} got posted in a FB group by my old [[collaborating physician]]. Do I [[report]] it?",
    ),
    (
        "facebook",
        "Grandma {{PERSON:Bernice}}, {{AGE:101}}, {{FACILITY:Our Lady of Lourdes}} room {{ROOM:214B}}. Her [[pacemaker]] is Medtronic SN {{DEVICE:PJN448812S}}, [[cardiology]] keeps asking, so posting it here for family",
    ),
    (
        "reddit",
        "CNA in {{LOCATION:Muncie}}. Family posted a reel from room {{ROOM:312}} with our [[assignment board]] showing {{PERSON:RAMIREZ, L}}, {{PERSON:DOE, J}} and {{PERSON:Kowalski A.}}. Is this a [[HIPAA]] violation on them or us?",
    ),
    (
        "facebook",
        "Great-grandma {{PERSON:Opal}} turned {{AGE:104}} at {{FACILITY:Mercy Hospital Joplin}} on {{DATE:Thanksgiving Day}}. The [[nurses]] brought her [[pie]]! 🥧",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Hernandez, Guadalupe}} MRN {{MRN:E40017294}}, Medicaid {{HEALTH_PLAN:TX884412097}}, [[wound vac]] [[change]] {{DATE:12/10/26}}, {{ADDRESS:4418 Alameda Ave}}, {{LOCATION:El Paso}} TX {{ADDRESS:79905}}, {{PHONE:(915) 533-0172}}",
    ),
    (
        "x",
        "night shift at {{FACILITY:Grady}} [[ED]] and {{PERSON:Dee}} brought [[Krispy Kreme]] for 40 people. angel",
    ),
    (
        "tiktok",
        "pov: Miss {{PERSON:Hattie}} ({{AGE:97}}) in bed {{ROOM:2}} tells the [[intern]] he needs a haircut #nursesoftiktok #[[LTC]]",
    ),
    (
        "linkedin",
        "Thrilled to announce I've joined {{FACILITY:Intermountain Health}} as [[CRNA]]. NPI {{NPI:1548823370}}. [[Reach out]]: {{EMAIL:jsoto.crna@proton.me}}",
    ),
    (
        "reddit",
        "Travel RN in {{LOCATION:Bemidji}}. Agency emailed my [[SSN]] {{SSN:471-28-9903}} in [[plain text]] and my license {{LICENSE:RN-2284471}}. Is that even legal?",
    ),
    (
        "instagram",
        "[[residency]] match day at {{FACILITY:UAB}} 🎉 {{PERSON:Tyler}} {{PERSON:Imani}} {{PERSON:Shreya}} ortho bound #[[matchday]]",
    ),
    (
        "whatsapp",
        "Need [[coverage]] {{DATE:Jan 4th}} [[nights]] on {{FACILITY:4 North}}, text {{PERSON:Brandi}} {{PHONE:317-555-0148}}",
    ),
    (
        "x",
        "#prayfor{{PERSON:will}} he's in {{FACILITY:CHOP}} [[PICU]] after the wreck on {{LOCATION:Roosevelt Blvd}}. his [[will]] to fight is unreal",
    ),
    (
        "facebook",
        "Grandpa {{PERSON:Eugene}} was born {{DATE:March 3, 1930}} and was still driving his 1998 F-150, plate {{VEHICLE:7HJK221}}, until [[rehab]] at {{FACILITY:Aurora Sinai}}. [[stubborn]] man",
    ),
    (
        "reddit",
        "[[Night shift]] dermatology question: anyone else break out from [[N95]] masks still?",
    ),
    (
        "tiktok",
        "[[Mark]] the date: the day I stopped apologizing for calling the [[rapid response]] #nurse",
    ),
    (
        "whatsapp",
        "[[Pt portal]] shows {{URL:https://mychart.bannerhealth.com/patient/88214}} for {{PERSON:Ms Yazzie}}, [[dialysis]] at {{FACILITY:Tuba City Regional}}, acct {{ACCOUNT:AC-7713320}}",
    ),
    (
        "reddit",
        "Our {{FACILITY:Cedar Hills}} [[telemetry]] monitor SN {{DEVICE:44A-91827}} kept alarming and IT said the box at {{IP:10.44.12.207}} was down. [[biomed]] took 6 hours",
    ),
    # ---------------------------------------------------------------- more, mixed
    ("x", "Happy [[Hope]] Day to all the [[hospice]] nurses out there. you matter"),
    (
        "instagram",
        "[[Blessing]] the new [[NICU]] babies with knitted hats from the volunteers 🧶 #nicunurse",
    ),
    ("reddit", "Is [[precious]] [[sleep]] between nights even real? How do you all do it"),
    (
        "facebook",
        "[[June]] and [[July]] leave requests close Friday, no exceptions, say the managers",
    ),
    (
        "x",
        "{{PERSON:sunny}} on [[dialysis]] unit said my [[vein]] finding skills are elite. peak of my career",
    ),
    (
        "whatsapp",
        "Oga {{PERSON:Emeka}} the [[porter]] says the [[lift]] at {{FACILITY:NAUTH Nnewi}} block C is working again, {{PHONE:0706 112 8894}}",
    ),
]
