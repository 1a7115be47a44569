# ruff: noqa: E501  (one post per line: data, not code)
"""Second held-out set (fictional): written BEFORE the generalisation rules and deliberately
unlike the corpus in style (Reddit long-form, TikTok captions, LinkedIn formal), formats
(UK/Indian/Nigerian/Australian/Canadian/German phones, day-first and ordinal dates, postcodes)
and names (Yoruba, Igbo, Tamil, Punjabi, Vietnamese, Korean, Tagalog, Arabic, Polish,
Portuguese, Somali, Hmong, Navajo; lower case, ALL CAPS, inside hashtags with digits and
underscores). The last 20 posts carry no identifier at all, only eponymous clinical words.

It is a regression guard, not a tuning target: do not edit a post to make the engine pass.

Markup: {{TYPE:span}} marks an identifier, [[term]] a clinical term that must survive.
Kinship words and honorifics (Bà, Lola, Tita, Nani, Hooyo, Oma) are not identifiers.
"""

HELDOUT2: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- Reddit long-form
    (
        "reddit",
        "Long-time lurker, throwaway acct. On the {{DATE:3rd of March}} my grandmother ({{AGE:96}}) was admitted to {{FACILITY:Royal Alexandra Hospital}} in {{LOCATION:Edmonton}} with [[pneumonia]]. The hospitalist, Dr. {{PERSON:Anneliese Brandt}}, was lovely but nobody raised the [[DNR]] conversation until day 4. TL;DR: ask early.",
    ),
    (
        "reddit",
        "UK nurse here, band 5 on a respiratory ward. A relative kept ringing the ward from her mobile ({{PHONE:07700 900461}}) and then posted that number in a family group chat one of our HCAs is in. {{PERSON:Siobhán O'Driscoll}} is lovely tbh but this is a mess re: [[confidentiality]].",
    ),
    (
        "reddit",
        "Update on my post from {{DATE:Mar. 3}}: Dad ({{PERSON:Wojciech}}) got his [[PEG tube]] placed. Thank you all. Surgeon was Dr. {{PERSON:Grażyna Wiśniewska}} at {{FACILITY:Mercy West Medical Center}} and she explained everything twice.",
    ),
    (
        "reddit",
        "AITA? Pt in room {{ROOM:12B}} kept asking for 'the lady with the braids'. Turned out she meant our CNA {{PERSON:Folasade}}, who has worked here since {{DATE:2019-04-22}} and still gets called 'the other one'. I corrected the family and they got mad.",
    ),
    (
        "reddit",
        "Vent incoming. My FIL ({{AGE:93}}) fell at home, lay there 6 hours, and the ER in {{LOCATION:Surrey}} BC discharged him at 2am in a cab. His [[subdural hematoma]] was found the next day at {{FACILITY:Royal Columbian Hospital}}. Posted by {{HANDLE:u/icu_daughter_in_law}}.",
    ),
    (
        "reddit",
        "Wrong-patient near miss: two ladies with the same surname, MRNs {{MRN:44-1928-07}} and {{MRN:44-1982-07}}, both on [[warfarin]]. Our barcode scanner caught it. Please never skip the scan.",
    ),
    (
        "reddit",
        "Has anyone else had to fight for a [[CGM]]? My son {{PERSON:Olamide}} was diagnosed on {{DATE:14/02/2023}} and the insurer wants a second [[A1c]]. Member ID {{HEALTH_PLAN:BCX-4471-90213}} if any of you work for them lol (kidding, sort of).",
    ),
    (
        "reddit",
        "Mod note: do not post phone numbers. Someone just posted their mum's number ({{PHONE:+61 2 9876 5432}}) and her address at {{ADDRESS:Unit 5, 17 Parramatta Road}}, {{LOCATION:Homebush}}. Removed, but screenshots exist.",
    ),
    (
        "reddit",
        "Hospice story. Mr {{PERSON:Begay}} asked for his granddaughter {{PERSON:Shandiin}} to sing before we took him off [[BiPAP]]. She flew in from {{LOCATION:Flagstaff}} on the {{DATE:14th}}. He passed that evening holding her hand.",
    ),
    # ---------------------------------------------------------------- TikTok captions
    (
        "tiktok",
        "POV: lil {{PERSON:Tay}} in bed {{ROOM:4}} asks for her 5th popsicle after her [[tonsillectomy]] 🍭😭 #[[NursesOfTikTok]] #pedsnurse",
    ),
    (
        "tiktok",
        "🚨 storytime 🚨 Big {{PERSON:Mike}} from security carried a pt down 3 flights when the elevator died 💪 absolute legend #hospitallife",
    ),
    (
        "tiktok",
        "day in my life as a new grad 🩺✨ shoutout to my preceptor {{PERSON:Nguyễn Thị Hoa}} for surviving me 😂 #newgrad #[[NurseLife]]",
    ),
    (
        "tiktok",
        "🙏🙏🙏 baby {{PERSON:amara}} is finally off [[CPAP]]!! thank u to every nurse who held her #team_{{PERSON:amara}} #[[NICU]]",
    ),
    (
        "tiktok",
        "{{PERSON:CHINONSO}} WE LOVE YOU 💙💙 get well soon champ!! [[appendectomy]] done ✅ #pray4{{PERSON:chinonso}}",
    ),
    (
        "tiktok",
        "still sharing this 🕯️ #JusticeFor{{PERSON:Liam}}2023 a 4yo should not wait 9 hours in an ER with [[sepsis]]. his mom {{PERSON:Rhiannon Keane}} is still fighting for answers",
    ),
    (
        "tiktok",
        "when the 3am admit is a {{AGE:94}}yo F w/ [[CHF]] + [[AFib]] on [[Eliquis]] and she's funnier than the whole night crew 😂💀 #nightshift",
    ),
    (
        "tiktok",
        "GRWM for my last shift at {{FACILITY:Sunnybrook}} 🥲 moving to {{LOCATION:Halifax}} next month!! follow my new journey {{HANDLE:@scrubs.and.snow}}",
    ),
    (
        "tiktok",
        "bestie {{PERSON:hyun-woo}} passed his [[NCLEX]] 🎉🎉 first try!!! #nclexpassed #koreannurse",
    ),
    # ---------------------------------------------------------------- LinkedIn formal
    (
        "linkedin",
        "I am delighted to share that I have been appointed Clinical Nurse Educator at {{FACILITY:Sunnybrook Health Sciences Centre}}, {{LOCATION:Toronto}}. My heartfelt thanks to {{PERSON:Karthikeyan Subramaniam}} and {{PERSON:Meenakshi Sundaram}} for their mentorship. Reach me at {{EMAIL:k.educator+linkedin@gmail.com}}.",
    ),
    (
        "linkedin",
        "After 22 years in critical care, I am retiring from {{FACILITY:St Vincent's Hospital}} in {{LOCATION:Darlinghurst}}. Thank you to {{PERSON:Luzviminda Dimaculangan}}, our nurse unit manager, who taught me [[ECMO]] in 2009.",
    ),
    (
        "linkedin",
        "Excited to present our poster on [[Hashimoto's]] thyroiditis screening in {{LOCATION:Hyderabad}}. Co-authors: Dr. {{PERSON:Gurpreet Kaur Sandhu}} and Dr. {{PERSON:Harjit Singh Dhillon}}. Slides: {{URL:endo-posters.health/hyd24}}",
    ),
    (
        "linkedin",
        "Honoured to receive the Daisy Award. The nomination came from the family of {{PERSON:Abdirahman Yusuf}}, whom I cared for after his [[Guillain-Barré]] diagnosis. Nursing is a team sport: thank you, {{PERSON:Hodan Warsame}} and {{PERSON:Faadumo Ali}}.",
    ),
    (
        "linkedin",
        "We are hiring night RNs for our [[dialysis]] unit at {{FACILITY:Lakeview Kidney Center}}, {{ADDRESS:2150 N Halsted St, Suite 300}}. Apply at {{URL:careers.lakeview-renal.io/rn}} or email {{EMAIL:talent+nights@lakeview-renal.io}}.",
    ),
    (
        "linkedin",
        "Grateful for the mentorship of Professor {{PERSON:Adaobi Nnamdi-Okeke}}, whose research on [[sickle cell disease]] shaped my career. Attending the Abuja symposium on {{DATE:12 June 2024}}.",
    ),
    # ---------------------------------------------------------------- international phones
    (
        "facebook",
        "If anyone in {{LOCATION:Chennai}} needs a home nurse for elderly parents, my aunt's agency is {{PHONE:+91 98765 43210}} (ask for {{PERSON:Senthil}}). They looked after my thatha ({{AGE:92}}) after his [[stroke]].",
    ),
    (
        "facebook",
        "Abeg who get contact for a good physio in {{LOCATION:Ibadan}}? Mummy's [[knee replacement]] was on the {{DATE:21st}}. Call me {{PHONE:0803 456 7812}} or {{PHONE:+234 809 112 3344}}. - {{PERSON:Temitope}}",
    ),
    (
        "facebook",
        "Aussie ICU RN selling my old [[stethoscope]], barely used. text {{PHONE:0412 345 678}}, pick up in {{LOCATION:Parramatta}}. cheers, {{PERSON:Bronwyn}}",
    ),
    (
        "facebook",
        "Family of {{PERSON:Ayaan Chaudhry}}: the ward clerk said to call {{PHONE:(604) 555-0143 ext. 2207}} for updates. He's recovering well at {{FACILITY:Vancouver General}} after his [[CABG]].",
    ),
    (
        "facebook",
        "German nurse here 👋 my Oma ({{AGE:93}}) in {{LOCATION:Bielefeld}} keeps calling our ward ({{PHONE:+49 30 4502 7781}}) instead of her GP ({{PHONE:0521 581 2230}}) about her [[Marcumar]] 😅",
    ),
    (
        "facebook",
        "Lost property: blue [[stethoscope]] left in the staff room at {{FACILITY:Leeds General Infirmary}} on {{DATE:05/11/2023}}. Engraved with initials. Ring {{PHONE:+44 113 496 0821}}.",
    ),
    (
        "whatsapp",
        "Shift swap anyone? I'm on 13/14 nights. Msg me on {{PHONE:+44 7911 123456}} or {{EMAIL:ward7.rota+swaps@nhs.net}}. ta, {{PERSON:Niamh}}",
    ),
    (
        "facebook",
        "Tita {{PERSON:Maricel}} and Lola {{PERSON:Remedios}} brought pancit to handover again 🇵🇭 salamat po! Tita's number if you want to order for your unit: {{PHONE:0917 555 2468}}",
    ),
    # ---------------------------------------------------------------- dates
    (
        "instagram",
        "Baby {{PERSON:Seo-yeon}} arrived {{DATE:3/3}} at 0412, [[Apgar]] 8 and 9! Mom {{PERSON:Park Ji-eun}} and dad {{PERSON:Ha-joon}} are over the moon 🌙",
    ),
    (
        "x",
        "Discharged {{DATE:2024-01-17}}, readmitted {{DATE:2024-01-19}} with [[C. diff]]. Sigh. Pt's daughter {{PERSON:Ifeoma}} says he is refusing the [[fidaxomicin]] now.",
    ),
    (
        "facebook",
        "With sadness we share that {{PERSON:Maria da Conceição Ferreira}}, aged {{AGE:ninety-three}}, passed peacefully on {{DATE:the 9th of January}} at home in {{LOCATION:Fall River}}. Thank you to her [[hospice]] nurses.",
    ),
    (
        "instagram",
        "My abuela {{PERSON:Socorro}} turns {{AGE:100}} on {{DATE:Oct. 30}}!!! 🎂 still takes her own [[metformin]] and beats me at dominoes",
    ),
    (
        "whatsapp",
        "Appointment moved to {{DATE:17/06/2024}} at the [[rheumatology]] clinic. {{PERSON:Abdirahman}} please bring your mum's [[methotrexate]] list.",
    ),
    # ---------------------------------------------------------------- ages
    (
        "facebook",
        "Our oldest resident, {{PERSON:Yer Vang}} ({{AGE:101}}), still does chair yoga every morning at {{FACILITY:Maplewood Senior Living}} 🧘‍♀️",
    ),
    (
        "x",
        "Admitted a {{AGE:97}} y/o from home with a [[hip fracture]]; her husband is {{AGE:99}} and drove her in himself.",
    ),
    (
        "facebook",
        "Grandpa {{PERSON:Tsosie}} is {{AGE:95}} years young and still herding sheep near {{LOCATION:Chinle}}. Told the [[cardiology]] fellow he'd outlive him 😂",
    ),
    (
        "instagram",
        "Nani turns {{AGE:ninety-one}} tomorrow 🎉 her [[Parkinson's]] tremor is worse but her jokes are sharper than ever. Love you {{PERSON:Harbans}} ji",
    ),
    (
        "x",
        "{{AGE:92}}yo F, {{AGE:104}}yo M, and a {{AGE:98}}-year-old in the same bay tonight. Combined age of bay 3: ancient. [[Falls]] risk: yes.",
    ),
    # ---------------------------------------------------------------- names in many scripts/cases
    (
        "x",
        "shoutout to {{PERSON:oluwaseun}} on nights who caught my pt's [[hyperkalemia]] before it got ugly 🙌",
    ),
    (
        "facebook",
        "PLEASE SHARE: MISSING ELDERLY MAN WITH [[DEMENTIA]], {{PERSON:HENRYK KOWALCZYK}}, {{AGE:91}}, LAST SEEN NEAR {{ADDRESS:4410 W BELMONT AVE}}, {{LOCATION:CHICAGO}}. CALL {{PHONE:773-555-0198}}",
    ),
    (
        "instagram",
        "{{PERSON:chinonso}} and {{PERSON:obiageli}} (my twin nieces) finally home from the [[NICU]] 🥹 28 weeks to this!",
    ),
    (
        "x",
        "thank u nurse {{PERSON:manpreet}} 🙏 u made my mom's [[chemo]] day so much better",
    ),
    (
        "facebook",
        "Shout out to interpreter {{PERSON:Pa Nhia Xiong}} who stayed two hours past her shift so Mr. {{PERSON:Tou Vang}} could understand his [[dialysis]] options.",
    ),
    (
        "facebook",
        "{{PERSON:Darlene Begay}}, RN just got her [[wound care]] certification! {{FACILITY:Tuba City Regional Health Care}} is lucky to have her.",
    ),
    (
        "facebook",
        "Hooyo ({{PERSON:Faadumo Warsame}}) is doing better after her [[gallbladder]] surgery. Thank you Dr. {{PERSON:Hodan Abdi}} at {{FACILITY:Hennepin Healthcare}} 🤲🏾",
    ),
    (
        "x",
        "Ramadan night shifts are rough. Shoutout {{PERSON:Abdulrahman Al-Khatib}} who covered my iftar break. [[Hypoglycemia]] is not a vibe.",
    ),
    (
        "facebook",
        "Visiting Bà Nội with my cousin {{PERSON:Trần Văn Minh}} at {{FACILITY:Sunrise Senior Living}} today. She's {{AGE:95}} and still bossing the nurses around 😂",
    ),
    (
        "x",
        "Ông {{PERSON:Phạm Quốc Bảo}} in {{ROOM:14}} taught me to say 'thank you' in Vietnamese today. [[Hospice]] nursing is a privilege.",
    ),
    # ---------------------------------------------------------------- addresses, codes, links
    (
        "facebook",
        "Donations for {{PERSON:Esperanza}}'s family can be dropped at {{ADDRESS:1187 Westchester Ave, Apt 3C}}, {{LOCATION:Bronx}}. She's home from the [[burn unit]]!",
    ),
    (
        "facebook",
        "Cards for Grandma {{PERSON:Wilhelmina}} can go to {{ADDRESS:PO Box 4417}}, {{LOCATION:Rapid City}}, SD {{ADDRESS:57709-4417}}. She loves getting mail in the [[memory care]] unit.",
    ),
    (
        "facebook",
        "Drop-off for the scrubs drive: {{ADDRESS:Unit 207, 88 Queensway W}}, {{LOCATION:Mississauga}}, ON {{ADDRESS:L5B 1B8}}. Thanks {{PERSON:Gurleen}} for organising!",
    ),
    (
        "x",
        "Whoever parked the silver Corolla with plate {{VEHICLE:CKX 4821}} across the ambulance bay at {{FACILITY:St. Joseph's}}: it got towed. [[STEMI]] patients come first.",
    ),
    (
        "reddit",
        "My [[insulin pump]] keeps throwing occlusion alarms. Serial {{DEVICE:TNX-00482-117}}, firmware 4.2. Anyone else? Rep is sending a new one to my place in {{LOCATION:Kelowna}}.",
    ),
    (
        "x",
        "Meal train for the {{PERSON:Okonkwo}} family while {{PERSON:Chukwudi}} recovers from his [[Whipple]]: {{URL:mealtrain.ly/okonkwo-fam}} 🍲",
    ),
    (
        "x",
        "Blogging my [[Hodgkin lymphoma]] journey at {{URL:lymphoma-and-me.health}}. Week 3: hair's gone, humour isn't. Questions to {{EMAIL:tunde.adeyemi+blog@outlook.com}}",
    ),
    (
        "x",
        "Got the [[Bell's palsy]] diagnosis, sent my meds list to {{EMAIL:dr.k.o+clinic@hey.com}} and my NHS number {{ID:943 476 5919}} by accident. Oops.",
    ),
    # ---------------------------------------------------------------- no identifiers
    (
        "x",
        "[[Parkinson's]] patients need their [[carbidopa-levodopa]] ON TIME, not 'when the med pass gets there'. Time-critical meds matter. #[[NurseLife]]",
    ),
    (
        "x",
        "Reminder: a [[Crohn's]] flare is not just a tummy ache. Our [[IBD]] nurses are unsung heroes. #[[MedTwitter]]",
    ),
    (
        "linkedin",
        "Adults with [[Down syndrome]] develop [[Alzheimer's]] decades earlier than the general population. Screen early, screen kindly.",
    ),
    (
        "x",
        "[[Apgar]] 2 at one minute, 8 at five. The neonatal resus team was incredible. That's all I can say. #[[NICU]]",
    ),
    (
        "reddit",
        "A [[Glasgow Coma Scale]] of 15 doesn't mean nothing's wrong. Trust your gut on a head injury, especially on [[Eliquis]].",
    ),
    (
        "x",
        "[[Gram stain]] showed [[gram-positive cocci]] in clusters, so we started [[vancomycin]] while we waited. Micro lab, you're the real MVPs.",
    ),
    (
        "reddit",
        "Unpopular opinion: every [[Foley]] deserves a daily 'does this still need to be here?' conversation. [[CAUTI]] prevention 101.",
    ),
    (
        "facebook",
        "Carry [[Narcan]]. Teach your family to use [[Narcan]]. It saved two lives on my street this year.",
    ),
    (
        "tiktok",
        "no bestie you cannot take [[Tylenol]] AND [[NyQuil]] without checking the [[acetaminophen]] total 😭 read the labels 🙏",
    ),
    (
        "reddit",
        "[[Medicare]] won't cover the [[CGM]] without another [[A1c]], but [[Medicaid]] covered it for the neighbour's kid in a week? Make it make sense.",
    ),
    (
        "reddit",
        "Switched employers and now I'm at Kaiser. [[Epic]] is still Epic lol. The [[Pyxis]] is a different model though.",
    ),
    (
        "x",
        "[[COVID-19]], [[RSV]] and flu: the triple-demic is back. Get your boosters. #[[PublicHealth]]",
    ),
    (
        "x",
        "The [[Mpox]] vaccine clinic was packed today. Zero stigma here, just good care.",
    ),
    (
        "instagram",
        "Scrubbed into the [[Whipple]] today. 9 hours. Legs are gone. Brain is buzzing. #ORnurse",
    ),
    (
        "reddit",
        "[[Guillain-Barré]] after a GI bug is rare but real, and [[Huntington's]] chorea is not 'fidgeting'. Ascending weakness = call someone.",
    ),
    (
        "x",
        "[[Kawasaki disease]] in a toddler who 'just had a fever for 5 days'. Strawberry tongue, cracked lips. Don't miss it.",
    ),
    (
        "reddit",
        "[[Raynaud's]] in winter is no joke, and neither is [[Hashimoto's]] brain fog or [[Graves']] palpitations. Spoonie nurses, how do you cope?",
    ),
    (
        "tiktok",
        "the [[Heimlich]] works. so does [[Trendelenburg]] for a panicking new grad 😅 (kidding, don't) #[[NursesOfTikTok]]",
    ),
    (
        "x",
        "A positive [[Babinski]] in an adult means a neuro consult, not a shrug. [[Tourette's]] tics and [[Asperger's]] stims are not 'attention seeking' either.",
    ),
    (
        "x",
        "[[Epstein-Barr]] mono wiped out half the dorm, [[Lyme]] season is next, and someone asked if [[Wilson's]] and [[Addison's]] are the same thing. Tick checks, people! #[[NurseLife]]",
    ),
]
