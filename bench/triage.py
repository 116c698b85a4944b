"""Triage benchmark: per-level precision and recall of the triage component beside the old
keyword rules, on complaint phrasings written from public descriptions of emergency calls.

    .venv/bin/python bench/triage.py                 # the table
    .venv/bin/python bench/triage.py --misses        # and every phrasing either gets wrong

The data is `bench/data/complaints.tsv` (level, kind, text), and two held-out sets, each
reported on its own: `complaints-holdout.tsv`, written after the rules, and
`complaints-holdout2.tsv`, written from the MPDS chief-complaint cards and public pages on how
callers speak before the rules were generalised, and never used to change them; and
`complaints-holdout3.tsv`, written after them and committed before it was first run — blind
until its misses were printed and the word families widened from them (by MPDS chief-complaint
area, not line by line), so it is no longer blind either: only a set written after that change
measured recall on phrasings nobody here had seen: `complaints-holdout4.tsv`, written blind
(without reading the rules or the earlier sets) while the families were being widened, and
first run after them (critical recall .949, precision .778; accuracy .757). Its misses have
since been learned from in turn — by family and by reading rule (past-history cues, a bare 疼
read as what the utterance names, broken speech explained by a minor complaint, everyday words
that only sound like signs, minor injuries said to be over) — so it is no longer blind either:
`complaints-holdout5.tsv` was that set: written blind while holdout4 was being learned from, and
first run after those rules were committed (critical recall .926, precision .898; accuracy
.822). Its misses have since been learned from too, by family and by reading rule (signs said
in different clauses of one utterance — a chest sign with a sweat, a threat with an edge, a
bare 疼 with the part named before; a burn by its extent; history said after the sign;
everyday minor injuries read as urgent), so none of these sets is blind now:
`complaints-holdout6.tsv` was written blind while holdout5 was being learned from and committed
before its first run (critical recall .928, precision .833; accuracy .818). Its misses have since
been learned from as well, by family and by reading rule (a means named before the hand that holds
it, CPR under way or no beat where a pulse is felt, heat with a changed mind, a noisy throat, a
scald by what was spilt, an overdose by the empty box, deep wounds and deformity, minor cuts,
teeth and taste; broken speech from a caller who gives a full account of a pain or an injury, or
speaks only of where they are; 青 after a knock, figures of speech, urine held, a breathing attack
eased by the own inhaler; a fall whose only hurt is a graze, a bloated belly, a small scald), so
it is no longer blind either: `complaints-holdout7.tsv` was written blind while holdout6 was
being learned from and committed before its first run (critical recall .952, precision .861;
accuracy .831). Its misses have since been learned from too, by family and by reading rule (chest,
pallor, sweat, degree and stroke words in Wu, Cantonese and the south-west; an answer only with a
moan; bleeding that pressure does not stop, or said to have stopped — which leaves shock
combinations; a cut said small; a reading that is not blood, a sugar by its reading; everyday
words heard as signs — 没起来, 痛了, 这边, 插头; a caller who says they cope or asks advice, or
labour pains, breaking off; a household shock or a vehicle's brush said as brief; cannot bear
weight; a child into a grown-up's medicine; a stent as history; a denied severe word; a burn
without blisters; a fall of two metres; a lift assist; a transfer lying down or a follow-up
visit; a weapon or a big gash once the bleeding stops; coffee grounds brought up), so none of these
sets is blind now: `complaints-holdout8.tsv` was written blind while holdout7 was being learned
from and committed before its first run (critical recall .955, precision .775; accuracy .779, 15
under-triaged). Its misses have since been learned from as well, by family and by reading rule
(blisters or skin gone over the body; a "no" slip before a no-response; heat and a fall said
apart; asked and no answer, limp when held; a tub; an empty bottle; a poison named before it
was swallowed; broken speech in whole phrases of a pain, a fever or an injury; an ingestion
with the patient alert, a fit that has stopped, a drowsy patient who answers, streaks of blood,
fumes easing, a passing stroke sign, out of the water alone, a pain gone in seconds — a sign
said over at its own level no longer combines; 行不行 not 不醒, 以为; a family that cannot
move the patient; preterm contractions as felt, a Cantonese fall, walking after a fall or with a
strained back, a child back at play, booked transfers; an extra dose of one's own medicine, a
swallowed coin, yellow skin, snoring, a choke cleared), so it is no longer blind either:
`complaints-holdout9.tsv` was written blind while holdout8 was being learned from and
committed before its first run (critical recall .922, precision .849; accuracy .817, 18
under-triaged). Its misses have since been learned from as well, by family and by reading
rule (heat named at the start of a long clause, a stroke said with high blood pressure — 压
only as a crush — still out in a pit, face down in a tub, limp when picked up, breaths far
apart, blisters over the trunk with 烧 said as a fever, Cantonese and south-west words for
not answering, a Cantonese birth under way; a bleed on blood thinners, a firecracker blast,
an arm out of its socket, a Wu fever; a child rolled off a bed, a scratch, a transfer home,
a Cantonese cut; 天哪, 控制不住, bone seen in a wound and 疼得不行 heard as critical signs,
躺着 and 歇了 heard as a scald and diarrhoea, talking fine), so none of these sets is blind
now: `complaints-holdout10.tsv` was written blind while holdout9 was being learned from and
committed before its first run (critical recall .946, precision .904; accuracy .877, 11
under-triaged). Its misses have since been learned from as well, by family and by reading rule
(a fit until now, blood named and then said to flow, Henan amounts and 不会动了, a car said with
叫/让/㨃, harm to oneself by the act, charcoal lit, an edge with a blade in hand — findings that
say nothing alone combining —, a head topic past a word like 突然, a changed mind, bite
punctures, hives said with 起, a slip at the seam of two words; heat or cold with the patient
alert, cold hands, a tipped trike, a machine that took a finger, Henan 中, an ingestion that
looks well, sleeping propped, whole phrases of a dizziness or a wish to die, a sip of a cleaner;
a bruised finger, a low reading, both parties unhurt, 不得劲 as a degree, back at play, a plaster,
a claw's line, a pregnancy going well, a head rush, a sting with nothing else — unless the call
contradicts it —, feeling bad beside a named complaint, 那疙瘩), after which it reads critical
recall 1.000, precision .985; accuracy .994, none under-triaged. So it is no longer blind
either: `complaints-holdout11.tsv` was written blind while holdout10 was being learned from, with
a sixth kind (mixed: two complaints in one call, or an account that changes), and committed
before its first run (critical recall .938, precision .931; accuracy .863, 16 under-triaged). Its
misses have since been learned from as well, by family and by reading rule (eyes never opened, a
moan for an answer, a beat said gone with 没有, thrown by a crash, pinpoint pupils, pesticide
sprayed with a sweat, a snake bite with a changed mind, a child gone in at the water's edge, a
blow shrugged off before a belly pain with a cold sweat, a height said in metres, a fall then a
changed mind; a limb bent, an object still in the body, a deep cut said before 口子, tight not
painful in one breath; a chest that hurts on coughing, blood in the urine, a drinker's tongue,
an inhaler that helped a little, 割麦子, 砍柴 and 一道 heard as wounds; a drunk who answers, a
fish bone swallowed past, brought up once, lively after a sip, grazes, dressings, scratches,
pinches, boils, shallow punctures, a start in sleep, a pressure a little up, transfers and loose
bowels said apart),
after which it reads critical recall 1.000, precision .970; accuracy .966, none under-triaged. So
none of these sets is blind now: `complaints-holdout12.tsv` was written blind while holdout11 was
being learned from, and committed before its first run (critical recall .954, precision .912;
accuracy .875, 17 under-triaged). Its misses have since been learned from as well, by family and
by reading rule (a head seen in labour, found hanging said by the place, no answer of any kind,
a fall said by the floor it ended on, clothes soaked through with blood, breath that comes and
goes, a fit that starts again; pitched off a vehicle, a leg turned out, a button battery in a
child who breathes, an assault as a sign of its own; vaccine sites, papercuts, insect bites,
harmless things swallowed, a fright; 晌午, 涂了 and 转接 heard as signs; a correction that says
the patient is well, a floor under a sign said to be over, a quantity a sound match may not
cut), after which it reads critical recall 1.000, precision .992; accuracy .991, none
under-triaged. So none is blind now: `complaints-holdout13.tsv` was written blind while holdout12
was being learned from, and committed before its first run (critical recall .946, precision .961;
accuracy .891, 16 under-triaged). Its misses have since been learned from as well, by family and
by reading rule (a shock said with 叫/让, lying stiff said 挺, burns all over, a poison's name
heard by sound, a due date with a head seen, an engine running in a closed space, a reaction with
a tight chest, a choke with no sound; bites to the face, a child passing little urine, an inhaler
that still helps, cleaners mixed, many stings, blood in the stool, a chest pain placed at the
stomach; a little said after the sign, labour as a sign of its own, a limb turned, a drunk who
slept it off, a breath said fine in a reaction, booked rides home, a line where no one speaks),
after which it reads critical recall 1.000, precision 1.000; accuracy 1.000, none under-triaged.
So none of these sets is blind now: `complaints-holdout14.tsv` was written blind while holdout13
was being learned from, and committed before its first run (critical recall .923, precision .960;
accuracy .891, 19 under-triaged). Its misses have since been learned from as well, by family and
by reading rule (a pot knocked over before the blisters, no rise of the chest seen, 呼吸 written
胡须, spurting blood and a neck cut open, gas smelt by the heater with a faint, medicine taken
beside a wish to die, a neck that will not move after a fall, an empty poison bottle, a collapse
and fixed eyes said in the north-east, a chest with a white face; a socket's tingle, a face burn,
a nosebleed pinched and running, rolling in pain, a breath flare with the patient talking, alert
after a dose; a claw's scratch, a stuffy nose, a smashed cup, pins and needles, a double denial
of walking, a denied sign beside a patient said well; a hospital errand asked about alone;
转头, 一阵子, 仓鼠, 手被, 打架, 在那 and 孕 heard as signs; 以为是 and a clause that only takes
back the one before it; and, found before the set, a faint in pregnancy, a patient found only
asleep, and 不怎么 … as a degree), after which it reads critical recall 1.000, precision .985;
accuracy .984, 2 under-triaged — a child's swallowed coin the earlier sets read routine, and a
pregnancy's still baby that cannot be told from a still child. So none of these sets is blind
now: `complaints-holdout15.tsv` was written blind while holdout14 was being learned from, and
committed before its first run (critical recall .954, precision .905; accuracy .872, 15
under-triaged). Its misses have since been learned from as well, by family and by reading rule
(a headache with a muddled mind said mildly, 迷瞪 and a crop spray named by its use, lying there
still said with where, a lifted limb that drops, blood in surges, a knocked handset, a stroke
sign said crooked no longer, a sugar by what was measured, a part flattened, a blocked catheter
with a swelling belly and retention in Wu, flesh bitten away, medicine eaten on the sly, a bump,
something swallowed unnamed; come round at once, a caller who cannot walk for the pain, spotting
said slight in pregnancy, a vomit said before a reading, a little worse than usual, pulled out
of the water at once, a head hit in a fight, bloody to look at, 攮 as a stab, 明白 not 煞白, 扎了
not 砸了; bites all over, a claw's line with 被, hay fever, a stubbed digit, a nosebleed stopped,
a prick's mark; and a word taken back — 不是三楼，是二楼 re-reads the clause before with what was
meant, 哦不是 takes back as 不是 does), after which it reads critical recall 1.000, precision
.977; accuracy .969, none under-triaged. Left as they were: an echoed question (有没有呼吸？有),
read as a denial and so over-triaged, which needs the answer read; a second-floor fall broken
by an awning, which the rules still send as a high fall; a tumble into shallow water pulled out
at once, sent as urgent as the earlier sets send a patient out of the water alone. So none of
these sets is blind now: `complaints-holdout16.tsv` was written blind while holdout15 was being
learned from, and committed before its first run (critical recall .915, precision .937; accuracy
.887, 18 under-triaged). Its misses have since been learned from as well, by family and by reading
rule (a cord seen before the baby in lay words, a birth said in pieces, a coal fire in a shut room,
出气 for breathing, a fragment in the eye, 光 ending a denial, a child brought out of the water, a
blade still held with a wound bleeding, a bump over a collarbone, a scald all over, speech lost at
once, a head covered in blood, magnets swallowed, a stitch, a sunburn, a cut not deep; a nosebleed
stopped, a dose missed, a question about learning CPR, a small fall, a scuffle, a low sugar eaten
away, not lying flat for days, unhurt after a brush, a papercut; and a clause after a taking back
read as what was meant of the part taken back — 没流多少血？不对，地上一大滩), after which it reads
critical recall 1.000, precision .963; accuracy .972, none under-triaged. Left as they were: a
bite whose 血流的不多 a wrist's glass cut in holdout11 shares, a sting's swollen hand, a pain of
years back today, a foot struck that walks, urine held said with 憋得慌; and, as label disputes,
four read critical that MPDS would send so (a shoe full of blood, bright blood vomited, black
stools with dizziness in broken speech, a missed dialysis with a worse breath). A second
reviewer's probe of 159 new phrasings in those families then found the learning worse than before
in the world (63 wrong against 57) and narrowed it (24 wrong). `complaints-holdout17.tsv` was
written blind while holdout16 was being learned from, and committed before its first run
(critical recall .931, precision .871; accuracy .869, 14 under-triaged). Its misses have since
been learned from as well, by family and by reading rule (a head out already, 没在喘气, a fit of
身上, a pulse felt for and not found, skin burned off, a big patch of blisters, a window climbed
with a blade, 割的手腕, legs that move beside a back pain, magnets named after the swallow, 额颅,
a state cut from its part by a pause; 挺 not 停, a vehicle that missed, a fear of poisoning, a
stroke bedridden for years, a blister rubbed up, a burn told in full, skin rubbed off, a short
cry), after which it reads critical recall 1.000, precision .915; accuracy .925, 2
under-triaged; a second reviewer's probe of 148 new phrasings narrowed it (37 wrong to 30; main
50). `complaints-holdout18.tsv` was written blind while holdout17 was being learned from, and
committed before its first run (critical recall .923, precision .889; accuracy .891, 14
under-triaged). Its misses have since been learned from by family (an `unless` word denied
right before it explains nothing away — 没喝酒, 没摔跤 beside a stroke; hands at the throat; breaths
counted few or a chest that barely rises; a worst-ever headache, urgent alone and critical with a
changed mind or sight; eyelids after a snake bite; outside a window high up; 透唔到气; wild
mushrooms with a stomach upset; a diabetic's sweat; wrist cuts; an e-bike; a CPR course, a single
scratch, a nail lifted a little), after which it reads critical recall 1.000, precision .903;
accuracy .941, 1 under-triaged; a second reviewer's probe of 172 new phrasings in those families
found the learning better than before in the world (53 wrong against main's 63, none worse) and
widened it (25 wrong, 7 under-triaged against 27: legs over an edge, a child who cannot cry, an
occupant trapped, the worst headache with a stiff neck, Cantonese and Wu breaths, a tearing pain,
a limb chopped, cupping marks found in a correction, 不对 ending no topic, a back sore again, and
broken speech read with its pieces put back together), after which it reads critical recall
1.000, precision .915; accuracy .950, none under-triaged. `complaints-holdout19.tsv` was written
blind while holdout18 was being learned from, and committed before its first run (critical recall
.923, precision .863; accuracy .841, 14 under-triaged). Its misses have since been learned from
as well, by family and by reading rule (the bowel seen through a wound, a collapse down a pit or a
rescuer overcome, a person alight, a chest that does not move at all, called and the eyes stay
shut, blood that flows on in Wu, a height written 搞, a wish to die played down beside the means
in hand or within reach, a clause about the whole patient with a subject of its own; Cantonese
vomiting, weakness and a limb that will not move, a foot rotting black, clear when asked in the
heat, a bite told in full, a caller who says they are clear or can speak — undenied — in broken
speech), after which it reads critical recall .992, precision .896; accuracy .887, 3
under-triaged; a second reviewer's probe of 166 new phrasings in those families found the
learning better than before in the world (55 wrong, 17 under-triaged, against 65 and 33) and
narrowed and widened it (25 wrong, 9 under-triaged: a fever said 烧起来了, a bowel cleaned for
the pot, 搞 as work on a floor, a Wu nosebleed, a thing dropped from a window, 要透析 and 上掉
heard as signs; clothes alight, a chest still once, the means by the bed, a wish played down
at an edge, a bump with the patient well, speech still joined, a fish bone out, and a grave
sign the pieces of broken speech name put back together beside coping words or a full account),
after which it reads critical recall 1.000, precision .909; accuracy .903, 2 under-triaged.
`complaints-holdout20.tsv` was written blind while holdout19 was being learned from, and
committed before its first run, on the rules learned from holdout19 before their review
(critical recall .954, precision .886; accuracy .900, 8 under-triaged). Its misses have since
been learned from by family (burns told by their extent, a Wu 弗 for not, a rollover climbed out
of, 电焊 and 汽车 as words of their own, a swallow with no reaction since, a take-back relayed
from the patient, knocks with the child well, a sting's own swelling, a Sichuanese finger in a
door, skin torn by a bite, a guard going to look, an inhaler that eased), after which it reads
critical recall .985, precision .921; accuracy .953, 2 under-triaged; a second reviewer's probe
of 155 new phrasings in those families found it better than before in the world (26 wrong, 8
under-triaged, against 50 and 13) but worse in two (a child still in the car, a faint after a
sting) and narrowed and widened it (16 wrong, 2 under-triaged: a burn from one part of the trunk
to another, heartburn, a rollover said without a pause, a seat belt's bruise, a child's head
heard as a finger, drowsiness after a knock, a tear that names no body part), the bench figures
unchanged. `complaints-holdout21.tsv`
was written blind while holdout20 was being learned from, and committed before its first run
(critical recall .985, precision .889; accuracy .881, 12 under-triaged). Its misses have since
been learned from by family (a Cantonese choke and a south-west breath that will not come, a
wound come open, no urine for a day, listless or unsteady in dialect, tooth marks only, a choke
coughed out, a limb swollen purple, a child dialling at random, a hangover, a few spots of
allergy, oil drops, a belly tightening at intervals; a bare 疼 beside a finding that says nothing
alone, 老头 and 枕头 as no body part), after which it reads critical recall 1.000, precision .935;
accuracy .953, none under-triaged; a second reviewer's probe of 160 new phrasings in those
families found it better than before in the world (35 wrong, 11 under-triaged, against 53 and
24) and narrowed and widened it (24 wrong, 9 under-triaged: a Cantonese choke coughed out, 好攰
as plain tired, 忙得气都出不赢 as a figure of speech, hot oil in the eye, oozing said either way,
a face gnawed by a dog, and broken speech told in whole phrases explained by its pieces put
together). `complaints-holdout22.tsv` was written blind while
holdout21 was being learned from, and committed before its first run (critical recall .946,
precision .961; accuracy .928, 15 under-triaged). Its misses have since been learned from by
family (a fit said not to be an ordinary cramp, an engine running under other names, slumped at
the wheel, Cantonese out cold, pesticide carried on the back, clammy skin, a diabetic muddled,
blood dripping, coffee grounds said with how often, the cold said by what it did, an unknown
snake, an infected wound with a fever, a baby who will not feed, a fever gone, a ride back, a
bone gone down, a sting red where it went in, broken speech that says it has passed), after which
it reads critical recall 1.000, precision .970; accuracy .975, 2 under-triaged; a second
reviewer's probe of 148 new phrasings in those families found it better than before (38 wrong,
10 under-triaged, against 42 and 19) and narrowed and widened it (28 wrong, 7 under-triaged:
pesticide bought and carried home, 湿冷 of the weather, a chill and frozen pipes, a fever back
again, an open garage door, tired on the sofa; a sign said between a diabetes word and a sweat
word, and a short word inside a longer one), the bench figures unchanged.
`complaints-holdout23.tsv` was written blind while holdout22 was being learned from, and
committed before its first run (critical recall .915, precision .937; accuracy .909, 18
under-triaged). Its misses have since been learned from by family (a bare no that does not reach
a no-answer's part, past a word closed by 了 or into the next no of a list; a fit by how long it
went on and 羊颠风; Min words for a collapse, no answer, an uneasy chest and pallor; a back that
hurts beside a sweat; a chest pain with the sweat denied; broken speech that rules out, grades its
breath or reports a reading; 钟头 as no head; blood over the ground; a vehicle by its kind, a limb
a light one ran over; a limb too sore to walk on and the other patient unhurt; breathing a moment
ago and not now; a jump said apart from its floor; a baby's limb showing; rat poison; a burn's
extent in its own piece; somebody else's medicine with its count apart and a drowsy child; the
heat seen to in the shade; no wind passed; a pressure in digits; a pinch that left only a mark; a
milk choke over; a fracture treated and home; the head grazed; and, found beside the set, a head
said to burst as the worst headache, a headache then a collapse, bleeding that pressure does not
stop and a sting with a faint), after which it reads critical recall 1.000, precision .992;
accuracy .997, none under-triaged; left as it was, as a label dispute, a grandfather breathing
hard with a fever, labelled urgent where complaints.tsv labels the same breath critical. A
second reviewer's probe of 168 new phrasings in those families found it better than before in the
world (44 wrong, 13 under-triaged, against 60 and 28) but worse where a name or a word stood for
more than was said, and narrowed and widened it (28 wrong, 12 under-triaged: rat poison named
alone, pills left over, a ride called, a vehicle into a wall, a breath from running rested, 没气
inside 没气短, lying still to spare a pain, a knocked child at play; a sweat denied by its verb, a
breath said in pieces beside a chest pain ruled out, a limb first beside a birth named, a collapse
all at once after a headache, pills said gone by a count), the bench figures unchanged.
`complaints-holdout24.tsv` was written blind while holdout23 was being learned from, and
committed before its first run (on the rules before holdout23's learning: critical recall .946,
precision .911; accuracy .900, 12 under-triaged; on holdout23's learning .954, .925; .912, 11).
Its misses have since been learned from as well, by family and by reading rule (a bleed said
flowing that will not stop, a scald by the water fallen into, pills counted as many, a cut said
deep or in need of stitches, a caller still in the water holding on, a swallow that fails or a
coin that hurts, hives as red lumps beside a collapse, charcoal named before it was lit; a peck,
a bitten tongue, a graze that bled a little, 不行 as an opinion, giggling between the words, a
breath after a climb eased by a rest — a resolver that `explains`, below any floor —, a muddled
mind clear again after a fall), after which it reads critical recall 1.000, precision .956;
accuracy .966, none under-triaged. A second review probed that learning with 134 new phrasings
(`review24-probe.tsv`, committed before it was run; wrong / under-triaged 35 / 13 before it, 29 /
9 learned, 19 / 6 reviewed), narrowing pills prescribed and not yet taken, a finger's 头 and Wu
阿拉 read as a stab or blood passed, 不行 said to the family and a swallow failing for months, and
widening a scald stepped or pitched into, a swimmer or a fisher still in the water, a breath
eased after a flight or a game, a mind said clear awake again, a faint denied, and speech
unclear the day after a drink (holdout24 then reads precision .970; accuracy .972).
`complaints-holdout25.tsv`, written blind after it, was committed before its first run, on the
rules learned from holdout23 and holdout24 and reviewed (critical recall .962, precision .940;
accuracy .875, 17 under-triaged). Three of its under-triaged families were then learned from
(no answer said with 冇得 / 没得, a body burning hot where heat was taken in — with a changed mind
heat stroke —, a headache followed by a collapse), after which it reads critical recall .985,
precision .941; accuracy .884, 14 under-triaged — checked by the learner's own probe
`learn25-probe.tsv`, written before learning (21 wrong, 11 under-triaged, 10 over-triaged before;
18, 8, 10 after) and then by a second reviewer's `review25-probe.tsv`, written before it was run
(117 lines: 56 wrong, 38 under-triaged before the learning; 52, 28 after it; 29, 9 after the
review narrowed and widened it). `complaints-holdout26.tsv`, written blind after
it, was committed before its first run, on those rules (critical recall .969, precision .875;
accuracy .884, 8 under-triaged). Its misses have since been learned from, by family and by reading
rule (a scald over the trunk said by the skin risen or a pot pulled down or tipped over, a weed
killer not named drunk by a patient still alert, stroke signs in Min, fingers caught by a machine,
teeth knocked out, a limb said hurt, a head landed on with a vomit after, watchers and voices,
没睡 denying nothing after it; speech in pieces from a caller who says they are fine, grades the
bleed or the breath small, reports a temperature or says no harm is meant, or names only a phone;
a CPR course asked about, an allergic make-up beside a bite, a meter broken wanting a reading, a
tyre without air, 胸不, 想试 and 手上 no 胸部, 想死 or 手伤 heard by sound), after which it reads
critical recall 1.000, precision .949; accuracy .944, none under-triaged — checked by the
learner's own probe `learn26-probe.tsv`, written before learning (28 wrong, 14 under-triaged, 14
over-triaged before; 12, 6, 6 after), and then by a second reviewer's `review26-probe.tsv`,
written before it was run (138 lines: 57 wrong, 38 under-triaged before the learning; 45, 24 after
it; 24, 11 after the review narrowed and widened it). `complaints-holdout27.tsv`,
written blind while holdout26 was being learned from, was committed before its first run, on the
rules learned from holdout26 and reviewed from holdout25 (critical recall .969, precision .955;
accuracy .938, 8 under-triaged). Its misses have since been learned from, by family and by reading
rule (a choke while eating said in Hunan and south-west words, a breath that will not come out, a
fit counted in minutes and still going, a rope made fast that the caller cannot pull the patient
from, a blade in the hand said in a piece of its own and a wish split by the pauses, a toe gone
dark that runs pus, urine held in Wu, a vomit through the night in Shaanxi words; a stroke's
after-effects or an arrest survived named for a booked transfer, 快不行了 of a minor pain, a
climb's breath said normal now, a sting with the rash denied, small splash burns, a fish bone
with speech and breath normal, 分钟, 利索, 起疙瘩 and 嗓子 cut by sound matches), after which it
reads critical recall 1.000, precision 1.000; accuracy .988, 1 under-triaged — checked by the
learner's own probe `learn27-probe.tsv`, written before learning (25 wrong, 10 under-triaged, 15
over-triaged before; 12, 0, 12 after), and then by a second reviewer's `review27-probe.tsv`,
written before it was run (89 lines: 32 wrong, 11 under-triaged before the learning; 16, 4 after
it; 7, 1 after the review narrowed and widened it, every bench set's critical recall and precision
unchanged). `complaints-holdout28.tsv`, written blind while holdout25 was being reviewed, was
committed before its first run, on the rules learned from holdout26 and holdout27 and reviewed
(critical recall .954, precision .925; accuracy .916, 9 under-triaged).
`complaints-holdout29.tsv`, written blind while holdout27 was being learned from, first ran on
the same rules (critical recall .969, precision .977; accuracy .944, 9 under-triaged). The misses
of both have since been learned from together, by family and by reading rule (a poison's name
heard with a plain stop for an aspirated one or poured into the mouth, skin burned off after a
fire or a blast, no feeling below a fall, a Min throat stopped and breath that cannot go on, a
fit said over in Shaanxi words, a transfer lying down in the south-west, a limb first at a birth
said without 的是, 不言传 and 动弹不了, a rope made fast with the patient on a stool or said to be
meant, a wrist cut with a blade held, a bleed that will not stop, a hand at the chest and down;
spotting said small in pregnancy, blood in the urine in clots or in pieces, a chest that hurts
breathing in with a fever or after a knock and tender where knocked, a condition named and a
daily regimen, a fit over beside a cut, food gone off in Wu, a welder's flash and a tooth told in
pieces, a leg's purple in a piece of its own, a fish bone said stuck, grazes in Cantonese and the
south-west, a crash all unhurt, sugar eaten, readings said normal, a pinch's bruise, a
supplement, a thing dropped in water, a weed killer sprayed), after which each reads critical
recall 1.000, precision 1.000; accuracy 1.000, none under-triaged — checked by the learner's own
probe `learn2829-probe.tsv`, written before learning (116 lines: 41 wrong, 19 under-triaged
before; 6, 4 after), every other set's critical recall the same and its precision the same or
higher (holdout4 .937 → .952, holdout7 .990 → 1.000, holdout24 .970 → .977), and then by a
second reviewer's `review2829-probe.tsv`, written before it was run (137 lines: 34 wrong, 10
under-triaged before the learning; 30, 23 after it; 7, 3 after the review narrowed and widened
it — a fit's waking, blood in the urine, a regimen, a spraying and a thing in the water no
longer hiding a bleed, a poison or a drowning beside them, 没事了 no longer ending a fit that
goes on — every bench set's figures unchanged). `complaints-holdout30.tsv`, written blind while
holdout28 was being run, first ran on the rules so learned and reviewed (critical recall .977,
precision .962; accuracy .931, 12 under-triaged), and `complaints-holdout31.tsv`, written blind
while holdout29 was being learned from, on the same rules (critical recall .969, precision .900;
accuracy .900, 10 under-triaged). Both were then learned from by family (`learn3031-probe.tsv`,
`learn3031b-probe.tsv`) and second-reviewed (`review3031-probe.tsv`, `review3031b-probe.tsv`);
`complaints-holdout32.tsv`, written blind meanwhile, first ran on the rules so learned and
reviewed (critical recall .954, precision .925; accuracy .891, 9 under-triaged — the same lines
wrong as on the rules before holdout30 and 31 were learned from), and was then learned from
(`learn32-probe.tsv`) and reviewed (`review32-probe.tsv`): critical recall 1.000, precision .922;
accuracy .912, 1 under-triaged. `complaints-holdout33.tsv`, written blind meanwhile and committed
unrun, first ran on those rules (critical recall .954, precision .905; accuracy .887, 13
under-triaged), and was then learned from (`learn33-probe.tsv`) and reviewed
(`review33-probe.tsv`): critical recall 1.000, precision .929; accuracy .944, none under-triaged.
`complaints-holdout34.tsv`, written blind while holdout33 was being run, first ran on the rules
so learned and reviewed (critical recall .915, precision .937; accuracy .872, 19 under-triaged —
the same 41 lines wrong as on the rules before holdout33 was learned from).
`complaints-holdout35.tsv`, written blind meanwhile and committed unrun, first ran on the same
rules (critical recall .892, precision .859; accuracy .847, 19 under-triaged). Both were then
learned from together by family — by the cause of each wrong line and the meaning of the rule,
not by its phrase (`learn3435-probe.tsv`: a poison that kills later, a fall said by the floor, a
burn by its extent, a fall and sleepy since, a headache struck like a blow, an airway closing, a
person silent behind a locked door or found cold, Cantonese drowning and hacking, a suicide with
the means at hand, a stented heart, an unsteady walk, 憋死 and a strained chest used loosely):
holdout34 critical recall .992, precision .942; accuracy .903, 9 under-triaged; holdout35
critical recall .992, precision .884; accuracy .894, 6 under-triaged; the learning was then
second-reviewed (`review3435-probe.tsv`: on its 140 new phrasings critical recall .641 on the
learned rules, .987 after the review widened them by meaning; every set unchanged by the review).
`complaints-holdout36.tsv`, written blind while holdout35 was being run and committed unrun,
first ran on the rules so learned and reviewed (critical recall .985, precision .921; accuracy
.944, 6 under-triaged). It was then learned from by family (`learn36-probe.tsv`: a no with a
modal before the function, 不会喘气 and 不能呼吸, the breath lost and not denied; a neck cut by
one's own hand, or a slashed wrist held; a fear of a lost breath asked; loose bowels till the
legs go weak): critical recall 1.000, precision .922; accuracy .953, 3 under-triaged; the learning
was then second-reviewed (`review36-probe.tsv`: on its 127 new phrasings critical recall .630,
precision .680, accuracy .669 on base, .778 / .724 / .717 on the learned rules, .963 / .852 / .850
after the review widened the modals, the question's 不会 and the self-cut neck and narrowed 拉 as a
pull; every set unchanged by the review).
`complaints-holdout37.tsv`, written blind meanwhile (asked to leave the stock scenes of earlier
sets for the breadth of real calls) and committed unrun, first ran on the rules learned from
holdout36 (critical recall .954, precision .947; accuracy .938, 10 under-triaged). It was then
learned from by family (`learn37-probe.tsv`: a part of the baby out already in a birth — a foot,
the buttocks, the head said 出咗 or 出头; a belly that swells with a pale face or cold hands,
bleeding inside; a wrist slashed with the blade still held; a no-state breath, 喘不上来, denied):
critical recall .992, precision .956; accuracy .956, 5 under-triaged; the learning was then
second-reviewed (`review37-probe.tsv`: on its 119 new phrasings critical recall .551, precision
.792, accuracy .513, 34 under-triaged on base, .739 / .879 / .647, 21 on the learned rules, 1.000 /
.932 / .807, 4 after the review widened an arm or the buttocks out first and the birth said after
it, a belly blown round or hard as a stone, glass or a blade gripped in other words, and narrowed
a bare 生, a tooth come through, a meal however said and a face white from the cold; every set
unchanged by the review).
`complaints-holdout38.tsv`, written blind meanwhile (stock scenes capped at three lines each; 38
lines that nearly repeated earlier sets rewritten by a second blind writer) and committed unrun,
first ran on those rules (critical recall .946, precision .939; accuracy .922, 13
under-triaged). It was then learned from by family (`learn38-probe.tsv`: a person under a heavy
vehicle's wheel; a reaction in Cantonese words or with a wheezing throat; a poison drunk with a
dialect's 了 and froth said 冒沫沫; a blade taken up beside a wish to die; a deep burn by its
look; a hurry after a stopped heart heard by sound; a sugar in digits; a night out in the cold;
Min weakness and dialysis; not knowing people beside talk that wanders; a chest said with its
rhythm or side between; Min 小可 and a red mark; everyday words heard as signs): critical recall
1.000, precision .970; accuracy .984, none under-triaged. That learning was second-reviewed
(`review38-probe.tsv`, 166 phrasings written before any tree ran them: critical recall / precision,
accuracy, under-triaged — base .676 / .833, .645, 37; learner .824 / .910, .777, 22; after the
review .973 / .947, .886, 8 — widened a deep burn's look said in its own clause, a blade taken up
and a poison drunk in Cantonese, froth said white, a wheel said first, a low sugar said in words
beside a changed mind, hours out counted, Cantonese 唔认得人, a bite's mark, a pain pulled on
breathing in; narrowed a baby's bubbles, a tree or a load fallen by the road, a shy child and a
dementia long known; every set unchanged by the review).
An over-reach pass then lowered readings two second reviewers found
critical or urgent where a careful dispatcher would not send so, in rules older than their
reviews (`overreach-probe.tsv`, written before it: 44 of 102 wrong, 3 under-triaged, critical
precision .525 before; 26, 3, .724 after, critical recall .955 both: a climb's lost breath over
after a rest, a minor complaint in pieces said over, a shaving nick, a finger pinched that
moves, a stabbing pain in the neck, a baby who does not talk yet, a foetus kicking heard as a
scald), every set unchanged.
`complaints-holdout39.tsv`, written blind meanwhile (stock scenes at most two lines each, for
work, farm, home-care and chronic-illness calls; 27 lines that nearly repeated earlier sets
rewritten), first ran on the rules so learned and reviewed (critical recall .908, precision .901;
accuracy .878, 21 under-triaged). Its critical misses only have since been learned from, by
family and by reading rule (`learn39-probe.tsv`: clothes reddened through, a fall where a heater
or a fire burns, workers not come up from below, a birth coming down, a heart stopping between
beats, molten metal on the body, the bowel out in Hakka, a neck cut with the words apart, a
threat to jump on a balcony), after which it reads critical recall .985, precision .908; accuracy
.909, 11 under-triaged; every other set unchanged. That learning was second-reviewed
(`review39-probe.tsv`, 149 phrasings written before any tree ran them: critical recall /
precision, accuracy, under-triaged — base .545 / .906, .591, 41; learner .705 / .925, .685, 27;
after the review .955 / 1.000, .913, 5): 都 being a filler, the learner's 都晕 and 都红了 were a
bare 晕 and 红了, so a dizziness by a stove or a heater, a rash or a period under the clothes
read critical — narrowed to a fall or a muddled mind there and to red said right after the
cloth; narrowed too a child's temperature or jaundice come down, a medicine stopped a while, a
miner's shift, a steel shop named, a nosebleed's towel, a cat or a child off a balcony sofa;
widened a pool said red or beside a wound, Cantonese 红晒, 露台 and 出咗嚟, a cellar not seen to
come up, the urge to push said as a stool, a heart 跳跳停停, metal said 液 or on a foot, a bowel
seen in an open belly, a neck wound pouring with the blood unnamed and 血直窜; every set
unchanged but holdout25's accuracy (.906 to .909: a clinic's 中心 no longer heard as 心悸).
`complaints-holdout40.tsv`, written blind meanwhile (schools, sites, boats, service areas, nursing
homes, festivals and seasons; 35 lines that nearly repeated earlier sets rewritten), first ran on
those rules (critical recall .946, precision .969; accuracy .934, 12 under-triaged), then learned
from (learn40-probe.tsv): by family and by reading rule (a breath likened to a snore or a snore
after a blow to the head, a breath that comes and goes said by its sounds, one breath left, a fuel
gas turned on behind a shut door, the baby's head pushed out, a burnt airway after a fire, a
newborn who does not cry; water breathed in with a cough that goes on, a nail bruised by a pinch,
a nosebleed stopped with the nose and the blood apart, 蔫了, 量了 and 淌了 heard as 人凉了 and
烫了, 头 inside 膝头 or 锄头, a caller only uneasy, a sting's dot, heat named with a dizziness, a
break said after the pain in a clause of its own, a tooth out with no blow, a cramp over, a jab's
sore arm, a fallen child running again), after which it reads critical recall 1.000, precision
1.000; accuracy 1.000, none under-triaged; no other set worse (holdout4, 14, 20, 26, 27, 31, 32
and 39 a little better). That learning was second-reviewed (`review40-probe.tsv`, 152 phrasings
written before any tree ran them: critical recall / precision, accuracy, under-triaged — base
.815 / .757, .678, 18; learner .938 / .803, .770, 10; after the review 1.000 / .855, .842, 4):
its 1.000 on holdout40 was partly the lines' own words — a burnt airway said by singed hair or
发哑, a gas smelled behind a door someone shut, the baby's 脑袋, a snore said now after a blow
at night stayed under-triaged, and heat said 晒着了 or 热着了 with a clear mind read critical (着了
heard as an allergy); widened so, with water breathed in said 呛着水 or in a pool, a nosebleed
said 淌 and stopped, a drink choked on said over and a fallen child run off to play; every set
unchanged.
`complaints-holdout41.tsv`, written blind meanwhile (callers who are not family — guards, riders,
drivers, hotel and care-home staff, teachers, passers-by — telling what they see and hear), first
ran on the rules so learned (critical recall .908, precision .937; accuracy .878, 16
under-triaged). Its critical misses have since been learned from (learn41-probe.tsv: the baby
bearing down beside the waters, the head out said in pieces, not breathing in Minnan and Hakka,
a wish to cut the wrist with a blade in hand, a Hakka stroke, a snake bite with blurred sight or
a thick tongue, antifreeze with a changed mind though denied, slow to rouse or the same question
again and again after a fall, blood vomited heard as 雪, the tongue wrong in pieces, clothes
stuck to a scald, 不喘了 after a gas), after which it reads critical recall 1.000, precision
.942; accuracy .916, 4 under-triaged (none critical); every other set unchanged. That learning
was second-reviewed (`review41-probe.tsv`, 152 phrasings written before any tree ran them:
critical recall / precision, accuracy, under-triaged — base .618 / .965, .592, 44; learner .742 /
.971, .664, 33; after the review .989 / .978, .809, 11): its rules were kept to their own words —
the urge to push said as a stool or a push downward, the head's piece said 已经出来了 or 露出来了,
a blade said 刀片 with 划手腕, a Hakka side with no hand named, a bite's sight said 眼花 or a
swallowing gone, antifreeze heard as 房东液, a fall's question said otherwise, roused after many
calls, blood said 都是雪 apart from the vomiting, clothes stuck said 粘在背上 or 跟皮粘在一块 and
不喘了 after a collapse stayed under-triaged — and reached too far: an operation's 刀, a snake too
dark to see, a tongue's colour or taste, a door knocked on long and a ring on a scalded hand read
critical; widened and held back so, every set unchanged but holdout35's accuracy (.894 to .891: a
question asked again after a fall, labelled urgent there, now read critical as learn41's family).
`complaints-holdout42.tsv`, written blind meanwhile (illness more than injury, as
laypeople tell it; 10 near-copies of earlier lines rewritten), first ran on the rules so
learned (critical recall .977, precision .920; accuracy .887, 15 under-triaged), then
learned from (learn42-probe.tsv): by family and by reading rule (a fit said in Minnan by
搐 or the eyes rolled up, 目睭吊起来; a paracetamol overdose by the bottle or the hundred,
whose harm comes later, said with the patient looking well; a snake bite's eyelids said
in one run past the 不 of 抬不起 or in a caller's pieces; a Minnan fever, 有烧; no urine in
dialect, less and less or once in a day; a wrist cut in distress beside a denied wish to
die; a racing count; schizophrenia as speech-to-text writes it; home oxygen run out with
a short breath; a wound gone rotten; a jab's site said apart; and lowered: a soup shop's
汤那 and 无食 no longer heard as 躺那 and 误食, a mania read as speech gone wrong, hands clawed
by over-breathing read as a fit, a caller asking whether this is the hospital, a scab's
痂了, a sore throat said by a pain on swallowing), after which it reads critical recall
1.000, precision .935; accuracy .941, 2 under-triaged (none critical); no other set
worse (holdout17's accuracy .950 → .953). That learning was second-reviewed
(`review42-probe.tsv`, 187 phrasings written before any tree ran them: critical recall /
precision, accuracy, under-triaged — base .600 / .553, .519, 52; learner .800 / .757, .647, 38;
after the review .971 / .829, .786, 19): its rules were kept to their own words —
a bite's eyelids said 眼皮好重 or in a clause of their own, paracetamol counted
六十片 or a bottle emptied, a cut's distress said 情绪很激动 or 心情很差, no urine
said 无放尿, 有淡薄仔烧, a pulse's count, 神经分裂, a mania named or said with nights
unslept, over-breathing named, a scab on a scald or a cut and a jab's site said
针口红了 stayed under-triaged, and 毋食 was still heard as 误食 — and reached too
far: a stable schizophrenia asking for a follow-up, a bottle of water beside a
paracetamol taken, 乱花钱, 话说个不停 or 亢奋 said alone, urine once with no day
said and a wound's dye were sent; widened and held back so, every set unchanged.
`complaints-holdout43.tsv`, written blind meanwhile (injuries and accidents told in the first
panicked minute; 31 near-copies of earlier lines rewritten), first ran on the rules so learned
(critical recall .969, precision .887; accuracy .878, 11 under-triaged), then learned from
(learn43-probe.tsv): by family and by reading rule (a scald's extent said otherwise — 胸脯, 烫的
面积好大, 后背和两条腿全是, the skin 掀起来 — however painless; a bleed said by 血流 whose 血 the
wound's phrase holds, going on 个不停 or soaking the clothes in a later clause, the patient
awake; a knock to the head with the sight gone dark and a vomiting, in a caller's pieces too; a
scald's white skin beside an area said not large; flesh torn off by a machine; a bead in an
ear, a fish hook or a staple in a finger, an awn in the eye, an ankle rolled, a caller asking
where to be stitched; and lowered: molten metal on a patch the size of a palm, 同 heard for 痛
with its time and not as 捅了, a farm vehicle tipped with the patient alert, the breath said
still normal after a sting, a knee grazed written 差伤, and a caller in pieces with an ordinary
injury — the blood said little, a wrist askew, a back strained and unable to move —, a tooth
knocked out with the head said unhurt), after which it reads critical recall 1.000, precision
.935; accuracy .947, none under-triaged; no other set
worse (accuracy up in holdout15 .969 → .972, holdout25 .909 → .912, holdout32 .912 → .916,
holdout33 .944 → .947, holdout35 .891 → .897, holdout36 .953 → .956, holdout41 .916 → .919).
That learning was second-reviewed (`review43-probe.tsv`, 99 phrasings written before any tree
ran them: critical recall / precision, accuracy, under-triaged — base .636 / .656, .576, 22;
learner .727 / .774, .717, 15; after the review .909 / .882, .869, 6): its rules were kept to
their own words — a knock to the head with the sight said 看不见了 or 什么都看不清 beside a
vomit, a scald said from the chest to the belly or soup poured over both thighs, 同 for 痛 after
the belly or the back, a tooth out with 脑壳没事 or all else said unhurt, a limb said 擦伤, a
fish hook 勾进 a finger and a breath growing fast after a sting stayed under-triaged or unread —
and reached too far: a harvester tipped with its driver out, the breath said 气喘得挺正常 after
a sting and molten metal on a patch said 一小片 were sent critical; widened and held back so,
every set unchanged. `complaints-holdout44.tsv`, written blind meanwhile (children and young
people, told by parents, grandparents, teachers, nannies and the young themselves; 20
near-copies of earlier lines rewritten), first ran on the rules so reviewed (critical recall
.954, precision .919; accuracy .900, 17 under-triaged), then learned from (learn44-probe.tsv):
by family and by reading rule (a breath stopped heard 揣 — 不揣气, 揣不上气; a belly run over by
a vehicle and a face said white with nothing after it, with a sweat; a reaction after a jab told
in pieces, the sight going dark and the itch put back together read with it; a blade in a hand
and a trunk that bleeds said apart or in pieces; a face covered in blood, 满脸血; a mind coming
and going after a fall; blisters raised with words between; a grandparent's medicine said short
or with 哩; a cleaner splashed in the eye, 溅进 heard by sound; pieces whose words say nothing
alone, 止住了, read put back together; a hook in an eyelid; a button battery taken out of a
mouth left marked; a nose knocked askew; a nose 赛住 for 塞住; a leg that kicked twice in sleep;
and lowered: a bruised finger beside a scratched face, 不知道 and 一滴 heard as 不止 and 一地, a
thing stuck behind the breastbone with the child talking, a jumper pulled back indoors, a time
said with 没 — 没几分钟 — no denial, a knock with the patient said unhurt first or 一点伤没有),
after which it reads critical recall 1.000, precision .949; accuracy .956, 2 under-triaged; no
other set worse (accuracy up in holdout25 .912 → .916).
That learning was second-reviewed (`review44-probe.tsv`, 126 phrasings written before any tree
ran them: critical recall / precision, accuracy, under-triaged — base .933 / .875, .643, 29;
learner 1.000 / .938, .754, 19; after the review 1.000 / .957, .841, 12): its rules were kept
to their own words — a button battery's mouth marked with 白点 or a dark print, a nose turned to
one side (往一边偏了), a cleaner put in the eye a clause away or named after the eye, a
grandparent's medicine box said without 的 (爷爷药盒里的药片), a coin said stuck in the chest
(卡在胸口) and a jumper pulled back in from a window stayed unread, routine or critical — and
reached too far: a face covered in blood said stopped since (满脸血 … 不流了) was sent critical;
widened and held back so, with 指尖红 no longer heard as 见红, a single 一滴血 a slight bleed, a
child back at play on the floor (在地上玩, 又玩起来了) a knock over and paint scratched (刮花) no
cut; no set worse (holdout41 accuracy .919 → .922, under-triaged 4 → 3; holdout43 critical
precision .935 → .942, accuracy .947 → .950). `complaints-holdout45.tsv`, written blind while
holdout44 was being run (gatherings, seasons and nights out: weddings and funerals, Spring
Festival, banquets and drinking, KTV, fights, winter heating, summer heat and swimming; 21
near-copies of earlier lines rewritten), first ran on the rules so reviewed (critical recall
.969, precision .920; accuracy .909, 10 under-triaged), and was then learned from for its
critical misses (`learn45crit-probe.tsv`: recall 1.000, precision .922, accuracy .922, 6
under-triaged, none critical; no other set changed). That learning was second-reviewed
(`review45-probe.tsv`, 109 phrasings written before any tree ran them: critical recall /
precision, accuracy, under-triaged — base .712 / .912, .661, 22; learner .795 / .921, .716, 16;
after the review 1.000 / .936, .853, 1): its rules were kept to their own words — other heights
(a truck's bed, a straw stack, a garage roof) and the head said to strike or touch first
(后脑勺砸到地上, 头先挨, 倒栽下来); acid or lye over the chest and neck, a scald over both thighs
or from the waist down, a burn showing the flesh; the baby's hair seen with the urge to push, a
limb or the body out first, half born said 半截 — and charred skin said with no blisters was
lowered as a shallow burn; widened so, held back from 硝酸甘油, a medicine's 盐酸, 都烫了 (躺了)
and a fever's 烧得, with every table unchanged. Two of holdout45's under-triaged families were
learned with it (`review45b-probe.tsv`: a dislocation said with its pain in one run, heard
脱久, read as the limb's ache; a foot turned a little, 有点扭, read as nothing): holdout45
accuracy .922 → .928, under-triaged 6 → 4, no other set changed. `complaints-holdout46.tsv`,
written blind while holdout45 was being learned from (old people living alone and calls made at
a distance: children in other cities, neighbours, community and care workers, alarms relayed;
19 near-copies of earlier lines rewritten), first ran on the rules learned from holdout45's
critical misses, before that review, at critical recall .938, precision .931; accuracy .897, 18
under-triaged, and was then learned from (`learn46-probe.tsv`: recall 1.000, precision .949,
accuracy .959, 2 under-triaged, none critical; no other set worse, holdout39 accuracy .916 →
.919). That learning was second-reviewed (`review46-probe.tsv`, 101 phrasings written before any
tree ran them: critical recall / precision, accuracy, under-triaged — base .552 / .914, .584, 35;
learner .793 / .939, .762, 17; after the review .966 / .949, .931, 2): its rules were kept to
their own words — a collapse heard only as a thud before the snore, someone seen down by a bed,
a sofa or in a kitchen, through a door's or a balcony's glass, 眼都木睁 and 一点反应都木有, a moan
named as all that is heard, a bedside bell, an SOS or a band's notice with 无人接听 or 木人接, a
fistula said as 透析那个瘘 or by its hum gone, and, kept lower, 木发烧, 拉不下来屎 and 转个院 —
widened so, held back from bare 木反应 and 木有知觉 (手麻木反应慢), 下不去 and a watch's reading
(手表显示心率), with every table unchanged.
`complaints-holdout47.tsv`, written blind while holdout46 was being run (taken ill or hurt
at work and in transit; 14 near-copies of earlier lines rewritten), first ran on the rules so
learned at critical recall .946, precision .898; accuracy .881, 13 under-triaged, and was then
learned from (`learn47-probe.tsv`: recall 1.000, precision .915, accuracy .916, 5 under-triaged,
none critical; no other set worse, holdout25 accuracy .916 → .919, holdout39 .919 → .922).
That learning was second-reviewed (`review47-probe.tsv`, 86 phrasings written before any
tree ran them: critical precision / recall, accuracy, under-triaged — base .941 / .923, .802, 7;
learner .962 / .981, .872, 3; after the review .963 / 1.000, .884, 2): the whole body said
scalded with 都 after what scalded it, a weak breath said with 喘气 and steam that struck with
words between were widened; steam let out that struck nobody (蒸汽喷出来了，没人受伤) is no
longer read as a scald, a fever's 浑身都烫 kept — every table unchanged.
`complaints-holdout48.tsv`, written blind while holdout47 was being second-reviewed (the mind
and substances: drunkenness, overdoses, psychiatric crises, self-harm, panic taken for a heart
attack, fights; 21 near-copies of earlier lines rewritten), first ran on the rules so learned
at critical recall .938, precision .853; accuracy .800, 15 under-triaged, and was then learned
from (`learn48-probe.tsv`: recall .992, precision .902, accuracy .856, 6 under-triaged, one
critical — a beaten caller's broken words; no other set worse, holdout18 accuracy .959 → .963,
holdout39 critical precision .928 → .934): no breath said with 气 to the last wisp and a
heartbeat said bare, 昏着, someone lying who does not move said apart, someone shut in by their
own hand and silent, a fire with someone still inside, 血流了一大摊 and a sedative named and
taken beside heavy eyelids were read critical; a call or raving as slurred speech, a
defibrillator asked about, scratches said 血道子, a few sleeping pills with the patient well, a
fight whose only hurt is a limb grazed and a panic attack named with its breath were read lower.
That learning was second-reviewed (`review48-probe.tsv`, 104 phrasings written before any
tree ran them: critical precision / recall, accuracy, under-triaged — base .810 / .797, .692, 17;
learner .885 / .915, .808, 10; after the review .922 / 1.000, .904, 2): the last breath said
一口气, a pool of blood said 好大 or 老大, a sedative taken with whose it was said between,
sleepiness said 犯困, one sedative named and taken, visions of other creatures and a
defibrillator course were widened; 一点气都没有 of a tyre is no longer read as a patient not
breathing, and a box of a sedative said after 吞了 is counted again — every table unchanged.
`complaints-holdout49.tsv`, written blind while holdout48 was being learned from (the weather and
the seasons: heat, floods, coal stoves and ice, lightning, fog pile-ups; 12 near-copies of
earlier lines rewritten), first ran on the rules so learned (and the four open families mended)
at critical recall .892, precision .859; accuracy .825, 18 under-triaged, and was then learned
from (`learn49-probe.tsv`: recall 1.000, precision .903, accuracy .881, 4 under-triaged, none
critical; every other table unchanged): someone in a car taken by floodwater or down a flooded
basement, water to the neck, someone thrown from or pinned in a crash, a shock said 电住, no
breath said with 木有, the cold past shivering and a child gone quiet in a shut car were read
critical; fumes with everyone awake or out, lightning that struck a tree beside, a leg cramp
抽得厉害, wheat awns heard as 被埋 and a limb frozen said 冻嘞 were read lower.
The baseline is the substring keyword matcher the service used before, with its rules kept in
`bench/baseline/`. Both run in the same process on the same phrasings; the time per phrasing is
printed beside them.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dispatch_intake.priority.service import TriageRules, load_priority_rules  # noqa: E402
from gazetteer import normalise_text  # noqa: E402

LEVELS = ("critical", "urgent", "routine", "unknown")
DATA = ROOT / "bench" / "data" / "complaints.tsv"
# Written after the rules and never used to change them: the honest measure.
HOLDOUT = ROOT / "bench" / "data" / "complaints-holdout.tsv"
HOLDOUT2 = ROOT / "bench" / "data" / "complaints-holdout2.tsv"
# Written after the rules were generalised and committed before it was first run; its misses
# have since been learned from (no longer blind).
HOLDOUT3 = ROOT / "bench" / "data" / "complaints-holdout3.tsv"
# Written by someone who read neither the rules nor the earlier sets; first run after the rules
# it measured were committed, then learned from (no longer blind).
HOLDOUT4 = ROOT / "bench" / "data" / "complaints-holdout4.tsv"
# Written blind the same way, while holdout4 was being learned from; first run after those
# rules, then learned from in turn (no longer blind).
HOLDOUT5 = ROOT / "bench" / "data" / "complaints-holdout5.tsv"
# Written blind the same way, while holdout5 was being learned from; committed before its first
# run (critical recall .928, precision .833), then learned from in turn (no longer blind).
HOLDOUT6 = ROOT / "bench" / "data" / "complaints-holdout6.tsv"
# Written blind the same way, while holdout6 was being learned from; committed before its first
# run (critical recall .952, precision .861), then learned from in turn (no longer blind).
HOLDOUT7 = ROOT / "bench" / "data" / "complaints-holdout7.tsv"
# Written blind the same way, while holdout7 was being learned from; committed before its first
# run (critical recall .955, precision .775; accuracy .779, 15 under-triaged), then learned from
# in turn (no longer blind).
HOLDOUT8 = ROOT / "bench" / "data" / "complaints-holdout8.tsv"
# Written blind the same way, while holdout8 was being learned from; committed before its first
# run (critical recall .922, precision .849; accuracy .817, 18 under-triaged), then learned from
# in turn (no longer blind).
HOLDOUT9 = ROOT / "bench" / "data" / "complaints-holdout9.tsv"
# Written blind the same way, while holdout9 was being learned from; committed before its first
# run (critical recall .946, precision .904; accuracy .877, 11 under-triaged), then learned from
# in turn (no longer blind).
HOLDOUT10 = ROOT / "bench" / "data" / "complaints-holdout10.tsv"
# Written blind the same way, while holdout10 was being learned from, with a sixth kind (mixed:
# two complaints in one call, or an account that changes); committed before its first run
# (critical recall .938, precision .931; accuracy .863, 16 under-triaged), then learned from in
# turn (no longer blind).
HOLDOUT11 = ROOT / "bench" / "data" / "complaints-holdout11.tsv"
HOLDOUT12 = ROOT / "bench" / "data" / "complaints-holdout12.tsv"
HOLDOUT13 = ROOT / "bench" / "data" / "complaints-holdout13.tsv"
HOLDOUT14 = ROOT / "bench" / "data" / "complaints-holdout14.tsv"
HOLDOUT15 = ROOT / "bench" / "data" / "complaints-holdout15.tsv"
# Written blind the same way while holdout15 was being learned from, and committed unrun; its first
# run is in its header (line 6).
HOLDOUT16 = ROOT / "bench" / "data" / "complaints-holdout16.tsv"
# Written blind while holdout16 was being learned from, committed unrun; first run in its header.
HOLDOUT17 = ROOT / "bench" / "data" / "complaints-holdout17.tsv"
# Written blind while holdout17 was being learned from, committed unrun; first run in its header.
HOLDOUT18 = ROOT / "bench" / "data" / "complaints-holdout18.tsv"
# Written blind while holdout18 was being learned from, committed unrun; first run in its header.
HOLDOUT19 = ROOT / "bench" / "data" / "complaints-holdout19.tsv"
# Written blind while holdout19 was being learned from, committed unrun; first run in its header.
HOLDOUT20 = ROOT / "bench" / "data" / "complaints-holdout20.tsv"
# Written blind while holdout20 was being learned from, committed unrun; first run in its header.
HOLDOUT21 = ROOT / "bench" / "data" / "complaints-holdout21.tsv"
# Written blind while holdout21 was being learned from, committed unrun; first run in its header.
HOLDOUT22 = ROOT / "bench" / "data" / "complaints-holdout22.tsv"
# Written blind while holdout22 was being learned from, committed unrun; first run in its header.
HOLDOUT23 = ROOT / "bench" / "data" / "complaints-holdout23.tsv"
# Written blind while holdout23 was being learned from, committed unrun; first run in its header.
HOLDOUT24 = ROOT / "bench" / "data" / "complaints-holdout24.tsv"
# Written blind while holdout23 was being learned from, committed unrun; first run in its header.
HOLDOUT25 = ROOT / "bench" / "data" / "complaints-holdout25.tsv"
# Written blind while holdout25 was being learned from, committed unrun; first run in its header,
# then learned from (no longer blind).
HOLDOUT26 = ROOT / "bench" / "data" / "complaints-holdout26.tsv"
# Written blind while holdout26 was being learned from, committed unrun; first run in its header.
HOLDOUT27 = ROOT / "bench" / "data" / "complaints-holdout27.tsv"
# Written blind while holdout25 was being reviewed, committed unrun; first run in its header,
# then learned from with holdout29 (no longer blind).
HOLDOUT28 = ROOT / "bench" / "data" / "complaints-holdout28.tsv"
# Written blind while holdout27 was being learned from, committed unrun; first run in its header,
# then learned from with holdout28 (no longer blind).
HOLDOUT29 = ROOT / "bench" / "data" / "complaints-holdout29.tsv"
# Written blind while holdout28 was being run, committed unrun; first run in its header.
HOLDOUT30 = ROOT / "bench" / "data" / "complaints-holdout30.tsv"
# Written blind while holdout29 was being learned from, committed unrun; first run in its header.
HOLDOUT31 = ROOT / "bench" / "data" / "complaints-holdout31.tsv"
# Written blind while holdout30 and holdout31 were being run, committed unrun; first run in its
# header.
HOLDOUT32 = ROOT / "bench" / "data" / "complaints-holdout32.tsv"
# Written blind while holdout32 was being learned from, committed unrun; first run in its header.
HOLDOUT33 = ROOT / "bench" / "data" / "complaints-holdout33.tsv"
# Written blind while holdout33 was being run, committed unrun; first run in its header, then
# learned from with holdout35 (learn3435-probe.tsv; no longer blind).
HOLDOUT34 = ROOT / "bench" / "data" / "complaints-holdout34.tsv"
# Written blind while holdout34 was being run, committed unrun; first run in its header, then
# learned from with holdout34 (learn3435-probe.tsv; no longer blind).
HOLDOUT35 = ROOT / "bench" / "data" / "complaints-holdout35.tsv"
# Written blind while holdout35 was being run, committed unrun; first run in its header.
HOLDOUT36 = ROOT / "bench" / "data" / "complaints-holdout36.tsv"
# Written blind while holdout36 was being run, committed unrun; first run in its header; then
# learned from (learn37-probe.tsv; no longer blind).
HOLDOUT37 = ROOT / "bench" / "data" / "complaints-holdout37.tsv"
# Written blind while holdout37 was being learned from, committed unrun; first run in its header;
# then learned from (learn38-probe.tsv; no longer blind).
HOLDOUT38 = ROOT / "bench" / "data" / "complaints-holdout38.tsv"
# Written blind while holdout38 was being learned from, committed unrun; first run in its header;
# then learned from (learn39-probe.tsv), critical misses only.
HOLDOUT39 = ROOT / "bench" / "data" / "complaints-holdout39.tsv"
# Written blind while holdout39 was being learned from, committed unrun; first run in its header;
# then learned from (learn40-probe.tsv; no longer blind).
HOLDOUT40 = ROOT / "bench" / "data" / "complaints-holdout40.tsv"
# Written blind while holdout40 was being run, committed unrun; first run in its header; then
# learned from (learn41-probe.tsv), critical misses only.
HOLDOUT41 = ROOT / "bench" / "data" / "complaints-holdout41.tsv"
# Written blind while holdout41 was being learned from, committed unrun; first run in its header;
# then learned from (learn42-probe.tsv; no longer blind).
HOLDOUT42 = ROOT / "bench" / "data" / "complaints-holdout42.tsv"
# Written blind while holdout42 was being run, committed unrun; first run in its header; then
# learned from (learn43-probe.tsv; no longer blind).
HOLDOUT43 = ROOT / "bench" / "data" / "complaints-holdout43.tsv"
# Written blind while holdout43 was being learned from, committed unrun; first run in its header;
# then learned from (learn44-probe.tsv; no longer blind), that learning second-reviewed
# (review44-probe.tsv).
HOLDOUT44 = ROOT / "bench" / "data" / "complaints-holdout44.tsv"
# Written blind while holdout44 was being run, committed unrun; first run in its header;
# then learned from for its critical misses (learn45crit-probe.tsv), that learning second-reviewed
# (review45-probe.tsv, review45b-probe.tsv).
HOLDOUT45 = ROOT / "bench" / "data" / "complaints-holdout45.tsv"
# Written blind while holdout45 was being learned from, committed unrun; first run in its header;
# then learned from (learn46-probe.tsv; no longer blind), that learning second-reviewed
# (review46-probe.tsv).
HOLDOUT46 = ROOT / "bench" / "data" / "complaints-holdout46.tsv"
# Written blind while holdout46 was being run, committed unrun; first run in its header;
# then learned from (learn47-probe.tsv; no longer blind).
HOLDOUT47 = ROOT / "bench" / "data" / "complaints-holdout47.tsv"
# Written blind while holdout47 was being second-reviewed and set 40 learned from, committed
# unrun (complaints-holdout48.before.tsv is the file before its near-repeats were rewritten);
# first run in its header; then learned from (learn48-probe.tsv; no longer blind), that learning
# second-reviewed (review48-probe.tsv).
HOLDOUT48 = ROOT / "bench" / "data" / "complaints-holdout48.tsv"
# Written blind while holdout48 was being learned from and second-reviewed, committed unrun
# (complaints-holdout49.before.tsv is the file before its near-repeats were rewritten); first run
# in its header; then learned from (learn49-probe.tsv; no longer blind).
HOLDOUT49 = ROOT / "bench" / "data" / "complaints-holdout49.tsv"
# Written blind while holdout49 was being second-reviewed and set 42 learned from, committed
# unrun (complaints-holdout50.before.tsv is the file before its near-repeats were rewritten);
# first run in its header; then learned from (learn50-probe.tsv; no longer blind), that learning
# second-reviewed (review50-probe.tsv).
HOLDOUT50 = ROOT / "bench" / "data" / "complaints-holdout50.tsv"
# Written blind while holdout50 was being second-reviewed, committed unrun
# (complaints-holdout51.before.tsv is the file before its near-repeats were rewritten); first run
# in its header; then learned from (learn51-probe.tsv; no longer blind).
HOLDOUT51 = ROOT / "bench" / "data" / "complaints-holdout51.tsv"
# Written blind while holdout51 was being second-reviewed, committed unrun
# (complaints-holdout52.before.tsv is the file before its near-repeats were rewritten); first run
# in its header (critical targets not met); then learned from (learn52-probe.tsv; no longer blind).
HOLDOUT52 = ROOT / "bench" / "data" / "complaints-holdout52.tsv"
# Written blind after holdout52 was second-reviewed, committed unrun
# (complaints-holdout53.before.tsv is the file before its near-repeats were rewritten); first run
# in its header; then learned from (learn53-probe.tsv; no longer blind).
HOLDOUT53 = ROOT / "bench" / "data" / "complaints-holdout53.tsv"
# Written blind after holdout53 was second-reviewed, committed unrun
# (complaints-holdout54.before.tsv is the file before its near-repeats were rewritten); first run
# in its header (critical targets not met); then learned from (learn54-probe.tsv; no longer blind).
HOLDOUT54 = ROOT / "bench" / "data" / "complaints-holdout54.tsv"
# Written blind while holdout54 was being learned from, committed unrun
# (complaints-holdout55.before.tsv is the file before its near-repeats were rewritten); first run
# in its header (critical targets not met); then learned from (learn55-probe.tsv; no longer blind).
HOLDOUT55 = ROOT / "bench" / "data" / "complaints-holdout55.tsv"
# Written blind after holdout55 was second-reviewed, committed unrun
# (complaints-holdout56.before.tsv is the file before its near-repeats were rewritten); first run
# in its header (critical targets not met).
HOLDOUT56 = ROOT / "bench" / "data" / "complaints-holdout56.tsv"
BASELINE = ROOT / "bench" / "baseline" / "keyword-rules.toml"
TARGETS = {"critical": (0.98, 0.85)}  # recall, precision


class KeywordRules:
    """The old triage: the most severe level any of whose keywords occurs as a substring."""

    def __init__(self, path: Path) -> None:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        keywords = document["keywords"]
        self.levels: list[tuple[str, tuple[str, ...]]] = [
            (str(level), tuple(normalise_text(str(k)) for k in keywords.get(level, ())))
            for level in document["levels"]
        ]

    def assess(self, text: str) -> str:
        joined = normalise_text(text)
        if not joined.strip():
            return "unknown"
        for level, words in self.levels:
            if any(word and word in joined for word in words):
                return level
        return "unknown"


def read_cases(path: Path) -> list[tuple[str, str, str]]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        level, kind, text = line.split("\t")
        if level not in LEVELS:
            raise SystemExit(f"{path}:{number}: unknown level {level!r}")
        cases.append((level, kind, text))
    return cases


def measure(
    assess: Callable[[str], str], cases: list[tuple[str, str, str]]
) -> tuple[list[str], float]:
    started = time.perf_counter()
    got = [assess(text) for _, _, text in cases]
    return got, (time.perf_counter() - started) / max(len(cases), 1)


def scores(expected: list[str], got: list[str], level: str) -> tuple[float, float, int]:
    true_pos = sum(1 for e, g in zip(expected, got, strict=True) if e == g == level)
    predicted = sum(1 for g in got if g == level)
    actual = sum(1 for e in expected if e == level)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / actual if actual else 0.0
    return precision, recall, actual


def report(
    name: str,
    cases: list[tuple[str, str, str]],
    triage: TriageRules,
    old: KeywordRules,
    *,
    misses: bool,
) -> bool:
    """Print one data set's table; True when the critical targets are met."""
    expected = [level for level, _, _ in cases]
    new_got, new_time = measure(lambda text: triage.assess([text]).priority, cases)
    old_got, old_time = measure(old.assess, cases)
    kinds = Counter(kind for _, kind, _ in cases)
    shown = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"\n{name}: {len(cases)} phrasings ({shown})")
    print(f"{'level':<10}{'n':>5}  {'triage P':>9}{'R':>7}  {'keywords P':>11}{'R':>7}")
    for level in LEVELS:
        new_p, new_r, count = scores(expected, new_got, level)
        old_p, old_r, _ = scores(expected, old_got, level)
        print(f"{level:<10}{count:>5}  {new_p:>9.3f}{new_r:>7.3f}  {old_p:>11.3f}{old_r:>7.3f}")
    for label, got in (("triage", new_got), ("keywords", old_got)):
        right = sum(1 for e, g in zip(expected, got, strict=True) if e == g)
        under = sum(
            1 for e, g in zip(expected, got, strict=True) if LEVELS.index(g) > LEVELS.index(e)
        )
        print(f"{label:<10} accuracy {right / len(cases):.3f}; under-triaged {under}")
    print(f"time per phrasing: triage {new_time * 1e3:.3f} ms, keywords {old_time * 1e3:.3f} ms")
    by_kind: dict[str, list[int]] = {}
    for (level, kind, _), new, before in zip(cases, new_got, old_got, strict=True):
        row = by_kind.setdefault(kind, [0, 0, 0])
        row[0] += 1
        row[1] += new == level
        row[2] += before == level
    print(
        "accuracy by kind: "
        + "; ".join(
            f"{kind} {new / n:.2f} (keywords {before / n:.2f})"
            for kind, (n, new, before) in sorted(by_kind.items())
        )
    )
    recall_target, precision_target = TARGETS["critical"]
    precision, recall, _ = scores(expected, new_got, "critical")
    met = recall >= recall_target and precision >= precision_target
    print(
        f"critical targets (recall ≥ {recall_target}, precision ≥ {precision_target}): "
        + ("met" if met else "NOT met")
    )
    if misses:
        for (level, kind, text), new in zip(cases, new_got, strict=True):
            if new != level:
                findings = triage.assess([text]).findings
                said = ", ".join(
                    f"{f.said}{'(否)' if f.negated else ''}:{f.level}" for f in findings
                )
                print(f"  triage   {level:>8} → {new:<8} [{kind}] {text}   ({said})")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what triage gets wrong")
    args = parser.parse_args()
    triage = load_priority_rules(ROOT / "config" / "priority.toml")
    old = KeywordRules(BASELINE)
    for path in (
        DATA,
        HOLDOUT,
        HOLDOUT2,
        HOLDOUT3,
        HOLDOUT4,
        HOLDOUT5,
        HOLDOUT6,
        HOLDOUT7,
        HOLDOUT8,
        HOLDOUT9,
        HOLDOUT10,
        HOLDOUT11,
        HOLDOUT12,
        HOLDOUT13,
        HOLDOUT14,
        HOLDOUT15,
        HOLDOUT16,
        HOLDOUT17,
        HOLDOUT18,
        HOLDOUT19,
        HOLDOUT20,
        HOLDOUT21,
        HOLDOUT22,
        HOLDOUT23,
        HOLDOUT24,
        HOLDOUT25,
        HOLDOUT26,
        HOLDOUT27,
        HOLDOUT28,
        HOLDOUT29,
        HOLDOUT30,
        HOLDOUT31,
        HOLDOUT32,
        HOLDOUT33,
        HOLDOUT34,
        HOLDOUT35,
        HOLDOUT36,
        HOLDOUT37,
        HOLDOUT38,
        HOLDOUT39,
        HOLDOUT40,
        HOLDOUT41,
        HOLDOUT42,
        HOLDOUT43,
        HOLDOUT44,
        HOLDOUT45,
        HOLDOUT46,
        HOLDOUT47,
        HOLDOUT48,
        HOLDOUT49,
        HOLDOUT50,
        HOLDOUT51,
        HOLDOUT52,
        HOLDOUT53,
        HOLDOUT54,
        HOLDOUT55,
        HOLDOUT56,
    ):
        report(path.name, read_cases(path), triage, old, misses=args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
