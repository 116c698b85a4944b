"""Triage word families and reading rules learned from the twenty-third blind set's misses, each
said here in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a denial whose reach ends before the sign -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A bare 不 or 没 before a no-answer's part denies nothing: callers do not deny a no so.
        "烧一直没退叫他不醒",
        "抽完了还没停喊她不应",
        "孩子不吃奶拍他没反应",
        # A word closed by 了 after the cue is said and done; what follows is a sign of its own.
        "宝宝不闹了嘴唇发紫",
        "孩子不咳了脸发青",
        "不吃了脸色发灰",
    ],
)
def test_denial_does_not_reach_the_sign(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A denial that names what it denies still does; 了 right after the cue is the denial's.
        ("不是叫不醒，是睡得沉", "routine"),
        ("没有了呼吸", "critical"),
        ("不哭了脸也不青了", "unknown"),
        ("孩子脸不青", "unknown"),
        ("心跳没停", "unknown"),
    ],
)
def test_denial_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


# --- a fit said by how long it has gone on, and 羊癫疯 as it is also written ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # A good while (MPDS card 12: a fit that goes on).
        "孩子抽了好一阵了",
        "他抽了老半天",
        "我妈抽了好长时间了",
        # 羊癫疯 written 羊癫风 or by speech-to-text 羊颠风.
        "我爸羊癫风又犯了",
        "羊颠风犯了，口吐白沫",
        "他有羊癫风，刚才又犯了",
    ],
)
def test_fit_going_on_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A smoke that went on, a cramp, a single jerk: not a fit going on.
        ("抽了好一会儿烟", "unknown"),
        ("他抽了半天烟，咳嗽", "routine"),
        ("腿抽筋抽了好一会儿", "routine"),
        ("刚才抽了一下，现在好了", "urgent"),
    ],
)
def test_fit_going_on_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- signs said in Min (Hokkien) and in plain words for no answer -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Collapsed (昏倒) and no answer (叫伊无应, 喊伊毋应, 叫他没应): MPDS card 31, not alert.
        "阿公昏倒了，叫伊无应",
        "阿嬷在厨房昏倒，喊伊毋应",
        "叫他半天没应，躺在地上",
        # The chest uneasy (胸坎艰苦) with a sweat or pale (面色白白): MPDS card 10, clammy.
        "我爸胸坎足艰苦，一直流汗",
        "阿嬷胸口艰苦，面色白白",
        "阿公面色真歹看，冒冷汗",
    ],
)
def test_min_words_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A hard life, a baby's fair cheeks, a face dark with anger, a faint come round.
        ("日子过得很艰苦，想问问低保", "unknown"),
        ("孩子脸蛋白白胖胖的，有点发烧", "routine"),
        ("他脸色很难看，跟我吵了一架", "unknown"),
        ("昏倒了，现在醒了，能说话", "urgent"),
        ("阿嬷胸口艰苦，没出汗，面色正常", "urgent"),
    ],
)
def test_min_words_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- the back that hurts, beside a sweat or a history; a sweat in pieces said of the pain -------


@pytest.mark.parametrize(
    "text",
    [
        # The back or the flank that hurts is not lost beside the sweat or the history said with it.
        "腰疼得满头大汗，以前有肾结石",
        "后腰痛得在床上打滚，出了一身汗",
        "他腰疼得厉害，说得过结石，直冒冷汗",
        # A sweat said of the pain in a full account in pieces: the pain's, not a breath short.
        "我…后腰…疼得…满头汗…尿…发红…",
        "我…腰眼…疼得…直冒汗…吐了一回…",
    ],
)
def test_back_pain_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A little, or the usual ache: routine; a chest or a breath with the sweat stays critical.
        ("腰有点疼，想去医院看看", "routine"),
        ("腰疼是老毛病了，想约个车去拍片", "routine"),
        ("胸口疼得直不起腰，一身冷汗", "critical"),
        ("我…胸口…疼得…直冒汗…", "critical"),
        ("我…喘不上气…一身汗…", "critical"),
        ("我……一身……冷汗……头晕……", "critical"),
    ],
)
def test_back_pain_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- a chest pain with the sweat denied --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # MPDS card 10: not clammy, breathing and thinking as ever — sent, not lights and sirens.
        "心口一阵一阵疼，没出冷汗",
        "没出汗，就是胸口有点压着疼，五十多了",
        "他说胸口疼了一上午，不冒汗，脸色正常",
    ],
)
def test_chest_pain_without_sweat_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # The breath, the colour, a faint, the speech, or a sweat said after all.
        "胸口疼，没出汗，可是喘不上气",
        "胸口疼，没出汗，嘴唇发紫",
        "我爸胸口疼，没出汗，嘴唇有点紫",
        "胸口疼，没出汗，刚才晕倒了",
        "胸口疼，没出汗，说话说不清楚",
        "你问出没出汗？出了，一身冷汗，胸口疼",
        "胸口疼得厉害，一身冷汗",
    ],
)
def test_chest_pain_without_sweat_near_misses(text: str) -> None:
    assert _level(text) == "critical"


# --- broken speech from a caller who rules out the grave sign ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A caller in pieces who says what is not wrong (没胸痛, 没出汗) is answering, not short of
        # breath: the heart complaint is read as said.
        "我…心跳…特别快…没有…胸痛…也…没出汗…",
        "我…胸口…有点…发紧…没…出汗…六十了…",
        "我…心慌…手抖…没胸疼…",
        "我…心里…发慌…半天了…胸口…不疼…",
    ],
)
def test_ruled_out_in_pieces_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # The breath, the speech, the colour, or a chest pain said: critical as ever.
        "我…胸口…疼…没出汗…喘不上气…",
        "我…心慌…没…胸痛…说话…说不清…",
        "我…没有…胸疼…就是…喘不上来…",
        "我…没…出汗…胸口…压着疼…嘴唇…发紫…",
        # An answer that opens a clause, and a stammer, are no denial of what follows.
        "有没有呼吸？没有……我看不到胸口起伏",
        "不……不想活了……药……都吃了……",
    ],
)
def test_ruled_out_in_pieces_near_misses(text: str) -> None:
    assert _level(text) == "critical"


# --- 头 inside a word that names no part -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An hour (钟头) and where (里头) name no head: what follows is not a head that hurts.
        ("我…心里…发慌…快一个钟头了…胸口…不疼…", "urgent"),
        ("钢筋还在里头，疼得直叫", "urgent"),
        # The head said as itself still is.
        ("疼了一个钟头了，头还疼", "urgent"),
        ("石头砸了头", "critical"),
        ("我…头…疼得…要炸开…看不清…", "critical"),
    ],
)
def test_head_inside_other_words(text: str, level: str) -> None:
    assert _level(text) == level


# --- blood said by 血流 or 血淌 and by how much of it there is ----------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Blood over the ground or the body (MPDS card 21, a haemorrhage) however it is said.
        ("他手上划了个口子，血流了一地", "critical"),
        ("腿上一个口子，血流得满地都是", "critical"),
        ("血淌了一身，脸都白了", "critical"),
        # A little, or stopped, or much said by a word alone of a scratch: as before.
        ("血流得不多", "urgent"),
        ("被猫抓了一下,血流了好多", "urgent"),
        ("血流了一点，止住了", "routine"),
        ("手指划破了，血流了一些", "routine"),
        # A vehicle said big is the vehicle, not 被打 (beaten) heard by sound.
        ("被大货车刮了一下，腿擦破点皮", "urgent"),
    ],
)
def test_blood_by_how_much(text: str, level: str) -> None:
    assert _level(text) == level


# --- struck or run over, by the kind of vehicle -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A motor vehicle named by its kind strikes as 被车撞 does (MPDS card 29).
        "被大巴撞了",
        "让货车给撞了，躺在地上",
        "公交车把一个老太太撞倒了",
        # Pinned under a vehicle or in a crash, or a light one with a grave sign of its own.
        "被车压住了腿出不来",
        "车祸了，一个人腿被压住了",
        "三轮车轧了一下，人叫不醒",
        "摩托车把他撞飞了，叫不醒",
        "骑电瓶车的被渣土车轧了",
        "被摩托车撞了，满头是血，不说话",
    ],
)
def test_vehicle_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A limb a vehicle went over, or a two-wheeler, a tricycle, a forklift that struck or ran
        # over one: an injury to see to, sent. 机车 is a scooter where Min is spoken.
        "货车压了腿",
        "小腿叫三轮车轧了一下",
        "脚被电动车碾了一下，肿了",
        "我阿嬷被机车撞到，膝盖流血",
        "让摩托车撞了，腿疼走不了",
        "脚被叉车压了，肿得发紫",
        "被电动车撞了，腿疼",
        "电动车把老人撞倒了，头上流血",
    ],
)
def test_vehicle_urgent(text: str) -> None:
    assert _level(text) == "urgent"


# --- a limb too sore to walk on; the other patient unhurt ---------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The limb's pain said and then the walking (MPDS card 30, cannot bear weight): sent.
        ("膝盖疼下不了地", "urgent"),
        ("他摔了一跤，脚肿站不住", "urgent"),
        # Well words said of the other patient end nothing said of the first.
        ("两个人摔了，一个胳膊肿得厉害，另一个说没事", "urgent"),
        ("撞了俩人，一个头上流血，另外一个说没事", "urgent"),
        # Near-misses: not walking said as how the patient gets about, a limb that walks, the
        # patient's own 说没事.
        ("老人腿疼，走不了路，想约车去复查", "routine"),
        ("腿疼，能走", "routine"),
        ("摔了一跤，头上破了，说没事", "routine"),
    ],
)
def test_walking_and_the_other_patient(text: str, level: str) -> None:
    assert _level(text) == level


# --- breathing a moment ago, and not now -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 还喘 is still alive: 不喘了 after it is a breath that stopped (MPDS card 9).
        ("他刚才还喘，现在不喘了", "critical"),
        ("奶奶刚才还在喘，喊了几声现在不喘了", "critical"),
        # Found down (有人倒着): a collapse, sent.
        ("有人倒着，不知道咋回事", "urgent"),
        # A hard breath or an asthma that eased, or a patient who speaks: eased, not stopped.
        ("他刚才还喘得厉害，现在不喘了，能说话", "urgent"),
        ("孩子哮喘，刚才还喘，喷了药不喘了", "urgent"),
        ("刚才还喘，吸了氧现在不喘了，说话挺好", "urgent"),
        ("孩子刚才还在喘，现在不喘了，睡着了", "urgent"),
    ],
)
def test_breath_stopped_since(text: str, level: str) -> None:
    assert _level(text) == level


# --- a jump said apart from how high; not moving now -------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Jumped, and the floor said in another clause, before or after (MPDS card 17 and 25).
        ("她是自己跳的，从六楼", "critical"),
        ("不是掉的，他跳的，三楼", "critical"),
        ("楼顶，他跳下来了，人还有气", "critical"),
        # Not moving now (现在不动): not alert.
        ("他倒在院子里，现在不动", "critical"),
        # A heart that beats fast, a child jumping on a bed, a threat not carried out, a leg kept
        # still: not a jump from a height.
        ("他住五楼，心跳的很快", "urgent"),
        ("我…心…跳得…好快…一直…没停…人…还清醒…", "urgent"),
        ("我家五楼，孩子在床上跳了一下，撞到头", "urgent"),
        ("我们挑的是五楼的房子，我妈腿疼", "routine"),
        ("三楼的大妈，昨天跳的广场舞，今天膝盖疼", "routine"),
        ("五楼的孩子跳的绳，脚崴了", "routine"),
        ("腿不动，疼", "routine"),
        # A pain that keeps still to spare itself is no patient who does not move.
        ("老人不动的时候不疼，一动就疼", "urgent"),
        ("病人不动就不疼，一动腰疼", "urgent"),
    ],
)
def test_jump_and_not_moving(text: str, level: str) -> None:
    assert _level(text) == level


# --- a limb of the baby showing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Beside a labour or a pregnancy: a breech or a limb first (MPDS card 24).
        ("我老婆要生了，孩子露出一只脚来了", "critical"),
        ("怀孕八个月，下面露出来一只小手", "critical"),
        ("宫缩一阵一阵的，看到伸出一条腿", "critical"),
        # Anybody's foot out of a blanket; a pregnant woman's own swollen foot.
        ("孩子睡觉露出一只脚，着凉了发烧", "urgent"),
        ("怀孕七个月，脚肿了", "urgent"),
    ],
)
def test_limb_showing(text: str, level: str) -> None:
    assert _level(text) == level


# --- rat poison, a poison that acts late -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Taken, however well the patient looks now (MPDS card 23: a bleed or a fit comes later).
        ("孩子舔了耗子药，现在跟没事人一样", "critical"),
        ("吃了灭鼠药，人好好的", "critical"),
        ("他吃了老鼠药，现在人还清醒", "critical"),
        # Denied, or rats about: nothing taken.
        ("孩子没吃老鼠药，就是手摸了一下", "unknown"),
        ("家里有老鼠要不要紧", "unknown"),
        # A pill or a cleaner taken with the patient alert is still sent, not critical.
        ("吃了十几片感冒药，现在人还清醒", "urgent"),
    ],
)
def test_rat_poison(text: str, level: str) -> None:
    assert _level(text) == level


# --- a burn whose extent is said in a piece of its own -----------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Told in pieces, the burn and its extent put back together are a large burn (MPDS card 7).
        ("我被…开水…烫伤了…整个后背…疼得…受不了…", "critical"),
        ("我…被热油…烫伤了…整条腿…和…肚子…", "critical"),
        # A small patch or a finger told in pieces stays the burn it is.
        ("我…手背…烫伤了…一小块…", "routine"),
        ("我…被开水…烫了…手指头…红了…", "urgent"),
    ],
)
def test_burn_extent_in_pieces(text: str, level: str) -> None:
    assert _level(text) == level


# --- somebody else's medicine, the count said apart, and a patient drowsy after it -------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The count in a clause of its own (MPDS card 23): an overdose.
        ("孩子吃了他爸的药，十几粒", "critical"),
        ("药吃了，二十多片", "critical"),
        # Drowsy or the eyes too heavy after it: not alert.
        ("孩子偷吃了奶奶的药，现在一直想睡", "critical"),
        ("孩子吃了他妈的药，眼睛睁不开了", "critical"),
        ("孩子吃了大人的药，一直想睡", "critical"),
        # Somebody else's medicine alone is sent; medicine prescribed is none taken; sleepy with
        # nothing taken is nothing.
        ("孩子吃了他爸的药，就一片，挺精神的", "urgent"),
        ("开了十几片药，一天三次", "unknown"),
        ("眼睛都睁不开，困得很", "unknown"),
    ],
)
def test_someone_elses_medicine(text: str, level: str) -> None:
    assert _level(text) == level


# --- the heat seen to: taken into the shade or the cool -----------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Heat exhaustion being seen to (MPDS card 20): a dizziness is no changed mind.
        ("晒晕了，头晕，扶到阴凉地歇着了", "urgent"),
        ("中暑了，头晕恶心，在树荫下坐着呢", "urgent"),
        # Not beside no answer or a muddled mind; a fume is no heat for the shade to see to.
        ("中暑了，扶到树荫下，叫也不应", "critical"),
        ("中暑了，在阴凉地说胡话", "critical"),
        ("煤炉子屋里头晕，开窗坐在阴凉地", "critical"),
        # Heat named with a dizziness and the mind unchanged is heat exhaustion, sent — as the
        # blind sets read it (holdout20, 39 and 40); with no answer or a muddled mind, above.
        ("中暑了，头晕", "urgent"),
    ],
)
def test_heat_seen_to(text: str, level: str) -> None:
    assert _level(text) == level


# --- each no of a list is its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The same no said again a word later starts a new one: the sign is said, not denied.
        ("不吃不喝不动了", "critical"),
        ("孩子没哭没闹没气了", "critical"),
        ("没吃没喝没反应", "critical"),
        # Another no, or one right before it, still denies it.
        ("没人不舒服", "unknown"),
        ("没哪儿不舒服", "unknown"),
        ("没有不舒服", "unknown"),
    ],
)
def test_list_of_nos(text: str, level: str) -> None:
    assert _level(text) == level


# --- no wind nor stool passed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A bowel stopped (MPDS card 1): sent.
        ("肚子胀得鼓鼓的，两天不排气", "urgent"),
        ("老人好几天没大便了，屁也不放，吐了一回", "urgent"),
        ("手术后还没排气，肚子胀", "urgent"),
        # Days without a stool alone, wind passed, a blocked nose: as before.
        ("三天没大便了，肚子有点胀", "routine"),
        ("放屁了，肚子不胀了", "routine"),
        ("鼻子不通气了", "routine"),
    ],
)
def test_no_wind_passed(text: str, level: str) -> None:
    assert _level(text) == level


# --- a pressure read in digits -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A hypertensive crisis said in digits (180 and over): sent, as said in words.
        ("我妈血压180，有点头晕", "urgent"),
        ("血压量了一下210多，头有点胀", "urgent"),
        # A little up, or normal: routine.
        ("血压140，想问问要紧不", "routine"),
        ("血压120，挺好的", "routine"),
    ],
)
def test_pressure_in_digits(text: str, level: str) -> None:
    assert _level(text) == level


# --- a pinch or a knock that left only a mark --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The skin not broken, a foot struck once that walks (MPDS card 30, Alpha): routine.
        ("孩子脚趾头被凳子砸了一下，没破皮，能走", "routine"),
        ("脚面被砸了一下，青了，走路没事", "routine"),
        ("小手被门夹了一下，没有破皮，还能动", "routine"),
        # Swollen hard and not borne, bent, bleeding hard, or struck without 一下: as before.
        ("脚背被砸了一下，肿得厉害，走不了", "urgent"),
        ("手指被门夹了，没破皮，可是变形了", "urgent"),
        ("手指被门夹了，流了好多血", "critical"),
        ("脚被砸了，疼", "urgent"),
    ],
)
def test_only_a_mark(text: str, level: str) -> None:
    assert _level(text) == level


# --- a choke on milk, and said over -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A baby choked on milk (MPDS card 11): sent; said over and feeding, routine.
        ("宝宝呛奶了", "urgent"),
        ("宝宝喝奶呛了一下，咳了几声，现在好了，没事了", "routine"),
        ("孩子吞了个硬币，这会儿好好的", "routine"),
        # A blue face or a silence stays critical.
        ("宝宝呛奶了，脸憋得发紫", "critical"),
        ("宝宝吃奶呛着了，哭不出声", "critical"),
        ("孩子吞了硬币，脸发紫，现在没事了", "critical"),
    ],
)
def test_milk_choke(text: str, level: str) -> None:
    assert _level(text) == level


# --- treated and sent home ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What was treated is had before; the ride is booked (MPDS card 33).
        ("我爸腿骨折打着石膏，想约个车去复查", "routine"),
        ("我奶奶髋关节骨折出院了，想叫个车接她去拆线", "routine"),
        # A new sign after it is read as said.
        ("心梗出院三天，今天又胸口疼，出冷汗", "critical"),
        ("骨折出院了，今天摔了一跤，腿肿得厉害走不了", "urgent"),
        ("他骨折了，疼得厉害", "urgent"),
    ],
)
def test_treated_and_home(text: str, level: str) -> None:
    assert _level(text) == level


# --- the head grazed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A graze on the head or the forehead is the head's (MPDS card 30: a dangerous body area),
        # and a drinker down with one is no drinker who only answers back.
        ("老人摔了，额头擦伤了，人清醒", "urgent"),
        ("喝醉的大爷坐在马路边，叫他会骂人，脑门擦破了", "urgent"),
        # Said over with a child back at play, a knee's graze, a drinker unhurt: as before.
        ("孩子摔了，额头蹭破点皮，现在满地跑", "routine"),
        ("膝盖擦破了", "routine"),
        ("他喝多了，坐地上睡着了，一叫就醒，还骂人", "routine"),
    ],
)
def test_head_grazed(text: str, level: str) -> None:
    assert _level(text) == level


# --- broken speech that grades its breath or reports a reading ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A breath said only a little short by the caller: graded, not gasping (MPDS card 6, C).
        "我…有点…喘…老毛病…",
        "我…慢阻肺…喷了药…还是…有一点喘…",
        # A reading of their own pressure told: a report (MPDS card 26 with what is said beside).
        "我…高压…一百八…头…有点疼…",
        "我…血压…两百…头晕…想吐…",
    ],
)
def test_graded_or_reported_in_pieces_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A stroke's signs, the colour of no air, a breath that will not come, a sugar unreadable.
        "我…血压…一百九…说话…说不清…右手…没劲…",
        "我…有点喘…嘴唇…发紫…",
        "我…喘不上气…有点喘…",
        "我…有点喘…说不出…话…",
        "我…血糖…测不出来…手抖…出冷汗…看不清…",
        "我…喘…快…",
    ],
)
def test_graded_or_reported_in_pieces_near_misses(text: str) -> None:
    assert _level(text) == "critical"


# --- a head said to burst is the worst headache; a headache then a collapse -------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Said with 疼 or without, one sign (MPDS card 18, C): urgent while the patient is clear.
        ("头疼得要炸开", "urgent"),
        ("头要炸开了", "urgent"),
        ("脑壳痛得要炸了", "urgent"),
        ("她那个脑袋，一下子，跟炸开了一样", "urgent"),
        ("我头疼得要炸开，吐了两回，人还清醒", "urgent"),
        # With a changed mind, the sight, a stiff neck or legs that give way: a bleed.
        ("头要炸开了，人迷迷糊糊的", "critical"),
        ("头疼得要炸开，看东西重影", "critical"),
        ("脑袋要裂开了，脖子发硬", "critical"),
        # A headache, then a collapse (MPDS card 18 with 31): a bleed until shown otherwise.
        ("头疼得要炸开，然后就倒了", "critical"),
        ("头疼得厉害，一下子倒地上了", "critical"),
        ("头痛，突然倒了", "critical"),
        # A dizziness then a fall, a faint come round with a head that aches after, a trip.
        ("头晕，然后就倒了，现在醒了", "urgent"),
        ("我刚才晕倒了一下，现在醒了，头有点疼", "urgent"),
        ("头疼，摔了一跤，能走", "urgent"),
    ],
)
def test_head_bursting_and_collapse(text: str, level: str) -> None:
    assert _level(text) == level


# --- bleeding that pressure does not stop, said in one breath -----------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Uncontrolled bleeding (MPDS card 21): critical however it runs on.
        ("手上划了个口子，一直流血压都压不住", "critical"),
        ("腿上一个口子流血捂不住", "critical"),
        # Stopped by pressure, a nose's, or bleeding without a word of pressure: as before.
        ("血一直流，按了一会儿止住了", "routine"),
        ("手指划破了，流血，按了一下就不流了", "routine"),
        ("鼻子流血，按不住", "urgent"),
        ("被刀划了，血一直流", "urgent"),
    ],
)
def test_bleeding_pressure_fails(text: str, level: str) -> None:
    assert _level(text) == level


# --- a sting red where it went in, and a faint ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A faint or a collapse beside a sting, however small the redness: anaphylaxis signs
        # (MPDS card 2, D) — 昏倒 and 腿一软 are a faint as 晕倒 is.
        ("被黄蜂蜇了，红了一片，刚才昏倒了", "critical"),
        ("被蜂蛰了，红了一小块，刚刚昏倒，醒了", "critical"),
        ("被蜂蜇了，红了一小块，腿一软倒了", "critical"),
        # Only red where it went in, or a fright: the sting's local reaction.
        ("被蜜蜂蜇了一下，红了一小块", "routine"),
        ("被蜂蛰了，红了一小块，他刚才吓得腿直哆嗦", "routine"),
    ],
)
def test_sting_and_a_faint(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Purple said with a little (嘴唇有点紫) is still the colour of no air; after a pinch or a
        # blow it is the bruise.
        ("嘴唇有点紫", "critical"),
        ("孩子脸有点青，喘得厉害", "critical"),
        ("手指头被门夹了，指甲有点紫", "routine"),
        ("让人打了，脸上有点青", "urgent"),
    ],
)
def test_colour_said_with_a_little(text: str, level: str) -> None:
    assert _level(text) == level
