# ruff: noqa: E501  (one post per line: data, not code)
"""Held-out posts: written before any tuning and never tuned against (fictional).

Markup: {{TYPE:span}} marks an identifier, [[term]] a clinical term that must survive.
"""

HELDOUT: list[tuple[str, str]] = [
    (
        "x",
        "Night 3 of 3. {{PERSON:Ramona}} in bed {{ROOM:9}} finally let us turn her. [[Pressure injury]] is healing. Proud of this unit.",
    ),
    (
        "facebook",
        "Our sweet {{PERSON:Teodoro}} is 2 today!! Born {{DATE:June 8, 2022}} at {{FACILITY:Lakeshore Women's Hospital}} weighing 2 lbs. NICU grads are the toughest 💪",
    ),
    (
        "instagram",
        "Coffee with my preceptor {{PERSON:Siobhan}} before our 12 on {{FACILITY:6 East}}. #nursingstudent #[[NICU]]",
    ),
    (
        "reddit",
        "Throwaway. My grandfather ({{AGE:94}}) got sent home from {{FACILITY:Sacred Heart Medical Center}} with a new [[Foley]] and zero teaching. Is that normal?",
    ),
    (
        "tiktok",
        "POV: it's {{DATE:Thanksgiving 2023}} and you're floating to [[telemetry]] 🦃 shoutout {{HANDLE:@nurse.kwame}}",
    ),
    (
        "linkedin",
        "Thrilled to announce I've joined {{FACILITY:Brightwater Family Clinic}} in {{LOCATION:Boise}} as a nurse practitioner. Grateful to Dr. {{PERSON:Ingrid Halvorsen}} for her mentorship.",
    ),
    (
        "x",
        "ppl asking for updates on {{PERSON:tobias}}: still on [[ECMO]], [[lactate]] trending down. pls keep praying #{{PERSON:Tobias}}Strong",
    ),
    (
        "facebook",
        "GoFundMe for Mrs. {{PERSON:Adaeze Nwachukwu}}'s [[dialysis]] transport: {{URL:gofund.me/4b7c21}} — any amount helps!",
    ),
    (
        "reddit",
        "Pharmacist here. Had a pt yesterday trying to fill [[ivermectin]] for COVID again. Told him no. His wife called the store ({{PHONE:602-555-0182}}) twice to yell.",
    ),
    (
        "x",
        "Reminder that [[sepsis]] kills more than [[breast cancer]] and [[prostate cancer]] combined. Know the signs. #SepsisAwareness",
    ),
    (
        "instagram",
        "Graduated!!! {{PERSON:Lucía Fernández}}, BSN, RN 🎓 next stop: ER residency at {{FACILITY:Hillcrest General}} in {{LOCATION:Tulsa}}",
    ),
    (
        "tiktok",
        "the way Mr. {{PERSON:Abernathy}} in {{ROOM:517}} calls me his granddaughter every night 🥹 [[dementia]] is cruel but he is so sweet",
    ),
    (
        "facebook",
        "Dad is {{AGE:97}} and still refuses the [[walker]]. Anyone know a good PT near {{LOCATION:Chattanooga}}? We're off {{ADDRESS:Brainerd Rd}}.",
    ),
    (
        "linkedin",
        "Our team at {{FACILITY:Cedar Valley Hospice}} was honored by the state association this spring. Special thanks to chaplain {{PERSON:Ezekiel Moore}}.",
    ),
    (
        "reddit",
        "New grad question: charge nurse {{PERSON:Dolores}} keeps assigning me the [[COVID]] isolation rooms. Is it cuz I'm the new one?",
    ),
    (
        "x",
        "Got a call from {{PHONE:+44 7700 900123}} claiming to be from the NHS asking for my [[vaccine]] record. Scam. Don't answer.",
    ),
    (
        "instagram",
        "Visiting hours with Bà Ngoại at {{FACILITY:Golden Lotus Care Home}} ❤️ she turned {{AGE:91}} on {{DATE:Jan 2nd}}",
    ),
    (
        "facebook",
        "ALERT: lost wallet near {{ADDRESS:4410 Oakridge Blvd}}. Has my nursing licence RN {{LICENSE:7734201}} inside. Please message me.",
    ),
    (
        "x",
        "Stop posting [[ivermectin]] memes. It's an antiparasitic. Talk to your doctor about [[Paxlovid]] instead.",
    ),
    (
        "reddit",
        "Anyone else's hospital switching to [[Epic]] next month? Our go-live at {{FACILITY:Northgate Regional}} is {{DATE:11/6/24}}.",
    ),
    (
        "tiktok",
        "storytime: pt tried to give me his [[Medicare]] number {{HEALTH_PLAN:1EG4-TE5-MK73}} over the phone as a 'tip' 💀",
    ),
    (
        "linkedin",
        "Excited to present our [[CAUTI]] reduction project at the national conference in {{LOCATION:Denver}} with {{PERSON:Rajesh Iyer}} and {{PERSON:Mei-Ling Zhou}}.",
    ),
    (
        "facebook",
        "Please pray for my nephew {{PERSON:Kwabena}}, in the [[PICU]] at {{FACILITY:Children's Mercy}} with [[RSV]]. #pray4{{PERSON:kwabena}}",
    ),
    ("x", "Seeing way too many kids with [[measles]] this season. Vaccinate. Please."),
    (
        "instagram",
        "shift snack report: {{PERSON:Beatriz}} brought empanadas, {{PERSON:Tomasz}} brought pierogi, I brought [[Zofran]] for everyone after 🤢",
    ),
    (
        "reddit",
        "Our ER's IP got flagged for scraping — IT said it was {{IP:10.14.22.187}}. Turns out it was the [[Pyxis]] lol",
    ),
    (
        "tiktok",
        "GRANDMA {{PERSON:ROSALIND}} IS HOME!!! {{AGE:103}} YEARS OLD AND BEAT [[PNEUMONIA]] 🎉🎉",
    ),
    (
        "facebook",
        "Memorial for Nurse {{PERSON:Patrice Dupont}} will be {{DATE:Saturday the 9th}} at the chapel on {{ADDRESS:Maple Ave}}. She gave 40 years to [[oncology]].",
    ),
    ("x", "[[Hypertension]] doesn't hurt. Check your BP. #HeartMonth"),
    (
        "linkedin",
        "Proud of {{PERSON:Oluwaseun Adeyemi}} for passing the CCRN! Reach him at {{EMAIL:o.adeyemi@lakeshorehealth.org}} for study tips.",
    ),
    (
        "reddit",
        "Medic here. Called to {{ADDRESS:221 Birchwood Lane}} for a fall, {{AGE:92}}yo female on [[Eliquis]]. [[Head CT]] clear. She was more worried about her cat.",
    ),
    (
        "instagram",
        "Happy retirement to the legend Dr. {{PERSON:Haruki Tanaka}} 👏 30 years of [[cardiology]] at {{FACILITY:St. Vincent's}}",
    ),
    (
        "x",
        "My son {{PERSON:Mateo}}'s [[insulin pump]] (serial {{DEVICE:PX4471902}}) died at school today. Supply company says 5 days for a new one. #T1D",
    ),
    (
        "facebook",
        "Anyone carpooling from {{LOCATION:Macon}} to the [[CPR]] class on {{DATE:May 17}}? Text me {{PHONE:478.555.0110}}",
    ),
    (
        "tiktok",
        "nobody: / me explaining to a patient that [[antibiotics]] don't treat viral [[bronchitis]] for the 4th time today",
    ),
    (
        "reddit",
        "Used to work at {{FACILITY:Willow Creek Nursing Home}} in {{LOCATION:Fresno}}. Resident Mr. {{PERSON:Delacroix}}, bed {{ROOM:14B}}, would sing every night. Miss him.",
    ),
]
