# ruff: noqa: E501  (one post per line: data, not code)
"""Labelled corpus of FICTIONAL posts (names, numbers and places are invented).

Markup: {{TYPE:span}} marks an identifier, [[term]] a clinical term that must survive.
Conventions: titles ("Dr.", "Mr.") and a possessive "'s" stay outside PERSON spans; in hashtags
only the name part is marked; AGE marks the number; ROOM marks the room/bed number; identifier
numbers are marked without their context word ("MRN 123" -> "123").
"""

POSTS: list[tuple[str, str]] = [
    # --- names: plain, possessive, lowercase, ALL CAPS, hyphenated, international
    (
        "x",
        "Shoutout to {{PERSON:Mariana}} on 5 for catching that [[heparin]] drip error at 0300. Real MVP.",
    ),
    (
        "facebook",
        "{{PERSON:Mariana}}'s mom asked me to share: she's off the [[ventilator]]! #StrongLike{{PERSON:Mariana}}",
    ),
    (
        "instagram",
        "can't stop thinking about {{PERSON:jayden}} tonight. 6 yrs old, [[DKA]], parents didn't know he was diabetic #Team{{PERSON:Jayden}}Fights",
    ),
    ("x", "PRAYERS FOR {{PERSON:MARIANA}} PLEASE SHE IS STILL IN THE [[ICU]]"),
    (
        "tiktok",
        "When {{PERSON:Mary-Kate}} from pharmacy brings the good snacks AND double-checks your [[vancomycin]] trough 🙌",
    ),
    (
        "reddit",
        "My patient {{PERSON:Nguyen Thi Lan}} only speaks Vietnamese and we had no interpreter for her [[colonoscopy]] consent. How is this OK?",
    ),
    (
        "facebook",
        "Welcome baby {{PERSON:Chukwuemeka}}! Mom {{PERSON:Ngozi}} and dad {{PERSON:Obinna}} are over the moon. [[Apgar]] 9 and 9!",
    ),
    (
        "linkedin",
        "Congratulations to {{PERSON:Agnieszka Kowalczyk}}, our new director of [[infection prevention]].",
    ),
    (
        "x",
        "Dr. {{PERSON:Priya Raghunathan}} just explained [[troponin]] kinetics better in 5 minutes than my whole cardiology block did.",
    ),
    (
        "instagram",
        "Miss you every day {{PERSON:Abuela Carmen}} ♥️ [[hospice]] nurses, thank you for holding her hand #ripabuela",
    ),
    (
        "reddit",
        "Attending told {{PERSON:Fatima Al-Sayed}} (PGY-1) that hijab was 'unprofessional' on rounds. Reported it. Am I overreacting?",
    ),
    ("x", "hey {{PERSON:wojciech}} thanks for covering my [[telemetry]] shift, owe u one"),
    (
        "tiktok",
        "Grandma {{PERSON:Xiaoling}} teaching the whole [[rehab]] gym tai chi after her [[hip replacement]] 😂",
    ),
    (
        "facebook",
        "Update on {{PERSON:Rosa García-López}}: [[chemo]] round 4 done. She says thank you for all the cards!",
    ),
    (
        "x",
        "Pt {{PERSON:Hernández}} in {{ROOM:12}} keeps pulling his [[NG tube]]. Third time tonight. Send help (and mitts).",
    ),
    (
        "instagram",
        "Date night with my husband {{PERSON:Deshawn}} after 4 nights of [[L&D]] 😴 #nurselife",
    ),
    (
        "linkedin",
        "Honored to precept {{PERSON:Aarav Mehta}} this semester. His [[sepsis]] bundle audit saved our unit real money.",
    ),
    (
        "reddit",
        "My mom {{PERSON:Halina}} is {{AGE:93}} and her [[memory care]] facility keeps losing her [[hearing aids]]. Advice?",
    ),
    (
        "x",
        "{{PERSON:Kelechi}} and {{PERSON:Amaka}} ran the [[code]] like pros tonight. New grads my foot.",
    ),
    (
        "facebook",
        "RIP {{PERSON:Uncle Tariq}}. The [[COPD]] finally won. Funeral details to follow.",
    ),
    (
        "tiktok",
        "my pt {{PERSON:Mrs. Okonkwo}}'s grandkids brought jollof to the nurses station I am in love",
    ),
    ("instagram", "{{PERSON:Dmitri}} passed his [[NCLEX]]!!! First try!!! 🎉"),
    (
        "x",
        "Shoutout to respiratory therapist {{PERSON:Lakshmi}} who got our [[BiPAP]] patient to finally sleep.",
    ),
    (
        "reddit",
        "Nurse {{PERSON:Krzysztof}} on nights told the family the [[biopsy]] results before the doc did. Is that a scope issue?",
    ),
    (
        "facebook",
        "Thank you {{PERSON:Dr. Oyelaran}} and the whole team for saving my husband {{PERSON:Femi}} after his [[STEMI]].",
    ),
    (
        "x",
        "{{PERSON:Hope Martinez}} just got discharged after 41 days. {{PERSON:Hope}} is a nurse too, and she says she'll never complain about [[incentive spirometry]] again.",
    ),
    ("instagram", "Lunch with {{PERSON:Grace Okafor}}, best charge nurse in the building #nurses"),
    (
        "tiktok",
        "{{PERSON:Will Thompson}} (our unit clerk) deserves a raise for dealing with my [[Pyxis]] drama",
    ),
    (
        "reddit",
        "I'm a CNA and resident {{PERSON:Mr. Abdullahi}} asked me to help him call his daughter {{PERSON:Zainab}} in Nigeria. Is it ok to use my own phone?",
    ),
    (
        "facebook",
        "Can't believe my baby brother {{PERSON:Santiago}} is a [[paramedic]] now. Proud sister here.",
    ),
    (
        "x",
        "{{PERSON:Dr. Chen}} and {{PERSON:Dr. Wang}} arguing about [[anticoagulation]] on rounds is my favorite podcast",
    ),
    (
        "linkedin",
        "Welcome {{PERSON:Ananya Krishnan}}, PharmD, to our [[antimicrobial stewardship]] team.",
    ),
    ("instagram", "my girl {{PERSON:sofia}} got her white coat today 🥼 future [[pediatrician]]"),
    (
        "x",
        "Mrs. {{PERSON:Kowalski}} asked if her [[pacemaker]] gets wifi. I said only on weekends.",
    ),
    (
        "reddit",
        "Patient named {{PERSON:Dolores}} coded twice on my shift and survived both [[ROSC]]. I think about her a lot.",
    ),
    ("tiktok", "{{PERSON:JAYDEN}}'S FIRST DAY HOME AFTER [[CHEMO]] AND HE WANTS MCNUGGETS 😭"),
    (
        "facebook",
        "Join us in praying for {{PERSON:Pastor Emmanuel Adeyemi}}, recovering from [[bypass surgery]].",
    ),
    ("x", "omg {{PERSON:ngozi}} just brought me a coffee mid-[[rapid response]] I love her"),
    (
        "instagram",
        "Three generations of nurses: me, my mom {{PERSON:Teresa}}, and Grandma {{PERSON:Josefina}} 💙",
    ),
    (
        "reddit",
        "Pt's son {{PERSON:Brandon}} keeps filming us during [[wound care]] for his TikTok. What do I say?",
    ),
    (
        "linkedin",
        "Our [[stroke]] coordinator {{PERSON:Siddharth Rao}} just got the Get With The Guidelines gold award for the team.",
    ),
    (
        "x",
        "{{PERSON:Thanh}} from the lab walked the [[blood cultures]] up herself at 4am. Angels exist.",
    ),
    (
        "facebook",
        "Bella's vet bill is nothing compared to my [[ER]] copay lol. (Bella is the dog.) {{PERSON:Marcus}} is fine, just a sprain.",
    ),
    (
        "tiktok",
        "{{PERSON:Oluwaseun}} said 'I'm not a doctor but' and then correctly diagnosed [[appendicitis]] 💀",
    ),
    (
        "x",
        "Excellent grand rounds today by {{PERSON:Dr. Yusuf Haddad}} on [[antibiotic resistance]].",
    ),
]

POSTS += [
    # --- handles, emails, phones, URLs, IPs
    (
        "x",
        "{{HANDLE:@nurse_kayla88}} you posted your whole [[med pass]] screen with the MAR visible. Please delete.",
    ),
    (
        "instagram",
        "Tag {{HANDLE:@the.icu.diaries}} if you've ever cried in the [[clean utility]] room",
    ),
    (
        "reddit",
        "Dm me or email {{EMAIL:jmartinez.rn@gmail.com}} if you want my [[CCRN]] flashcards.",
    ),
    (
        "facebook",
        "For questions about Dad's [[hospice]] care call my cell {{PHONE:(412) 555-0187}} not the house phone.",
    ),
    (
        "linkedin",
        "Recruiting [[ICU]] travelers! Contact {{EMAIL:talent@horizonstaffing.com}} or call {{PHONE:1-800-555-0143}}.",
    ),
    (
        "x",
        "Fundraiser for {{PERSON:Jay}}'s [[leukemia]] treatment: {{URL:gofundme.com/f/help-jay}} 🙏",
    ),
    ("tiktok", "link in bio for the [[NCLEX]] cheat sheet → {{URL:bit.ly/3xNclex}}"),
    (
        "reddit",
        "Our patient portal leaked? Found this: {{URL:https://portal.riverbendhealth.org/records?id=88213}}",
    ),
    (
        "x",
        "WhatsApp me at {{PHONE:+234 803 412 7765}} if you're a Nigerian nurse doing the [[OSCE]] in the UK",
    ),
    (
        "facebook",
        "Mum's in [[hospital]] in {{LOCATION:Manchester}}, ward phone is {{PHONE:+44 161 496 0734}} if family want to call.",
    ),
    ("instagram", "new blog post on [[burnout]] is up: {{URL:www.thetiredrn.com/blog/burnout}} ✨"),
    ("x", "Someone at {{IP:192.168.14.201}} keeps trying to log into our [[EHR]] sandbox lol"),
    (
        "reddit",
        "The vendor told us the [[infusion pump]] server is at {{IP:10.0.42.7}} and it's not even firewalled",
    ),
    (
        "linkedin",
        "Reach out at {{EMAIL:dr.amina.bello@lagosmed.ng}} for collaboration on [[malaria]] research.",
    ),
    ("x", "ur not slick {{HANDLE:@pharmbro_tony}}, [[ivermectin]] does not cure covid"),
    (
        "tiktok",
        "my [[clinicals]] group chat after the {{HANDLE:@nursingschoolsurvival}} video dropped 😭",
    ),
    ("facebook", "Text {{PHONE:555-0162}} to join the [[blood drive]] volunteer list!"),
    (
        "reddit",
        "{{HANDLE:u/sleepy_nightshift_rn}} posted a pic of a [[wound vac]] with the patient's wristband visible. Mods please remove.",
    ),
    (
        "instagram",
        "Our clinic's new number is {{PHONE:(503) 555-0199}} — [[flu shots]] walk-ins welcome!",
    ),
    ("x", "Venmo {{HANDLE:@Carla-Reyes-7}} for the [[night shift]] pizza fund 🍕"),
    (
        "linkedin",
        "Download the [[discharge]] toolkit at {{URL:https://tinyurl.com/dischargekit24}}",
    ),
    ("facebook", "Call {{PHONE:+1 (617) 555-0123}} ext. 4 to reach the [[oncology]] navigator."),
    ("x", "{{URL:t.co/Xy7pLq}} ← thread on why [[measles]] outbreaks matter"),
    (
        "reddit",
        "Got a phishing email from {{EMAIL:it-support@mercyhealth-secure.com}} asking for my [[Epic]] password.",
    ),
    (
        "instagram",
        "Vietnamese-speaking nurse? Message me at {{PHONE:+84 90 123 4567}}, my aunt needs help understanding her [[dialysis]] plan",
    ),
    ("tiktok", "follow {{HANDLE:@dr.mike.ortho}} for [[ACL]] content"),
    (
        "x",
        "Call me on {{PHONE:+48 512 345 678}} — Polish nurses in the [[NHS]] group meets Thursday",
    ),
    ("facebook", "Fax orders to {{PHONE:414-555-0134}}, not the main line. [[Wound care]] clinic."),
    (
        "reddit",
        "IT traced the [[badge]] scans to {{IP:2001:db8:85a3::8a2e:370:7334}} which is our own VPN lol",
    ),
    ("x", "Pinned: my [[pharmacology]] notes {{URL:docs.google.com/document/d/1aBcD}}"),
    # --- IDs: MRN, account, plan, licence, NPI, SSN, device, vehicle, room/bed
    (
        "reddit",
        "Someone posted a screenshot with MRN {{MRN:00482913}} and the pt's [[HIV]] status. Reported.",
    ),
    ("x", "pt in {{ROOM:412}} asking for [[Dilaudid]] again 🙄"),
    (
        "facebook",
        "Insurance denied Mom's [[MRI]] again. Member ID {{HEALTH_PLAN:XQH448291003}}, if anyone at BlueCross reads this!!",
    ),
    ("instagram", "finally got my license!! RN #{{LICENSE:RN8812340}} 🎉 [[NCLEX]] who??"),
    ("linkedin", "Verify me: NPI {{NPI:1245319599}}, board-certified in [[internal medicine]]."),
    (
        "reddit",
        "The billing office read my SSN {{SSN:219-09-9999}} out loud in the [[ER]] waiting room.",
    ),
    ("x", "bed {{ROOM:7}} keeps pressing the call light to ask about [[Jell-O]]"),
    (
        "tiktok",
        "his [[pacemaker]] serial number SN {{DEVICE:44X9-2201-7}} was literally printed on the card he showed me",
    ),
    (
        "facebook",
        "Hit and run outside the [[urgent care]]. Plate {{VEHICLE:7KJD422}}, silver Civic.",
    ),
    (
        "reddit",
        "Account #{{ACCOUNT:88021456}} keeps getting billed for a [[CT scan]] my dad never had.",
    ),
    (
        "x",
        "Medical record number {{MRN:MR-2023-55812}} was on the whiteboard in the photo. Take it down.",
    ),
    ("instagram", "Room {{ROOM:5B}} family brought the whole [[NICU]] team cupcakes 🧁"),
    ("linkedin", "DEA {{LICENSE:BM6125341}} renewal done. [[Controlled substance]] CE is so dry."),
    (
        "facebook",
        "My husband's Medicaid # is {{HEALTH_PLAN:JX77120458}} and they STILL can't find him in the system for his [[dialysis]].",
    ),
    ("reddit", "Our [[insulin pump]] recall letter listed device ID {{DEVICE:MMT-780G-1123456}}."),
    ("x", "patient ID {{ID:P-0098812}} printed on a [[specimen]] label in a public IG story. why"),
    (
        "tiktok",
        "getting my [[COVID]] booster and the lady reads my whole claim number {{ACCOUNT:CLM-558120-22}} out loud",
    ),
    (
        "reddit",
        "Case number {{ID:2023-CV-004821}} is public, look it up — the [[malpractice]] suit against that surgeon.",
    ),
    ("facebook", "VIN {{VEHICLE:1HGCM82633A004352}} — this is the car that hit the [[ambulance]]."),
    (
        "x",
        "Card ending in {{ACCOUNT:4417}} got charged $900 for an [[ambulance]] ride I didn't take",
    ),
    ("instagram", "first [[IV]] stick in bay {{ROOM:3}} and I got it!!! 🩸"),
    (
        "reddit",
        "Policy number {{HEALTH_PLAN:AET-9981-22017}} is on the denial letter. [[Prior auth]] hell.",
    ),
    (
        "linkedin",
        "State nursing license {{LICENSE:095-128874}} in good standing, open to [[case management]] roles.",
    ),
    ("x", "pt in bed {{ROOM:14}} just asked if [[Tylenol]] is a narcotic"),
    (
        "facebook",
        "Donated to the [[NICU]] through our account {{ACCOUNT:4000-1234-5678-9010}} by mistake — call me.",
    ),
]

POSTS += [
    # --- addresses and places
    (
        "facebook",
        "Meal train for the {{PERSON:Okafors}} at {{ADDRESS:1420 Oak Street, Apt 3B}}. {{PERSON:Chidi}} is home after [[open heart surgery]].",
    ),
    (
        "x",
        "Responded to a [[cardiac arrest]] at {{ADDRESS:88 Elm Ave}} this morning. Bystander [[CPR]] saved him.",
    ),
    (
        "reddit",
        "Our [[home health]] agency sent me to {{ADDRESS:3305 W Palmer Rd}} alone at 10pm. Is that even legal?",
    ),
    (
        "instagram",
        "Working at the free clinic on the corner of {{ADDRESS:Main and 5th}} today, [[BP checks]] all day",
    ),
    (
        "facebook",
        "Mail cards to {{ADDRESS:PO Box 4471}}, {{LOCATION:Springfield}}, IL {{ADDRESS:62704}} — she'd love them during [[chemo]].",
    ),
    (
        "x",
        "Another [[overdose]] call downtown {{LOCATION:Tampa}} tonight. [[Narcan]] works. Carry it.",
    ),
    (
        "tiktok",
        "night shift in {{LOCATION:Albuquerque}} hits different, three [[MVC]]s before midnight",
    ),
    (
        "reddit",
        "Moving from {{LOCATION:Dayton}} to Texas for a [[travel nurse]] contract, any tips?",
    ),
    (
        "linkedin",
        "Thrilled to launch our [[telehealth]] program for rural clinics around {{LOCATION:Fargo}}.",
    ),
    ("facebook", "Here in {{LOCATION:Lubbock}} the [[ER]] wait is 9 hours. Nine."),
    ("x", "Lived in {{LOCATION:Kraków}} for nursing school, now [[ICU]] in Ohio. Ask me anything."),
    (
        "instagram",
        "{{LOCATION:Lagos}} → {{LOCATION:Houston}}. From [[midwife]] to RN in 3 years 💚",
    ),
    ("reddit", "Anyone work [[L&D]] in {{LOCATION:Cedar Rapids}}? Thinking about relocating."),
    ("facebook", "Stuck on Route 9 behind an accident, hope the [[trauma]] team is ready"),
    (
        "x",
        "Small town nursing: everyone in {{LOCATION:Millbrook}} knows when you've been to the [[STD]] clinic.",
    ),
    ("tiktok", "{{LOCATION:Jefferson County}} just ran out of [[Paxlovid]] again"),
    (
        "linkedin",
        "Our mobile [[vaccine]] van will be at {{ADDRESS:2200 Riverside Dr}}, {{LOCATION:Austin}}, TX {{ADDRESS:78704}} this weekend.",
    ),
    (
        "reddit",
        "Grew up in {{LOCATION:Hanoi}}, now a nurse in California. My family still thinks [[cao gio]] cures everything.",
    ),
    (
        "facebook",
        "Ambulance took her from {{LOCATION:Brooklyn}} to a hospital in {{LOCATION:Queens}} because of [[diversion]].",
    ),
    ("x", "Big [[measles]] cluster near {{LOCATION:Lakewood}}, NJ. Check your MMR status."),
    # --- facilities and wards
    ("x", "Day 1 at {{FACILITY:St. Mary's}} and I already got lost going to [[radiology]]."),
    (
        "facebook",
        "Huge thanks to the [[NICU]] team at {{FACILITY:Mercy General}} for 96 days of love.",
    ),
    (
        "reddit",
        "I float to {{FACILITY:4 West}} at {{FACILITY:Mercy}} and they never have [[IV pumps]].",
    ),
    (
        "instagram",
        "Moving Grandpa into {{FACILITY:Sunrise Meadows Care Home}} today. Hardest day. [[dementia]] sucks.",
    ),
    ("linkedin", "Proud to join {{FACILITY:Riverside Medical Center}} as [[nurse educator]]."),
    (
        "x",
        "Pharmacist at {{FACILITY:Hillside Pharmacy}} caught a [[warfarin]] interaction my PCP missed. Legend.",
    ),
    (
        "tiktok",
        "POV you're the only [[float nurse]] at {{FACILITY:Lakeview Regional Hospital}} on a holiday",
    ),
    (
        "reddit",
        "Worked at {{FACILITY:Golden Oaks Nursing Home}} for 2 years. [[Staffing ratios]] were 1:30 on nights.",
    ),
    (
        "facebook",
        "My son was born at {{FACILITY:Baptist Health}} and the [[lactation]] consultants were amazing.",
    ),
    (
        "x",
        "{{FACILITY:Cleveland Clinic}} just published great data on [[GLP-1]] and kidney outcomes.",
    ),
    (
        "instagram",
        "Our [[hospice]] volunteers at {{FACILITY:Harbor Light Hospice}} knitted 400 blankets this year 🧶",
    ),
    (
        "reddit",
        "Transferred from {{FACILITY:St. Jude}} to a local [[oncology]] unit, insurance is fighting it.",
    ),
    ("linkedin", "{{FACILITY:Valley Children's Hospital}} is hiring [[PICU]] RNs."),
    (
        "facebook",
        "Please don't go to the {{FACILITY:Westgate Urgent Care}} for chest pain. Call 911. [[MI]] is an emergency.",
    ),
    ("x", "{{FACILITY:7 North}} at {{FACILITY:Providence}} is the best [[ortho]] floor, fight me"),
    (
        "tiktok",
        "[[clinical rotation]] at {{FACILITY:Maplewood Family Clinic}} and the doc lets me do the [[Pap smears]]",
    ),
    (
        "reddit",
        "Anyone know if {{FACILITY:Good Samaritan Hospital}} still does the new grad [[residency]]?",
    ),
    (
        "facebook",
        "Grandma's at {{FACILITY:Shady Pines Assisted Living}}, visiting hours for [[flu season]] changed.",
    ),
    (
        "x",
        "The [[CVICU]] at {{FACILITY:Mount Sinai}} does this thing with the [[chest tubes]] that I love",
    ),
    (
        "instagram",
        "Pharmacy tech life at {{FACILITY:Rivera Family Pharmacy}} 💊 [[insulin]] prices are a crime",
    ),
    # --- dates
    ("x", "She was admitted {{DATE:March 3rd}} with [[pneumonia]] and went home today. Miracles."),
    ("facebook", "Dad's [[CABG]] is scheduled for {{DATE:3/14/2023}}. Prayers appreciated."),
    (
        "reddit",
        "My mom passed last {{DATE:Tuesday the 14th}} at home on [[hospice]]. The nurses were saints.",
    ),
    (
        "instagram",
        "{{DATE:Christmas Eve 2022}} in the [[ER]]: 3 [[MVC]]s and one baby delivered in triage 🎄",
    ),
    ("x", "DOB {{DATE:04/22/1958}} and MRN in the same tweet?? Delete this. [[HIPAA]]."),
    ("linkedin", "Starting as unit manager on {{DATE:January 8, 2024}}. [[Med-surg]] forever."),
    ("facebook", "One year cancer free as of {{DATE:Oct. 12}}! [[Mastectomy]] was the right call."),
    ("tiktok", "born {{DATE:2/29/2020}} in the [[NICU]] and now look at her 🥹"),
    (
        "reddit",
        "Admitted {{DATE:2023-07-04}}, discharged {{DATE:2023-07-19}}. [[Sepsis]] from a UTI.",
    ),
    ("x", "Since {{DATE:June}} we've had 11 [[heat stroke]] admits. Drink water."),
    (
        "facebook",
        "His [[transplant]] was on {{DATE:the 21st of August, 2021}} and he just ran a 5K.",
    ),
    ("instagram", "{{DATE:Thanksgiving Day}} on [[L&D]]: 6 babies, 0 turkey"),
    (
        "reddit",
        "Got the [[biopsy]] call on {{DATE:Friday the 13th}}. Benign. Of course it was a Friday the 13th.",
    ),
    (
        "x",
        "My last chemo was {{DATE:Sept 5, 2023}} and today I rang the bell. [[Lymphoma]] can kiss my ass.",
    ),
    (
        "linkedin",
        "Conference in {{LOCATION:Chicago}} {{DATE:May 2-4}} on [[nurse staffing]] legislation.",
    ),
    ("facebook", "Mom's [[stroke]] was {{DATE:New Year's Day 2021}}. She's walking again."),
    ("tiktok", "{{DATE:12/25/22}} worst shift of my life, 4 [[codes]]"),
    ("x", "Started [[dialysis]] in {{DATE:April of 2019}}, still here."),
    # --- ages
    (
        "facebook",
        "My {{AGE:92}}-year-old grandma just got her [[COVID]] booster and flirted with the pharmacist.",
    ),
    ("x", "Pt aged {{AGE:95}} with [[hip fracture]], family wants everything done."),
    ("instagram", "She's {{AGE:101}} and still does her own [[insulin]] 💪"),
    (
        "reddit",
        "Had an 89-year-old with [[delirium]] try to escape through the window. He almost made it.",
    ),
    ("tiktok", "{{AGE:96}} years old and asking me if I'm single 😂 [[geriatrics]] is the best"),
    ("x", "{{AGE:91}}F, [[CHF]] exacerbation, DNR. Lovely lady."),
    (
        "facebook",
        "Great-grandpa turns {{AGE:100}} on Sunday! He credits his [[statin]] and whiskey.",
    ),
    ("linkedin", "Our oldest [[cardiac rehab]] graduate is {{AGE:94}} years of age."),
    ("reddit", "Had a {{AGE:93}}yo on [[Eliquis]] fall at home, [[subdural]] on CT."),
    ("x", "An 88-year-old running marathons post-[[TAVR]]. Incredible."),
]

POSTS += [
    # --- no identifiers at all: clinical chatter, advocacy, misinformation rebuttals
    (
        "x",
        "Reminder: [[sepsis]] screening saves lives. Check [[lactate]] early, give [[antibiotics]] within the hour. #MedTwitter",
    ),
    (
        "x",
        "No, [[ivermectin]] does not treat [[COVID19]]. The large trials were negative. Please stop.",
    ),
    (
        "instagram",
        "Hydrate, eat a real meal, and take your breaks. You can't pour from an empty cup. #NurseLife",
    ),
    (
        "facebook",
        "[[Vaccines]] don't cause [[autism]]. The original study was retracted and its author lost his license.",
    ),
    ("reddit", "How do you all handle [[hypoglycemia]] protocols when the patient refuses juice?"),
    ("tiktok", "things nobody tells you about night shift: the 4am [[code]] hits different"),
    (
        "linkedin",
        "Safe staffing is patient safety. Support [[nurse-to-patient ratio]] legislation in your state.",
    ),
    (
        "x",
        "[[Metoprolol]] before [[amlodipine]]? Depends on the heart rate. Context matters. #pharmacy",
    ),
    (
        "reddit",
        "New grad in [[med-surg]]: is it normal to feel like you know nothing after 6 months?",
    ),
    (
        "instagram",
        "Self-care Sunday: compression socks, a face mask, and zero [[charting]]. #nursesofinstagram",
    ),
    ("facebook", "PSA: [[Naloxone]] is available without a prescription now. Keep it in your car."),
    ("x", "Hot take: [[bedside shift report]] is worth the extra ten minutes."),
    ("tiktok", "rating hospital cafeteria food as an [[ICU]] nurse, part 3"),
    ("reddit", "Is anyone else's unit short on [[IV pumps]] or is it just us?"),
    (
        "linkedin",
        "Five lessons from ten years in [[emergency nursing]]: listen, document, advocate, rest, repeat.",
    ),
    ("x", "Hand hygiene compliance is not a vibe, it's a [[CLABSI]] prevention strategy."),
    (
        "facebook",
        "Mental health days are health days. [[Burnout]] is real and it's not a personal failing.",
    ),
    (
        "instagram",
        "Study tip for [[pharmacology]]: learn the drug classes first, then the exceptions. #nursingschool",
    ),
    ("reddit", "What's your go-to for [[nausea]] when [[ondansetron]] isn't cutting it?"),
    (
        "x",
        "[[Measles]] is one of the most contagious diseases on earth. Two doses of MMR are ~97% effective.",
    ),
    (
        "tiktok",
        "the face you make when a family member says they did their own research on [[chemotherapy]]",
    ),
    ("linkedin", "Proud to mentor the next generation of nurses. Precepting is a skill; teach it."),
    (
        "facebook",
        "Raw milk is not a health food. Please read about [[listeria]] and [[E. coli]] before you try it.",
    ),
    (
        "x",
        "If your patient is [[tachycardic]] and [[hypotensive]], don't wait for the doctor to notice. Escalate.",
    ),
    (
        "reddit",
        "Travel nurse question: how do you handle [[floating]] to units outside your specialty?",
    ),
    (
        "instagram",
        "Day in the life of a [[dialysis]] nurse, no patients shown, no faces, just the machines 💙",
    ),
    (
        "x",
        "Social media rule of thumb: if you'd be uncomfortable with your patient reading it, don't post it.",
    ),
    (
        "tiktok",
        "Replying to comments: yes [[Tylenol]] and [[ibuprofen]] can be alternated, ask your pharmacist about doses",
    ),
    ("facebook", "[[Breast cancer]] screening saves lives. Book your mammogram. That's the post."),
    (
        "reddit",
        "Anyone have good resources on [[de-escalation]] for violent patients? Our training is a joke.",
    ),
    (
        "linkedin",
        "[[Antimicrobial resistance]] is a slow pandemic. Stewardship starts with every prescription.",
    ),
    (
        "x",
        "Please stop sharing the chart that says [[mRNA]] vaccines change your DNA. They don't enter the nucleus.",
    ),
    ("instagram", "Not every hero wears a cape, some wear [[N95]]s and crocs #healthcareheroes"),
    ("tiktok", "how I organize my brain sheet for 5 [[tele]] patients"),
    (
        "facebook",
        "Heat advisory this week. Check on elderly neighbors and watch for signs of [[heat exhaustion]].",
    ),
    ("reddit", "Can pharmacists refuse to fill [[PrEP]]? Asking for a policy class."),
    ("x", "Every [[fall]] with injury is a story about staffing, not just about a patient."),
    (
        "linkedin",
        "Our hospital cut [[CAUTI]] rates by half with a nurse-driven catheter removal protocol.",
    ),
    (
        "instagram",
        "Nursing school tip: [[ABG]] interpretation gets easy once you practice 50 of them.",
    ),
    ("x", "[[Stroke]]? BE FAST: balance, eyes, face, arms, speech, time to call 911."),
    (
        "facebook",
        "We need more male nurses and more nurses of color. Representation matters at the bedside.",
    ),
    ("reddit", "What is the evidence behind [[chlorhexidine]] bathing in the ICU?"),
    ("tiktok", "trying every energy drink in the break room so you don't have to #nightshift"),
    (
        "x",
        "Posting patient photos, even 'anonymous' ones, can violate [[HIPAA]]. Tattoos, rooms and dates identify people.",
    ),
    (
        "linkedin",
        "Grateful for every pharmacist who has called me about a [[drug interaction]]. You make me safer.",
    ),
    ("facebook", "May is Mental Health Awareness Month. Will you check on a coworker today?"),
    ("x", "Grace under pressure is a skill you build one [[rapid response]] at a time."),
]

POSTS += [
    # --- mixed, realistic, several identifier types per post
    (
        "facebook",
        "Please share!! My grandma {{PERSON:Rosalind Whitaker}} ({{AGE:94}}) wandered from {{FACILITY:Brookside Manor}} on {{DATE:Feb 3}}. She has [[Alzheimer's]]. Call {{PHONE:(216) 555-0148}}.",
    ),
    (
        "x",
        "Dr. {{PERSON:Okafor}} at {{FACILITY:St. Luke's}} told my patient's family the [[MRI]] results in the hallway. In front of everyone.",
    ),
    (
        "reddit",
        "I'm a nurse at {{FACILITY:Northside Hospital}} in {{LOCATION:Atlanta}}. My patient {{PERSON:Denise}} in {{ROOM:608}} posted her own [[chemo]] port pic and tagged us {{HANDLE:@northside_onc}}.",
    ),
    (
        "instagram",
        "{{PERSON:Jayden}} update: [[chemo]] day 15, counts recovering 🙏 #Team{{PERSON:Jayden}}Fights #{{PERSON:Jayden}}Strong donate: {{URL:gofundme.com/f/jaydens-fight}}",
    ),
    (
        "tiktok",
        "when mr {{PERSON:delgado}} in {{ROOM:22}} asks for [[morphine]] and his daughter {{PERSON:Luz}} says 'he's faking' 😬",
    ),
    (
        "facebook",
        "Our {{PERSON:Emeka}} came home from {{FACILITY:Texas Children's Hospital}} on {{DATE:November 30, 2023}} after [[open heart surgery]]. Thank you {{FACILITY:4 East}}!!",
    ),
    (
        "linkedin",
        "Congrats to {{PERSON:Dr. Fatima Zahra Benali}} of {{FACILITY:Lakeside Cancer Center}} on her [[immunotherapy]] grant.",
    ),
    (
        "x",
        "Nurse {{PERSON:Tran}} on {{FACILITY:3 South}} caught the [[PE]] before anyone else. {{HANDLE:@UMCnursing}} give this woman an award.",
    ),
    (
        "reddit",
        "Posted in my unit group chat: 'pt {{PERSON:Gloria Mendes}}, DOB {{DATE:6/2/1931}}, MRN {{MRN:7781204}} is a frequent flyer.' Someone screenshotted it. I'm terrified.",
    ),
    (
        "facebook",
        "{{PERSON:Abuela Lupita}} turns {{AGE:98}} on {{DATE:Dec 12th}}! Party at {{ADDRESS:901 Cypress Ln}}, {{LOCATION:Laredo}}. Bring tamales, not [[sugar]] (she's diabetic).",
    ),
    (
        "x",
        "FOUND: elderly man, maybe 90s, confused, near {{FACILITY:Harbor View Medical Center}}. Says his name is {{PERSON:Walt}}. Has a [[Medic Alert]] bracelet. Call {{PHONE:206-555-0172}}.",
    ),
    (
        "tiktok",
        "#prayfor{{PERSON:sofia}} she's at {{FACILITY:Lurie Children's}} for [[leukemia]]. Her mom {{HANDLE:@ana.ruiz.22}} posts updates",
    ),
    (
        "reddit",
        "EMT here. Took a {{AGE:97}}-year-old from {{ADDRESS:45 Harbor Street}} to {{FACILITY:Mercy General}} with [[hypothermia]] on {{DATE:January 16th}}. She made it.",
    ),
    (
        "facebook",
        "If anyone from {{FACILITY:Oakwood Senior Living}} sees this, my mother {{PERSON:Elżbieta Nowak}} in {{ROOM:211}} hasn't had her [[hearing aid]] batteries changed in weeks.",
    ),
    (
        "linkedin",
        "Welcoming {{PERSON:Vikram Subramanian}}, MD, to our [[hospitalist]] group at {{FACILITY:Summit Regional}}. Reach him at {{EMAIL:vsubramanian@summitregional.org}}.",
    ),
    (
        "x",
        "{{PERSON:MARIANA}} IS HOME!!! 73 DAYS IN {{FACILITY:ST. JOSEPH'S}} [[NICU]] #StrongLike{{PERSON:Mariana}}",
    ),
    (
        "reddit",
        "Coworker {{PERSON:Brianna}} posted a selfie from the [[trauma bay]] with the whiteboard showing Bed {{ROOM:4}}: '{{PERSON:J. Alvarez}}, [[GSW]]'. Do I report?",
    ),
    (
        "instagram",
        "Goodbye {{FACILITY:Pinecrest Hospice}}, hello [[ICU]]! Thanks to {{PERSON:Marisol}} and {{PERSON:Dwayne}} for everything.",
    ),
    (
        "facebook",
        "{{PERSON:Hồng}} and {{PERSON:Minh}} from the [[dialysis]] unit at {{FACILITY:Garden Grove Kidney Center}} are angels.",
    ),
    (
        "x",
        "Shoutout to the {{LOCATION:Bakersfield}} paramedics who brought in my {{AGE:90}}-year-old dad with [[sepsis]] on {{DATE:July 4th}}.",
    ),
    (
        "reddit",
        "My partner {{PERSON:Taiwo}} is a [[pharmacist]] at {{FACILITY:Walgreens Pharmacy}} on {{ADDRESS:Lincoln Ave}}. People scream at her daily about [[Ozempic]].",
    ),
    (
        "tiktok",
        "GRWM for my [[CNA]] clinicals at {{FACILITY:Evergreen Care Center}} in {{LOCATION:Spokane}}",
    ),
    (
        "facebook",
        "Happy {{AGE:105}}th birthday Great-Grandma {{PERSON:Eunice}}! Still no [[medications]] but [[baby aspirin]].",
    ),
    (
        "x",
        "Called {{PHONE:+52 55 1234 5678}} for my tía {{PERSON:Guadalupe}} in {{LOCATION:Mexico City}} about her [[insulin]]. Prices there are a fraction of ours.",
    ),
]
