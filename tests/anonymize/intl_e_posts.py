# ruff: noqa: E501  (one post per line: data, not code)
"""International evaluation set E (fictional), written 2026-12-05 23:02 UTC (`date -u`), BEFORE any
anonymizer change for issue 19, by a writer who did not see the anonymizer code (nothing under
quizzes/anonymize/ was read; the anonymizer and the evaluation command were not run on this
set). This is a DEVELOPMENT set: other engineers may tune on it.

Markup as in set D: {{TYPE:span}} marks an identifier that must be removed, [[term]] a word
that must survive. Titles and kinship words (Dr, Mrs, Sister, Nana, Ouma, Koro, Lola, Nanay,
Cucu, Gogo, Ah Ma, Mdm...) stay outside PERSON spans. All people are fictional; places and
hospitals may be real. All numbers are invented.
"""

INTL_E: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- England
    (
        "reddit",
        "F2 in {{LOCATION:Kettering}}. [[Registrar]] left the [[handover]] sheet in the canteen with {{PERSON:HUSSAIN, M}} and {{PERSON:PRICE, L}} on it plus hospital nos {{MRN:KGH-2231907}} / {{MRN:KGH-2231944}}. Do I Datix this?",
    ),
    (
        "x",
        "shoutout to {{PERSON:hope}} on [[Frailty]] at {{FACILITY:Musgrove Park}} who sat with my dad through his [[delirium]]. you don't know what that meant",
    ),
    (
        "whatsapp",
        "[[DN]] visit list: Mr {{PERSON:Aldous}} {{ADDRESS:14 Tithe Barn Lane}}, {{LOCATION:Holmfirth}} {{ADDRESS:HD9 3LT}}, NHS {{ID:485 777 3456}}, [[leg ulcer]] dressing. Daughter {{PHONE:07911 204 337}}",
    ),
    (
        "facebook",
        "Great-nan {{PERSON:Winifred}} is {{AGE:101}} today!! 🎉 The [[staff]] at {{FACILITY:Hawthorn Lodge}} in {{LOCATION:Hinckley}} did a [[cream tea]]. Born {{DATE:14 March}} {{AGE:1925}}.",
    ),
    (
        "tiktok",
        "pov: you ask {{PERSON:Bill}} in bay {{ROOM:4}} bed {{ROOM:2}} if he's opened his bowels and he asks for the [[bill]] 💀 #nursetok #[[wardlife]]",
    ),
    (
        "instagram",
        "Last [[long day]] before [[annual leave]] ☀️ #{{FACILITY:StThomas}} #team{{PERSON:marcus}} #nursesofinstagram",
    ),
    (
        "reddit",
        "Honest question, is it normal for [[ED]] [[triage]] to take 6 hours? Waited from 7pm to 1am. Not blaming nurses, they were run ragged.",
    ),
    (
        "linkedin",
        "[[Delighted]] to share I've been appointed [[Advanced Clinical Practitioner]] at {{FACILITY:Queen Elizabeth Hospital Gateshead}}. Huge thanks to {{PERSON:Priya Raghunathan}} and {{PERSON:Tom Ellery-Watts}}.",
    ),
    (
        "whatsapp",
        "[[Swap]]? I've got {{DATE:Sat 19th}} and {{DATE:Sun 20th}} [[nights]] on Ward {{ROOM:22}}, want {{DATE:27/12}} instead. Text {{PHONE:07700 900 118}} not the group pls",
    ),
    (
        "x",
        "Radiographer here. GP referral had the [[patient]]'s NHS no {{ID:9434765919}} in the [[subject line]] of an unencrypted email to {{EMAIL:mark.t.referrals@gmail.com}}. Mark, please.",
    ),
    (
        "facebook",
        "Does anyone know if the [[Christmas]] [[visiting]] hours changed at {{FACILITY:Royal Derby}}? Mum's on Ward {{ROOM:305}}, bed {{ROOM:7}}.",
    ),
    (
        "reddit",
        "Student nurse. Mentor calls every patient 'my darling' and honestly the [[dementia]] patients love it. Is that [[unprofessional]]?",
    ),
    # ---------------------------------------------------------------- Scotland
    (
        "x",
        "the [[rose]] garden outside [[palliative care]] is the only reason some of us survive [[winter]] nights. whoever plants it, thank you",
    ),
    (
        "whatsapp",
        "Bay {{ROOM:C}} list: {{PERSON:DOE, J}} [[NBM]] from midnight, {{PERSON:Okafor C.}} [[TTO]] pending, {{PERSON:rose}} (side room {{ROOM:3}}) needs [[obs]] 2-hourly. hosp no {{MRN:GG/0093311T}}",
    ),
    (
        "facebook",
        "Huge thanks to the [[team]] at {{FACILITY:Ninewells}} for looking after my granny {{PERSON:Isa}} ({{AGE:96}}). Ward {{ROOM:4}} [[staff]] are angels. Home to {{LOCATION:Lochee}} on Friday 💙",
    ),
    (
        "whatsapp",
        "Can someone [[cover]] my [[twilight]] on {{DATE:23.12}}? {{PERSON:Ailsa}} at the {{FACILITY:QEUH}} said she'd maybe swap. Ta. {{PHONE:07834 551 902}}",
    ),
    (
        "reddit",
        "Scottish GP here. Got a [[letter]] with CHI {{ID:0412349876}} for a [[patient]] who isn't ours, address {{ADDRESS:22 Kirk Wynd}}, {{LOCATION:Kirkcaldy}}. Where do I even send it back?",
    ),
    (
        "x",
        "day 3 of [[storm]] and the {{LOCATION:Stornoway}} ferry is off again so no [[locum]] for {{FACILITY:Western Isles Hospital}}. send help (and [[tablet]])",
    ),
    (
        "tiktok",
        "when the [[HCA]] from {{LOCATION:Drumchapel}} calls the consultant 'pal' and he just accepts it 😂 #[[nhsscotland]]",
    ),
    (
        "instagram",
        "[[Graduated]]!! BSc [[Adult Nursing]] from {{FACILITY:GCU}} 🎓 thank you Mum, {{PERSON:Calum}}, and {{PERSON:Morag}} for the endless flapjacks",
    ),
    (
        "facebook",
        "Our {{PERSON:Summer}} started her first week as an [[HCA]] at {{FACILITY:Raigmore}} in {{LOCATION:Inverness}}. So proud. She says [[summer]] hols are over for good 😂",
    ),
    (
        "reddit",
        "Is it just me or is [[winter]] [[pressures]] starting in October now? Every [[AMU]] in the country is full.",
    ),
    (
        "whatsapp",
        "Reminder: [[fire]] [[training]] {{DATE:Tues 8 Dec}} 2pm, Ward {{ROOM:3B}} seminar room at {{FACILITY:Forth Valley Royal}}. Bring ID. -{{PERSON:Fraser}}",
    ),
    (
        "linkedin",
        "After 31 years in [[district nursing]] across {{LOCATION:Badenoch and Strathspey}}, I'm retiring on {{DATE:18 December}}. [[Thank you]] {{PERSON:Mhairi Cumming}} for everything.",
    ),
    # ---------------------------------------------------------------- Wales
    (
        "facebook",
        "Diolch to the [[nurses]] at {{FACILITY:Ysbyty Gwynedd}} for caring for Taid {{PERSON:Emrys}}. {{AGE:94}} and still flirting with the [[physio]] 😂 Home to {{LOCATION:Bethesda}} Monday.",
    ),
    (
        "whatsapp",
        "{{PERSON:Mrs Rhiannon Pugh}}, {{ADDRESS:Ty Gwyn, Heol y Bryn}}, {{LOCATION:Pontyberem}} {{ADDRESS:SA15 5DL}}, NHS {{ID:401 023 2137}}, [[INR]] [[check]]. Husband {{PHONE:01269 870 334}}",
    ),
    (
        "x",
        "{{FACILITY:UHW}} [[A&E]] at 3am is a different universe. Respect to every [[porter]] in there.",
    ),
    (
        "reddit",
        "Welsh [[paramedic]]. Held outside {{FACILITY:Morriston}} for 9 hours with a [[hip]] [[fracture]]. Don't tell me the system works.",
    ),
    (
        "tiktok",
        "my mentor {{PERSON:Dai}} teaching me [[cannulation]] in welsh and english at the same time 😭 #[[studentnurse]] #{{FACILITY:GlanClwyd}}",
    ),
    (
        "instagram",
        "[[Night shift]] fuel. {{FACILITY:Withybush}} [[crew]] you are the best 💛 especially {{PERSON:Bethan}} & {{PERSON:Sioned}}",
    ),
    (
        "facebook",
        "Anyone know if the [[phlebotomy]] clinic at {{FACILITY:Prince Philip Hospital}} still does walk-ins? Need [[bloods]] for Nain, she's {{AGE:95}} and can't queue.",
    ),
    (
        "reddit",
        "What do [[midwives]] actually think of [[birth plans]]? Genuine question, first baby due in spring.",
    ),
    # ---------------------------------------------------------------- Northern Ireland
    (
        "facebook",
        "Wee shoutout to the [[staff]] at the {{FACILITY:Ulster}} in {{LOCATION:Dundonald}} for looking after Granda {{PERSON:Paddy}}. [[Stroke]] unit were brilliant.",
    ),
    (
        "whatsapp",
        "Anybody free {{DATE:Boxing Day}}? Need a [[band 6]] for {{FACILITY:Altnagelvin}} [[ED]]. Ring {{PERSON:Niamh}} {{PHONE:028 7134 5171}} ext 3310",
    ),
    (
        "reddit",
        "NI [[HCA]] here. Patient's H&C number {{ID:327 845 1190}} was on a sticker stuck to the [[commode]] in the corridor. Who do I tell?",
    ),
    (
        "x",
        "{{PERSON:Precious}} on Ward {{ROOM:7N}} at the {{FACILITY:RVH}} is exactly that. [[Precious]]. [[Thank you]] for holding my hand through the [[biopsy]].",
    ),
    (
        "tiktok",
        "[[nightshift]] in {{LOCATION:Craigavon}} be like: tea, toast, and a [[confused]] man asking for his cows #nurse",
    ),
    (
        "instagram",
        "First day as a [[Staff Nurse]] at {{FACILITY:Daisy Hill}} in {{LOCATION:Newry}} 🥹 [[nervous]] but [[ready]] #team{{PERSON:orla}}",
    ),
    (
        "facebook",
        "Ma turned {{AGE:100}} on {{DATE:the 3rd}} at {{FACILITY:Slievedhu Care Home}}, {{LOCATION:Newcastle}}. Card from the [[King]] and everything! [[Dementia]] never took her singing.",
    ),
    (
        "reddit",
        "Does anyone know if the [[bank]] rates went up this year? [[Trust]] email was vague as usual.",
    ),
    # ---------------------------------------------------------------- Ireland
    (
        "reddit",
        "Dublin [[locum]] agency rang my work mobile {{PHONE:085 712 3987}} at 3am asking if I'd cover {{FACILITY:Connolly}} [[ED]] from 0800 on {{DATE:Jan 4th}}. Every [[agency]] is the same.",
    ),
    (
        "facebook",
        "Massive thanks to the [[ICU]] team in {{FACILITY:Beaumont}} who minded my brother {{PERSON:Cian}} for 3 weeks. He's home in {{LOCATION:Artane}} now and giving out about the [[physio]] already.",
    ),
    (
        "whatsapp",
        "Hi all, {{PERSON:Siobhán}} from {{FACILITY:St. James's}} [[bed management]]. Anyone on [[nights]] {{DATE:24/12/2026}}? Call {{PHONE:087 334 1920}} or {{PHONE:+353 1 410 3000}}",
    ),
    (
        "reddit",
        "Irish [[SHO]] here. [[Rota]] coordinator emailed the whole [[intern]] group a PPS number {{ID:7654321TA}} by accident. How bad is this?",
    ),
    (
        "x",
        "{{FACILITY:CUH}} [[ED]] had 61 on [[trolleys]] today per INMO. {{LOCATION:Cork}} deserves better. #trolleywatch",
    ),
    (
        "tiktok",
        "when Nana {{PERSON:Bridie}} in bed {{ROOM:9}} ({{AGE:97}}) tells you you've lovely [[veins]] 😭 #[[irishnurse]]",
    ),
    (
        "instagram",
        "[[Graduation]] day at {{FACILITY:UCD}} 🎓 [[Midwifery]] done. {{PERSON:Aoife}}, {{PERSON:Orla}} and {{PERSON:Sadhbh}}, we made it",
    ),
    (
        "linkedin",
        "Proud to begin my new role as [[Clinical Nurse Manager]] 2 at {{FACILITY:University Hospital Limerick}}. Thanks {{PERSON:Declan Ó Murchú}} for the [[mentorship]]. {{URL:linkedin.com/in/grainne-hourigan-cnm}}",
    ),
    (
        "facebook",
        "Home help needed for Mam in {{LOCATION:Ballyhaunis}}, {{ADDRESS:Main St}}. She's {{AGE:93}}, [[COPD]], needs help with [[meds]]. PM me or ring {{PHONE:094 963 0172}}.",
    ),
    (
        "reddit",
        "How do you lads handle [[compassion fatigue]] after a run of [[deaths]] on the ward? Asking for myself.",
    ),
    (
        "whatsapp",
        "[[Medical]] card no {{HEALTH_PLAN:M-8830412-K}} for Mr {{PERSON:Gallagher}} DOB {{DATE:02/09/1933}}, {{AGE:93}}, [[GP]] visit card expired. {{FACILITY:Letterkenny UH}} [[OPD]] {{DATE:Thurs 10th}}",
    ),
    (
        "x",
        "Two [[porters]] in {{FACILITY:Mater}} carried the [[Christmas]] tree up 6 flights because the lift broke. Heroes.",
    ),
    (
        "tiktok",
        "{{PERSON:will}} from [[radiology]] said 'i'll see what i can do' and got my [[CT]] done in 20 mins 😳 #{{FACILITY:Tallaght}}",
    ),
    # ---------------------------------------------------------------- Australia
    (
        "facebook",
        "Thank you to the [[staff]] at {{FACILITY:RPA}} Ward {{ROOM:9E}} for caring for Pop {{PERSON:Len}} ({{AGE:95}}). Back home in {{LOCATION:Marrickville}} and complaining about the [[footy]].",
    ),
    (
        "reddit",
        "RN in {{LOCATION:Toowoomba}}. Locum GP wrote a patient's Medicare number {{ID:2953 41270 1}} on the [[whiteboard]] next to their [[allergies]]. Is this reportable?",
    ),
    (
        "whatsapp",
        "Need [[cover]] {{DATE:Wed 16 Dec}} AM at {{FACILITY:Lyell McEwin}} [[ED]]. Ping {{PERSON:Shaz}} on {{PHONE:0412 448 903}} 🙏",
    ),
    (
        "x",
        "[[heatwave]] + [[ramping]] at the {{FACILITY:Alfred}} = not a fun [[shift]]. 40 degrees in the ambulance bay.",
    ),
    (
        "tiktok",
        "{{PERSON:Blessing}} our [[AIN]] doing the [[tea trolley]] like it's a catwalk 💅 #{{FACILITY:Westmead}} #nursesoftiktok",
    ),
    (
        "instagram",
        "First [[rural]] placement in {{LOCATION:Kununurra}} ✈️ [[remote area nursing]] here I come 🐊",
    ),
    (
        "linkedin",
        "Thrilled to join {{FACILITY:Royal Darwin Hospital}} as [[Nurse Unit Manager]], [[Renal]]. AHPRA {{LICENSE:NMW0001872345}}. Contact {{EMAIL:k.nguyen.nt@outlook.com}}",
    ),
    (
        "facebook",
        "Nan {{PERSON:Joyce}} turned {{AGE:100}} at {{FACILITY:Bupa Aged Care}} {{LOCATION:Mosman}} on {{DATE:2 December}}! [[Letter]] from the [[Governor-General]] 🎂",
    ),
    (
        "reddit",
        "Grad nurse in [[aged care]]. Is it normal to have 1 [[RN]] for 60 residents overnight? Feels unsafe.",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:TRAN, Minh}} URN {{MRN:0033-4471-B}} [[bed]] {{ROOM:14}}, [[DKA]], family at {{ADDRESS:7/22 Hume Hwy}}, {{LOCATION:Cabramatta}}. Son {{PHONE:+61 2 9724 1180}}",
    ),
    (
        "x",
        "g'day to {{PERSON:june}} at {{FACILITY:Flinders}} [[pre-admission]] who remembered my [[anxiety]] from last year. legend",
    ),
    # ---------------------------------------------------------------- New Zealand
    (
        "facebook",
        "Koro {{PERSON:Hemi}} is home from {{FACILITY:Whangārei Hospital}} after his [[bypass]]. Ngā mihi to the [[cardiac]] nurses. Back in {{LOCATION:Kaikohe}} with the whānau.",
    ),
    (
        "whatsapp",
        "NHI {{ID:ZAC5361}} Mrs {{PERSON:Te Huia}}, {{ADDRESS:48 Rata Street}}, {{LOCATION:Naenae}}, [[wound]] check + [[INR]] {{DATE:Fri 11/12}}. Ph {{PHONE:04 567 2210}}",
    ),
    (
        "reddit",
        "NZ [[RMO]] here. {{FACILITY:Middlemore}} [[ED]] wait was 14 hrs on {{DATE:Sunday 29 November}}. We need more staff, not more reviews.",
    ),
    (
        "x",
        "shoutout to {{PERSON:Faith}} at {{FACILITY:Dunedin Hospital}} [[oncology]] day ward. keeping the [[faith]] for all of us",
    ),
    (
        "tiktok",
        "[[kiwi]] nurse life: {{PERSON:Aroha}} brought pāua fritters to [[handover]] and nobody left #{{FACILITY:TaurangaHospital}} #nznurses",
    ),
    (
        "instagram",
        "Night [[shift]] view over {{LOCATION:Rotorua}} 🌋 [[PACU]] crew 💚 {{HANDLE:@hine.rn.nz}}",
    ),
    (
        "linkedin",
        "Kia ora, I'm starting as [[Charge Nurse Manager]] for [[Rehabilitation]] at {{FACILITY:Burwood Hospital}}. Thanks {{PERSON:Sione Fifita}} and {{PERSON:Mere Walker}}.",
    ),
    (
        "facebook",
        "Our Nana {{PERSON:Peggy}} ({{AGE:98}}) at {{FACILITY:Radius Kensington}} in {{LOCATION:Whangārei}} got her [[flu]] jab and told the nurse she's 'too old for nonsense'. [[Legend]].",
    ),
    (
        "reddit",
        "Any [[district nurse]]s in [[rural]] NZ want to share how you deal with huge travel times? I'm doing 300km some days.",
    ),
    (
        "whatsapp",
        "{{PERSON:Rangi}} - your [[ACC]] claim no {{ACCOUNT:CL-20391847}} came back. Ring {{PHONE:0800 101 996}} and quote it. Don't forget [[physio]] {{DATE:14th}}",
    ),
    # ---------------------------------------------------------------- Canada
    (
        "reddit",
        "RN in {{LOCATION:Sudbury}}. A [[family]] member posted their mom's OHIP card {{ID:1234-567-890-AB}} in a Facebook group asking for [[bed]] advice. Do I report?",
    ),
    (
        "facebook",
        "Big thanks to {{FACILITY:Foothills}} [[ICU]] in {{LOCATION:Calgary}} for saving my [[dad]] {{PERSON:Gord}}. Back home in {{LOCATION:Airdrie}} {{DATE:Dec 2nd}}. 🇨🇦",
    ),
    (
        "whatsapp",
        "[[Shift]] up for grabs {{DATE:2026-12-19}} 0700 {{FACILITY:VGH}} [[CCU]]. Text {{PERSON:Marisol}} {{PHONE:(604) 555-0143}}",
    ),
    (
        "x",
        "[[Hallway medicine]] at the {{FACILITY:Civic}} again tonight. 38 admitted patients in [[ED]]. {{LOCATION:Ottawa}} deserves better.",
    ),
    (
        "tiktok",
        "{{PERSON:Mark}} in [[respiratory]] therapy just asked if the [[mark]] on the chart was a typo 😂 #{{FACILITY:SickKids}}",
    ),
    (
        "instagram",
        "[[Nursing]] in the north: {{LOCATION:Iqaluit}} [[nursing station]] crew ❄️ {{HANDLE:@nurse_tanya_nu}}",
    ),
    (
        "linkedin",
        "Honoured to receive the [[Nursing Excellence]] [[award]] at {{FACILITY:Montreal General Hospital}}. Merci {{PERSON:Geneviève Tremblay}}. CNO reg {{LICENSE:RN-2019-44812}}.",
    ),
    (
        "facebook",
        "Grandpa {{PERSON:Walter}} was born {{DATE:June 6}}, {{AGE:1928}} and still does his own [[crossword]]. {{FACILITY:Lodge at Broadmead}} staff are saints. [[Hope]] I'm half as sharp.",
    ),
    (
        "reddit",
        "[[Paramedic]] in {{LOCATION:Dartmouth}} NS. Off-load delays at the {{FACILITY:QEII}} are killing us. 6 hr wall time with a [[STEMI]] rule-out.",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:LÉVESQUE, Marie-Claude}}, RAMQ {{ID:LEVM 5512 2114}}, [[dialysis]] {{DATE:lundi 14 déc.}} ([[hémodialyse]]), {{FACILITY:CHUM}} chambre {{ROOM:412}}. Fille {{PHONE:514-555-0177}}",
    ),
    ("x", "To every [[PSW]] working [[Christmas]]: we see you. Thank you."),
    (
        "reddit",
        "Canadian [[NP]] here, what EMR do you all use in [[primary care]]? Ours is ancient.",
    ),
    # ---------------------------------------------------------------- India
    (
        "whatsapp",
        "Pt {{PERSON:Lakshmamma}} {{AGE:92}}F, UHID {{MRN:NIMS/2026/0448812}}, [[CKD]] on [[dialysis]], {{FACILITY:MICU}} bed {{ROOM:6}}. Attender son {{PERSON:Venkat}} {{PHONE:+91 98480 22314}}",
    ),
    (
        "facebook",
        "Thank you {{FACILITY:CMC Vellore}} for treating my Ajji. {{AGE:96}} years and [[hip]] [[surgery]] done successfully 🙏 Back to {{LOCATION:Katpadi}} on {{DATE:12th Dec}}.",
    ),
    (
        "reddit",
        "JR in {{FACILITY:AIIMS}} here. [[Night duty]] in [[casualty]] with 2 residents for 180 patients. Is this normal everywhere in India?",
    ),
    (
        "x",
        "Dr {{PERSON:Sunny Malhotra}} from {{FACILITY:PGIMER}} [[cardiology]] explained my father's [[angiography]] in Punjabi at 2am. Humanity ❤️",
    ),
    (
        "instagram",
        "[[Duty]] done ✅ [[OT]] squad at {{FACILITY:KEM}} {{LOCATION:Parel}} 💉 #team{{PERSON:ankita}} #residentlife",
    ),
    (
        "whatsapp",
        "Sir, Aadhaar {{ID:4921 7730 6152}} and ration card copy needed for [[PMJAY]] claim of [[patient]] {{PERSON:Md. Rafiq}}. Ayushman card {{HEALTH_PLAN:PMJAY-KA-88412093}}. Send to {{EMAIL:tpa.desk.jss@gmail.com}}",
    ),
    (
        "linkedin",
        "Grateful to complete my [[MD]] in [[Anaesthesiology]] at {{FACILITY:JIPMER}}. Special thanks to Dr {{PERSON:R. Thirunavukkarasu}}. NMC reg {{LICENSE:TNMC-104558}}",
    ),
    (
        "tiktok",
        "when aunty in bed {{ROOM:21}} calls every [[nurse]] 'sister' and gives you [[laddoo]] 😭 #{{FACILITY:Apollo}} #nursinglife",
    ),
    (
        "facebook",
        "My paati turned {{AGE:99}} on Karthigai Deepam, {{DATE:3.12.2026}}. Nurses from {{FACILITY:Kauvery Hospital}} {{LOCATION:Alwarpet}} came home for her [[dressing]] 🪔 [[blessings]]",
    ),
    (
        "reddit",
        "Interns in India, how do you handle [[violence]] from patient relatives? Got slapped in [[emergency]] last week.",
    ),
    (
        "whatsapp",
        "[[Blood]] needed urgently, B-ve, {{FACILITY:Sassoon Hospital}} {{LOCATION:Pune}}, [[ward]] {{ROOM:26}}. Contact {{PERSON:Pooja}} {{PHONE:020-2612 8000}} / {{PHONE:9822011457}}",
    ),
    (
        "x",
        "[[heatstroke]] cases up in {{LOCATION:Nagpur}} again. Please drink [[water]]. #doctorsofindia",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "facebook",
        "Our Grandmother {{PERSON:Mabel}} clocked {{AGE:104}} today in {{LOCATION:Ile-Ife}} 🎉 she still walks to [[church]] and refuses her [[walking stick]]. Abeg share!",
    ),
    (
        "whatsapp",
        "Good evening colleagues. Patient {{PERSON:Mrs Adaeze Nwosu}}, hosp no {{MRN:LUTH/26/11482}}, [[eclampsia]], needs [[blood]] urgently. Husband {{PHONE:0803 412 7790}}. [[God]] help us.",
    ),
    (
        "facebook",
        "Thank you to the [[nurses]] at {{FACILITY:UCH Ibadan}} who took care of Mama {{PERSON:Morenike}}. {{AGE:91}} years and still praying for everyone on the [[ward]] 🙏 #prayfor{{PERSON:morenike}}",
    ),
    (
        "x",
        "House officer at {{FACILITY:ABUTH}} {{LOCATION:Zaria}}. 36 hrs [[call]], no [[salary]] for 3 months. Japa is not a crime.",
    ),
    (
        "tiktok",
        "{{PERSON:Blessing}} the [[matron]] catching us eating [[suya]] at the nurses' station 😂 #{{FACILITY:LASUTH}} #naijanurse",
    ),
    (
        "reddit",
        "Nigerian [[doctor]] here prepping for PLAB. How are people handling the [[exam]] fees with the naira this bad?",
    ),
    (
        "instagram",
        "[[Induction]] done ✅ {{FACILITY:FMC Owerri}} [[family]] ❤️ #team{{PERSON:tobi}} {{HANDLE:@dr.chidinma_o}}",
    ),
    (
        "linkedin",
        "Excited to announce I've joined {{FACILITY:Lagoon Hospitals}} {{LOCATION:Ikoyi}} as [[Head]] of [[Pharmacy]]. PCN reg {{LICENSE:PCN/2014/0039281}}.",
    ),
    (
        "facebook",
        "RIP Papa {{PERSON:Okonkwo Emeka}} ({{AGE:1929}}-2026). Passed at {{FACILITY:Nnamdi Azikiwe University Teaching Hospital}}, {{LOCATION:Nnewi}} on {{DATE:Sunday 22/11}}. [[Peace]] and [[grace]] to all.",
    ),
    (
        "whatsapp",
        "NHIS no {{HEALTH_PLAN:NHIS-FCT-0219384}} for {{PERSON:ADEYEMI, F.}} not coming up on the portal. [[Pharmacy]] refusing [[insulin]]. Call {{PHONE:+234 809 551 2044}}",
    ),
    (
        "x",
        "Shout out to {{PERSON:precious}} and {{PERSON:goodness}} at {{FACILITY:Garki Hospital}} [[labour ward]]. You made my wife's [[delivery]] so peaceful.",
    ),
    (
        "reddit",
        "[[Malaria]] in a returning traveller is still getting missed in A&E. Please ask about [[travel]].",
    ),
    # ---------------------------------------------------------------- Ghana
    (
        "facebook",
        "Nana {{PERSON:Akosua}} is {{AGE:102}} 🎉 nurses from {{FACILITY:Komfo Anokye}} visited her in {{LOCATION:Bantama}} with [[cake]]. Her [[BP]] is better than mine!",
    ),
    (
        "whatsapp",
        "Pls help, [[patient]] {{PERSON:Kwame Mensah-Bonsu}} NHIS {{HEALTH_PLAN:04519372}} Ghana Card {{ID:GHA-713420558-4}} needs [[dialysis]] at {{FACILITY:Korle Bu}}. Call {{PHONE:024 455 9180}}",
    ),
    (
        "x",
        "{{PERSON:Grace}} at {{FACILITY:Ridge Hospital}} [[OPD]] is pure [[grace]]. Queue was long but she smiled for every single person.",
    ),
    (
        "tiktok",
        "Ghanaian nurse things: {{PERSON:Auntie Efua}} bringing [[kenkey]] to [[night duty]] 😂 #{{FACILITY:TTH}} #ghananurse",
    ),
    (
        "reddit",
        "Ghanaian house officer. How do I explain [[hypertension]] [[adherence]] to patients who think pills are only for when they feel sick?",
    ),
    (
        "linkedin",
        "Proud to complete my [[fellowship]] in [[Family Medicine]] with the GCPS. Thanks to the team at {{FACILITY:Cape Coast Teaching Hospital}} and Dr {{PERSON:Yaw Boateng}}.",
    ),
    (
        "instagram",
        "[[Morning]] [[ward round]] at {{FACILITY:37 Military Hospital}} ☀️ {{HANDLE:@nurse_abena.gh}}",
    ),
    (
        "facebook",
        "Grandpa {{PERSON:Kofi}} from {{LOCATION:Ho}} left us on {{DATE:Nov 30th}} at {{FACILITY:Volta Regional Hospital}}. Born {{DATE:12 May}} {{AGE:1930}}. [[Rest]] well, [[teacher]].",
    ),
    (
        "whatsapp",
        "Mid-[[shift]] alert: {{FACILITY:Tamale Teaching}} [[maternity]] needs 2 [[midwives]] {{DATE:Sat 12.12}}. Call Sister {{PERSON:Abiba}} {{PHONE:+233 20 771 4352}}",
    ),
    # ---------------------------------------------------------------- Kenya
    (
        "whatsapp",
        "Patient {{PERSON:Wanjiru K.}}, IP no {{MRN:KNH/IP/2026/33817}}, [[post-op]] [[ward]] {{ROOM:5C}} bed {{ROOM:12}}. SHA no {{HEALTH_PLAN:SHA-0042289157}}. Contact {{PHONE:0722 418 905}}",
    ),
    (
        "facebook",
        "Shukran to the [[team]] at {{FACILITY:Moi Teaching and Referral}} {{LOCATION:Eldoret}} for looking after Cucu {{PERSON:Nyambura}}. {{AGE:97}} years and she told the [[surgeon]] he is too thin 😂",
    ),
    (
        "x",
        "[[Clinical officer]] in {{LOCATION:Lodwar}}. No [[oxygen]] for 3 days. Stop telling us UHC is working.",
    ),
    (
        "tiktok",
        "{{PERSON:Faith}} from {{FACILITY:Aga Khan}} doing [[vitals]] with a [[smile]] at 4am 💜 #kenyannurse #team{{PERSON:faith}}",
    ),
    (
        "reddit",
        "Kenyan intern [[doctor]]. Posting delayed 6 months. Anyone know when the [[internship]] list comes out?",
    ),
    (
        "linkedin",
        "[[Honoured]] to serve as [[Nursing Officer]] in charge at {{FACILITY:Coast General}} {{LOCATION:Mombasa}}. NCK lic {{LICENSE:NCK/RN/48213}}. {{EMAIL:a.mwakio@coastgeneral.go.ke}}",
    ),
    (
        "instagram",
        "Home visit in {{LOCATION:Kibera}} 🩺 [[community health]] is [[real]] health {{HANDLE:@chv_moses254}}",
    ),
    (
        "facebook",
        "[[Harambee]] for Baba {{PERSON:Otieno}}'s [[chemo]] at {{FACILITY:Kenyatta National}}. M-Pesa paybill {{ACCOUNT:891300}} acc {{ACCOUNT:OTIENO-CHEMO}}. Call {{PHONE:+254 711 204 883}} 🙏",
    ),
    (
        "whatsapp",
        "Reminder [[CME]] tomorrow {{DATE:09/12}} 8am at {{FACILITY:Nakuru Level 5}} boardroom. [[Sepsis]] protocol. -{{PERSON:Dr. Cherono}}",
    ),
    ("x", "[[Rain]] in {{LOCATION:Kisumu}} = [[malaria]] season at the clinic. Nets nets nets."),
    # ---------------------------------------------------------------- South Africa
    (
        "facebook",
        "Ouma {{PERSON:Sannie}} turned {{AGE:98}} at {{FACILITY:Huis Lettie Fouche}} in {{LOCATION:Brackenfell}} 🎂 the [[sisters]] sang in Afrikaans and she cried. [[Bless]].",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:MTHEMBU, S.}} ID {{ID:5403125034081}}, folder {{MRN:CHB-99-041276}}, [[TB]] [[MDR]] ward {{ROOM:21}}. Family in {{LOCATION:Orlando East}}, ph {{PHONE:082 559 1037}}",
    ),
    (
        "x",
        "Community service doc at {{FACILITY:Mthatha General}}. 1 [[anaesthetist]] for the whole [[hospital]] tonight. #healthcareSA",
    ),
    (
        "reddit",
        "SA intern here. Is [[load shedding]] still hitting [[theatre]] at your hospital or is it just us in {{LOCATION:Polokwane}}?",
    ),
    (
        "tiktok",
        "{{PERSON:Lerato}} the [[staff nurse]] telling a drunk [[patient]] 'ngiyakubona' and he sits down immediately 😂 #{{FACILITY:Bara}} #nursesofmzansi",
    ),
    (
        "linkedin",
        "Delighted to join {{FACILITY:Groote Schuur Hospital}} as [[Registrar]] in [[Emergency Medicine]]. HPCSA {{LICENSE:MP 0789123}}. Thanks Prof {{PERSON:Naidoo}}.",
    ),
    (
        "instagram",
        "[[Sunday]] [[ward round]] vibes at {{FACILITY:Chris Hani Bara}} ☀️ {{HANDLE:@sister.zanele}} #nurselife",
    ),
    (
        "facebook",
        "Medical aid Discovery {{HEALTH_PLAN:184 226 9933}} won't cover Gogo's [[oxygen]] [[concentrator]]. She's {{AGE:94}}, lives in {{LOCATION:Umlazi}} {{ADDRESS:Section K}}. Any advice? 🙏",
    ),
    (
        "whatsapp",
        "Anyone want to swap [[nights]] {{DATE:16-12-2026}}? {{FACILITY:Tygerberg}} [[ICU]]. {{PERSON:Mandisa}} {{PHONE:+27 21 938 4911}}",
    ),
    (
        "reddit",
        "How do other countries handle [[nurse]] [[burnout]] in public hospitals? Genuinely asking.",
    ),
    (
        "x",
        "{{PERSON:Joy}} at {{FACILITY:Addington}} [[casualty]] brought [[joy]] to my gran's worst night. Thank you.",
    ),
    # ---------------------------------------------------------------- Singapore
    (
        "whatsapp",
        "Boss, Ambulance Bay 3, plate {{VEHICLE:SBS 7789 K}} blocked again. [[Triage]] nurse needs [[wheelchair]] access. Call {{PHONE:6321 4377}}",
    ),
    (
        "reddit",
        "MO in SG. Senior posted a [[CXR]] on [[IG stories]] and the NRIC {{ID:S8234567D}} was visible in the corner. Should I tell him privately first?",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:TAN Ah Kow}}, {{AGE:93}}M, MRN {{MRN:SGH-0045-778812}}, [[CAP]] on [[IV antibiotics]], Ward {{ROOM:57}} bed {{ROOM:12}}. NOK daughter {{PHONE:+65 9123 4567}}",
    ),
    (
        "facebook",
        "[[Thank you]] to the [[nurses]] at {{FACILITY:KTPH}} for taking care of Ah Ma. She's {{AGE:96}} and still scolds everyone in Hokkien. Discharged {{DATE:4 Dec}} to {{LOCATION:Yishun}} 💕",
    ),
    (
        "tiktok",
        "when the [[auntie]] from {{LOCATION:Tampines}} asks if [[panadol]] can cure [[diabetes]] 😭 #sgnurse #{{FACILITY:CGH}}",
    ),
    (
        "instagram",
        "[[Pre-op]] checks done at {{FACILITY:NUH}} [[Day Surgery]] ✅ {{HANDLE:@nurse.huimin}}",
    ),
    (
        "linkedin",
        "[[Pleased]] to share I've been promoted to [[Nurse Clinician]] at {{FACILITY:Tan Tock Seng Hospital}}. SNB reg {{LICENSE:R123456H}}. Thanks Ms {{PERSON:Farah Binte Ismail}}.",
    ),
    (
        "x",
        "[[Haze]] is back and so are the [[asthma]] exacerbations at {{FACILITY:Sengkang General}}. Wear a mask.",
    ),
    (
        "whatsapp",
        "Mdm {{PERSON:Siti}} [[home visit]] {{DATE:Mon 14/12}} 10am, {{ADDRESS:Blk 512 Jurong West St 52 #08-114}}. [[NG tube]] change. CHAS {{HEALTH_PLAN:CHAS-BL-2291844}}",
    ),
    (
        "reddit",
        "Is it just me or is [[A&E]] waiting time in SG getting worse? Waited 7h for a [[fracture]].",
    ),
    (
        "facebook",
        "Ah Gong {{PERSON:Lim Boon Seng}} born {{DATE:1.1.1927}} [[passed peacefully]] at {{FACILITY:Dover Park Hospice}}. [[Wake]] at {{ADDRESS:Blk 203 Toa Payoh North}}, {{DATE:8-10 Dec}}.",
    ),
    (
        "tiktok",
        "{{PERSON:May}} from [[radiology]] telling us she may or [[may]] not have eaten my [[kaya toast]] 😤 #{{FACILITY:SKH}}",
    ),
    # ---------------------------------------------------------------- Philippines
    (
        "facebook",
        "Salamat po sa mga [[nurse]] ng {{FACILITY:PGH}} Ward {{ROOM:1}} for caring for Lola {{PERSON:Remedios}}. {{AGE:95}} na siya and still asks for [[pandesal]] every morning 🙏",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:DELA CRUZ, Jose Jr.}} case no {{MRN:VMMC-26-114572}}, PhilHealth {{HEALTH_PLAN:12-050321945-7}}, [[dengue]] [[warning signs]], Rm {{ROOM:304}}. Mother {{PHONE:0917 552 8830}}",
    ),
    (
        "x",
        "Duty sa {{FACILITY:EAMC}} [[ER]] 36 hours na. {{LOCATION:Quezon City}} [[traffic]] pa pauwi. Pero laban lang. #nursesPH",
    ),
    (
        "tiktok",
        "si {{PERSON:Joy}} nag-[[IV insertion]] one try lang sa [[baby]] 😭 #{{FACILITY:Fabella}} #pinoynurse",
    ),
    (
        "reddit",
        "Filipino RN prepping for [[NCLEX]]. Any tips for [[prioritization]] questions? Working full time at a private hospital in {{LOCATION:Cebu}}.",
    ),
    (
        "linkedin",
        "[[Happy]] to share that I passed the [[Physician Licensure Exam]]! PRC license {{LICENSE:0145823}}. Salamat {{FACILITY:UST Hospital}} and Dr {{PERSON:Mercado}}.",
    ),
    (
        "instagram",
        "[[Community]] [[immunization]] day in {{LOCATION:Barangay Bagong Silang}} 💉 {{HANDLE:@rhu_nurse_kaye}}",
    ),
    (
        "facebook",
        "Nanay {{PERSON:Charity}} is now {{AGE:100}}! Born {{DATE:Dec 1}}, {{AGE:1926}}. Sa {{LOCATION:Tacloban}} pa rin. Thank you [[barangay]] [[health workers]] 💐",
    ),
    (
        "whatsapp",
        "Need [[reliever]] {{DATE:Dec 20}} 7-3 at {{FACILITY:St. Luke's BGC}} [[OR]]. PM Ma'am {{PERSON:Cherry}} {{PHONE:+63 2 8789 7700}} loc 4412",
    ),
    ("x", "Lord give me [[patience]] for this [[toxic]] [[shift]] 🙏 #nurselife"),
    (
        "reddit",
        "Is [[overtime]] pay in government hospitals here still delayed? Asking for my whole [[ward]].",
    ),
    # ---------------------------------------------------------------- US
    (
        "reddit",
        "Does anyone else get weirdly emotional when a [[DNR]] patient asks for [[hope]] rather than treatment? Hospice social worker, year 3.",
    ),
    (
        "x",
        "{{PERSON:june}} & {{PERSON:mark}} from [[pharmacy]] at {{FACILITY:OHSU}} stayed till 11 to sort our [[TPN]]. heroes. #pharmacy",
    ),
    (
        "reddit",
        "Travel RN in {{LOCATION:Bakersfield}}. Charge [[nurse]] wrote pt MRN {{MRN:004-88-1923}} and SSN {{SSN:512-44-8830}} on the [[whiteboard]] for 'billing'. This can't be legal right?",
    ),
    (
        "facebook",
        "Grandma {{PERSON:Dot}} turned {{AGE:103}} at {{FACILITY:Sunrise of Edina}} 🎂 the [[CNA]]s did her hair and nails. [[Faith]] and [[family]], she says.",
    ),
    (
        "x",
        "Shoutout to {{PERSON:Sunny}} on {{FACILITY:4 West}} at {{FACILITY:Mass General}} who made my [[chemo]] day feel less [[scary]] ☀️",
    ),
    (
        "whatsapp",
        "Pt {{PERSON:Hendricks, Darnell}} DOB {{DATE:03/14/1931}} ({{AGE:95}}), MRN {{MRN:E4471829}}, Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}, [[CHF]] [[exacerbation]], room {{ROOM:412B}}. Daughter {{PHONE:(313) 555-0198}}",
    ),
    (
        "tiktok",
        "when the [[patient]] in room {{ROOM:12}} asks for {{PERSON:Will}} again and {{PERSON:Will}} is literally the [[janitor]] 😂 #{{FACILITY:Parkland}} #nursesoftiktok",
    ),
    (
        "linkedin",
        "[[Excited]] to join {{FACILITY:Intermountain Medical Center}} as [[Nurse Practitioner]]. NPI {{NPI:1487726519}}. Reach me at {{EMAIL:jlarsen.np@imail-health.com}}",
    ),
    (
        "instagram",
        "[[Night shift]] at {{FACILITY:Cedars}} [[NICU]] 🌙 our little [[warriors]] #baby{{PERSON:hope}}strong {{HANDLE:@nicu.nurse.ray}}",
    ),
    (
        "reddit",
        "ER doc. Patient's [[family]] posted his [[CT]] report on Facebook with his full address {{ADDRESS:1418 Magnolia Ave}}, {{LOCATION:Ybor City}}. What do we even do?",
    ),
    (
        "facebook",
        "Please [[pray]] for our {{PERSON:Brooklyn}} at {{FACILITY:Lurie Children's}}, [[PICU]] room {{ROOM:9}}. #prayfor{{PERSON:brooklyn}} GoFundMe {{URL:gofund.me/4a8c21e7}}",
    ),
    (
        "whatsapp",
        "Ambulance unit Medic 14 plate {{VEHICLE:TX 7HK-2291}} is down for [[maintenance]]. Pump serial {{DEVICE:AL-8015-22B447}} needs [[biomed]] check.",
    ),
    ("x", "[[Flu]] season is here. Get your [[vaccine]]. That's the tweet."),
    (
        "reddit",
        "Nurses in [[hospice]]: how do you talk to families about [[morphine]] without them thinking you're hastening death?",
    ),
    (
        "tiktok",
        "{{PERSON:Bill}} from [[billing]] called to ask why we sent him a [[bill]] 😭 #hospitaltok",
    ),
    (
        "whatsapp",
        "Can someone pick up my {{DATE:12/24}} [[night]] on {{FACILITY:6 South}} at {{FACILITY:UPMC Presby}}? Text {{PERSON:Kayleigh}} {{PHONE:412-555-0163}}, my DEA is {{LICENSE:BK4418290}} if [[pharmacy]] asks lol",
    ),
    (
        "facebook",
        "Our Pop {{PERSON:Eugene}} (born {{AGE:1930}}) is home in {{LOCATION:Hamtramck}} after his [[pacemaker]]. IP {{IP:10.22.14.207}} was on the portal screenshot my cousin posted 🙄 [[thanks]] {{FACILITY:Henry Ford}}",
    ),
]
